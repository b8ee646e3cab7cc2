"""The Project page's "Call sheets" group: the production office, the logo and each department's walkie channel.

Each is printed on every call sheet. The logo is a picture inside the project's folder, kept
as a path relative to it like storyboard frames, so it travels with the project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from shotgraph.core.model import Department, Project
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from ..files import prompts
from .fields import Field, FieldSpec, SettingsGroup, make_field, tr
from .kinds import DEPARTMENTS

TITLE = QT_TRANSLATE_NOOP("Editors", "Call sheets")
OFFICE = FieldSpec("production_office", QT_TRANSLATE_NOOP("Editors", "Production office"), "text")
LOGO = FieldSpec("logo", QT_TRANSLATE_NOOP("Editors", "Logo"))
WALKIE = FieldSpec("walkie_channels", QT_TRANSLATE_NOOP("Editors", "Walkie channels"))
WALKIE_DEPARTMENTS = [d for d in DEPARTMENTS if d is not Department.CAST]
"""The crew departments a call sheet lists, each of which may have a channel."""

_CHANNEL = QT_TRANSLATE_NOOP("Editors", "{department} walkie channel")
_CHOOSE = QT_TRANSLATE_NOOP("Editors", "Choose…")
_CHOOSE_LOGO = QT_TRANSLATE_NOOP("Editors", "Choose Logo")
_IMAGES = QT_TRANSLATE_NOOP("Editors", "Images (*.png *.jpg *.jpeg *.webp)")
_LOGO_TIP = QT_TRANSLATE_NOOP("Editors", "A PNG, JPEG or WebP picture in the project's folder, printed at the "
                                         "top of every call sheet. Leave empty for none.")
_SAVE_FIRST = QT_TRANSLATE_NOOP("Editors", "Save the project first: the logo is kept in the project's folder, "
                                           "as storyboard frames are.")
_INSIDE_ONLY = QT_TRANSLATE_NOOP("Editors", "Choose a picture inside the project's folder ({folder}): the logo "
                                            "travels with the project, as storyboard frames do.")


def choose_logo(parent: QWidget, start: str) -> Path | None:
    """Ask for a picture; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, tr(_CHOOSE_LOGO), start, tr(_IMAGES))
    return Path(name) if name else None


class LogoField(Field):
    """The logo's path relative to the project folder, typed or chosen; empty for no logo."""

    def __init__(self, spec: FieldSpec, parent: QWidget, folder: Callable[[], Path | None]) -> None:
        super().__init__(spec, QWidget(parent))
        self.folder = folder
        self.line = QLineEdit(self.widget)
        self.line.setAccessibleName(tr(spec.label))
        self.line.setToolTip(tr(_LOGO_TIP))
        self.button = QPushButton(tr(_CHOOSE), self.widget)
        self.button.setAccessibleName(tr(_CHOOSE_LOGO))
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.line.editingFinished.connect(self._on_widget_done)
        self.button.clicked.connect(self._on_choose_clicked)

    def show(self, value: Any, project: Project) -> None:
        self.line.setText(value or "")

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def _on_choose_clicked(self) -> None:
        folder = self.folder()
        if folder is None:
            prompts.warn(self.widget, tr(self.spec.label), tr(_SAVE_FIRST))
            return
        chosen = choose_logo(self.widget, str(folder))
        if chosen is None:
            return
        try:
            relative = chosen.resolve().relative_to(folder.resolve())
        except ValueError:
            prompts.warn(self.widget, tr(self.spec.label), tr(_INSIDE_ONLY).format(folder=folder))
            return
        self.line.setText(relative.as_posix())
        self._on_widget_done()


class WalkieChannelsField(Field):
    """One short box per crew department, two departments to a row; an empty box is no channel."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QWidget(parent))
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Department, QLineEdit] = {}
        for k, department in enumerate(WALKIE_DEPARTMENTS):
            name = tr(DEPARTMENTS[department])
            box = QLineEdit(self.widget)
            box.setAccessibleName(tr(_CHANNEL).format(department=name))
            box.setMaxLength(40)
            box.editingFinished.connect(self._on_widget_done)
            row, column = divmod(k, 2)
            grid.addWidget(QLabel(name, self.widget), row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            self.boxes[department] = box

    def show(self, value: Any, project: Project) -> None:
        for department, box in self.boxes.items():
            box.setText((value or {}).get(department, ""))

    def value(self) -> dict[str, str]:
        return {d.value: text for d, box in self.boxes.items() if (text := box.text().strip())}


class CallSheetSettings(SettingsGroup):
    """What every call sheet prints about the production; ``edited`` carries a project settings change."""

    def __init__(self, folder: Callable[[], Path | None], parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.add_fields({OFFICE.path: make_field(OFFICE, self), LOGO.path: LogoField(LOGO, self, folder),
                         WALKIE.path: WalkieChannelsField(WALKIE, self)})
