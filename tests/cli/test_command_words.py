"""What a newcomer types: `import --help` names drafts too, and a mistyped command word is
answered with the commands instead of a window importing a file of that name."""

from __future__ import annotations

import pytest

from newsroom.cli import COMMANDS, main


@pytest.fixture(autouse=True)
def english(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_import_help_says_it_takes_drafts_too(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "bulletin" in text and "draft" in text and ".docx" in text


def test_a_mistyped_command_lists_the_commands_and_opens_no_window(capsys, monkeypatch):
    opened = []
    monkeypatch.setattr("newsroom.ui.app.run_gui", lambda **kw: opened.append(kw) or 0)
    assert main(["serach", "养老"]) == 2
    err = capsys.readouterr().err
    assert "'serach' is neither a command nor a file" in err
    assert all(name in err for name in COMMANDS)
    assert opened == []
    assert main(["improt", "x.txt"]) == 2
    assert "did you mean: newsroom import" in capsys.readouterr().err


def test_an_existing_file_still_opens_the_window(monkeypatch, seed_path):
    opened = []
    monkeypatch.setattr("newsroom.ui.app.run_gui", lambda **kw: opened.append(kw) or 0)
    assert main([str(seed_path)]) == 0
    assert opened == [{"db": None, "files": [str(seed_path)]}]


def test_messages_follow_a_chinese_locale(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["serach", "养老"]) == 2
    assert "“serach”既不是命令，也不是文件" in capsys.readouterr().err
    empty = tmp_path / "空稿.txt"
    empty.write_bytes(b"")
    assert main(["import", "--db", str(tmp_path / "n.db"), str(empty)]) == 2
    err = capsys.readouterr().err
    assert "空稿.txt：空文件" in err and "empty file" not in err
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins over LANG
    assert main(["import", "--db", str(tmp_path / "n.db"), str(empty)]) == 2
    assert "空稿.txt: empty file" in capsys.readouterr().err


def test_command_refusals_follow_a_chinese_locale(capsys, monkeypatch, tmp_path, seed_path):
    db = str(tmp_path / "n.db")
    assert main(["import", "--db", db, str(seed_path)]) == 0
    capsys.readouterr()
    out = str(tmp_path / "p.docx")
    assert main(["export", "--db", db, "--page", "9", "-o", out]) == 2
    assert "page 9: no such page" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["export", "--db", db, "--page", "9", "-o", out]) == 2
    assert capsys.readouterr().err.strip() == "newsroom: 没有第9版"


@pytest.mark.parametrize(
    "args, chinese, english",
    [
        (["import"], "缺少参数：FILE（详见 newsroom import --help）", "required: FILE"),
        (["list", "--bogus"], "无法识别的参数：--bogus", "unrecognized arguments: --bogus"),
        (["export", "--page", "x"], "参数 --page：不是 1 到", "argument --page: not a number"),
        (["rates", "set", "--kind", "poem"], "参数 --kind：没有 'poem' 这一项", "invalid choice"),
        (["report", "people", "--month", "2025-13"], "2025-13 不是 YYYY-MM 格式", "not a month"),
    ],
)
def test_usage_errors_follow_a_chinese_locale(capsys, monkeypatch, args, chinese, english):
    """argparse's own messages (Python has no Chinese for them) in one line, exit 2."""

    def said() -> str:
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code
        assert code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        return err

    assert english in said()
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    err = said()
    assert chinese in err and english not in err
