"""The scene cast: tick the characters present (speaking or not), or add a new one by name.

New names stay in the list, ticked, until the dialog's OK creates the characters together
with the scene, so Cancel leaves the project as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from shotgraph.core.model import Character

from .widgets import NameEntry

IdRole = Qt.ItemDataRole.UserRole
"""A listed character's id; "" for a name that becomes a new character on OK."""


class CastPicker(QWidget):
    """A list of characters with check boxes and a line to add a new character."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Characters in the scene"))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 5)
        self.entry = NameEntry(self)
        self.entry.setPlaceholderText(self.tr("New character's name"))
        self.entry.setAccessibleName(self.tr("New character"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(self.tr("Add the new character to the scene"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.entry.entered.connect(self._on_entry_entered)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def load(self, characters: list[Character], present: list[str]) -> None:
        """List every character, ticking those in ``present``."""
        self.list.clear()
        for character in characters:
            self._add_item(character.name, character.id, character.id in present)

    def _add_item(self, name: str, character_id: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(IdRole, character_id)
        return item

    def add_name(self, name: str) -> None:
        """Tick the character called ``name``, listing it as new when no character has that name."""
        name = name.strip()
        if not name:
            return
        item = self._find(name) or self._add_item(name, "", True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        self.entry.clear()

    def _find(self, name: str) -> QListWidgetItem | None:
        folded = name.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text().casefold() == folded:
                return item
        return None

    def _on_entry_entered(self, name: str) -> None:
        self.add_name(name)

    def _on_add_button_clicked(self) -> None:
        self.add_name(self.entry.text())
        self.entry.setFocus()

    def chosen(self) -> list[tuple[str, str]]:
        """The ticked characters as (id, name), in list order; id "" for a new one.

        A name still typed in the entry line counts as ticked: the user meant to add it.
        """
        if self.entry.text().strip():
            self.add_name(self.entry.text())
        ticked = (self.list.item(row) for row in range(self.list.count()))
        return [(item.data(IdRole), item.text()) for item in ticked if item.checkState() == Qt.CheckState.Checked]
