"""A script without a scene heading ShotGraph knows: the user picks one of its first lines as an
example heading, sees which lines that layout makes scene headings, then imports with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.io.scripts import HeadingPattern, NoHeadingsError, ScriptImport, read_script
from shotgraph.core.rules.findings import Severity

from .accessible import name_buttons
from .appearance import is_dark, severity_colour
from .screen_layout import fit_to_screen

MAX_LISTED_HEADINGS = 500
"""Scene headings listed by line; the summary counts them all."""


class SceneHeadingsDialog(QDialog):
    """The first lines of a script that ShotGraph could not place; one picked as an example scene
    heading reads the script with every line laid out like it starting a scene."""

    def __init__(self, path: Path, error: NoHeadingsError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.imported: ScriptImport | None = None
        """The script read with the picked headings, once they make scenes."""
        self.setObjectName("scene_headings")
        self.setWindowTitle(self.tr("No Scene Headings in {file}").format(file=path.name))
        intro = QLabel(self.tr("ShotGraph found no scene heading it knows in {file}, such as INT. OFFICE - DAY, "
                               "1-1 日 内 办公室 or 场景：办公室 日. Pick a line that is a scene heading: every line "
                               "laid out like it will start a scene.").format(file=path.name), self)
        intro.setWordWrap(True)
        self.lines = self._tree("first_lines", self.tr("First lines not placed in a scene"),
                                [self.tr("Line"), self.tr("Scene"), self.tr("Text")])
        for line in error.lines:
            item = QTreeWidgetItem(self.lines, [str(line.line), "", line.text])
            item.setData(0, Qt.ItemDataRole.UserRole, line.line)
            item.setToolTip(2, line.text)
        first = self.lines.topLevelItem(0)
        if first is not None:
            self.lines.setCurrentItem(first)
        lines_label = QLabel(self.tr("&First lines ShotGraph could not place:"), self)
        lines_label.setBuddy(self.lines)
        self.use_button = QPushButton(self.tr("Use as Scene &Heading"), self)
        self.use_button.setAccessibleName(self.tr("Use the selected line as an example scene heading"))
        self.summary = QLabel(self.tr("Select a line that is a scene heading, then choose Use as Scene Heading "
                                      "(or double-click it, or press Enter)."), self)
        self.summary.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("scene_headings_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(f"color: {severity_colour(Severity.ERROR, is_dark(self.palette())).name()};")
        self.problem.hide()
        self.headings = self._tree("scene_headings_found", self.tr("Scene headings with this layout"),
                                   [self.tr("Line"), self.tr("Episode"), self.tr("Scene"), self.tr("Heading")])
        headings_label = QLabel(self.tr("&Scene headings with this layout:"), self)
        headings_label.setBuddy(self.headings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.continue_button = buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setEnabled(False)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(intro, lines_label, headings_label, buttons)
        self.lines.itemDoubleClicked.connect(self._on_lines_item_double_clicked)
        self.lines.installEventFilter(self)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        fit_to_screen(self, QSize(760, 620))

    def _lay_out(self, intro: QLabel, lines_label: QLabel, headings_label: QLabel, buttons: QDialogButtonBox) -> None:
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(lines_label)
        layout.addWidget(self.lines, 3)
        layout.addLayout(use_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(headings_label)
        layout.addWidget(self.headings, 2)
        layout.addWidget(buttons)

    def _tree(self, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setAccessibleName(accessible)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(True)
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def use_line(self, item: QTreeWidgetItem) -> bool:
        """Read the script with headings laid out like ``item``'s line; False (and why, in the
        dialog) when that line teaches no layout or the layout makes no scene."""
        self._show(None)
        number = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            headings = HeadingPattern.from_example(item.text(2))
        except ValueError as error:
            self._say(self.tr("Line {line} cannot be an example scene heading: {problem}").format(
                line=number, problem=error))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            imported = read_script(self.path, headings)
        except ShotGraphError as error:
            problem = ": ".join(part for part in (error.where, error.message) if part)
            self._say(self.tr("With scene headings laid out like line {line}, ShotGraph cannot read {file}: "
                              "{problem}").format(line=number, file=self.path.name, problem=problem))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(imported, headings)
        return True

    def _on_use_button_clicked(self) -> None:
        item = self.lines.currentItem()
        if item is None:
            self._say(self.tr("Select a line first."))
        else:
            self.use_line(item)

    def _on_lines_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.use_line(item)

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()

    def _show(self, imported: ScriptImport | None, headings: HeadingPattern | None = None) -> None:
        """Show which lines the picked headings make scene headings; nothing picked yet when None."""
        self.imported = imported
        self.problem.hide()
        self.continue_button.setEnabled(imported is not None)
        self.headings.clear()
        found = dict(_scene_lines(imported)) if imported is not None else {}
        for item in self._line_items():
            scene = found.get(item.data(0, Qt.ItemDataRole.UserRole))
            item.setText(1, scene[1] if scene else "")
            self._mark(item, scene is not None)
        if imported is None or headings is None:
            return
        for line, (episode, code, heading) in list(found.items())[:MAX_LISTED_HEADINGS]:
            QTreeWidgetItem(self.headings, [str(line), str(episode), code, heading]).setToolTip(3, heading)
        text = self.tr("{count} line(s) of {file} become scene headings: the lines laid out like “{layout}”.").format(
            count=len(found), file=self.path.name, layout=headings.layout)
        if not headings.numbered:
            text += " " + self.tr("These headings give no scene number, so the scenes are numbered in order.")
        if len(found) > MAX_LISTED_HEADINGS:
            text += " " + self.tr("The first {count} are listed.").format(count=MAX_LISTED_HEADINGS)
        self.summary.setText(text)
        self.continue_button.setDefault(True)

    def _mark(self, item: QTreeWidgetItem, heading: bool) -> None:
        """Show a line that becomes a scene heading in bold on a tint of the highlight colour."""
        font = QFont(self.lines.font())
        font.setBold(heading)
        tint = QColor(self.palette().highlight().color())
        tint.setAlpha(70)
        brush = QBrush(tint) if heading else QBrush()
        for column in range(self.lines.columnCount()):
            item.setFont(column, font)
            item.setBackground(column, brush)

    def _line_items(self) -> list[QTreeWidgetItem]:
        return [item for k in range(self.lines.topLevelItemCount()) if (item := self.lines.topLevelItem(k)) is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a line uses it as the heading rather than pressing the dialog's default button."""
        if (watched is self.lines and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and (current := self.lines.currentItem()) is not None):
            self.use_line(current)
            return True
        return super().eventFilter(watched, event)


def _scene_lines(imported: ScriptImport) -> Iterator[tuple[int, tuple[int, str, str]]]:
    """Each scene heading's line, with its episode number, scene code and heading as imported."""
    for parsed, episode in zip(imported.script.episodes, imported.project.episodes, strict=True):
        for parsed_scene, scene in zip(parsed.scenes, episode.scenes, strict=True):
            yield parsed_scene.line, (episode.number, scene.code, scene.heading)


def choose_scene_headings(parent: QWidget, path: Path, error: NoHeadingsError) -> ScriptImport | None:
    """Let the user teach the script's scene headings; its import with them, or None when cancelled."""
    dialog = SceneHeadingsDialog(path, error, parent)
    try:
        return dialog.imported if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
