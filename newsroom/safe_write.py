"""Writing exports where people point: never over a device, FIFO or folder, never half a
file, with the permissions a file there would normally get."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class OutputError(OSError):
    """The target cannot or must not be written; one line naming it (an OSError, so a
    caller that reports failed writes reports this too)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "strerror", None) or exc or type(exc).__name__).split())


def _final_path(target: Path) -> tuple[Path, int]:
    """Where to write (a symlink's target) and the mode the file gets: an existing file
    keeps its own, a new one gets what the umask leaves of 0666."""
    final = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        info = os.stat(final)
    except FileNotFoundError:
        if not final.parent.is_dir():
            raise OutputError(f"{target}: no such folder {final.parent}") from None
        return final, 0o666 & ~_umask()
    except OSError as exc:
        raise OutputError(f"{target}: {_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{target}: is a folder; give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{target}: not a regular file (a device, FIFO or socket); not replaced")
    return final, stat.S_IMODE(info.st_mode)


def write_file(target: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> Path:
    """Write a file through ``write(stream)``: into a temporary file beside it, then
    renamed over the target. A symlink is written through to its target. Raises
    OutputError with one line; nothing at the target changes then."""
    target = Path(target)
    final, mode = _final_path(target)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, final)
    except OutputError:
        raise
    except Exception as exc:  # a full disk shows up as OSError or as zipfile's own errors
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return final


def write_folder(target: str | os.PathLike[str], fill: Callable[[Path], list[Path]]) -> list[Path]:
    """Fill a folder as a whole: ``fill(staging)`` writes into a hidden staging folder
    beside the target, which is then renamed into place (an older folder of that name
    is replaced only once the new one is complete). Killed midway, only the staging
    folder ``.NAME.partial-…`` is left, and the target is as it was."""
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder; not replaced")
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(f"{target}: no such folder {parent}")
    staging = None
    old = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=parent))
        written = fill(staging)
        mask = _umask()
        os.chmod(staging, 0o777 & ~mask)
        for path in written:
            os.chmod(path, 0o666 & ~mask)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            os.rename(target, old / target.name)
        os.rename(staging, target)
        staging = None
    except OutputError:
        raise
    except Exception as exc:
        if old is not None and not target.exists():
            os.rename(old / target.name, target)  # put the earlier edition back
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return [target / path.name for path in written]
