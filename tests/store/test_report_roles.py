"""The correspondent report in a shared newsroom on PostgreSQL: the DATABASE shows a
correspondent only their own lines and refuses amounts to all but chief editors and
administrators — tried with psql as each role and with the command line."""

from __future__ import annotations

import json

from tests.store import test_database_roles as roles
from tests.store.test_database_roles import cli, name, psql

#: test_database_roles's newsroom: an admin, two correspondents with drafts, editors, a chief.
shared_newsroom = roles.newsroom


def test_a_correspondent_reads_only_their_own_lines_even_with_psql(
    shared_newsroom,
    capsys,
    monkeypatch,
    seed_path,
):
    url = shared_newsroom["url"]
    code, _, err = cli(capsys, monkeypatch, name("ed1"), "import", seed_path, db_url=url)
    assert code == 0, err
    code, out, err = cli(capsys, monkeypatch, name("wan"), "report", "people", "--json",
                         db_url=url)  # fmt: skip
    assert code == 0, err
    (line,) = json.loads(out)
    assert (line["name"], line["used"]) == ("万彤", 2)
    # Their own psql session: the view has their rows only, the bylines behind it are hidden.
    done = psql(url, name("wan"), "SELECT DISTINCT name FROM report_credit")
    assert done.returncode == 0 and done.stdout.split() == ["万彤"], done.stderr
    done = psql(url, name("wan"), "SELECT count(*) FROM byline b JOIN person p "
                                  "ON p.id = b.person_id WHERE p.name = '张蔓芳'")  # fmt: skip
    assert done.stdout.strip() == "0"
    # The desk sees every line.
    code, out, _ = cli(capsys, monkeypatch, name("ed1"), "report", "people", "--json",
                       db_url=url)  # fmt: skip
    assert {p["name"] for p in json.loads(out)} >= {"张蔓芳", "岳志欣", "万彤", "赵钰真", "李博"}
    done = psql(url, name("lay"), "SELECT count(DISTINCT name) FROM report_credit")
    assert int(done.stdout) >= 5


def test_only_chief_editors_and_admins_read_rates_and_pay(
    shared_newsroom, capsys, monkeypatch, seed_path
):
    url = shared_newsroom["url"]
    assert cli(capsys, monkeypatch, name("ed1"), "import", seed_path, db_url=url)[0] == 0
    code, _, err = cli(capsys, monkeypatch, name("chief"), "rates", "set", "--from",
                       "2025-01-01", "--kind", "article", "--per-thousand", "100",
                       db_url=url)  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, monkeypatch, shared_newsroom["admin"], "report", "pay", "--json",
                         db_url=url)  # fmt: skip
    assert code == 0, err
    assert {x["name"] for x in json.loads(out)} >= {"张蔓芳", "万彤"}
    for base in ("ed1", "wan", "lay"):
        for sql in ("SELECT * FROM pay_rate",
                    "INSERT INTO pay_rate (effective_from, kind, role, per_thousand, per_piece, "
                    "minimum, front_bonus, lead_bonus, monthly_cap, created_at) VALUES "
                    "('2025-01-01', 'photo', '', 1, 0, 0, 0, 0, 0, now())"):  # fmt: skip
            done = psql(url, name(base), sql)
            assert done.returncode != 0 and "permission denied" in done.stderr, (base, sql)
        code, _, err = cli(capsys, monkeypatch, name(base), "report", "pay", db_url=url)
        assert code == 2 and err.count("\n") == 1
    # Quotas: everyone reads them, only the chief editor and admin set them; shares: the desk.
    done = psql(url, name("ed1"), "INSERT INTO unit_quota (unit, period, pieces) "
                                  "VALUES ('x', 'month', 1)")  # fmt: skip
    assert done.returncode != 0 and "permission denied" in done.stderr
    assert psql(url, name("wan"), "SELECT count(*) FROM unit_quota").returncode == 0
    done = psql(url, name("wan"), "INSERT INTO byline_share VALUES (1, 1, 5)")
    assert done.returncode != 0 and "permission denied" in done.stderr
    done = psql(url, name("ed1"), "INSERT INTO byline_share SELECT article_id, person_id, 2 "
                                  "FROM byline LIMIT 1 RETURNING weight")  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip() == "2", done.stderr
