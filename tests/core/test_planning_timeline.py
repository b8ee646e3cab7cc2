"""A day's timeline from breakfast to wrap, and each actor's pick-up, make-up, wardrobe, on set, release and
turnaround, as a 1st AD reads them on the call sheet."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from shotgraph.core.model import (
    Camera,
    Character,
    CharacterInShot,
    Location,
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


def test_setups_run_from_load_in_to_load_out_and_a_short_day_wraps_before_its_meal():
    a, b = shot("1"), shot("2")
    timeline = lay_out(day([a], [b]), [a, b])
    assert [(p.start, p.end) for p in timeline.setups] == [(at(7, 30), at(7, 55)), (at(7, 55), at(8, 20))]
    assert timeline.call == at(7, 0)
    assert timeline.meal is None and timeline.meal_due == at(13, 0)
    assert timeline.wrap == at(8, 50)
    assert timeline.working_minutes == 30 + 25 + 25 + 30
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
    assert timeline.working_minutes == 60 + 3 * 25 + 2 * 60


def test_the_meal_follows_the_last_setup_ending_by_its_limit():
    shots = [shot(str(k)) for k in range(20)]
    timeline = lay_out(day(*([s] for s in shots)), shots, PlanningSettings(meal_within_hours=4))
    # the k-th setup ends 30 + 25 k min after call: 230 min, the 8th, is the last by 240
    assert timeline.meal == at(10, 50) and timeline.meal_due == at(11, 0)
    assert timeline.setups[7].end == timeline.meal
    assert timeline.setups[8].start == timeline.meal + dt.timedelta(minutes=60)


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
    # on set 07:55; 90 min hair and make-up + 15 + 15
    assert (wang.on_set, wang.call, wang.release) == (at(7, 55), at(5, 55), at(8, 35))
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
    assert timeline.wrap == at(0, 25, DATE + dt.timedelta(days=1))


def test_breakfast_is_served_before_an_early_call_only():
    a = shot("1")
    early = lay_out(day([a], call=dt.time(6, 0)), [a])
    assert early.breakfast == at(5, 30)
    assert lay_out(day([a], call=dt.time(7, 0)), [a]).breakfast is None, "07:00 is not earlier than 7 o'clock"
    never = PlanningSettings(breakfast_before_hour=0)
    assert lay_out(day([a], call=dt.time(4, 0)), [a], never).breakfast is None
    always = PlanningSettings(breakfast_before_hour=24, breakfast_minutes=45)
    assert lay_out(day([a], call=dt.time(16, 30)), [a], always).breakfast == at(15, 45)
    assert lay_out(day([], call=dt.time(5, 0)), []).breakfast is None, "no work, no breakfast"


def test_a_first_setup_running_past_the_limit_takes_the_meal_after_it_late():
    shots = [shot(str(k)) for k in range(3)]
    settings = PlanningSettings(meal_within_hours=0.5)
    timeline = lay_out(day(*([s] for s in shots)), shots, settings)
    assert timeline.meal == timeline.setups[0].end == at(7, 55) and timeline.meal > timeline.meal_due


@given(st.lists(st.integers(1, 600), min_size=1, max_size=12), st.sampled_from([0.5, 2.0, 4.5, 6.0, 8.0]),
       st.sampled_from([dt.time(6, 0), dt.time(17, 0), dt.time(23, 30)]))
def test_the_meal_never_comes_later_than_its_limit_and_always_between_setups(durations, within, call):
    shots = [shot(str(k)) for k in range(len(durations))]
    shots = [s.model_copy(update={"duration_s": seconds}) for s, seconds in zip(shots, durations, strict=True)]
    settings = PlanningSettings(meal_within_hours=within)
    timeline = lay_out(day(*([s] for s in shots), call=call), shots, settings)
    setups = timeline.setups
    if timeline.meal is None:
        assert setups[-1].end <= timeline.meal_due, "no meal only when shooting ends before it is due"
        return
    after = next(k for k, placed in enumerate(setups) if placed.end == timeline.meal)
    if len(setups) == 1:
        assert after == 0 and timeline.meal > timeline.meal_due, "a lone setup past the limit eats after it"
        return
    assert after < len(setups) - 1, "never after the last setup: the unit would wrap instead"
    assert setups[after + 1].start >= timeline.meal + dt.timedelta(minutes=settings.meal_minutes)
    assert timeline.meal <= timeline.meal_due or after == 0, "late only when the first setup runs past it"
    assert all(placed.end > timeline.meal_due for placed in setups[after + 1:]), "as late as allowed"


TRAVEL = {"lc_office": Location(id="lc_office", name="林氏办公室", travel_minutes=40),
          "lc_street": Location(id="lc_street", name="Bund street", travel_minutes=25)}


def test_an_actor_is_picked_up_travels_has_make_up_then_wardrobe_before_going_on_set():
    a, b = shot("1", "ch_chen"), shot("2", "ch_lin", location="lc_street")
    actors = actor_days(lay_out(day([a], [b]), [a, b]), CAST, SETTINGS)
    wang, zhao = actors["pe_wang"], actors["pe_zhao"]
    assert wang.pickup(TRAVEL) < wang.call < wang.wardrobe < wang.on_set
    # 陈墨: on set 07:30; wardrobe 15 + buffer 15 before; 90 min hair and make-up; 40 min travel to the office
    assert (wang.pickup(TRAVEL), wang.call, wang.wardrobe, wang.on_set) == (at(4, 50), at(5, 30), at(7, 0), at(7, 30))
    # 林晓 starts at the street after a company move: 08:55 on set, 45 min make-up, 25 min travel
    assert (zhao.location_id, zhao.on_set, zhao.call, zhao.pickup(TRAVEL)) == ("lc_street", at(8, 55), at(7, 40),
                                                                              at(7, 15))
    assert zhao.pickup({}) == zhao.call, "a location with no travel time picks up at the make-up call"


def test_a_setup_without_a_location_is_filmed_where_the_unit_is():
    a, b = shot("1", location=None), shot("2", "ch_lin", location=None)
    c = shot("3", location="lc_street")
    timeline = lay_out(day([a], [c], [b]), [a, b, c])
    assert [placed.location_id for placed in timeline.setups] == ["lc_street", "lc_street", "lc_street"]
    assert actor_days(timeline, CAST, SETTINGS)["pe_zhao"].pickup(TRAVEL) == (
        timeline.setups[2].start - dt.timedelta(minutes=25 + 45 + 15 + 15))


def test_each_day_gives_each_actor_their_own_pick_up():
    early, late = shot("1", "ch_lin"), shot("2", "ch_lin", location="lc_street")
    filler = [shot(f"f{k}") for k in range(10)]
    first = actor_days(lay_out(day([early], call=dt.time(6, 0)), [early]), CAST, SETTINGS)["pe_zhao"]
    next_date = DATE + dt.timedelta(days=1)
    second_day = day(*([s] for s in filler), [late], date=next_date)
    second = actor_days(lay_out(second_day, [*filler, late]), CAST, SETTINGS)["pe_zhao"]
    assert first.pickup(TRAVEL) == at(4, 35)
    assert second.pickup(TRAVEL).date() == next_date and second.pickup(TRAVEL).time() != dt.time(4, 35)
    assert second.pickup(TRAVEL) == second.call - dt.timedelta(minutes=25)
