"""One typed settings object for the whole application, read from a TOML file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from platformdirs import user_config_path

SETTINGS_ENV = "NEWSROOM_SETTINGS"


#: The paper's name until the newsroom gives its own (in 首选项 → 报纸名称).
DEFAULT_PAPER_NAME = "本报"


@dataclass(slots=True)
class Settings:
    """What a newsroom sets once: the paper's name for 报眉, who sits at this desk."""

    paper_name: str = DEFAULT_PAPER_NAME
    user_name: str = ""
    language: str = ""  # "" follows the system locale; "zh_CN" or "en"
    stylesheet: str = ""  # the newsroom's DOCX style sheet; "" is the bundled one
    proofing_off: str = ""  # rule families switched off, comma separated (e.g. "statistical")
    welcomed: str = ""  # "1" once the first-run page has been seen
    # The 投稿 inbox: the submission mailbox (imaps://USER@HOST/INBOX) or a watched folder,
    # minutes between looks, the SMTP server and address replies go from, and when the
    # editor last looked. Passwords are never stored: $NEWSROOM_IMAP_PASSWORD /
    # $NEWSROOM_SMTP_PASSWORD, or asked for once per session.
    intake_source: str = ""
    intake_minutes: str = "5"
    intake_smtp: str = ""
    intake_from: str = ""
    intake_seen: str = ""


def page_head_paper(edition_paper: str, settings: Settings) -> str:
    """The paper's name for a page's 报眉, decided at export time: the edition's own name
    where it has one, else the current preference (an edition imported before 报纸名称 was
    set only has the placeholder 本报)."""
    edition_paper = edition_paper.strip()
    if edition_paper and edition_paper != DEFAULT_PAPER_NAME:
        return edition_paper
    return settings.paper_name.strip() or edition_paper or DEFAULT_PAPER_NAME


def settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    return user_config_path("newsroom", appauthor=False) / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from the file, defaults for what it does not say or cannot be read."""
    path = path or settings_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in data.items() if k in known})


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings file (TOML), replacing it whole so a crash cannot half-write it."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{f.name} = {_toml_string(getattr(settings, f.name))}" for f in fields(Settings)]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def proof_options(settings: Settings):
    """The proofreader's switches from the settings (a family named in proofing_off is off)."""
    from dataclasses import replace

    from newsroom.proofing.model import ProofOptions

    off = {name.strip() for name in settings.proofing_off.split(",") if name.strip()}
    known = {f.name for f in fields(ProofOptions)}
    return replace(ProofOptions(), **{name: False for name in off & known})
