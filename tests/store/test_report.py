"""The correspondent report and the pay sheet, on SQLite and PostgreSQL, through the
command line as a newsroom would run them and through the store."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from newsroom.cli import main
from newsroom.store import pay, report
from newsroom.store.db import open_database, transaction


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # a usage error, from argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def listed(capsys, db) -> list[dict]:
    return json.loads(ok(capsys, "list", "--db", db, "--json"))


def people(capsys, db, *args) -> dict[tuple[str, str], dict]:
    out = ok(capsys, "report", "people", "--db", db, "--json", *args)
    return {(p["name"], p["role"]): p for p in json.loads(out)}


def bulletin(tmp_path, name: str, items: list[tuple[str, str, str]]):
    """A bulletin file: (headline, byline line or "", body) per item."""
    parts = []
    for headline, byline, body in items:
        parts.append(headline + "\n\n" + (f"■ {byline}\n\n" if byline else "") + body + "\n")
    path = tmp_path / name
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_the_seed_as_imported_counts_each_correspondents_used_pieces(capsys, db_url, seed_path):
    ok(capsys, "import", seed_path, "--db", db_url)
    articles = listed(capsys, db_url)
    expected_used: dict[str, int] = defaultdict(int)
    expected_chars: dict[str, int] = defaultdict(int)
    expected_photos: dict[str, int] = defaultdict(int)
    for a in articles:
        for b in a["bylines"]:
            if a["kind"] == "photo":
                expected_photos[b["name"]] += 1
            else:
                expected_used[b["name"]] += 1
                expected_chars[b["name"]] += a["chars"]
    lines = people(capsys, db_url)
    by_name = {name: line for (name, _), line in lines.items()}
    assert {n: by_name[n]["used"] for n in ("张蔓芳", "岳志欣", "万彤", "赵钰真")} == {
        "张蔓芳": 3, "岳志欣": 2, "万彤": 2, "赵钰真": 1,
    }  # fmt: skip
    assert by_name["李博"]["photos"] == 1 and by_name["李博"]["role"] == "摄影"
    for name, line in by_name.items():
        assert line["used"] == expected_used[name]
        assert line["chars"] == expected_chars[name] == line["chars_share"]
        assert line["photos"] == expected_photos[name]
    # All on page 1; the 头条 is the piece at position 1.
    first = next(a for a in articles if a["position"] == 1)
    assert by_name[first["bylines"][0]["name"]]["lead"] == 1
    assert sum(line["lead"] for line in by_name.values()) == 1
    assert all(line["front_page"] == line["used"] + line["photos"] for line in by_name.values())


def test_a_shared_byline_is_split_equally_or_by_the_desks_weights(capsys, db_url, tmp_path):
    path = bulletin(
        tmp_path,
        "shared.txt",
        [
            ("河西区举办读书节活动", "记者 孙悦 通讯员 高洁", "读书节开幕，" * 50),
            ("社区开展义诊服务", "通讯员 高洁", "义诊。" * 30),
        ],
    )
    ok(capsys, "import", path, "--db", db_url, "--date", "2025-05-06")
    shared = next(a for a in listed(capsys, db_url) if len(a["bylines"]) == 2)
    lines = people(capsys, db_url)
    sun, gao = lines[("孙悦", "记者")], lines[("高洁", "通讯员")]
    assert (sun["used"], sun["used_share"]) == (1, 0.5)
    assert (gao["used"], gao["used_share"]) == (2, 1.5)
    assert sun["chars"] == shared["chars"] and sun["chars_share"] == round(shared["chars"] / 2)

    out = ok(capsys, "report", "share", shared["id"], "孙悦=3", "高洁=1", "--db", db_url)
    assert "split" in out
    lines = people(capsys, db_url)
    assert lines[("孙悦", "记者")]["used_share"] == 0.75
    assert lines[("高洁", "通讯员")]["used_share"] == 1.25
    units = json.loads(ok(capsys, "report", "units", "--db", db_url, "--json"))
    assert [u["used"] for u in units] == [2]  # a piece two people share counts once

    code, _, err = run(capsys, "report", "share", shared["id"], "孙悦=3", "--db", db_url)
    assert code == 2 and "高洁" in err and err.count("\n") == 1
    code, _, err = run(capsys, "report", "share", shared["id"], "李四=1", "高洁=1", "--db", db_url)
    assert code == 2 and "李四" in err
    ok(capsys, "report", "share", shared["id"], "--equal", "--db", db_url)
    assert people(capsys, db_url)[("孙悦", "记者")]["used_share"] == 0.5


def test_used_means_on_a_page_signed_off_or_laid_out_and_periods_follow_the_edition(
    capsys, db_url, tmp_path
):
    april = bulletin(tmp_path, "april.txt", [
        ("四月稿件一", "通讯员 高洁", "正文一。" * 20),
        ("四月稿件二", "通讯员 高洁", "正文二。" * 20),
        ("四月稿件三", "通讯员 高洁", "正文三。" * 20),
    ])  # fmt: skip
    may = bulletin(tmp_path, "may.txt", [
        ("五月稿件", "通讯员 高洁", "正文四。" * 20),
        ("五月另一篇", "记者 孙悦", "正文五。" * 20),  # two bylines: a bulletin
    ])  # fmt: skip
    ok(capsys, "import", april, "--db", db_url, "--date", "2025-04-10")
    ok(capsys, "import", may, "--db", db_url, "--date", "2025-05-10", "--page", "2")
    ids = {a["headline"]: a["id"] for a in listed(capsys, db_url)}
    ok(capsys, "review", ids["四月稿件二"], "spike", "--as", "编辑甲", "--db", db_url)
    ok(capsys, "review", ids["四月稿件三"], "return", "--note", "补充数据", "--as", "编辑甲",
       "--db", db_url)  # fmt: skip

    line = people(capsys, db_url, "--month", "2025-04")[("高洁", "通讯员")]
    assert (line["submitted"], line["returned"], line["used"]) == (3, 1, 1)
    assert (line["front_page"], line["lead"]) == (1, 1)
    line = people(capsys, db_url, "--from", "2025-05-01", "--to", "2025-05-31")[("高洁", "通讯员")]
    assert (line["submitted"], line["used"], line["front_page"]) == (1, 1, 0)
    assert people(capsys, db_url, "--year", "2024") == {}
    assert people(capsys, db_url, "--quarter", "2025Q2")[("高洁", "通讯员")]["used"] == 2


def test_the_pay_sheet_applies_the_rate_in_force_and_its_total_is_the_sum_of_its_lines(
    capsys, db_url, tmp_path
):
    import openpyxl

    path = bulletin(tmp_path, "pay.txt", [
        ("河西区举办读书节活动", "记者 孙悦 通讯员 高洁", "读书节开幕。" * 100),
        ("社区开展义诊服务", "通讯员 万彤", "义诊。" * 10),
    ])  # fmt: skip
    ok(capsys, "import", path, "--db", db_url, "--date", "2025-05-06")
    old = bulletin(tmp_path, "old.txt", [
        ("去年的稿件", "通讯员 万彤", "旧稿。" * 100),
        ("去年的另一篇", "记者 孙悦", "旧稿。" * 10),
    ])  # fmt: skip
    ok(capsys, "import", old, "--db", db_url, "--date", "2024-05-06")
    rates = ("rates", "set", "--db", db_url)
    ok(capsys, *rates, "--from", "2024-01-01", "--kind", "article", "--per-thousand", "50")
    ok(capsys, *rates, "--from", "2025-01-01", "--kind", "article", "--per-thousand", "100",
       "--minimum", "20", "--lead", "30")  # fmt: skip
    ok(capsys, *rates, "--from", "2025-01-01", "--kind", "article", "--role", "记者")  # staff: 0
    articles = {a["headline"]: a for a in listed(capsys, db_url)}
    reading, clinic, last_year = (
        articles[h] for h in ("河西区举办读书节活动", "社区开展义诊服务", "去年的稿件")
    )

    out = ok(capsys, "report", "pay", "--db", db_url, "--json")
    lines = {(x["month"], x["name"], x["role"]): x for x in json.loads(out)}
    # 高洁: half of 字数 × 100 元 / 千字 plus the 头条 bonus, rounded to the 分.
    gao = lines[("2025-05", "高洁", "通讯员")]
    assert gao["amount"] == pay.fen(round((reading["chars"] * 10 + 3000) / 2))
    assert lines[("2025-05", "孙悦", "记者")]["amount"] == "0.00"
    assert lines[("2025-05", "万彤", "通讯员")]["amount"] == "20.00"  # the minimum
    assert lines[("2024-05", "万彤", "通讯员")]["amount"] == pay.fen(last_year["chars"] * 5)
    assert [a["id"] for a in gao["articles"]] == [reading["id"]]
    assert clinic["id"] in [a["id"] for a in lines[("2025-05", "万彤", "通讯员")]["articles"]]

    sheet = tmp_path / "稿酬.xlsx"
    ok(capsys, "report", "pay", "--db", db_url, "-o", sheet)
    book = openpyxl.load_workbook(sheet)
    assert book.sheetnames == ["汇总", "2024-05", "2025-05"]
    summary = list(book["汇总"].iter_rows(values_only=True))
    assert summary[-1][0] == "合计"
    assert round(summary[-1][-1], 2) == round(sum(r[-1] for r in summary[1:-1]), 2)
    may = list(book["2025-05"].iter_rows(values_only=True))
    line_rows = [r for r in may if r[0] == "2025-05"]
    assert round(may[-1][9], 2) == round(sum(r[9] for r in line_rows), 2)
    expected = sum(float(x["amount"]) for x in lines.values())
    assert round(summary[-1][-1], 2) == round(expected, 2)
    # The articles behind each line are under it.
    assert reading["id"] in [r[1] for r in may if r[0] is None]

    csv_path = tmp_path / "稿酬.csv"
    ok(capsys, "report", "pay", "--db", db_url, "-o", csv_path)
    text = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert text[-1].startswith("合计") and f"{expected:.1f}" in text[-1]


def test_a_monthly_cap_holds_a_persons_month(capsys, db_url, tmp_path):
    path = bulletin(tmp_path, "cap.txt", [
        (f"河西区第{n}条消息", "通讯员 高洁", "内容。" * 300) for n in "一二三"
    ])  # fmt: skip
    ok(capsys, "import", path, "--db", db_url, "--date", "2025-05-06")
    ok(capsys, "rates", "set", "--db", db_url, "--from", "2025-01-01", "--kind", "article",
       "--per-thousand", "100", "--cap", "150")  # fmt: skip
    (line,) = json.loads(ok(capsys, "report", "pay", "--db", db_url, "--json"))
    assert float(line["earned"]) > 150 and line["amount"] == line["cap"] == "150.00"


def test_a_correspondent_sees_only_their_own_line_and_no_amounts(
    capsys, monkeypatch, db_path, seed_path
):
    db = str(db_path)
    ok(capsys, "import", seed_path, "--db", db)
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", "pw-2026-long")
    ok(capsys, "account", "add", "boss", "--role", "admin", "--db", db)
    monkeypatch.setenv("NEWSROOM_PASSWORD", "pw-2026-long")
    for login, role, name in (("wan", "correspondent", "万彤"), ("ed", "editor", "编辑甲")):
        ok(capsys, "account", "add", login, "--role", role, "--name", name, "--db", db,
           "--user", "boss")  # fmt: skip
    mine = people(capsys, db, "--user", "wan")
    assert list(mine) == [("万彤", "通讯员")]
    assert len(people(capsys, db, "--user", "ed")) == 5
    code, _, err = run(capsys, "report", "pay", "--db", db, "--user", "ed")
    assert code == 2 and "总编" in err
    code, _, err = run(capsys, "rates", "list", "--db", db, "--user", "wan")
    assert code == 2
    ok(capsys, "report", "pay", "--db", db, "--user", "boss")


def test_units_short_of_their_quota_are_listed(capsys, db_url, tmp_path, seed_path):
    ok(capsys, "import", seed_path, "--db", db_url)
    engine = open_database(db_url)
    with transaction(engine) as session:
        from newsroom.store.models import Person

        for person in session.query(Person):
            person.organisation = "河西区融媒体中心" if person.name == "张蔓芳" else "河西区法院"
    ok(capsys, "rates", "quota", "河西区融媒体中心", "--month", "3", "--db", db_url)
    ok(capsys, "rates", "quota", "河西区法院", "--quarter", "10", "--db", db_url)
    ok(capsys, "rates", "quota", "河西区司法局", "--month", "1", "--db", db_url)
    units = json.loads(ok(capsys, "report", "units", "--month", "2025-04", "--db", db_url,
                          "--json"))  # fmt: skip
    by_unit = {u["unit"]: u for u in units}
    assert by_unit["河西区融媒体中心"]["quota_met"] is True  # 3 of 3
    assert by_unit["河西区法院"]["quota"] == 10 and by_unit["河西区法院"]["quota_met"] is False
    assert by_unit["河西区司法局"]["used"] == 0
    behind = json.loads(ok(capsys, "report", "units", "--month", "2025-04", "--behind",
                           "--json", "--db", db_url))  # fmt: skip
    assert [u["unit"] for u in behind] == ["河西区法院", "河西区司法局"]
    assert by_unit["河西区法院"]["used"] + by_unit["河西区法院"]["photos"] == 6
    # A quarter of monthly quotas asks three months' pieces.
    units = json.loads(ok(capsys, "report", "units", "--quarter", "2025Q2", "--db", db_url,
                          "--json"))  # fmt: skip
    assert {u["unit"]: u["quota"] for u in units}["河西区融媒体中心"] == 9
    xlsx = tmp_path / "people.xlsx"
    ok(capsys, "report", "people", "--month", "2025-04", "-o", xlsx, "--db", db_url)
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    assert [r[0] for r in book["未达标单位"].iter_rows(values_only=True)][1:] == [
        "河西区法院", "河西区司法局",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "args, words",
    [
        (("report", "people", "--month", "2025-13"), "--month"),
        (("report", "people", "--month", "2025-04", "--year", "2025"), "one period"),
        (("report", "people", "--from", "2025-05-01", "--to", "2025-04-01"), "after"),
        (("report", "people", "-o", "out.txt"), ".xlsx or .csv"),
        (
            ("rates", "set", "--from", "2025-01-01", "--kind", "article", "--per-thousand", "-5"),
            "--per-thousand",
        ),
        (("rates", "set", "--from", "2025-01-01", "--kind", "article", "--cap", "1.234"), "--cap"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, db_path, seed_path, args, words):
    ok(capsys, "import", seed_path, "--db", db_path)
    code, _, err = run(capsys, *args, "--db", db_path)
    assert code == 2 and words in err and err.count("\n") == 1


def test_a_bad_rate_file_stores_nothing(capsys, db_path, seed_path, tmp_path):
    ok(capsys, "import", seed_path, "--db", db_path)
    rates = tmp_path / "rates.csv"
    rates.write_text(
        "effective_from,kind,role,per_thousand,per_piece\n"
        "2025-01-01,article,,100,0\n2025-01-01,photo,,0,lots\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "rates", "import", rates, "--db", db_path)
    assert code == 2 and "rates.csv:3" in err
    assert json.loads(ok(capsys, "rates", "list", "--json", "--db", db_path)) == []
    rates.write_text(rates.read_text().replace("lots", "50"), encoding="utf-8")
    ok(capsys, "rates", "import", rates, "--db", db_path)
    assert len(json.loads(ok(capsys, "rates", "list", "--json", "--db", db_path))) == 2
    rates.write_bytes(b"\x00\xff" * 100)
    code, _, err = run(capsys, "rates", "import", rates, "--db", db_path)
    assert code == 2 and "rates.csv" in err


def test_copy_that_looks_like_a_formula_stays_text_in_the_sheets(capsys, db_path, tmp_path):
    import openpyxl

    path = bulletin(tmp_path, "f.txt", [
        ("=1+1河西区读书节", "通讯员 高洁", "正文。" * 9),
        ("另一篇", "记者 孙悦", "正文。" * 9),
    ])  # fmt: skip
    ok(capsys, "import", path, "--db", db_path, "--date", "2025-05-06")
    ok(capsys, "rates", "set", "--db", db_path, "--from", "2025-01-01", "--kind", "article",
       "--per-thousand", "100")  # fmt: skip
    sheet = tmp_path / "pay.xlsx"
    ok(capsys, "report", "pay", "-o", sheet, "--db", db_path)
    cells = [c for row in openpyxl.load_workbook(sheet)["2025-05"].iter_rows() for c in row]
    (title,) = [c for c in cells if isinstance(c.value, str) and "=1+1" in c.value]
    assert title.data_type == "s"
    csv_path = tmp_path / "people.csv"
    ok(capsys, "report", "pay", "-o", csv_path, "--db", db_path)


def test_the_store_and_the_command_agree(capsys, db_url, seed_path):
    ok(capsys, "import", seed_path, "--db", db_url)
    ok(capsys, "rates", "set", "--db", db_url, "--from", "2025-01-01", "--kind", "article",
       "--per-thousand", "100", "--lead", "20", "--cap", "150")  # fmt: skip
    ok(capsys, "rates", "set", "--db", db_url, "--from", "2025-01-01", "--kind", "photo",
       "--per-piece", "50")  # fmt: skip
    engine = open_database(db_url)
    with transaction(engine) as session:
        lines = report.people_report(session)
        assert report.period_of(session)[1].isoformat() == "2025-04-01"
        # The one-query path (people and pay together) gives the same figures.
        both = pay.people_and_pay(session)
        separate = pay.pay_lines(session, with_articles=False)
    assert [f.as_dict() for f in both[0]] == [f.as_dict() for f in lines]
    assert [(x.name, x.month, x.pieces, x.photos, x.chars, x.amount) for x in both[1]] == [
        (x.name, x.month, x.pieces, x.photos, x.chars, x.amount) for x in separate
    ]
    assert any(x.cap == 15000 and x.amount == 15000 for x in separate)
    assert [f.as_dict() for f in lines] == json.loads(
        ok(capsys, "report", "people", "--json", "--db", db_url)
    )


def test_a_newsroom_from_before_the_report_upgrades_with_its_copy(capsys, db_url, seed_path):
    """0005 → 0007 on a newsroom with copy: the tables arrive (and on PostgreSQL the view
    and its grants), the copy is counted."""
    from alembic import command
    from sqlalchemy import inspect

    from newsroom.store import db as store_db

    ok(capsys, "import", seed_path, "--db", db_url)
    engine = open_database(db_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert "pay_rate" not in inspect(engine).get_table_names()
    engine.dispose()
    engine = open_database(db_url)
    assert store_db.current_revision(engine) == store_db.SCHEMA_HEAD
    assert {"byline_share", "pay_rate", "unit_quota"} <= set(inspect(engine).get_table_names())
    assert people(capsys, db_url)[("张蔓芳", "通讯员")]["used"] == 3
    if engine.dialect.name == "postgresql":
        assert "report_credit" in inspect(engine).get_view_names()
