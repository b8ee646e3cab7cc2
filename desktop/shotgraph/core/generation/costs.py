"""What draws cost: the estimate before sending, and the spend recorded on each take."""

from __future__ import annotations

from collections.abc import Iterable

from shotgraph.core.model import GenerationSettings, Shot
from shotgraph.core.planning.estimate import DEFAULT_SHOT_SECONDS


def draw_cost(settings: GenerationSettings, compute_seconds: float, generated_seconds: float) -> float:
    """A draw's cost: its compute time at the local rate plus the video it returned at the cloud rate."""
    return compute_seconds * settings.cost_per_compute_second + generated_seconds * settings.cost_per_generated_second


def generated_seconds(shot: Shot) -> float:
    """The seconds of video a draw of ``shot`` returns: the shot's duration (3 s when not set)."""
    return DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s


def estimate(settings: GenerationSettings, shots: Iterable[Shot], draws: int) -> float:
    """What ``draws`` draws of each shot are expected to cost before anything is sent."""
    return sum(draws * draw_cost(settings, settings.expected_compute_seconds, generated_seconds(shot))
               for shot in shots)

