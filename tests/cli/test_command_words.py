"""What a newcomer types: `import --help` names drafts too, and a mistyped command word is
answered with the commands instead of a window importing a file of that name."""

from __future__ import annotations

import pytest

from newsroom.cli import COMMANDS, main


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
