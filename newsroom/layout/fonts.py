"""The font families this machine has, from fontconfig (Linux, BSD), for the style sheet's
stand-in fonts."""

from __future__ import annotations

import functools
import shutil
import subprocess


@functools.cache
def installed_families() -> frozenset[str] | None:
    """Every installed family name (each of a font's localised names), or None where
    fontconfig is not there to ask."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=20, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(","))
