"""A day's timeline from unit call to wrap, and each actor's call, release and turnaround."""

from __future__ import annotations

import datetime as dt

from shotgraph.core.model import (
    Camera,
    Character,
    CharacterInShot,
    Mode,
    Movement,
    PlanningSettings,
    Setup,
    ShootingDay,
    Shot,
)
from shotgraph.core.planning import actor_days, day_timeline, turnaround

SETTINGS = PlanningSettings()
DATE = dt.date(2025, 6, 1)
CAST = {
    "ch_lin": Character(id="ch_lin", name="林晓", actor_id="pe_zhao"),
    "ch_chen": Character(id="ch_chen", name="陈墨", actor_id="pe_wang", hair_makeup_min=90),
    "ch_twin": Character(id="ch_twin", name="林晓的双胞胎", actor_id="pe_zhao", hair_makeup_min=60),
    "ch_ai": Character(id="ch_ai", name="AI 管家"),
}


def shot(code: str, *characters: str, location: str | None = "lc_office", mode: Mode = Mode.LIVE) -> Shot:
    """A static 10 s shot: 20 + 4 × (15 + 60) s = 25 min as a setup of its own."""
    return Shot(id=f"sh_{code}", code=code, scene_id="sc_1", mode=mode, duration_s=10,
                camera=Camera(movement=Movement.STATIC), location_id=location,
                characters=[CharacterInShot(character_id=c) for c in characters])


def day(*setups: list[Shot], call: dt.time = dt.time(7, 0), date: dt.date = DATE) -> ShootingDay:
    return ShootingDay(id=f"dy_{date}", date=date, unit_call=call,
                       setups=[Setup(id=f"su_{date}_{k}", shot_ids=[s.id for s in shots])
                               for k, shots in enumerate(setups)])


def lay_out(shooting_day: ShootingDay, shots: list[Shot], settings: PlanningSettings = SETTINGS):
    return day_timeline(shooting_day, {s.id: s for s in shots}, settings)


def at(hour: int, minute: int, date: dt.date = DATE) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute))


def test_setups_run_from_load_in_with_the_meal_halfway_and_load_out_before_wrap():
    a, b = shot("1"), shot("2")
    timeline = lay_out(day([a], [b]), [a, b])
    assert [(p.start, p.end) for p in timeline.setups] == [(at(7, 30), at(7, 55)), (at(8, 55), at(9, 20))]
    assert timeline.call == at(7, 0)
    assert timeline.meal == at(7, 55)
    assert timeline.wrap == at(9, 50)
    assert timeline.working_minutes == 30 + 25 + 60 + 25 + 30
    assert timeline.moves == 0
    assert [s.code for s in timeline.shots] == ["1", "2"]


def test_a_company_move_comes_before_a_setup_at_a_new_location():
    a, b, c = shot("1"), shot("2", location="lc_street"), shot("3", location=None)
    settings = PlanningSettings(meal_minutes=0)
    timeline = lay_out(day([a], [b], [c]), [a, b, c], settings)
    assert [p.move_before for p in timeline.setups] == [False, True, False]
    assert timeline.setups[1].start == at(7, 55) + dt.timedelta(minutes=60)
    assert timeline.working_minutes == 60 + 3 * 25 + 60


def test_going_back_to_a_location_is_another_move():
    a, b, c = shot("1"), shot("2", location="lc_street"), shot("3")
    timeline = lay_out(day([a], [b], [c]), [a, b, c])
    assert timeline.moves == 2
    assert timeline.working_minutes == 60 + 3 * 25 + 60 + 2 * 60


def test_the_meal_goes_after_the_setup_ending_nearest_halfway():
    shots = [shot(str(k)) for k in range(20)]
    timeline = lay_out(day(*([s] for s in shots)), shots)
    # work without meal 30 + 20 × 25 + 30 = 560 min; halfway 280 min = the end of the 10th setup
    assert timeline.meal == at(7, 0) + dt.timedelta(minutes=280)
    assert timeline.setups[10].start == timeline.meal + dt.timedelta(minutes=60)


