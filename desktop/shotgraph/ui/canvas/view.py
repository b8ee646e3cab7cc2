"""The Graph tab: the episode's shot graph, zoomed, panned, selected and edited with mouse and keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsLineItem, QGraphicsView, QMenu, QPinchGesture, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.edits import Link, Macro, UpdateShot
from shotgraph.core.edits.base import EditName, counted_name
from shotgraph.core.model import CanvasPos, EdgeKind, Mode

from ..badges import ShotBadges
from ..bridge import DocumentBridge
from ..commands import MODE_COMMANDS, WindowCommands
from ..commands.menus import by_keyboard, opens_context_menu
from . import style
from .card import LinkHandle, ShotCard
from .context_menu import open_canvas_menu
from .navigate import neighbour
from .scene import GraphScene

MIN_ZOOM, MAX_ZOOM, START_ZOOM = 0.002, 4.0, 0.85
ZOOM_STEP = 1.25
_MODE_KEYS = {Qt.Key.Key_L: Mode.LIVE, Qt.Key.Key_A: Mode.AI, Qt.Key.Key_H: Mode.HYBRID}
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class GraphCanvas(QGraphicsView):
    """The current episode's shot graph: cards for shots, arrows for cuts, plates and alternatives."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge, self._badges = bridge, badges
        self.graph_scene = GraphScene(self)
        self.setScene(self.graph_scene)
        self.commands: WindowCommands | None = None
        self.context_menu: QMenu | None = None
        self._syncing = False
        self._current: str | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._selecting_by_band = False
        self._link_from: ShotCard | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._link_target: ShotCard | None = None
        self._set_up_view()
        self._build_actions()
        bridge.opened.connect(self._on_bridge_opened)
        bridge.episode_changed.connect(self._on_bridge_episode_changed)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        badges.badges_changed.connect(self._on_badges_badges_changed)
        self.graph_scene.selectionChanged.connect(self._on_scene_selection_changed)

    def _set_up_view(self) -> None:
        self.setAccessibleName(self.tr("Shot graph"))
        self.setAccessibleDescription(self.tr("Shots of the episode as cards joined by cuts, plates and alternatives"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                                  | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setBackgroundBrush(style.canvas_colours()[0])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.scale(START_ZOOM, START_ZOOM)

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.zoom_in_action = self._action("zoom_in", self.tr("Zoom In"), [QKeySequence(standard.ZoomIn),
                                           QKeySequence("Ctrl+=")], lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_action = self._action("zoom_out", self.tr("Zoom Out"), [QKeySequence(standard.ZoomOut)],
                                            lambda: self.zoom_by(1 / ZOOM_STEP))
        self.actual_size_action = self._action("actual_size", self.tr("Actual Size"), [QKeySequence("Ctrl+0")],
                                               lambda: self.set_zoom(1.0))
        self.fit_action = self._action("fit", self.tr("Fit Graph"), [QKeySequence("F")], self.fit_all)

    def _action(self, name: str, text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(text)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def use_commands(self, commands: WindowCommands) -> None:
        """Offer the window's commands in this view's context menus and answer their keys here."""
        self.commands = commands
        commands.attach([self])

    def view_actions(self) -> list[QAction]:
        """Zoom and fit, for the View menu."""
        return [self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_action]

    # -- zoom -----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.scale(zoom / self.zoom(), zoom / self.zoom())
        self.graph_scene.follow_zoom(zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit_all(self) -> None:
        """Zoom and scroll so the whole episode is in view, as far out as shot codes stay readable:
        a longer episode shows from its current shot (else its first) and scrolls for the rest."""
        area = self.graph_scene.itemsBoundingRect()
        self._fit(area)
        if area.isEmpty() or self.zoom() >= style.FIT_LOD:
            return
        self.set_zoom(style.FIT_LOD)
        current = self.graph_scene.cards.get(self._bridge.selected[0]) if self._bridge.selected else None
        half_view = self.viewport().width() / 2 / style.FIT_LOD
        start = QPointF(area.left() + half_view, area.center().y())
        self.centerOn(current.sceneBoundingRect().center() if current is not None else start)

    def frame_shots(self, shot_ids: Iterable[str]) -> None:
        """Select these shots' cards and bring them into view, zooming out if they do not fit."""
        cards = [self.graph_scene.cards[s] for s in shot_ids if s in self.graph_scene.cards]
        if not cards:
            return
        self._show_selection([card.shot_id for card in cards], scroll=False)
        area = QRectF()
        for card in cards:
            area = area.united(card.sceneBoundingRect())
        self._fit(area.adjusted(-60, -60, 60, 60), largest=1.0)

    def _fit(self, area: QRectF, largest: float = MAX_ZOOM) -> None:
        if area.isEmpty():
            return
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(min(largest, self.zoom()))
        self.centerOn(area.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """A mouse wheel zooms (as in node editors); a touchpad's two-finger scroll pans unless Ctrl is held."""
        from_touchpad = not event.pixelDelta().isNull()
        if from_touchpad and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        self.zoom_by(1.0015 ** event.angleDelta().y())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        """Pinch to zoom: a touchpad's native gesture or a touch screen's pinch."""
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value())
            return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self._trigger_shortcut(event):
            pass
        elif opens_context_menu(event):
            self.open_context_menu(None)
        elif key == Qt.Key.Key_Escape and self._link_line is not None:
            self._finish_link(None)
        elif key in _MODE_KEYS and not modifiers & ctrl and self.commands is not None:
            self.commands.trigger(MODE_COMMANDS[_MODE_KEYS[Qt.Key(key)]])
        elif key in _ARROWS and self._step(Qt.Key(key)):
            pass
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def _trigger_shortcut(self, event: QKeyEvent) -> bool:
        """Zoom, fit and command keys, when the window's shortcut map did not take them first."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.view_actions():
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()):
                action.trigger()
                return True
        name = self.commands.key_command(pressed) if self.commands is not None else None
        if name is None or self.commands is None:
            return False
        self.commands.trigger(name)
        return True

    def _step(self, key: Qt.Key) -> bool:
        """Move the selection along the cut (Left, Right) or to a sibling branch (Up, Down); with nothing
        selected, start at the leftmost card, so the keyboard alone can pick a shot."""
        cards = self.graph_scene.cards
        current = self._bridge.selected[0] if self._bridge.selected else None
        if current is None and not cards:
            return False
        target = neighbour(self.graph_scene, current, key) if current is not None else min(
            cards, key=lambda shot_id: (cards[shot_id].x(), cards[shot_id].y()))
        if target is not None:
            self._bridge.select([target], source=None)
        return True

    # -- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button, point = event.button(), event.position().toPoint()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_held):
            self._pan_from = point
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if button == Qt.MouseButton.LeftButton:
            item = self.itemAt(point)
            if isinstance(item, LinkHandle):
                self._start_link(item.card)
                return
            card = self.graph_scene.card_at(self.mapToScene(point))
            self._current = card.shot_id if card else self._current
            self._selecting_by_band = card is None
        super().mousePressEvent(event)
        self._press_positions = {item.shot_id: item.pos() for item in self.graph_scene.selectedItems()
                                 if isinstance(item, ShotCard)}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._pan_from is not None:
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._link_line is not None:
            self._follow_link(self.mapToScene(point))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            return
        if self._link_line is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._finish_link(self.mapToScene(event.position().toPoint()))
            return
        super().mouseReleaseEvent(event)
        if self._selecting_by_band:
            self._selecting_by_band = False
            self._send_selection()
        self._commit_moves()

    def _start_link(self, card: ShotCard) -> None:
        self._link_from = card
        start = card.mapToScene(card.handle.pos())
        self._link_line = QGraphicsLineItem(start.x(), start.y(), start.x(), start.y())
        self._link_line.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
        self._link_line.setZValue(5)
        self.graph_scene.addItem(self._link_line)

    def _follow_link(self, point: QPointF) -> None:
        """Stretch the rubber line to the pointer and ring the card it would link to."""
        assert self._link_line is not None and self._link_from is not None
        line = self._link_line.line()
        line.setP2(point)
        self._link_line.setLine(line)
        target = self.graph_scene.card_at(point, exclude=self._link_from.shot_id)
        if target is not self._link_target:
            for card in (self._link_target, target):
                if card is not None:
                    card.show_link_target(card is target)
            self._link_target = target

    def _finish_link(self, point: QPointF | None) -> None:
        """Drop the rubber line; a release over another card adds the cut (None: Escape, no cut)."""
        assert self._link_from is not None and self._link_line is not None
        self.graph_scene.removeItem(self._link_line)
        source, self._link_line, self._link_from = self._link_from, None, None
        if self._link_target is not None:
            self._link_target.show_link_target(False)
            self._link_target = None
        target = self.graph_scene.card_at(point, exclude=source.shot_id) if point is not None else None
        if target is not None:
            self._bridge.push(Link(EdgeKind.CUT, source.shot_id, target.shot_id))

    def _commit_moves(self) -> None:
        """Cards dragged to a new place: their places saved as one undoable step."""
        cards = self.graph_scene.cards
        moved = {s: cards[s].pos() for s, before in self._press_positions.items()
                 if s in cards and cards[s].pos() != before}
        self._press_positions = {}
        if not moved:
            return
        edits = [UpdateShot(s, {"canvas": CanvasPos(x=round(p.x(), 1), y=round(p.y(), 1))}, name=EditName("Move Shot"))
                 for s, p in moved.items()]
        if not self._bridge.push(Macro(counted_name(len(edits), "Move Shot", "Move {n} Shots"), edits)):
            self.graph_scene.relayout()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.open_context_menu(None if by_keyboard(event) else event.pos())

    def open_context_menu(self, at: QPoint | None) -> QMenu | None:
        """The menu of what is at ``at`` (None: the current card, from the keyboard)."""
        if self.commands is None:
            return None
        self.context_menu = open_canvas_menu(self, self.commands, self._bridge, at)
        return self.context_menu

    # -- following the bridge -------------------------------------------------------------

    def _on_bridge_opened(self) -> None:
        self.graph_scene.forget_thumbnails()

    def _on_bridge_episode_changed(self, _episode_id: str) -> None:
        self._syncing = True
        self._press_positions, self._link_line, self._link_from, self._link_target = {}, None, None, None
        derived = self._bridge.derived
        self.graph_scene.show_episode(self._bridge.episode, derived.graphs if derived else None,
                                      self._bridge.folder, self._badges)
        self._syncing = False
        self.set_zoom(START_ZOOM)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _on_bridge_changed(self, changes: Changes) -> None:
        self._syncing = True
        self.graph_scene.apply(changes, self._badges)
        self._syncing = False
        self._show_selection(self._bridge.selected, scroll=False)

    def _on_badges_badges_changed(self, shot_ids: set[str]) -> None:
        self.graph_scene.show_badges(shot_ids, self._badges)

    def _on_bridge_selection_changed(self, source: object) -> None:
        if source is not self:
            self._show_selection(self._bridge.selected, scroll=True)

    def _show_selection(self, shot_ids: Iterable[str], scroll: bool) -> None:
        """Select exactly these cards without telling the bridge back."""
        ids = list(shot_ids)
        self._syncing = True
        for item in self.graph_scene.selectedItems():
            if isinstance(item, ShotCard) and item.shot_id not in ids:
                item.setSelected(False)
        for shot_id in ids:
            card = self.graph_scene.cards.get(shot_id)
            if card is not None:
                card.setSelected(True)
        self._syncing = False
        self._current = ids[0] if ids else None
        current = self.graph_scene.cards.get(self._current or "")
        if scroll and current is not None:
            self.ensureVisible(current, 40, 40)

    def _on_scene_selection_changed(self) -> None:
        if not self._syncing and not self._selecting_by_band:
            self._send_selection()

    def _send_selection(self) -> None:
        """Tell the bridge what is selected here, the card clicked last first."""
        cards = sorted((item for item in self.graph_scene.selectedItems() if isinstance(item, ShotCard)),
                       key=lambda card: (card.x(), card.y()))
        ids = [card.shot_id for card in cards]
        if self._current in ids:
            ids.remove(self._current)
            ids.insert(0, self._current)
        self._bridge.select(ids, source=self)
