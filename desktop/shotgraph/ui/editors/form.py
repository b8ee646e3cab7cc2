"""A form over one record: sections of labelled fields; an edited field becomes a change of the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from shotgraph.core.model import Project, Record

from .fields import Field, FieldSpec, make_field, tr

Section = tuple[str, tuple[FieldSpec, ...]]
"""A titled group of fields ("" for no title)."""


def value_at(record: Any, path: str) -> Any:
    """The value at a dotted path, None when a step on the way is None."""
    for part in path.split("."):
        if record is None:
            return None
        record = getattr(record, part)
    return record


def change_for(record: Record, path: str, value: Any) -> dict[str, Any]:
    """The top-level change that sets ``path`` to ``value``; sub-records go whole, as plain data."""
    top, _, rest = path.partition(".")
    if not rest:
        return {top: value}
    inner = getattr(record, top)
    data = inner.model_dump() if inner is not None else {}
    data.update(change_for(inner, rest, value))
    return {top: data}


class RecordForm(QWidget):
    """The fields of one record in titled groups; ``edited`` carries the change the user made."""

    edited = Signal(dict)

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._record: Record | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, specs in sections:
            layout.addWidget(self._section(title, specs))
        layout.addStretch(1)
        self.setEnabled(False)

    def _section(self, title: str, specs: tuple[FieldSpec, ...]) -> QWidget:
        box = QGroupBox(tr(title), self) if title else QWidget(self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            field = make_field(spec, box)
            field.edited.connect(lambda value, path=spec.path: self._on_field_edited(path, value))
            self.fields[spec.path] = field
            if spec.kind in ("check", "presence"):
                form.addRow("", field.widget)
            else:
                form.addRow(tr(spec.label), field.widget)
        return box

    def load(self, record: Record | None, project: Project) -> None:
        """Show ``record`` (None: an empty, disabled form)."""
        self._record = record
        self.setEnabled(record is not None)
        if record is None:
            return
        for path, field in self.fields.items():
            field.load(value_at(record, path), project)
            parent = path.rpartition(".")[0]
            field.widget.setEnabled(not parent or value_at(record, parent) is not None)

    def _on_field_edited(self, path: str, value: Any) -> None:
        if self._record is not None:
            self.edited.emit(change_for(self._record, path, value))
