"""The report's one-query figures against the definition, worked out piece by piece in
Python over a random newsroom: shared pieces (within a unit and across units, a person in
two roles), pieces on and off pages, every status, a period cutting through the copy."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
from sqlalchemy import insert

from newsroom.store import pay, report
from newsroom.store.db import open_database, transaction
from newsroom.store.models import Article, Byline, BylineShare, Edition, Page, PayRate, Person

STATUSES = ["draft", "submitted", "signed_off", "laid_out", "spiked", "returned"]
UNITS = ["河西区第一街道", "河西区法院", None]
START, END = dt.date(2025, 3, 1), dt.date(2025, 4, 30)


def build(engine, seed: int) -> list[dict]:
    """Insert a random newsroom; return its pieces as plain dicts for the reference."""
    rng = random.Random(seed)
    days = [dt.date(2025, 2, 10) + dt.timedelta(days=7 * n) for n in range(14)]
    people = [
        {"id": p, "name": f"作者{p}", "default_role": "通讯员", "organisation": UNITS[p % 3]}
        for p in range(1, 10)
    ]
    pieces = []
    for a in range(1, 121):
        on_page = rng.random() < 0.7
        day = rng.choice(days)
        created = dt.datetime.combine(day - dt.timedelta(days=rng.randint(0, 20)), dt.time(9))
        authors = rng.sample(people, rng.choice([1, 1, 2, 3]))
        bylines = [(p["id"], "通讯员" if i else "记者") for i, p in enumerate(authors)]
        if rng.random() < 0.1:  # the first author again, as photographer
            bylines.append((authors[0]["id"], "摄影"))
        pieces.append({
            "id": a, "kind": "photo" if rng.random() < 0.2 else "article",
            "status": rng.choice(STATUSES), "page": days.index(day) + 1 if on_page else None,
            "position": rng.randint(1, 3), "chars": rng.randint(100, 3000),
            "created": created, "updated": created + dt.timedelta(days=rng.randint(0, 30)),
            "edition": day if on_page else None, "bylines": bylines,
            "weights": {b: rng.randint(1, 4) for b in bylines} if rng.random() < 0.2 else {},
        })  # fmt: skip
    with transaction(engine) as session:
        session.execute(insert(Edition), [
            {"id": i + 1, "paper_name": "河西报", "date": d} for i, d in enumerate(days)
        ])  # fmt: skip
        session.execute(insert(Page), [
            {"id": i + 1, "edition_id": i + 1, "number": 1 + i % 2, "label": ""}
            for i in range(len(days))
        ])  # fmt: skip
        session.execute(insert(Person), people)
        session.execute(insert(Article), [
            {"id": p["id"], "kind": p["kind"], "headline": f"稿件{p['id']}", "body": "",
             "status": p["status"], "page_id": p["page"], "position": p["position"],
             "chars": p["chars"], "created_at": p["created"], "updated_at": p["updated"],
             "version": 1}
            for p in pieces
        ])  # fmt: skip
        session.execute(insert(Byline), [
            {"article_id": p["id"], "person_id": who, "role": role, "order": n}
            for p in pieces for n, (who, role) in enumerate(p["bylines"])
        ])  # fmt: skip
        shares = [
            {"article_id": p["id"], "person_id": who, "weight": w}
            for p in pieces
            for (who, _), w in p["weights"].items()
            if len({b[0] for b in p["bylines"]}) == len(p["bylines"])  # one share per person
        ]
        if shares:
            session.execute(insert(BylineShare), shares)
        for p in pieces:
            if any(s["article_id"] == p["id"] for s in shares):
                continue
            p["weights"] = {}
        session.execute(insert(PayRate), [{
            "effective_from": dt.date(2025, 1, 1), "kind": "article", "role": "",
            "per_thousand": 10000, "per_piece": 0, "minimum": 3000, "front_bonus": 2000,
            "lead_bonus": 5000, "monthly_cap": 0,
        }])  # fmt: skip
    return pieces, {p["id"]: p for p in people}


def expected_units(pieces, people) -> dict[str, dict]:
    """Per unit, piece by piece: a piece the unit's people share counts once."""
    units: dict = defaultdict(lambda: defaultdict(float))
    members: dict = defaultdict(set)
    for p in pieces:
        in_period = lambda d: START <= d <= END  # noqa: E731
        submitted_on = min(p["edition"], p["created"].date()) if p["edition"] else None
        submitted_on = submitted_on or p["created"].date()
        used_on = p["edition"] or p["updated"].date()
        used = p["status"] in ("signed_off", "laid_out") or (
            p["page"] is not None and p["status"] not in ("draft", "returned", "spiked")
        )
        submitted = p["status"] != "draft" and in_period(submitted_on)
        used_here = used and in_period(used_on)
        if not (submitted or used_here):
            continue
        total = sum(p["weights"].get(b, 1) for b in p["bylines"])
        seen = set()
        for byline in p["bylines"]:
            unit = people[byline[0]]["organisation"] or ""
            members[unit].add(byline[0])
            figures = units[unit]
            if used_here and p["kind"] == "article":
                figures["used_share"] += p["weights"].get(byline, 1) / total
            if unit in seen:
                continue
            seen.add(unit)
            figures["submitted"] += submitted
            if used_here:
                figures["used"] += p["kind"] == "article"
                figures["chars"] += p["chars"] if p["kind"] == "article" else 0
                figures["photos"] += p["kind"] == "photo"
    for unit, figures in units.items():
        figures["people"] = len(members[unit])
    return units


@pytest.mark.parametrize("seed", [1, 2])
def test_unit_figures_count_each_piece_once_as_the_definition_says(db_url, seed):
    engine = open_database(db_url, create=True)
    pieces, people = build(engine, seed)
    with transaction(engine) as session:
        units = report.unit_report(session, START, END)
        people_lines, units_too, pay_lines = pay.report_and_pay(session, START, END)
        assert [f.as_dict() for f in people_lines] == [
            f.as_dict() for f in report.people_report(session, START, END)
        ]
        separate = pay.pay_lines(session, START, END, with_articles=False)
    assert [u.as_dict() for u in units] == [u.as_dict() for u in units_too]
    want = expected_units(pieces, people)
    assert {u.unit for u in units} == set(want)
    for unit in units:
        w = want[unit.unit]
        got = (unit.submitted, unit.used, unit.chars, unit.photos, unit.people)
        assert got == (w["submitted"], w["used"], w["chars"], w["photos"], w["people"]), unit
        assert unit.used_share == pytest.approx(w["used_share"])
    assert [(x.name, x.role, x.month, x.pieces, x.chars, x.amount) for x in pay_lines] == [
        (x.name, x.role, x.month, x.pieces, x.chars, x.amount) for x in separate
    ]
    assert sum(u.used for u in units) < sum(f.used for f in people_lines)  # shares exist
