"""``newsroom report``: the correspondent network's work, the units' 考核 and the pay sheet.

    newsroom report people [PERIOD] [--unit U] [--json] [-o FILE.xlsx|.csv]
    newsroom report units  [PERIOD] [--behind] [--json]
    newsroom report pay    [PERIOD] [--unit U] [--json] [-o FILE.xlsx|.csv]
    newsroom report share ID NAME=WEIGHT… | --equal

PERIOD is --from D --to D, --month YYYY-MM, --quarter YYYYQn or --year YYYY; without
one, everything. The figures come from the service's report part (newsroom.service.report,
the store's SQL aggregates); a correspondent sees only their own lines, and only a chief
editor or an administrator sees amounts.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    edition_date,
    open_newsroom,
    positive_int,
    table,
    user_option,
)

NAME = "report"

ACTIONS = {
    "people": "per person and role: submitted, returned, used, 字数, photos, page 1, 头条",
    "units": "per unit, with its quota (考核): met or short",
    "pay": "the pay sheet (稿酬): a line per person, role and month, with the pieces behind it",
    "share": "split a shared byline by weights (NAME=WEIGHT …), or --equal again",
}


def period_options(parser: argparse.ArgumentParser) -> None:
    """--from/--to, --month, --quarter, --year: the period of a report."""
    parser.add_argument("--from", dest="start", type=edition_date, metavar="D", help="first day")
    parser.add_argument("--to", dest="end", type=edition_date, metavar="D", help="last day")
    parser.add_argument("--month", metavar="YYYY-MM", help="one calendar month")
    parser.add_argument("--quarter", metavar="YYYYQn", help="one quarter (2025Q2)")
    parser.add_argument("--year", metavar="YYYY", help="one year")


def period_of_args(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    """The period the options name; CommandError for two ways at once or a bad value."""
    named = [n for n in ("month", "quarter", "year") if getattr(args, n, None)]
    if len(named) > 1 or (named and (args.start or args.end)):
        raise CommandError("give one period: --from/--to, --month, --quarter or --year")
    if not named:
        if args.start and args.end and args.start > args.end:
            raise CommandError(f"--from {args.start} is after --to {args.end}")
        return args.start, args.end
    value = getattr(args, named[0]).strip()
    patterns = {"month": r"(\d{4})-(\d{2})", "quarter": r"(\d{4})[Qq]([1-4])", "year": r"(\d{4})"}
    found = re.fullmatch(patterns[named[0]], value, re.ASCII)
    year = int(found[1]) if found else 0
    if (
        not found
        or not 1900 <= year <= 2200
        or (named[0] == "month" and not 1 <= int(found[2]) <= 12)
    ):
        shape = {"month": "YYYY-MM", "quarter": "YYYYQn", "year": "YYYY"}[named[0]]
        raise CommandError(f"--{named[0]}: not a {named[0]} ({shape}): {value[:40]}")
    if named[0] == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = int(found[2]) if named[0] == "month" else 3 * int(found[2]) - 2
    last = first if named[0] == "month" else first + 2
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="correspondents' work, units' quotas (考核) and the pay sheet (稿酬)",
        description="The correspondent network's figures for a period. A piece counts as "
        "used when signed off, laid out, or placed on an edition's page; 字数 is the desk's "
        "count; a shared byline is split equally unless `report share` gives weights. A "
        "correspondent sees only their own lines; only a chief editor or an administrator "
        "sees amounts. Rates and quotas: `newsroom rates`.",
    )
    db_option(parser)
    user_option(parser)
    actions = parser.add_subparsers(dest="what", metavar="ACTION", required=True)
    for what, help_text in ACTIONS.items():
        action = action_parser(actions, what, help_text)
        if what == "share":
            action.add_argument("article", type=positive_int, metavar="ID")
            action.add_argument("weights", nargs="*", metavar="NAME=WEIGHT")
            action.add_argument("--equal", action="store_true", help="split equally again")
            action.set_defaults(run=run_share)
            continue
        period_options(action)
        action.add_argument("--unit", metavar="U", help="one unit (organisation) only")
        action.add_argument("--json", action="store_true", help="JSON instead of a table")
        if what == "units":
            action.add_argument("--behind", action="store_true", help="only units short of quota")
        else:
            action.add_argument("-o", "--output", metavar="FILE", help="write .xlsx or .csv")
        action.set_defaults(run=run)
    parser.set_defaults(run=run)


def _output_kind(path: str | None) -> str | None:
    if path is None:
        return None
    lower = path.lower()
    for suffix in (".xlsx", ".csv"):
        if lower.endswith(suffix):
            return suffix
    raise CommandError(f"{path}: write .xlsx or .csv")


def run(args: argparse.Namespace) -> int:
    from newsroom.service.report import units_behind

    start, end = period_of_args(args)
    kind = _output_kind(getattr(args, "output", None))
    report = open_newsroom(args).report
    title = _title(start, end, args.unit)
    if args.what == "people":
        figures = report.figures(start, end, args.unit, pay=False)
        return _show_people(args, kind, figures.people, figures.units, title)
    if args.what == "units":
        units = report.units(start, end, args.unit)
        return _show_units(args, units_behind(units) if args.behind else units)
    return _show_pay(args, kind, report.pay_lines(start, end, args.unit), title)


def _title(start, end, unit) -> str:
    span = f"{start or '…'} – {end or '…'}"
    return f"通讯员统计 {span}" + (f"（{unit}）" if unit else "")


def _write(path: str, writer) -> None:
    from newsroom.safe_write import OutputError, write_file

    try:
        write_file(path, writer)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from None


def _show_people(args, kind, people, units, title) -> int:
    from newsroom import report_files

    if kind == ".xlsx":
        _write(args.output, lambda s: report_files.write_people_xlsx(s, people, units, title))
    elif kind == ".csv":
        _write(args.output, lambda s: report_files.write_people_csv(s, people))
    if args.json:
        print(json.dumps([p.as_dict() for p in people], ensure_ascii=False, indent=2))
    elif kind is None:
        print(table([report_files.PEOPLE_HEADER, *_strings(report_files.people_rows(people))]))
    else:
        print(f"{args.output}: {len(people)} lines")
    return 0


def _show_units(args, units) -> int:
    from newsroom import report_files

    if args.json:
        print(json.dumps([u.as_dict() for u in units], ensure_ascii=False, indent=2))
    else:
        print(table([report_files.UNIT_HEADER, *_strings(report_files.unit_rows(units))]))
    return 0


def _show_pay(args, kind, lines, title) -> int:
    from newsroom import report_files
    from newsroom.service.report import fen

    if kind == ".xlsx":
        _write(args.output, lambda s: report_files.write_pay_xlsx(s, lines, title))
    elif kind == ".csv":
        _write(args.output, lambda s: report_files.write_pay_csv(s, lines))
    total = sum(x.amount for x in lines)
    if args.json:
        out = [
            {
                "month": x.month, "name": x.name, "unit": x.unit, "role": x.role,
                "pieces": x.pieces, "photos": x.photos, "chars": x.chars,
                "earned": fen(x.earned), "cap": None if x.cap is None else fen(x.cap),
                "amount": fen(x.amount), "unpriced": x.unpriced,
                "articles": [
                    {"id": a.article_id, "headline": a.headline, "kind": a.kind,
                     "date": a.date.isoformat() if a.date else None, "page": a.page,
                     "position": a.position, "chars": a.chars, "share": round(a.share, 4),
                     "amount": fen(a.amount)}
                    for a in x.articles
                ],
            }
            for x in lines
        ]  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif kind is None:
        money = {7: "earned", 8: "cap", 9: "amount"}
        rows = [
            tuple(
                fen(getattr(x, money[i]))
                if i in money and getattr(x, money[i]) is not None
                else cell
                for i, cell in enumerate(row)
            )
            for x, row in zip(lines, _strings(report_files.pay_rows(lines)), strict=True)
        ]
        print(table([report_files.PAY_HEADER, *rows, ("合计", *[""] * 8, fen(total), "")]))
    else:
        print(f"{args.output}: {len(lines)} lines, total {fen(total)} 元")
    return 0


def _strings(rows) -> list[tuple[str, ...]]:
    def text(value) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))
        return str(value)

    return [tuple(text(v) for v in row) for row in rows]


def run_share(args: argparse.Namespace) -> int:
    if args.equal == bool(args.weights):
        raise CommandError("give NAME=WEIGHT for every byline, or --equal")
    weights: dict[str, int] = {}
    for item in args.weights:
        name, _, weight = item.rpartition("=")
        if not name.strip() or not re.fullmatch(r"\d{1,5}", weight, re.ASCII):
            raise CommandError(f"not NAME=WEIGHT (a whole number): {item[:40]}")
        weights[name.strip()] = int(weight)
    open_newsroom(args).report.share(args.article, weights)
    shown = "、".join(f"{n} {w}" for n, w in weights.items()) or "equally"
    print(f"article {args.article}: split {shown}")
    return 0
