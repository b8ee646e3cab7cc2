"""Scene and shot codes as the printed exports write them: with their episode, long lists as ranges."""

from __future__ import annotations

from shotgraph.exports.codes import code_list, natural_key, scene_ref, with_episode


def test_a_scene_is_written_with_its_episode_once():
    assert scene_ref(12, "3") == "12-3"
    assert scene_ref(12, "12-3") == "12-3", "already written with its episode"
    assert scene_ref(1, "12-3") == "1-12-3"
    assert scene_ref(None, "3A") == "3A"


def test_a_shot_code_takes_its_episode_in_front():
    assert with_episode(12, "53") == "12-53" and with_episode(1, "4-02") == "1-4-02"


def test_a_short_list_keeps_its_order_and_every_code():
    assert code_list(["4-03", "4-01", "4-02", "4-02"]) == "4-03, 4-01, 4-02"


def test_a_long_list_is_sorted_and_its_runs_become_ranges():
    codes = [str(n) for n in (12, 1, 2, 3, 5, 7, 8, 9, 10, 11, 40)]
    assert code_list(codes) == "1–3, 5, 7–12, 40"
    scene = [f"3-{n:02d}" for n in range(1, 13)] + ["3-06B", "4-01"]
    assert code_list(scene) == "3-01–3-06, 3-06B, 3-07–3-12, 4-01"
    assert code_list([f"EP{n}" for n in range(1, 11)]) == "EP1–EP10"


def test_two_in_a_row_stay_two_codes():
    assert code_list([str(n) for n in (1, 2, 4, 5, 7, 9, 11, 13, 15)]) == "1, 2, 4, 5, 7, 9, 11, 13, 15"


def test_codes_sort_as_people_count():
    assert sorted(["10", "2", "3-10", "3-9", "A"], key=natural_key) == ["2", "3-9", "3-10", "10", "A"]
