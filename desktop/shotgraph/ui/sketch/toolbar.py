"""The panel editor's toolbars: drawing tools with their keys, colour and width; framing guides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QColorDialog, QComboBox, QMainWindow, QMenu, QSpinBox, QToolBar, QToolButton

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from .canvas import PanelCanvas
from .overlays import SHOT_SIZES
from .tools import MAX_WIDTH, MIN_WIDTH, Tool

TOOL_KEYS = {
    Tool.PEN: "P", Tool.PENCIL: "N", Tool.BRUSH: "B", Tool.ERASER: "E",
    Tool.LINE: "L", Tool.RECTANGLE: "R", Tool.ELLIPSE: "O", Tool.FILL: "F",
}


TOOL_TITLES = {
    Tool.PEN: QT_TRANSLATE_NOOP("PanelTools", "Pen"),
    Tool.PENCIL: QT_TRANSLATE_NOOP("PanelTools", "Pencil"),
    Tool.BRUSH: QT_TRANSLATE_NOOP("PanelTools", "Brush"),
    Tool.ERASER: QT_TRANSLATE_NOOP("PanelTools", "Eraser"),
    Tool.LINE: QT_TRANSLATE_NOOP("PanelTools", "Line"),
    Tool.RECTANGLE: QT_TRANSLATE_NOOP("PanelTools", "Rectangle"),
    Tool.ELLIPSE: QT_TRANSLATE_NOOP("PanelTools", "Ellipse"),
    Tool.FILL: QT_TRANSLATE_NOOP("PanelTools", "Fill"),
}


def tool_title(tool: Tool) -> str:
    return QCoreApplication.translate("PanelTools", TOOL_TITLES[tool])


class ToolsBar(QToolBar):
    """One button per tool (exclusive), a colour button and the width; [ and ] change the width."""

    def __init__(self, canvas: PanelCanvas, window: QMainWindow) -> None:
        super().__init__(QCoreApplication.translate("ToolsBar", "Drawing Tools"), window)
        self.setObjectName("sketch_tools")
        self._canvas = canvas
        self.group = QActionGroup(self)
        self.actions_by_tool: dict[Tool, QAction] = {}
        for tool in Tool:
            self._add_tool(tool)
        self.actions_by_tool[canvas.settings.tool].setChecked(True)
        self.addSeparator()
        self.color_button = QToolButton(self)
        self.color_button.setAccessibleName(self.tr("Colour"))
        self.color_button.setToolTip(self.tr("Colour"))
        self.color_button.clicked.connect(self._on_color_clicked)
        self.addWidget(self.color_button)
        self.width_box = QSpinBox(self)
        self.width_box.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_box.setSuffix(self.tr(" px"))
        self.width_box.setValue(canvas.settings.width)
        self.width_box.setAccessibleName(self.tr("Stroke width"))
        self.width_box.setToolTip(self.tr("Stroke width ([ thinner, ] wider)"))
        self.width_box.valueChanged.connect(self._on_width_value_changed)
        self.addWidget(self.width_box)
        for key, step in (("[", -1), ("]", 1)):
            action = QAction(self.tr("Thinner") if step < 0 else self.tr("Wider"), window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, s=step: self.width_box.stepBy(s))
            window.addAction(action)
        self.show_color(canvas.settings.color)

    def _add_tool(self, tool: Tool) -> None:
        title = tool_title(tool)
        action = QAction(title, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(TOOL_KEYS[tool]))
        action.setToolTip(self.tr("{tool} ({key})").format(tool=title, key=TOOL_KEYS[tool]))
        action.triggered.connect(lambda _=False, t=tool: self.choose(t))
        self.group.addAction(action)
        self.addAction(action)
        self.widgetForAction(action).setAccessibleName(title)
        self.actions_by_tool[tool] = action

    def choose(self, tool: Tool) -> None:
        self._canvas.settings.tool = tool
        self.actions_by_tool[tool].setChecked(True)

    def show_color(self, color: QColor) -> None:
        swatch = QPixmap(QSize(20, 20))
        swatch.fill(color)
        self.color_button.setIcon(QIcon(swatch))
        self._canvas.settings.color = QColor(color)

    def _on_color_clicked(self) -> None:
        color = QColorDialog.getColor(self._canvas.settings.color, self, self.tr("Stroke Colour"))
        if color.isValid():
            self.show_color(color)

    def _on_width_value_changed(self, value: int) -> None:
        self._canvas.settings.width = value


class GuidesBar(QToolBar):
    """Framing guides drawn over the panel: aspect frames, safe areas, thirds and a shot-size figure."""

    def __init__(self, canvas: PanelCanvas, aspects: list[str], window: QMainWindow) -> None:
        """``aspects``: the aspect frames offered, the delivery's first."""
        super().__init__(QCoreApplication.translate("GuidesBar", "Framing Guides"), window)
        self.setObjectName("sketch_guides")
        self._canvas = canvas
        self.aspect_button = QToolButton(self)
        self.aspect_button.setText(self.tr("Aspect Frames"))
        self.aspect_button.setAccessibleName(self.tr("Aspect frames"))
        self.aspect_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.aspect_button)
        self.aspect_actions = {aspect: self._aspect_action(menu, aspect) for aspect in aspects}
        self.aspect_button.setMenu(menu)
        self.addWidget(self.aspect_button)
        self.safe_action = self._toggle(self.tr("Safe Areas"), self._on_safe_toggled)
        self.thirds_action = self._toggle(self.tr("Thirds"), self._on_thirds_toggled)
        self.size_box = QComboBox(self)
        self.size_box.setAccessibleName(self.tr("Shot-size figure"))
        self.size_box.setToolTip(self.tr("A figure framed as this shot size frames a person"))
        self.size_box.addItem(self.tr("No Figure"), None)
        for size in SHOT_SIZES:
            self.size_box.addItem(self.tr("{size} Figure").format(size=size), size)
        self.size_box.currentIndexChanged.connect(self._on_size_index_changed)
        self.addWidget(self.size_box)

    def _aspect_action(self, menu: QMenu, aspect: str) -> QAction:
        action = menu.addAction(aspect)
        action.setCheckable(True)
        action.toggled.connect(lambda on, a=aspect: self._on_aspect_toggled(a, on))
        return action

    def _toggle(self, text: str, slot) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.toggled.connect(slot)
        self.widgetForAction(action).setAccessibleName(text)
        return action

    def _on_aspect_toggled(self, aspect: str, on: bool) -> None:
        (self._canvas.overlays.aspects.add if on else self._canvas.overlays.aspects.discard)(aspect)
        self._canvas.update()

    def _on_safe_toggled(self, on: bool) -> None:
        self._canvas.overlays.safe_areas = on
        self._canvas.update()

    def _on_thirds_toggled(self, on: bool) -> None:
        self._canvas.overlays.thirds = on
        self._canvas.update()

    def _on_size_index_changed(self, _index: int) -> None:
        self._canvas.overlays.shot_size = self.size_box.currentData()
        self._canvas.update()

