"""``newsroom rates``: the 稿酬 rate table (effective-dated) and the units' quotas (考核).

    newsroom rates list [--json]
    newsroom rates set --from D --kind article|photo [--role R] [--per-thousand Y] …
    newsroom rates import FILE.csv
    newsroom rates quota UNIT (--month N | --quarter N)
    newsroom rates quotas [--json]

Amounts are in 元 with at most two decimals. A rate applies from its date until a later
one for the same kind and role; a rate for a role (通讯员, 摄影, 记者) beats one for any
role. Only a chief editor or an administrator sees or sets rates and quotas.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    edition_date,
    open_newsroom,
    table,
    user_option,
)

NAME = "rates"

ACTIONS = {
    "list": "the rate table, oldest first",
    "set": "add or replace the rate of a kind and role from a date",
    "import": "rates from a CSV file (the columns of `rates list --json`), all or none",
    "quota": "a unit's quota: pieces used per month or per quarter (0 removes it)",
    "quotas": "the units' quotas",
}
#: Rate fields: option, attribute, help.
FIELDS = (
    ("--per-thousand", "per_thousand", "元 per 千字 (thousand characters)"),
    ("--per-piece", "per_piece", "元 per piece (for photos: per photo)"),
    ("--minimum", "minimum", "least 元 a piece earns"),
    ("--front", "front_bonus", "bonus 元 on page 1"),
    ("--lead", "lead_bonus", "bonus 元 for the 头条 of page 1"),
    ("--cap", "monthly_cap", "most 元 a person earns a month (0: no cap)"),
)
MAX_CSV_BYTES = 1_000_000


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="稿酬 rates (effective-dated) and units' quotas (考核)",
        description="The pay rates the pay sheet (`newsroom report pay`) applies, and the "
        "quotas `newsroom report units` checks. Amounts in 元. Chief editors and "
        "administrators only.",
    )
    db_option(parser)
    user_option(parser)
    actions = parser.add_subparsers(dest="what", metavar="ACTION", required=True)
    for what, help_text in ACTIONS.items():
        action = action_parser(actions, what, help_text)
        if what in ("list", "quotas"):
            action.add_argument("--json", action="store_true", help="JSON instead of a table")
        elif what == "set":
            action.add_argument("--from", dest="start", type=edition_date, required=True)
            action.add_argument("--kind", choices=("article", "photo"), required=True)
            action.add_argument("--role", default="", help="byline role (default: any)")
            for option, attribute, help_text in FIELDS:
                action.add_argument(
                    option, dest=attribute, default="0", metavar="YUAN", help=help_text
                )
        elif what == "import":
            action.add_argument("file", metavar="FILE.csv")
        else:
            action.add_argument("unit", metavar="UNIT")
            group = action.add_mutually_exclusive_group(required=True)
            group.add_argument("--month", type=int, metavar="N", help="pieces per month")
            group.add_argument("--quarter", type=int, metavar="N", help="pieces per quarter")
        action.set_defaults(run=run)
    parser.set_defaults(run=run)


def _rate(where: str, values: dict[str, str], start: dt.date, kind: str, role: str):
    from newsroom.service.report import new_rate, parse_yuan

    amounts = {}
    for option, attribute, _ in FIELDS:
        raw = values.get(attribute, "0") or "0"
        try:
            amounts[attribute] = parse_yuan(raw)
        except ValueError as exc:
            raise CommandError(f"{where}{option}: {exc}") from None
    return new_rate(start, kind, role, **amounts)


def _read_csv(path: str) -> list:
    """Rates from a CSV file: effective_from, kind, role and the amounts in 元."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > MAX_CSV_BYTES:
        raise CommandError(f"{path}: too large for a rate table (over 1 MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{path}: not UTF-8 text") from None
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or "effective_from" not in rows[0] or "kind" not in rows[0]:
        raise CommandError(f"{path}: no rates (columns effective_from, kind, role, amounts)")
    rates = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}:{number}: "
        try:
            start = dt.date.fromisoformat((row.get("effective_from") or "").strip())
        except ValueError:
            raise CommandError(f"{where}effective_from is not a date (YYYY-MM-DD)") from None
        kind = (row.get("kind") or "").strip()
        if kind not in ("article", "photo"):
            raise CommandError(f"{where}kind must be article or photo")
        rates.append(_rate(where, row, start, kind, (row.get("role") or "").strip()))
    return rates


def run(args: argparse.Namespace) -> int:
    rates = _read_csv(args.file) if args.what == "import" else None
    if args.what == "set":
        rates = [_rate("", vars(args), args.start, args.kind, args.role.strip())]
    report = open_newsroom(args).report
    report.require_pay()
    if rates is not None:
        report.set_rates(rates)
        print(f"{len(rates)} rate{'s' if len(rates) != 1 else ''} stored")
    elif args.what == "quota":
        period, pieces = ("month", args.month) if args.month is not None else (
            "quarter", args.quarter)  # fmt: skip
        report.set_quota(args.unit, period, pieces)
        print(f"{args.unit}: {args.month or args.quarter or 0} per {period}")
    elif args.what == "quotas":
        quotas = report.quotas()
        _print(args.json, [q.__dict__ for q in quotas], ("unit", "period", "pieces"))
    else:
        _print(args.json, [_rate_dict(r) for r in report.rates()], _RATE_COLUMNS)
    return 0


_RATE_COLUMNS = ("effective_from", "kind", "role", *(f[1] for f in FIELDS))


def _rate_dict(rate) -> dict:
    from newsroom.service.report import fen

    out = {"effective_from": rate.effective_from.isoformat(), "kind": rate.kind, "role": rate.role}
    out |= {attribute: fen(getattr(rate, attribute)) for _, attribute, _ in FIELDS}
    return out


def _print(as_json: bool, rows: list[dict], columns) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif rows:
        print(table([tuple(columns), *[tuple(str(r[c]) for c in columns) for r in rows]]))
