"""Pausing Python's cyclic garbage collector around bulk work on a large project."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Loading, importing or checking a 6,000-shot series allocates hundreds of thousands
    of objects that form no cycles; the collector's repeated passes over them would
    cost more than the work itself.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
