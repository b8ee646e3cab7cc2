"""A list of records on the left, the form of the chosen one on the right, Add and Remove below the list.

What the page lists and how it edits them comes from a ``Kind``; every change is a core edit
pushed on the bridge, and the page reloads whenever an edit, undo or redo touches its records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.changes import Changes
from shotgraph.core.edits import Edit
from shotgraph.core.model import Project

from ..bridge import DocumentBridge
from ..screen_layout import remember_splitter
from .fields import tr
from .form import RecordForm, Section

CATALOGUE = ("characters", "wardrobe", "props", "locations", "people")
_IdRole = Qt.ItemDataRole.UserRole


class Listed(Protocol):
    """A record a page lists: each has an id."""

    @property
    def id(self) -> str: ...


@dataclass(frozen=True)
class Kind:
    """What a page lists (within ``scope``: a parent's id, or None) and the edits that change it."""

    title: str
    sections: list[Section]
    records: Callable[[Project, str | None], list[Any]]
    label: Callable[[Any], str]
    new: Callable[[Project, str | None], Listed]
    add: Callable[[Any], Edit]
    update: Callable[[str, dict[str, Any]], Edit]
    remove: Callable[[str], Edit]
    uses: Callable[[Project, Any], str]
    """A sentence saying what still uses the record ("" when nothing does)."""
    watches: tuple[str, ...] = CATALOGUE
    note: str = ""
    child: Kind | None = None
    """Records that belong to the chosen one (a character's wardrobe looks)."""


class RecordPage(QWidget):
    """Browse, add, edit and remove the records of one ``Kind``."""

    def __init__(self, bridge: DocumentBridge, kind: Kind, parent: QWidget | None = None, *,
                 scoped: bool = False) -> None:
        super().__init__(parent)
        self._bridge, self.kind, self._scoped = bridge, kind, scoped
        self.scope: str | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("{title} list").format(title=tr(kind.title)))
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAccessibleName(tr("Add to {title}").format(title=tr(kind.title)))
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setAccessibleName(tr("Remove from {title}").format(title=tr(kind.title)))
        self.form = RecordForm(kind.sections, self)
        self.child = RecordPage(bridge, kind.child, self, scoped=True) if kind.child is not None else None
        self._build_layout()
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.form.edited.connect(self._on_form_edited)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.opened.connect(self.reload)
        self.reload()

    def _build_layout(self) -> None:
        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        right = QWidget(self)
        form_column = QVBoxLayout(right)
        form_column.addWidget(self.form)
        if self.kind.note:
            note = QLabel(tr(self.kind.note), right)
            note.setWordWrap(True)
            form_column.addWidget(note)
        if self.child is not None:
            form_column.addWidget(QLabel(f"<b>{tr(self.child.kind.title)}</b>", right))
            self.child.setMinimumHeight(260)
            form_column.addWidget(self.child, 1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("{title} details").format(title=tr(self.kind.title)))  # a Tab stop
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 600])
        remember_splitter(splitter, f"project_editor/{self.kind.title.lower()}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing --------------------------------------------------------------------------

    def set_scope(self, scope: str | None) -> None:
        """List the records belonging to ``scope`` (a parent record's id)."""
        self.scope = scope
        self.reload()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_IdRole) if item is not None else None

    def current_record(self) -> Any | None:
        project = self._bridge.project
        record_id = self.current_id()
        if project is None or record_id is None:
            return None
        return next((r for r in self.kind.records(project, self.scope) if r.id == record_id), None)

    def select(self, record_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_IdRole) == record_id:
                self.list.setCurrentRow(row)

    def reload(self) -> None:
        """List the records again, keeping the chosen one when it is still there."""
        chosen = self.current_id()
        project = self._bridge.project
        records = self.kind.records(project, self.scope) if project is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for record in records:
            item = QListWidgetItem(self.kind.label(record), self.list)
            item.setToolTip(item.text())
            item.setData(_IdRole, record.id)
        ids = [r.id for r in records]
        if records:
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self.list.blockSignals(False)
        self.add_button.setEnabled(project is not None and (not self._scoped or self.scope is not None))
        self._show_current()

    def _show_current(self) -> None:
        record = self.current_record()
        project = self._bridge.project
        self.remove_button.setEnabled(record is not None)
        if project is not None:
            self.form.load(record, project)
        if self.child is not None:
            self.child.set_scope(record.id if record is not None else None)
            self.child.setEnabled(record is not None)

    def _on_list_current_changed(self, *_args: object) -> None:
        self._show_current()

    def _on_bridge_changed(self, changes: Changes) -> None:
        if any(getattr(changes, name) for name in self.kind.watches):
            self.reload()

    # -- editing --------------------------------------------------------------------------

    def _on_form_edited(self, change: dict[str, Any]) -> None:
        record_id = self.current_id()
        if record_id is not None and not self._bridge.push(self.kind.update(record_id, change)):
            self._show_current()

    def _on_add_button_clicked(self) -> None:
        project = self._bridge.project
        if project is None:
            return
        record = self.kind.new(project, self.scope)
        if self._bridge.push(self.kind.add(record)):
            self.select(record.id)
            first = next(iter(self.form.fields.values())).widget
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _on_remove_button_clicked(self) -> None:
        record, project = self.current_record(), self._bridge.project
        if record is None or project is None:
            return
        uses = self.kind.uses(project, record)
        if uses and not self._confirm(record, uses):
            return
        self._bridge.push(self.kind.remove(record.id))

    def _confirm(self, record: Any, uses: str) -> bool:
        question = tr("{uses}\nRemove “{name}” anyway? Undo brings it back.").format(
            uses=uses, name=self.kind.label(record))
        answer = QMessageBox.question(self, tr("Remove"), question)
        return answer == QMessageBox.StandardButton.Yes
