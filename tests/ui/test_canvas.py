"""The Graph tab on the demo: cards, selection, dragging, linking and zoom, driven with mouse and keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsLineItem

from shotgraph.core.edits import Link, SetMode, Waive
from shotgraph.core.graph import episode_order
from shotgraph.core.model import EdgeKind, Mode


def card_point(canvas, shot_id: str) -> QPoint:
    """Where a shot's card is on screen (scrolled into view first)."""
    card = canvas.graph_scene.cards[shot_id]
    centre = card.mapToScene(card.card_rect().center())
    canvas.centerOn(centre)
    return canvas.mapFromScene(centre)


def drag(qtbot, canvas, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton,
         modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in steps with the button held, release: as a hand on a mouse does."""
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, button, modifier, start)
    for step in range(1, 9):
        point = start + (end - start) * (step / 8)
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                            Qt.MouseButton.NoButton, button, modifier)
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, button, modifier, end)


def shot_id_of(window, code: str) -> str:
    return next(shot.id for shot in window.bridge.episode.shots if shot.code == code)


def has_edge(window, kind: EdgeKind, source: str, target: str) -> bool:
    return any((e.kind, e.source, e.target) == (kind, source, target) for e in window.bridge.episode.edges)


def test_every_shot_of_episode_1_has_a_card_with_its_code(window):
    cards = window.canvas.graph_scene.cards
    episode = window.bridge.episode
    assert {card.text.code for card in cards.values()} == {shot.code for shot in episode.shots}
    assert len(cards) == len(episode.shots)


def test_cards_run_left_to_right_in_episode_order(window):
    cards = window.canvas.graph_scene.cards
    order = [shot.id for shot in episode_order(window.bridge.episode)]
    first, middle, last = cards[order[0]], cards[order[10]], cards[order[-1]]
    assert first.x() < middle.x() < last.x()


def test_an_alternative_take_is_stacked_below_its_shot(window):
    cards = window.canvas.graph_scene.cards
    shot, alternative = cards[shot_id_of(window, "1-06")], cards[shot_id_of(window, "1-06B")]
    assert alternative.x() == shot.x()
    assert alternative.y() > shot.y()


def test_clicking_a_card_selects_the_shot_and_the_storyboard_follows(window, qtbot):
    shot_id = shot_id_of(window, "1-04")
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=card_point(window.canvas, shot_id))
    assert window.bridge.selected == (shot_id,)
    grid = window.grid
    assert [grid.storyboard().shot(index.row()).id for index in grid.selectedIndexes()] == [shot_id]


def test_selecting_in_the_storyboard_selects_the_card(window):
    shot_id = shot_id_of(window, "2-03")
    window.grid.select_shot(shot_id)
    assert window.canvas.graph_scene.cards[shot_id].isSelected()


def test_ctrl_click_adds_a_card_to_the_selection(window, qtbot):
    canvas, first, second = window.canvas, shot_id_of(window, "1-04"), shot_id_of(window, "1-05")
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=card_point(canvas, first))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     card_point(canvas, second))
    assert set(window.bridge.selected) == {first, second}
    assert window.bridge.selected[0] == second


def test_a_rubber_band_selects_the_cards_it_touches(window, qtbot):
    canvas = window.canvas
    codes = ["1-04", "1-05"]
    ids = [shot_id_of(window, code) for code in codes]
    canvas.set_zoom(0.5)
    left, right = card_point(canvas, ids[0]), canvas.mapFromScene(
        canvas.graph_scene.cards[ids[1]].mapToScene(canvas.graph_scene.cards[ids[1]].card_rect().center()))
    drag(qtbot, canvas, left + QPoint(-70, -60), right + QPoint(10, 0))
    assert set(window.bridge.selected) == set(ids)


def test_dragging_a_card_moves_it_and_one_undo_puts_it_back(window, qtbot):
    canvas, shot_id = window.canvas, shot_id_of(window, "1-04")
    card = canvas.graph_scene.cards[shot_id]
    before = card.pos()
    start = card_point(canvas, shot_id)
    drag(qtbot, canvas, start, start + QPoint(60, 160))
    shot = window.document.shot(shot_id)
    assert shot.canvas is not None
    assert (shot.canvas.x, shot.canvas.y) == (card.x(), card.y())
    assert card.y() > before.y()
    window.bridge.undo_stack.undo()
    assert window.document.shot(shot_id).canvas is None
    assert card.pos() == before


def test_dragging_two_selected_cards_is_one_undo_step(window, qtbot):
    canvas = window.canvas
    ids = [shot_id_of(window, "2-02"), shot_id_of(window, "2-03")]
    window.bridge.select(ids)
    depth = window.bridge.undo_stack.count()
    start = card_point(canvas, ids[0])
    drag(qtbot, canvas, start, start + QPoint(0, 180))
    assert all(window.document.shot(s).canvas is not None for s in ids)
    assert window.bridge.undo_stack.count() == depth + 1
    window.bridge.undo_stack.undo()
    assert all(window.document.shot(s).canvas is None for s in ids)


def test_dragging_from_a_handle_to_another_card_adds_a_cut(window, qtbot):
    canvas = window.canvas
    source, target = shot_id_of(window, "1-01"), shot_id_of(window, "1-04")
    canvas.set_zoom(0.5)
    card, target_card = canvas.graph_scene.cards[source], canvas.graph_scene.cards[target]
    canvas.centerOn((card.pos() + target_card.pos()) / 2)
    assert card.handle.isVisible()
    start = canvas.mapFromScene(card.mapToScene(card.handle.pos()))
    end = canvas.mapFromScene(target_card.mapToScene(target_card.card_rect().center()))
    assert canvas.viewport().rect().contains(end)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QApplication.sendEvent(canvas.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(end), QPointF(canvas.viewport().mapToGlobal(end)), Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert target_card.link_target
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert not target_card.link_target
    assert has_edge(window, EdgeKind.CUT, source, target)
    assert card.pos() == canvas.graph_scene.cards[source].pos()
    window.bridge.undo_stack.undo()
    assert not has_edge(window, EdgeKind.CUT, source, target)


def test_releasing_a_link_over_empty_canvas_adds_nothing(window, qtbot):
    canvas, source = window.canvas, shot_id_of(window, "1-01")
    card = canvas.graph_scene.cards[source]
    canvas.centerOn(card)
    start = canvas.mapFromScene(card.mapToScene(card.handle.pos()))
    edges = len(window.bridge.episode.edges)
    drag(qtbot, canvas, start, start + QPoint(20, 200))
    assert len(window.bridge.episode.edges) == edges
    assert window.bridge.undo_stack.count() == 0


def test_a_rubber_line_follows_the_pointer_while_linking_and_escape_drops_it(window, qtbot):
    canvas, source = window.canvas, shot_id_of(window, "2-01")
    card = canvas.graph_scene.cards[source]
    canvas.centerOn(card)
    start = canvas.mapFromScene(card.mapToScene(card.handle.pos()))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    end = start + QPoint(40, 90)
    QApplication.sendEvent(canvas.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(end), QPointF(canvas.viewport().mapToGlobal(end)), Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    lines = [item for item in canvas.graph_scene.items() if isinstance(item, QGraphicsLineItem)]
    assert len(lines) == 1
    assert canvas.mapFromScene(lines[0].line().p2()) == end
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert not [item for item in canvas.graph_scene.items() if isinstance(item, QGraphicsLineItem)]
    assert window.bridge.undo_stack.count() == 0


def test_a_cut_of_a_shot_to_itself_is_drawn_without_trouble(window):
    shot_id = shot_id_of(window, "3-01")
    assert window.bridge.push(Link(EdgeKind.CUT, shot_id, shot_id))
    edge = next(e for e in window.bridge.episode.edges if e.source == e.target == shot_id)
    assert edge.id in window.canvas.graph_scene.edges
    window.canvas.viewport().grab()
    window.bridge.undo_stack.undo()
    assert edge.id not in window.canvas.graph_scene.edges


def trigger(menu, name: str) -> None:
    """Trigger the action called ``name`` in a context menu or one of its submenus."""
    for action in menu.actions():
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
            if any(a.objectName() == name for a in action.menu().actions()):
                trigger(action.menu(), name)
                return
        elif action.objectName() == name:
            assert action.isEnabled(), name
            action.trigger()
            return
    raise AssertionError(f"{name} is not in the menu")


def card_menu(window, shot_id: str):
    """Right-click the shot's card."""
    return window.canvas.open_context_menu(card_point(window.canvas, shot_id))


def edge_menu(window, edge_id: str):
    """Right-click the middle of an edge."""
    item, scene = window.canvas.graph_scene.edges[edge_id], window.canvas.graph_scene
    points = (item.mapToScene(item.path().pointAtPercent(n / 10)) for n in (5, 4, 6, 3, 7, 2, 8))
    middle = next(point for point in points if scene.card_at(point) is None)
    window.canvas.centerOn(middle)
    return window.canvas.open_context_menu(window.canvas.mapFromScene(middle))


def test_context_menu_sets_mode_and_undo_restores_it(window):
    shot_id = shot_id_of(window, "1-04")
    trigger(card_menu(window, shot_id), "mode_ai")
    assert window.document.shot(shot_id).mode is Mode.AI
    assert window.canvas.graph_scene.cards[shot_id].text.mode is Mode.AI
    window.bridge.undo_stack.undo()
    assert window.document.shot(shot_id).mode is Mode.LIVE


def test_context_menu_adds_a_shot_after_on_the_cut(window):
    shot_id = shot_id_of(window, "1-04")
    before = len(window.canvas.graph_scene.cards)
    trigger(card_menu(window, shot_id), "add_shot")
    new_id = window.bridge.selected[0]
    assert has_edge(window, EdgeKind.CUT, shot_id, new_id)
    assert new_id in window.canvas.graph_scene.cards
    assert len(window.canvas.graph_scene.cards) == before + 1
    window.bridge.undo_stack.undo()
    assert len(window.canvas.graph_scene.cards) == before
    assert new_id not in window.canvas.graph_scene.cards


def test_shots_added_after_a_shot_are_lettered_as_inserts(window):
    shot_id = shot_id_of(window, "1-04")
    trigger(card_menu(window, shot_id), "add_shot")
    first = window.document.shot(window.bridge.selected[0]).code
    trigger(card_menu(window, shot_id), "add_shot")
    second = window.document.shot(window.bridge.selected[0]).code
    assert (first, second) == ("1-04A", "1-04B")


def test_context_menu_duplicates_and_deletes_the_selection(window):
    ids = [shot_id_of(window, "2-01"), shot_id_of(window, "2-02")]
    before = len(window.bridge.episode.shots)
    window.bridge.select(ids)
    trigger(card_menu(window, ids[0]), "duplicate")
    assert len(window.bridge.episode.shots) == before + 2
    window.bridge.undo_stack.undo()
    window.bridge.select(ids)
    trigger(card_menu(window, ids[0]), "delete")
    assert len(window.bridge.episode.shots) == before - 2
    assert not set(ids) & set(window.canvas.graph_scene.cards)
    window.bridge.undo_stack.undo()
    assert set(ids) <= set(window.canvas.graph_scene.cards)


def test_context_menu_adds_a_plate_and_the_edge_menu_removes_it(window):
    target, source = shot_id_of(window, "4-04"), shot_id_of(window, "4-01")
    trigger(card_menu(window, target), f"plate_from_{source}")
    assert has_edge(window, EdgeKind.PLATE, source, target)
    edge = next(e for e in window.bridge.episode.edges if (e.kind, e.source, e.target) == (EdgeKind.PLATE, source,
                                                                                              target))
    assert window.canvas.graph_scene.edges[edge.id].kind is EdgeKind.PLATE
    trigger(edge_menu(window, edge.id), "remove_link")
    assert not has_edge(window, EdgeKind.PLATE, source, target)
    assert edge.id not in window.canvas.graph_scene.edges
    window.bridge.undo_stack.undo()
    assert edge.id in window.canvas.graph_scene.edges


def test_keys_l_a_h_set_the_mode_of_the_selection(window, qtbot):
    ids = [shot_id_of(window, "1-04"), shot_id_of(window, "1-05")]
    window.bridge.select(ids)
    qtbot.keyClick(window.canvas, Qt.Key.Key_H)
    assert {window.document.shot(s).mode for s in ids} == {Mode.HYBRID}
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    assert {window.document.shot(s).mode for s in ids} == {Mode.AI}
    qtbot.keyClick(window.canvas, Qt.Key.Key_L)
    assert {window.document.shot(s).mode for s in ids} == {Mode.LIVE}
    window.bridge.undo_stack.undo()
    assert {window.document.shot(s).mode for s in ids} == {Mode.AI}


def test_delete_removes_the_selected_shots_in_one_undo_step(window, qtbot):
    ids = [shot_id_of(window, "3-02"), shot_id_of(window, "3-03")]
    window.bridge.select(ids)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert not set(ids) & {shot.id for shot in window.bridge.episode.shots}
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert set(ids) <= set(window.canvas.graph_scene.cards)


def test_ctrl_d_duplicates_the_selected_shot(window, qtbot):
    shot_id = shot_id_of(window, "1-04")
    window.bridge.select([shot_id])
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.bridge.selected[0]
    assert copy != shot_id
    assert window.document.shot(copy).code == "1-04A"
    assert window.canvas.graph_scene.cards[copy].text.code == "1-04A"
    assert window.bridge.undo_stack.undoText() == "Duplicate Shot 1-04 as 1-04A"
    window.bridge.undo_stack.undo()
    assert copy not in window.canvas.graph_scene.cards


def test_arrow_keys_follow_the_cut_and_step_between_branches(window, qtbot):
    ids = {code: shot_id_of(window, code) for code in ("1-05", "1-06", "1-06B", "2-01")}
    window.bridge.select([ids["1-05"]])
    steps = [(Qt.Key.Key_Right, "1-06"), (Qt.Key.Key_Down, "1-06B"), (Qt.Key.Key_Up, "1-06"),
             (Qt.Key.Key_Right, "2-01"), (Qt.Key.Key_Left, "1-06"), (Qt.Key.Key_Left, "1-05")]
    for key, code in steps:
        qtbot.keyClick(window.canvas, key)
        assert window.bridge.selected == (ids[code],), code
        assert window.canvas.graph_scene.cards[ids[code]].isSelected()


def test_a_flagged_shot_shows_its_findings_count_on_a_badge(window):
    flagged = [s.id for s in window.bridge.episode.shots if window.badges.badge(s.id)]
    assert flagged
    card = window.canvas.graph_scene.cards[flagged[0]]
    assert card.badge is not None
    assert card.badge.count == len(window.badges.findings_of(flagged[0])) > 0
    clean = next(s.id for s in window.bridge.episode.shots if not window.badges.badge(s.id))
    assert window.canvas.graph_scene.cards[clean].badge is None


def test_waiving_a_finding_takes_it_off_the_badge_and_undo_puts_it_back(window):
    shot_id = next(s.id for s in window.bridge.episode.shots if window.badges.badge(s.id))
    card = window.canvas.graph_scene.cards[shot_id]
    count = card.badge.count
    finding = window.badges.findings_of(shot_id)[0]
    window.bridge.push(Waive(finding.fingerprint, finding.rule, finding.codes))
    assert (card.badge.count if card.badge else 0) == count - 1
    window.bridge.undo_stack.undo()
    assert card.badge is not None and card.badge.count == count


def test_changing_a_shots_mode_updates_its_card(window):
    shot_id = shot_id_of(window, "2-01")
    card = window.canvas.graph_scene.cards[shot_id]
    window.bridge.push(SetMode([shot_id], Mode.HYBRID))
    assert card.text.mode is Mode.HYBRID
    window.bridge.undo_stack.undo()
    assert card.text.mode is Mode.LIVE


def test_frame_shots_selects_and_shows_the_cards(window):
    canvas = window.canvas
    ids = [shot_id_of(window, "4-05"), shot_id_of(window, "4-04")]
    canvas.frame_shots(ids)
    for shot_id in ids:
        card = canvas.graph_scene.cards[shot_id]
        assert card.isSelected()
        assert canvas.viewport().rect().contains(canvas.mapFromScene(card.sceneBoundingRect().center()))


def test_zoom_keys_wheel_and_fit(window, qtbot):
    canvas = window.canvas
    canvas.setFocus()
    start = canvas.zoom()
    qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() > start
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() < start
    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(centre, QPointF(canvas.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    before = canvas.zoom()
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.zoom() > before
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    area = canvas.viewport().rect()
    for card in canvas.graph_scene.cards.values():
        assert area.contains(canvas.mapFromScene(card.sceneBoundingRect().center()))


def test_middle_drag_pans(window, qtbot):
    canvas = window.canvas
    bar = canvas.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    before = bar.value()
    centre = canvas.viewport().rect().center()
    drag(qtbot, canvas, centre, centre + QPoint(-200, 0), button=Qt.MouseButton.MiddleButton)
    assert bar.value() > before


def test_switching_episodes_shows_the_other_episodes_cards(window):
    episode = window.bridge.project.episodes[1]
    window.bridge.set_episode(episode.id)
    assert {card.text.code for card in window.canvas.graph_scene.cards.values()} == {s.code for s in episode.shots}


def test_zoomed_out_cards_hide_their_link_handles_and_far_out_the_edges(window):
    canvas = window.canvas
    card = next(iter(canvas.graph_scene.cards.values()))
    edge = next(iter(canvas.graph_scene.edges.values()))
    canvas.set_zoom(0.2)
    assert not card.handle.isVisible() and edge.isVisible()
    canvas.set_zoom(0.01)
    assert not edge.isVisible()
    canvas.set_zoom(1.0)
    assert card.handle.isVisible() and edge.isVisible()


def test_view_menu_offers_zoom_and_fit(window):
    names = {action.objectName() for action in window.view_menu.actions()}
    assert {"zoom_in", "zoom_out", "fit"} <= names
