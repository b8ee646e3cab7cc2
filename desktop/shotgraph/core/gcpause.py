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
    cost more than the work itself. On the way out what the block made and kept joins
    the oldest generation unexamined (``freeze`` then ``unfreeze``), so the collection
    its allocations have made due does not walk it all at once; the next full collection
    looks at it, as it would at anything long-lived.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
