"""One ShotGraph save at a time in a folder, across every ShotGraph process on the machine.

Saving checks the file on disk and then replaces it; holding a lock on the folder across
both steps means a second ShotGraph cannot slip its own save in between. The lock is the
system's advisory ``flock`` on the folder itself, so no lock file is left behind. Where the
system or the file system offers none (Windows, some network shares) saving goes ahead
unlocked: the check of what is on disk still catches most overlapping saves.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0
"""How long a save waits for another one in the same folder before giving up."""
_POLL_SECONDS = 0.02


@contextlib.contextmanager
def folder_lock(file: str | Path, wait: float = WAIT_SECONDS) -> Iterator[bool]:
    """Hold the save lock of the folder that holds ``file``; yields whether a lock is really held.

    Raises OutputError naming ``file`` if another save keeps the folder locked for ``wait`` seconds.
    """
    descriptor = _open_folder(Path(file).parent)
    if descriptor is None:
        yield False
        return
    try:
        held = _acquire(descriptor, Path(file), wait)
        yield held
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


def _open_folder(folder: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        return os.open(folder, os.O_RDONLY)
    except OSError:
        return None


def _acquire(descriptor: int, file: Path, wait: float) -> bool:
    """Take the lock, polling so a stuck save elsewhere cannot hang ShotGraph; False if unsupported."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise OutputError(file, f"another ShotGraph has been saving in this folder for over {wait:g} s; "
                                        "nothing was written. Try again") from None
            time.sleep(_POLL_SECONDS)
        except OSError:
            return False
