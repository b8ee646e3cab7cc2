"""How the printed exports write scene and shot codes: with their episode, and long lists as ranges.

A scene is always written with its episode, as crews call it (``12-3``: episode 12, scene 3).
A shot code is written with its episode only where the codes around it come from more than
one episode (``12-53``), since shot codes repeat from episode to episode. A long list is
sorted and its runs of consecutive numbers written as ranges (``3-01–3-12``), so every code
stays findable in a line or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

SHORT_LIST = 8
"""Lists of up to this many codes are written code by code, in the order given."""
RANGE_DASH = "–"

_NUMBERED = re.compile(r"^(.*?)(\d+)$")
_DIGITS = re.compile(r"(\d+)")


def scene_ref(episode: int | None, code: str) -> str:
    """``12-3``; a scene code that already starts with its episode (``12-3`` in episode 12) stays as it is."""
    if episode is None:
        return code
    prefix = f"{episode}-"
    return code if code.startswith(prefix) else prefix + code


def with_episode(episode: int | None, code: str) -> str:
    """A shot code with its episode in front: ``12-53``."""
    return code if episode is None else f"{episode}-{code}"


def natural_key(code: str) -> tuple:
    """Sorts ``2`` before ``10`` and ``3-9`` before ``3-10``."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in _DIGITS.split(code) if part)


def code_list(codes: Iterable[str]) -> str:
    """Every code, each once: a short list as given, a long one sorted with its runs as ranges."""
    codes = list(dict.fromkeys(codes))
    if len(codes) <= SHORT_LIST:
        return ", ".join(codes)
    return ", ".join(_ranges(sorted(codes, key=natural_key)))


def _ranges(codes: Sequence[str]) -> list[str]:
    """Runs of three or more codes numbered one after another, as ``first–last``."""
    parts: list[str] = []
    run: list[str] = []
    for code in codes:
        if run and not _follows(run[-1], code):
            parts += _written(run)
            run = []
        run.append(code)
    return parts + _written(run)


def _follows(before: str, code: str) -> bool:
    a, b = _NUMBERED.match(before), _NUMBERED.match(code)
    return bool(a and b and a[1] == b[1] and int(b[2]) == int(a[2]) + 1)


def _written(run: list[str]) -> list[str]:
    return [f"{run[0]}{RANGE_DASH}{run[-1]}"] if len(run) >= 3 else run
