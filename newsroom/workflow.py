"""Review workflow (三审三校): the states an article moves through."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where an article stands; the value is what is stored and printed as JSON."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    FIRST_REVIEW = "first_review"
    SECOND_REVIEW = "second_review"
    FINAL_REVIEW = "final_review"
    SIGNED_OFF = "signed_off"
    LAID_OUT = "laid_out"
    RETURNED = "returned"
    SPIKED = "spiked"


#: The newsroom's own word for each state.
STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "草稿",
    Status.SUBMITTED: "已提交",
    Status.FIRST_REVIEW: "初审",
    Status.SECOND_REVIEW: "复审",
    Status.FINAL_REVIEW: "终审",
    Status.SIGNED_OFF: "已签发",
    Status.LAID_OUT: "已排版",
    Status.RETURNED: "退回",
    Status.SPIKED: "撤稿",
}

#: Copy that arrives at the desk (a bulletin page, a correspondent's file) waits for 初审.
IMPORTED_STATUS = Status.SUBMITTED


def status_label(value: str) -> str:
    """The Chinese label of a stored status value; unknown values are shown as they are."""
    try:
        return STATUS_LABELS[Status(value)]
    except ValueError:
        return value
