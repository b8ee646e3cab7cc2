"""The panel editor: one window per shot where a director sketches the storyboard panel.

Every finished stroke is saved at once: the changed layer as a PNG named by its content, the
visible layers flattened as the shot's new frame, and one ``UpdateShot`` on the document's undo
stack. Undo points the shot back at the previous files, and the editor reloads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.edits import EditName, UpdateShot
from shotgraph.core.model import Shot

from ..bridge import DocumentBridge
from ..media import MediaError
from ..screen_layout import restore_window, save_window
from .canvas import PanelCanvas
from .layers import LAYER_NAMES, composite, layers_of, safe_stem, save_png
from .layers_panel import LayersPanel
from .overlays import ASPECTS
from .reference import picture_from_file, picture_from_mime
from .toolbar import GuidesBar, ToolsBar
from .tools import Tool

ACTIVE_LAYER = 1
"""Strokes go to the sketch layer when an editor opens."""


class PanelEditor(QMainWindow):
    """Draws on one shot's storyboard panel; read-only until the project has a folder."""

    closed = Signal(str)
    """The id of the shot whose editor was closed."""

    def __init__(self, bridge: DocumentBridge, shot_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("panel_editor")
        self.shot_id = shot_id
        self._bridge = bridge
        self._loaded: tuple[list[dict], str | None] | None = None
        self.canvas = PanelCanvas(self)
        self.canvas.active = ACTIVE_LAYER
        self.message = self._build_central()
        self.tools = ToolsBar(self.canvas, self)
        self.addToolBar(self.tools)
        self.addToolBarBreak()
        self.guides = GuidesBar(self.canvas, self._aspects(), self)
        self.addToolBar(self.guides)
        self.layers_panel = self._build_layers_dock()
        self._build_menu()
        self.setAcceptDrops(True)
        self.canvas.stroke_finished.connect(self._on_canvas_stroke_finished)
        self.layers_panel.active_changed.connect(self._on_layers_active_changed)
        self.layers_panel.visibility_changed.connect(self._on_layers_visibility_changed)
        self.layers_panel.opacity_changed.connect(self._on_layers_opacity_changed)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.modified_changed.connect(self._on_bridge_modified_changed)
        restore_window(self, "panel_editor", QSize(900, 960))
        self.reload()

    def _build_central(self) -> QLabel:
        """The canvas under a message line (hidden while there is nothing to say); returns the message."""
        message = QLabel(self)
        message.setWordWrap(True)
        message.setAccessibleName(self.tr("Panel editor message"))
        message.setStyleSheet("QLabel { background: #fff4c2; color: #3a2f00; padding: 6px; }")
        message.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(message)
        layout.addWidget(self.canvas, 1)
        self.setCentralWidget(central)
        return message

    def _build_layers_dock(self) -> LayersPanel:
        panel = LayersPanel(self)
        dock = QDockWidget(self.tr("Layers"), self)
        dock.setObjectName("panel_layers")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setMaximumWidth(220)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return panel

    def _aspects(self) -> list[str]:
        project = self._bridge.project
        delivery = project.delivery.aspect if project else "9:16"
        return [delivery, *(aspect for aspect in ASPECTS if aspect != delivery)]

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Panel"))
        self.open_action = self._action(menu, self.tr("Open Reference Image…"), QKeySequence.StandardKey.Open,
                                        self._on_open_triggered)
        self.paste_action = self._action(menu, self.tr("Paste Reference Image"), QKeySequence.StandardKey.Paste,
                                         self._on_paste_triggered)
        menu.addSeparator()
        self.undo_action = self._bridge.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._bridge.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        self._action(menu, self.tr("Close"), QKeySequence.StandardKey.Close, self.close)

    def _action(self, menu, text: str, key: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- the shot -------------------------------------------------------------------------

    def shot(self) -> Shot | None:
        document = self._bridge.document
        return document.index.shots.get(self.shot_id) if document else None

    @property
    def read_only(self) -> bool:
        return self._bridge.folder is None

    def panel_size(self) -> QSize:
        project = self._bridge.project
        return QSize(project.delivery.width, project.delivery.height) if project else QSize(1080, 1920)

    def reload(self) -> None:
        """Show the shot's layers as the document has them now."""
        shot = self.shot()
        if shot is None:
            return
        self.setWindowTitle(self.tr("Panel {code} — ShotGraph").format(code=shot.code))
        self.canvas.layers = layers_of(shot, self._bridge.folder, self.panel_size())
        self.canvas.active = min(self.canvas.active, len(self.canvas.layers) - 1)
        self._loaded = _state(shot)
        self.layers_panel.show_layers(self.canvas.layers, self.canvas.active)
        self._apply_read_only()
        self.canvas.update()

    def _apply_read_only(self) -> None:
        locked = self.read_only
        self.canvas.read_only = locked
        for widget in (self.tools, self.layers_panel, self.open_action, self.paste_action):
            widget.setEnabled(not locked)
        if locked:
            self.show_message(self.tr("Save the project first: drawings are stored as images in the project's "
                                      "folder. This panel is read-only until then."))

    def show_message(self, text: str) -> None:
        """One line the user reads (why something was refused); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- saving ---------------------------------------------------------------------------

    def save(self, name: EditName, changed: set[int]) -> bool:
        """Write the changed layers and the new frame, then push one edit; False when nothing was saved."""
        shot, folder = self.shot(), self._bridge.folder
        if shot is None or folder is None:
            return False
        layers = self.canvas.layers
        try:
            for index in sorted(changed):
                layers[index].path = save_png(layers[index].image, folder, "sketch",
                                              safe_stem(f"{shot.code}-{layers[index].name}"))
            frame = save_png(composite(layers), folder, "frames", safe_stem(shot.code))
        except OSError as error:
            self.show_message(self.tr("The drawing could not be saved in {folder}: {reason}").format(
                folder=folder, reason=error.strerror or error))
            return False
        records = [layer.record() for layer in layers]
        self._loaded = ([record.model_dump() for record in records], frame)
        edit = UpdateShot(shot.id, {"layers": records, "frame": frame}, name=name)
        if not self._bridge.push(edit):
            self.reload()
            return False
        self.show_message("")
        return True

    def _on_canvas_stroke_finished(self) -> None:
        """Save the drawn layer under a name saying what the tool did (the Edit menu shows it)."""
        changed, tool = {self.canvas.active}, self.canvas.settings.tool
        if tool is Tool.FILL:
            self.save(EditName("Fill Area"), changed=changed)
        elif tool is Tool.ERASER:
            self.save(EditName("Erase"), changed=changed)
        elif tool.is_shape:
            self.save(EditName("Draw Shape"), changed=changed)
        else:
            self.save(EditName("Draw Stroke"), changed=changed)

    def _on_layers_active_changed(self, index: int) -> None:
        self.canvas.active = index
        self.layers_panel.opacity.blockSignals(True)
        self.layers_panel.opacity.setValue(round(self.canvas.layers[index].opacity * 100))
        self.layers_panel.opacity.blockSignals(False)

    def _on_layers_visibility_changed(self, index: int, visible: bool) -> None:
        self.canvas.layers[index].visible = visible
        self.canvas.update()
        self.save(EditName("Edit Panel Layers"), changed=set())

    def _on_layers_opacity_changed(self, index: int, opacity: float) -> None:
        if self.canvas.layers[index].opacity != opacity:
            self.canvas.layers[index].opacity = opacity
            self.canvas.update()
            self.save(EditName("Edit Panel Layers"), changed=set())

    def _on_bridge_changed(self, changes: Changes) -> None:
        if self.shot_id in changes.shots_removed:
            self.close()
        elif self._is_stale(changes):
            self.reload()

    def _is_stale(self, changes: Changes) -> bool:
        """Whether an edit (or its undo) changed what the editor shows: the shot's drawing or the panel size."""
        if changes.settings and self.canvas.panel_size() != self.panel_size():
            return True
        shot = self.shot() if self.shot_id in changes.shots else None
        return shot is not None and _state(shot) != self._loaded

    def _on_bridge_modified_changed(self, _modified: bool) -> None:
        """Saving a new project gives it a folder: the panel can be drawn on from then."""
        if self.canvas.read_only != self.read_only:
            self.show_message("")
            self.reload()

    # -- reference pictures ---------------------------------------------------------------

    def place_reference(self, picture: QImage) -> bool:
        """Put a picture (already fitted to the panel) into the reference layer and save it."""
        index = next((n for n, layer in enumerate(self.canvas.layers) if layer.name == LAYER_NAMES[0]), 0)
        layer = self.canvas.layers[index]
        layer.image, layer.visible = picture, True
        self.canvas.update()
        return self.save(EditName("Place Reference Image"), changed={index})

    def place_reference_from(self, load) -> bool:
        """Place the picture ``load()`` returns, or say in one message why it cannot be used."""
        if self.read_only:
            return False
        try:
            picture = load()
        except MediaError as error:
            self.show_message(str(error))
            return False
        return self.place_reference(picture)

    def _on_open_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Reference Image"), str(self._bridge.folder or ""),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"))
        if name:
            self.place_reference_from(lambda: picture_from_file(Path(name), self.panel_size()))

    def _on_paste_triggered(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        where = self.tr("The clipboard")
        self.place_reference_from(lambda: picture_from_mime(mime, self.panel_size(), where))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime, where = event.mimeData(), self.tr("The dropped item")
        if self.place_reference_from(lambda: picture_from_mime(mime, self.panel_size(), where)):
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self, "panel_editor")
        self.closed.emit(self.shot_id)
        super().closeEvent(event)


def _state(shot: Shot) -> tuple[list[dict], str | None]:
    """What the editor shows of a shot: its layers and frame."""
    return [layer.model_dump() for layer in shot.layers], shot.frame
