"""The limits every reader keeps while it reads, so no file a collaborator sends can take
the machine's memory or time, and the one way a reader's failure reaches the user.

A reader opens its file with ``read_regular_file`` (never a folder, pipe or device, never
more than its byte budget), reads archive parts with ``read_zip_part`` (sizes checked
after decompression, not before), counts its problems in a ``Problems`` list (the first
few named, then "and K more") and runs inside ``reading``, which turns any failure it did
not foresee into one InputError naming the file instead of an internal error.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, ShotGraphError

MAX_INPUT_BYTES = 50 * 2**20
"""The largest file any reader takes: a 100-episode series is a few megabytes."""
MAX_EXPANDED_BYTES = 64 * 2**20
"""The most an archive part (an XLSX sheet, a DOCX body) may hold once decompressed."""
MAX_ROWS = 30_000
"""Shots an import makes (data rows of a shot list, shots of a script): five times the largest
real series (6,000 shots), and a project of that size still opens within the memory budget."""
MAX_CELL_CHARS = 32_767
"""Characters in one cell: Excel's own limit."""
MAX_LINE_CHARS = 20_000
"""Characters in one script paragraph: the longest text a project field holds."""
MAX_PROBLEMS = 100
"""Problems a reader keeps; past it only their number is counted."""

_ACCEPTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def read_regular_file(path: Path, what: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, else an InputError.

    A pipe, device or folder is refused before it is opened, so reading can never block.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, f"is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, f"is not a regular file (a pipe or device), not a {what}")
    _check_size(path, info.st_size, limit, what)
    return _read_at_most(path, limit, what)


def _read_at_most(path: Path, limit: int, what: str) -> bytes:
    """Read through a non-blocking descriptor, stopping past ``limit`` even if the file grew."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(path, f"is not a regular file (a pipe or device), not a {what}")
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None
    _check_size(path, len(data), limit, what)
    return data


def _check_size(path: Path, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise InputError(path, f"the file is {_megabytes(size)}; a {what} of up to {_megabytes(limit)} is read")


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size < 10 * 2**20 else f"{size / 2**20:.0f} MB"


def read_zip_part(path: Path, archive: zipfile.ZipFile, name: str, limit: int = MAX_EXPANDED_BYTES) -> bytes:
    """One part of a ZIP archive, refused when encrypted, oddly compressed or larger than ``limit``
    once decompressed. Python's reader never inflates past the size the part declares."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise InputError(path, f"the part {name} is missing; the file is damaged or not of this kind") from None
    check_zip_part(path, info, limit)
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as error:
        raise InputError(path, f"the part {name} cannot be read ({error}); the file is damaged") from None


def check_zip_part(path: Path, info: zipfile.ZipInfo, limit: int = MAX_EXPANDED_BYTES) -> None:
    """An InputError unless the part is unencrypted, stored or deflated, and at most ``limit`` bytes inflated."""
    if info.flag_bits & 0x1:
        raise InputError(path, f"the part {info.filename} is encrypted; save the file without a password")
    if info.compress_type not in _ACCEPTED_COMPRESSION:
        raise InputError(path, f"the part {info.filename} uses a compression ShotGraph does not read "
                               f"(method {info.compress_type}); save the file again from Excel, WPS or Word")
    if info.file_size > limit:
        raise InputError(path, f"the part {info.filename} holds {_megabytes(info.file_size)} once decompressed; "
                               f"up to {_megabytes(limit)} is read")


class Problems:
    """The first ``keep`` problems a reader met, and how many there were in all."""

    def __init__(self, keep: int = MAX_PROBLEMS) -> None:
        self.keep = keep
        self.kept: list = []
        self.count = 0

    def add(self, problem: object) -> None:
        self.count += 1
        if len(self.kept) < self.keep:
            self.kept.append(problem)

    def __bool__(self) -> bool:
        return self.count > 0

    def __len__(self) -> int:
        return self.count

    @property
    def more(self) -> int:
        """How many problems were counted beyond those kept."""
        return self.count - len(self.kept)


@contextlib.contextmanager
def reading(path: str | Path, what: str) -> Iterator[None]:
    """Turn any failure a reader did not foresee into one InputError naming the file.

    A reader's own errors pass through as they are; anything else that goes wrong while
    reading a hostile file (a library's parse error, a recursion too deep, memory the
    budgets did not foresee) becomes "cannot be read as a WHAT", never a traceback.
    """
    try:
        yield
    except ShotGraphError:
        raise
    except RecursionError:
        raise InputError(path, f"cannot be read as a {what}: it is nested too deeply") from None
    except MemoryError:
        raise InputError(path, f"cannot be read as a {what}: it needs more memory than a {what} may") from None
    except Exception as error:  # noqa: BLE001 - the boundary between a hostile file and the user
        detail = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise InputError(path, f"cannot be read as a {what} ({detail})") from None
