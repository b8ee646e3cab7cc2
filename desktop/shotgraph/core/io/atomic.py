"""Writing a file so that a crash, a full disk or a refused permission never leaves half of it.

The bytes go to a temporary file in the same folder, are flushed and fsynced, and
only then replace the target in one ``os.replace``. Readers see the old file or the
new one, never a mix; on failure the temporary file is removed and the old file stays.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from .errors import OutputError

BACKUP_SUFFIX = ".bak"


def backup_path(path: str | Path) -> Path:
    """Where the previous version of a file is kept: ``name.shotgraph.bak`` beside it."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write(path: str | Path, data: bytes, *, backup: bool = False) -> Path:
    """Replace ``path`` with ``data`` all at once, keeping the old content as a backup if asked.

    Raises OutputError naming the file when anything fails; the original is then untouched.
    """
    target = _real_target(Path(path))
    try:
        if backup and target.is_file():
            _copy_atomically(target, backup_path(target))
        _replace_with(target, data)
    except OSError as error:
        raise OutputError(path, f"could not save ({_reason(error)}); the previous file is unchanged") from error
    return target


def _real_target(path: Path) -> Path:
    """The file a symbolic link points at, so saving keeps the link instead of replacing it."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _replace_with(target: Path, data: bytes) -> None:
    temporary = _write_temporary(target, lambda handle: handle.write(data))
    _commit(temporary, target)


def _copy_atomically(source: Path, target: Path) -> None:
    with source.open("rb") as original:
        temporary = _write_temporary(target, lambda handle: shutil.copyfileobj(original, handle))
    _commit(temporary, target)


def _write_temporary(target: Path, fill) -> Path:
    """A fully written, fsynced hidden temporary file beside ``target``."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def _commit(temporary: Path, target: Path) -> None:
    """Move the temporary file over the target and make the rename itself durable."""
    try:
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        _remove_quietly(temporary)
        raise
    _sync_folder(target.parent)


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the old one's permissions, so saving never changes who may read it."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temporary, target.stat().st_mode & 0o7777)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a rename to disk where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(error: OSError) -> str:
    """The system's words for an OS error: 'Permission denied', 'No space left on device'."""
    return error.strerror or str(error) or type(error).__name__