def test_the_meal_comes_by_six_hours_after_call_on_a_long_day():
    shots = [shot(str(k)) for k in range(40)]
    timeline = lay_out(day(*([s] for s in shots)), shots)
    # setups end 30 + 25 k min after call: 355 min is the nearest to 360
    assert timeline.meal == at(12, 55)
    assert timeline.working_minutes == 60 + 40 * 25 + 60


def test_a_day_without_shots_has_no_work():
    timeline = lay_out(day([], call=dt.time(6, 0)), [])
    assert timeline.wrap == timeline.call == at(6, 0) and timeline.meal is None
    assert timeline.working_minutes == 0 and timeline.shots == ()


def test_shots_the_lookup_lacks_are_left_out():
    a, b = shot("1"), shot("2")
    timeline = lay_out(day([a, b]), [a])
    assert [s.code for s in timeline.shots] == ["1"]


def test_call_is_on_set_minus_hair_makeup_wardrobe_and_buffer_and_release_is_end_plus_fifteen():
    a, b = shot("1", "ch_lin"), shot("2", "ch_chen")
    actors = actor_days(lay_out(day([a], [b]), [a, b]), CAST, SETTINGS)
    zhao, wang = actors["pe_zhao"], actors["pe_wang"]
    assert (zhao.on_set, zhao.call, zhao.off_set, zhao.release) == (at(7, 30), at(6, 15), at(7, 55), at(8, 10))
    # on set 08:55 after the meal; 90 min hair and make-up + 15 + 15
    assert (wang.on_set, wang.call, wang.release) == (at(8, 55), at(6, 55), at(9, 35))
    assert (zhao.first_shot_id, zhao.last_shot_id) == ("sh_1", "sh_1")


def test_an_actor_is_needed_from_their_first_setup_to_their_last():
    a, b, c = shot("1", "ch_lin"), shot("2"), shot("3", "ch_lin", "ch_chen")
    zhao = actor_days(lay_out(day([a], [b], [c]), [a, b, c]), CAST, SETTINGS)["pe_zhao"]
    assert (zhao.first_shot_id, zhao.last_shot_id) == ("sh_1", "sh_3")
    assert zhao.off_set == lay_out(day([a], [b], [c]), [a, b, c]).setups[2].end


def test_one_actor_in_two_roles_takes_the_longer_hair_and_makeup():
    a, b = shot("1", "ch_lin"), shot("2", "ch_twin")
    zhao = actor_days(lay_out(day([a], [b]), [a, b]), CAST, SETTINGS)["pe_zhao"]
    assert zhao.call == at(7, 30) - dt.timedelta(minutes=60 + 15 + 15)


def test_ai_shots_and_characters_without_actor_need_nobody_on_set():
    a, b = shot("1", "ch_lin", mode=Mode.AI), shot("2", "ch_ai", "ch_unknown")
    assert actor_days(lay_out(day([a], [b]), [a, b]), CAST, SETTINGS) == {}
    c = shot("3", "ch_lin", mode=Mode.HYBRID)
    assert set(actor_days(lay_out(day([c]), [c]), CAST, SETTINGS)) == {"pe_zhao"}


def test_turnaround_is_the_next_call_minus_the_previous_release():
    late, early = shot("1", "ch_lin"), shot("2", "ch_lin")
    first = actor_days(lay_out(day([late], call=dt.time(18, 0)), [late]), CAST, SETTINGS)["pe_zhao"]
    next_date = DATE + dt.timedelta(days=1)
    second = actor_days(lay_out(day([early], call=dt.time(6, 0), date=next_date), [early]), CAST,
                        SETTINGS)["pe_zhao"]
    assert first.release == at(19, 10) and second.call == at(5, 15, next_date)
    assert turnaround(first, second) == dt.timedelta(hours=10, minutes=5)


def test_a_day_running_past_midnight_ends_on_the_next_date():
    a = shot("1")
    timeline = lay_out(day([a], call=dt.time(23, 0)), [a])
    assert timeline.wrap == at(1, 25, DATE + dt.timedelta(days=1))
