"""The Project page's "AI content labelling" group: the registration number for the opening titles and the
AI provider table (model → provider name and code), whose codes the implicit label of each AI clip carries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.model import Project, model_key
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from .fields import Field, FieldSpec, SettingsGroup, make_field, tr

TITLE = QT_TRANSLATE_NOOP("Editors", "AI content labelling")
REGISTRATION = FieldSpec("registration_number",
                         QT_TRANSLATE_NOOP("Editors", "Registration or licence number (opening titles)"))
PROVIDERS = FieldSpec("ai_providers", QT_TRANSLATE_NOOP("Editors", "AI provider table"))
COLUMNS = (("model", QT_TRANSLATE_NOOP("Editors", "AI model")),
           ("provider", QT_TRANSLATE_NOOP("Editors", "Provider")),
           ("code", QT_TRANSLATE_NOOP("Editors", "Provider code")))
_NEW_MODEL = QT_TRANSLATE_NOOP("Editors", "New model")
_ADD = QT_TRANSLATE_NOOP("Editors", "Add an AI model")
_REMOVE = QT_TRANSLATE_NOOP("Editors", "Remove the chosen AI models")
_SELECT_ALL = QT_TRANSLATE_NOOP("Editors", "Select all AI models")
_TIP = QT_TRANSLATE_NOOP("Editors", "Each AI model the shots name, the service provider behind it and the "
                                    "provider's code. The code (printable ASCII, no spaces) is written as "
                                    "ContentProducer in the AIGC metadata of every clip made with that model.")


class ProviderTableField(Field):
    """The provider table: one row per model, cells edited in place, Add and Remove below."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QWidget(parent))
        self.table = QTableWidget(0, len(COLUMNS), self.widget)
        self.table.setAccessibleName(tr(spec.label))
        self.table.setToolTip(tr(_TIP))
        self.table.setHorizontalHeaderLabels([tr(title) for _, title in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(tr(_SELECT_ALL))
        self.add_button = QPushButton(tr("Add"), self.widget)
        self.add_button.setAccessibleName(tr(_ADD))
        self.remove_button = QPushButton(tr("Remove"), self.widget)
        self.remove_button.setAccessibleName(tr(_REMOVE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        # queued: the edit reloads the table, which must wait until the cell editor has let go of its item
        self.table.itemChanged.connect(self._on_widget_done, Qt.ConnectionType.QueuedConnection)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def show(self, value: Any, project: Project) -> None:
        if list(value or ()) == self.value():
            return  # keeps the chosen row and an open cell editor
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for entry in value or ():
                self._append(entry)
        finally:
            self.table.blockSignals(False)

    def value(self) -> list[dict[str, str]]:
        return [{name: self._text(row, k) for k, (name, _) in enumerate(COLUMNS)}
                for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # every row is made with all its cells
        return item.text().strip()

    def _append(self, entry: dict[str, str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for k, (name, _) in enumerate(COLUMNS):
            self.table.setItem(row, k, QTableWidgetItem(entry.get(name, "")))

    def _on_add_clicked(self) -> None:
        taken = {model_key(entry["model"]) for entry in self.value()}
        name, n = tr(_NEW_MODEL), 2
        while model_key(name) in taken:
            name, n = f"{tr(_NEW_MODEL)} {n}", n + 1
        self.table.blockSignals(True)
        self._append({"model": name})
        self.table.blockSignals(False)
        self._on_widget_done()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def _on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        self.table.blockSignals(True)
        for row in rows:
            self.table.removeRow(row)
        self.table.blockSignals(False)
        self._on_widget_done()


class AILabellingSettings(SettingsGroup):
    """The project's settings for AI-content labels; ``edited`` carries a project settings change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.add_fields({REGISTRATION.path: make_field(REGISTRATION, self),
                         PROVIDERS.path: ProviderTableField(PROVIDERS, self)})

    def value(self, project: Project, path: str) -> Any:
        if path == PROVIDERS.path:
            return [entry.model_dump() for entry in project.ai_providers]
        return super().value(project, path)
