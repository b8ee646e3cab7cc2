"""What a file held when ShotGraph read or wrote it, so a later save can tell whether someone
else has changed it since.

A fingerprint is the file's size, modification time and a hash of its content. Two
fingerprints name the same version when size and content hash agree: a file touched, or
rewritten with the same bytes, has not changed for the user.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    """One version of a file: its size, modification time (ns) and SHA-256 of its bytes."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of_bytes(cls, data: bytes, mtime_ns: int) -> Fingerprint:
        """The fingerprint of ``data`` written at ``mtime_ns``."""
        return cls(len(data), mtime_ns, hashlib.sha256(data).hexdigest())

    def same_version(self, other: Fingerprint | None) -> bool:
        """True when ``other`` holds the same bytes (the time alone may differ)."""
        return other is not None and other.size == self.size and other.sha256 == self.sha256


def fingerprint_file(path: str | Path, limit: int | None = None) -> Fingerprint | None:
    """The fingerprint of the file at ``path`` now, or None when there is no regular file to read
    (or it is larger than ``limit`` bytes, which are then never read)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or (limit is not None and info.st_size > limit):
                return None
            digest = hashlib.sha256()
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())


def has_changed_since(path: str | Path, expected: Fingerprint) -> bool:
    """True when the file at ``path`` now holds something other than ``expected``.

    A file that is gone has not changed in this sense: saving writes it again and loses nothing.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return info.st_size != expected.size or not expected.same_version(fingerprint_file(path))
