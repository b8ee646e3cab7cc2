"""The new cut orders behind drag and keyboard reordering, and the one edit that makes them."""

from __future__ import annotations

from shotgraph.ui.storyboard.reorder import dropped, nudged, reorder_edit

ORDER = list("abcdefg")


def test_dropped_shots_keep_their_order_and_land_before_the_target():
    assert dropped(ORDER, ["e", "b"], 1) == list("abecdfg")
    assert dropped(ORDER, ["a", "b"], 7) == list("cdefgab")
    assert dropped(ORDER, ["c"], 0) == list("cabdefg")


def test_nudging_moves_each_chosen_shot_one_place_where_there_is_room():
    assert nudged(ORDER, ["c", "e"], -1) == list("acbedfg")
    assert nudged(ORDER, ["a", "b", "d"], -1) == list("abdcefg")
    assert nudged(ORDER, ["f", "g"], 1) == ORDER
    assert nudged(ORDER, ["b", "c"], 1) == list("adbcefg")


def test_the_edit_names_only_the_span_that_changed():
    assert reorder_edit(ORDER, ORDER) is None
    assert reorder_edit(ORDER, list("abecdfg")).shot_ids == list("ecd")
