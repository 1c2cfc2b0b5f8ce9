"""The typed settings object and its file."""

from __future__ import annotations

from newsroom.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_when_no_file():
    assert load_settings() == Settings()


def test_round_trip_with_quotes_and_chinese(tmp_path):
    path = tmp_path / "s.toml"
    settings = Settings(paper_name='河西"报"\\', user_name="编辑 王五", language="en")
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_broken_file_gives_defaults(tmp_path):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe not toml = = =")
    assert load_settings() == Settings()
