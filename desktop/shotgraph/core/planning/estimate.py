"""How long a setup takes on the shooting day (docs/schedule.md, step 2).

A setup costs base minutes for lighting and rigging, set by its most complex shot,
plus the shooting of each shot: ``takes × (duration_factor × duration + reset)``.
Every number comes from the project's PlanningSettings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum
from functools import lru_cache

from shotgraph.core.model import Movement, PlanningSettings, Shot

DEFAULT_SHOT_SECONDS = 3.0
"""Screen time counted for a shot whose duration is not set yet: a typical micro-drama shot."""

STATIC_MOVES = frozenset({Movement.STATIC, Movement.HANDHELD})
"""Quick to set: the camera on sticks or on the shoulder."""

RIG_MOVES = frozenset({Movement.DOLLY_IN, Movement.DOLLY_OUT, Movement.TRUCK, Movement.STEADICAM,
                       Movement.CRANE, Movement.DRONE})
"""Need track, a rig or an operator's rehearsal: dolly (push, pull, tracking), steadicam, crane, drone."""

EFFECTS_WORDS = re.compile(
    r"\b(?:crowds?|extras|rain|rainy|raining|snow|snowy|snowing|fog|foggy|storm)\b"
    r"|人群|群演|群众|下雨|雨中|雨夜|大雨|暴雨|雨戏|降雨|下雪|雪中|大雪|烟雾|造雾|风雪",
    re.IGNORECASE,
)
"""Words in a shot's description or notes that mean a crowd of extras or weather effects.

Whole English words only ("train" is not rain); Chinese words of two characters, so a
prop such as 雨伞 or a character named 小雨 does not count as rain.
"""


class Complexity(IntEnum):
    """How much a shot asks of the crew before the first take; higher takes longer."""

    STATIC = 0
    DEFAULT = 1
    RIG = 2
    EFFECTS = 3


_MOVE_COMPLEXITY = {**dict.fromkeys(STATIC_MOVES, Complexity.STATIC), **dict.fromkeys(RIG_MOVES, Complexity.RIG)}


def complexity(shot: Shot) -> Complexity:
    """Effects when the description or notes mention a crowd or weather; else by camera movement.

    An unknown movement, or a pan, tilt, follow or zoom, is the default complexity.
    """
    if _mentions_effects(shot.description) or _mentions_effects(shot.notes):
        return Complexity.EFFECTS
    movement = shot.camera.movement
    if movement is None:
        return Complexity.DEFAULT
    return _MOVE_COMPLEXITY.get(movement, Complexity.DEFAULT)


@lru_cache(maxsize=4096)
def _mentions_effects(text: str) -> bool:
    return bool(text) and EFFECTS_WORDS.search(text) is not None


def base_minutes(shots: Iterable[Shot], settings: PlanningSettings) -> int:
    """Lighting and rigging minutes of a setup: those of its most complex shot (0 with no shots)."""
    level = max(map(complexity, shots), default=None)
    return 0 if level is None else _base(level, settings)


def _base(level: int, settings: PlanningSettings) -> int:
    return (settings.setup_minutes_static, settings.setup_minutes_default,
            settings.setup_minutes_rig, settings.setup_minutes_effects)[level]


def shot_minutes(shot: Shot, settings: PlanningSettings) -> float:
    """Minutes of shooting one shot: every take plays the action slower than cut, then resets."""
    duration = DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s
    seconds = settings.takes_per_shot * (settings.duration_factor * duration + settings.reset_seconds)
    return seconds / 60


def setup_minutes(shots: Iterable[Shot], settings: PlanningSettings) -> float:
    """Estimated minutes of a setup: base minutes plus the shooting of each of its shots.

    The same as ``base_minutes + Σ shot_minutes``, summed in one pass.
    """
    level, count, screen_seconds = -1, 0, 0.0
    for shot in shots:
        level = max(level, complexity(shot))
        count += 1
        screen_seconds += DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s
    if not count:
        return 0.0
    take_seconds = settings.duration_factor * screen_seconds + settings.reset_seconds * count
    return _base(level, settings) + settings.takes_per_shot * take_seconds / 60
