"""Setup estimates: base minutes by complexity, plus takes × (factor × duration + reset) per shot."""

from __future__ import annotations

import pytest

from shotgraph.core.model import Camera, Movement, PlanningSettings, Shot
from shotgraph.core.planning import (
    DEFAULT_SHOT_SECONDS,
    Complexity,
    base_minutes,
    complexity,
    setup_minutes,
    shot_minutes,
)

SETTINGS = PlanningSettings()


def shot(movement: Movement | None = None, duration: float | None = None, *, description: str = "",
         notes: str = "", code: str = "1") -> Shot:
    return Shot(id=f"sh_{code}", code=code, scene_id="sc_1", camera=Camera(movement=movement),
                duration_s=duration, description=description, notes=notes)


@pytest.mark.parametrize(("movement", "minutes"), [
    (Movement.STATIC, 20), (Movement.HANDHELD, 20),
    (None, 30), (Movement.PAN, 30), (Movement.TILT, 30), (Movement.FOLLOW, 30), (Movement.ZOOM, 30),
    (Movement.DOLLY_IN, 45), (Movement.DOLLY_OUT, 45), (Movement.TRUCK, 45), (Movement.STEADICAM, 45),
    (Movement.CRANE, 45), (Movement.DRONE, 45),
])
def test_base_minutes_follow_the_camera_movement(movement, minutes):
    assert base_minutes([shot(movement)], SETTINGS) == minutes


@pytest.mark.parametrize("text", ["暴雨中她追出门去", "需要群演二十人", "人群涌向门口", "A crowd at the gate",
                                  "Heavy RAIN on the window", "下雪了", "extras cross the street"])
def test_crowd_or_weather_in_the_description_or_notes_is_an_effects_setup(text):
    assert complexity(shot(Movement.STATIC, description=text)) is Complexity.EFFECTS
    assert complexity(shot(Movement.STATIC, notes=text)) is Complexity.EFFECTS
    assert base_minutes([shot(Movement.STATIC, notes=text)], SETTINGS) == 60


@pytest.mark.parametrize("text", ["她撑着雨伞走过", "小雨推门进来", "He boards the train", "brainstorm", ""])
def test_words_that_only_look_like_weather_are_not_effects(text):
    assert complexity(shot(Movement.STATIC, description=text)) is Complexity.STATIC


def test_a_setup_takes_the_base_minutes_of_its_most_complex_shot():
    shots = [shot(Movement.STATIC, code="1"), shot(Movement.CRANE, code="2"), shot(None, code="3")]
    assert base_minutes(shots, SETTINGS) == 45
    assert base_minutes([], SETTINGS) == 0


def test_shot_minutes_are_takes_times_slowed_action_plus_reset():
    # 4 takes × (1.5 × 10 s + 60 s) = 300 s
    assert shot_minutes(shot(duration=10), SETTINGS) == pytest.approx(5.0)


def test_a_shot_without_duration_counts_three_seconds():
    assert DEFAULT_SHOT_SECONDS == 3.0
    assert shot_minutes(shot(), SETTINGS) == pytest.approx(4 * (1.5 * 3 + 60) / 60)


def test_exact_minutes_of_a_known_setup():
    # dolly base 45 + 4 × (4.5 + 60) s + 4 × (6 + 60) s = 45 + 4.3 + 4.4
    shots = [shot(Movement.STATIC, 3, code="1"), shot(Movement.DOLLY_IN, 4, code="2")]
    assert setup_minutes(shots, SETTINGS) == pytest.approx(53.7)


def test_every_number_comes_from_the_planning_settings():
    settings = PlanningSettings(takes_per_shot=2, duration_factor=2.0, reset_seconds=30, setup_minutes_static=10,
                                setup_minutes_default=25, setup_minutes_rig=50, setup_minutes_effects=90)
    # 50 + 2 × (2 × 15 s + 30 s) / 60 = 52
    assert setup_minutes([shot(Movement.CRANE, 15)], settings) == pytest.approx(52.0)
    assert setup_minutes([shot(Movement.STATIC, 15)], settings) == pytest.approx(12.0)
    assert setup_minutes([shot(None, 15)], settings) == pytest.approx(27.0)
    assert setup_minutes([shot(Movement.STATIC, 15, description="雨夜")], settings) == pytest.approx(92.0)


def test_setup_minutes_are_the_base_plus_each_shot():
    shots = [shot(Movement.STATIC, 2.5, code="1"), shot(None, None, code="2"), shot(Movement.STEADICAM, 7, code="3")]
    expected = base_minutes(shots, SETTINGS) + sum(shot_minutes(s, SETTINGS) for s in shots)
    assert setup_minutes(shots, SETTINGS) == pytest.approx(expected)
    assert setup_minutes(iter(shots), SETTINGS) == pytest.approx(expected)
    assert setup_minutes([], SETTINGS) == 0
