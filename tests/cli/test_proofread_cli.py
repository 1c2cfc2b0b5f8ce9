"""``newsroom proofread``: exit codes, compiler-style lines, JSON findings, stored articles."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy.orm import Session

from newsroom.cli import main
from newsroom.store.db import open_database
from newsroom.store.proofrules import add_to_whitelist, set_rule


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_has_its_real_errors(capsys, seed_path):
    code, out, _ = run(capsys, "proofread", seed_path, "--json")
    assert code == 1
    findings = json.loads(out)
    text = seed_path.read_text(encoding="utf-8")
    keys = {"start", "end", "text", "suggestion", "category", "rule", "message", "severity"}
    assert all(set(f) == keys for f in findings)
    for f in findings:
        assert text[f["start"] : f["end"]] == f["text"]
    fixed = {(f["text"].strip(), f["suggestion"]) for f in findings}
    assert ("列", "例") in fixed
    assert any(f["category"] == "repeat" and "到" in f["text"] for f in findings)
    assert sum(f["category"] == "mixed_script" for f in findings) == 2
    for wordplay in ("一失万无", "青", "新"):
        assert not any(f["text"] == wordplay for f in findings)


def test_human_lines_name_file_line_and_column(capsys, seed_path):
    code, out, _ = run(capsys, "proofread", seed_path)
    assert code == 1
    line = next(x for x in out.splitlines() if "例" in x)
    name, number, column, rest = line.split(":", 3)
    assert name == str(seed_path) and int(number) > 1 and int(column) >= 1
    assert "错别字" in rest and "建议" in rest


def test_clean_copy_exits_0(capsys, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("近日，河西区召开养老服务工作会议，部署下一阶段重点任务。\n", encoding="utf-8")
    assert run(capsys, "proofread", clean) == (0, "", "")


def test_bad_input_exits_2_with_one_line(capsys, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    code, out, err = run(capsys, "proofread", binary)
    assert code == 2 and out == "" and err.count("\n") == 1 and str(binary) in err
    code, _, err = run(capsys, "proofread", tmp_path / "missing.txt")
    assert code == 2 and "missing.txt" in err


def test_a_stored_article_with_the_newsrooms_own_rules(capsys, seed_path, db_url):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        set_rule(session, "数创", "数字创新", "本报统一写法")
        add_to_whitelist(session, "典型案列")  # a newsroom may whitelist anything
    code, out, _ = run(capsys, "proofread", "--db", db_url, "--article", 2, "--json")
    findings = json.loads(out)
    assert code == 1
    assert any(f["category"] == "custom" and f["suggestion"] == "数字创新" for f in findings)
    assert not any(f["suggestion"] == "例" for f in findings)


def test_unknown_article_is_exit_2(capsys, seed_path, db_url):
    run(capsys, "import", seed_path, "--db", db_url)
    code, _, err = run(capsys, "proofread", "--db", db_url, "--article", 999)
    assert code == 2 and "999" in err


def test_file_or_article_not_both(capsys, seed_path, db_path):
    assert run(capsys, "proofread")[0] == 2
    assert run(capsys, "proofread", seed_path, "--db", db_path, "--article", 1)[0] == 2


def test_module_entry_is_the_same_command(seed_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsroom.proofing", str(seed_path)], capture_output=True, text=True
    )
    assert result.returncode == 1 and "例" in result.stdout
