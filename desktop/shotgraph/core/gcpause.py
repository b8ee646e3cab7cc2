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


LARGE_PROJECT_SHOTS = 1000
"""From this many shots, an open project's objects are set aside from the collector's full passes."""


def set_aside_open_project(shot_count: int) -> None:
    """After a project of ``shot_count`` shots opens: on a large one, collect what earlier work left
    and set everything alive now aside (``gc.freeze``).

    A full pass of the collector walks every live object: about 0.2 s with the 6,000-shot series
    open, a frame the editor would freeze for whenever one comes due. Set aside, the open project
    is no longer walked, only what editing makes afterwards. Opening the next large project brings
    the set-aside objects back first, so what the previous project left is collected then.
    """
    if shot_count >= LARGE_PROJECT_SHOTS:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
