"""Writing a file so that a crash, a full disk or a refused permission never leaves half of it,
and so that nothing the user protected or someone else just saved is overwritten.

The bytes go to a temporary file in the same folder, are flushed and fsynced, and
only then replace the target in one ``os.replace``. Readers see the old file or the
new one, never a mix; on failure the temporary file is removed and the old file stays.

Before it replaces anything, a save holds the folder's save lock (``locking``) and checks,
in this order: the target (and its backup) is not read-only, unless the user asked to
replace it anyway; the target still holds the version the caller read (``expected``).
Temporary files a killed save left behind are removed on the way.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError
from .fingerprint import Fingerprint, has_changed_since
from .locking import folder_lock

BACKUP_SUFFIX = ".bak"
LEFTOVER_AGE_SECONDS = 60.0
"""A temporary file this old is no save in progress, even one the lock does not cover."""


class ReadOnlyFile(OutputError):
    """The file to replace is read-only: saving over it needs the user's explicit word."""


class ChangedOnDisk(OutputError):
    """The file changed on disk since it was read: saving now would lose that change."""


@dataclass(frozen=True)
class Written:
    """The file a save wrote (a link's target, not the link) and the version it now holds."""

    path: Path
    fingerprint: Fingerprint


def backup_path(path: str | Path) -> Path:
    """Where the previous version of a file is kept: ``name.shotgraph.bak`` beside it."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def is_read_only(path: str | Path) -> bool:
    """True when ``path`` is an existing file marked read-only, or one this user may not write.

    The mode bits are read as well as asked about, so the answer is the same for an
    administrator, whom the system would let write anything.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def refuse_read_only(path: str | Path) -> None:
    """Raise ReadOnlyFile naming ``path`` if it is read-only; saving over it would change a protected file."""
    if is_read_only(path):
        raise ReadOnlyFile(path, "the file is read-only, so nothing was written; "
                                 "make it writable to save over it, or save under another name")


def atomic_write(path: str | Path, data: bytes, *, backup: bool = False, expected: Fingerprint | None = None,
                 replace_read_only: bool = False) -> Path:
    """Replace ``path`` with ``data`` all at once; the file written (see ``replace_file``)."""
    return replace_file(path, data, backup=backup, expected=expected, replace_read_only=replace_read_only).path


def atomic_write_all(files: dict[Path, bytes]) -> None:
    """Write every file atomically, or none: those already written are removed when one fails
    (the pages of a call sheet, an EDL per episode)."""
    written: list[Path] = []
    try:
        for target, data in files.items():
            atomic_write(target, data)
            written.append(target)
    except BaseException:
        for target in written:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


def replace_file(path: str | Path, data: bytes, *, backup: bool = False, expected: Fingerprint | None = None,
                 replace_read_only: bool = False) -> Written:
    """Replace ``path`` with ``data`` all at once, keeping the old content as a backup if asked.

    Refuses a read-only target or backup (ReadOnlyFile) unless ``replace_read_only``, and a
    target that no longer holds ``expected`` (ChangedOnDisk). Raises OutputError naming the
    file when anything fails; the original is then untouched.
    """
    target = _real_target(Path(path))
    with folder_lock(target) as locked:
        remove_leftovers(target, locked=locked)
        _check_target(target, backup, expected, replace_read_only)
        try:
            if backup and target.is_file():
                _copy_atomically(target, backup_path(target))
            return Written(target, _replace_with(target, data))
        except OSError as error:
            raise OutputError(path, f"could not save ({_reason(error)}); the previous file is unchanged") from error


def _check_target(target: Path, backup: bool, expected: Fingerprint | None, replace_read_only: bool) -> None:
    if not replace_read_only:
        refuse_read_only(target)
        if backup and target.is_file() and is_read_only(backup_path(target)):
            raise ReadOnlyFile(backup_path(target), "the backup is read-only, so the previous version cannot be "
                                                    "kept and nothing was written; make it writable or move it "
                                                    "away, or save under another name")
    if expected is not None and has_changed_since(target, expected):
        raise ChangedOnDisk(target, "the file changed on disk since it was read (another program or person "
                                    "saved it), so nothing was written; open it again to see that version, "
                                    "or save yours under another name")


def remove_leftovers(target: str | Path, *, locked: bool) -> list[Path]:
    """Remove the temporary files a killed save of ``target`` (or of its backup) left beside it.

    Only ShotGraph's own ``.NAME.<8 hex digits>.tmp`` files of this target are touched, and only
    when no save can be writing them: under the folder's lock, or once a minute old.
    """
    target = Path(target)
    names = {target.name, backup_path(target).name}
    removed = []
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if _is_leftover(entry, names, locked):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<token>[0-9a-z_]{8})\.tmp", re.DOTALL)


def _is_leftover(entry: os.DirEntry, names: set[str], locked: bool) -> bool:
    match = _TEMPORARY.fullmatch(entry.name)
    if match is None or match["name"] not in names or not entry.is_file(follow_symlinks=False):
        return False
    if locked and re.fullmatch(r"[0-9a-f]{8}", match["token"]):
        return True
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > LEFTOVER_AGE_SECONDS
    except OSError:
        return False


def _real_target(path: Path) -> Path:
    """The file a symbolic link points at, so saving keeps the link instead of replacing it."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _replace_with(target: Path, data: bytes) -> Fingerprint:
    temporary, mtime_ns = _write_temporary(target, lambda handle: handle.write(data))
    _commit(temporary, target)
    return Fingerprint.of_bytes(data, mtime_ns)


def _copy_atomically(source: Path, target: Path) -> None:
    with source.open("rb") as original:
        temporary, _ = _write_temporary(target, lambda handle: shutil.copyfileobj(original, handle))
    _commit(temporary, target)


def _write_temporary(target: Path, fill) -> tuple[Path, int]:
    """A fully written, fsynced hidden temporary file beside ``target``, and its modification time (ns)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
            mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary, mtime_ns


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
