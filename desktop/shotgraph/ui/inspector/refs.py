"""Which identity reference (image set, LoRA) each character of an AI shot is generated from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from shotgraph.core.model import Character, Project, Shot

from .fields import shared


class RefCombo(QComboBox):
    """A reference name: one of the character's known references, or typed in."""

    committed = Signal(str, object)
    """Character id, reference name (None: use the character's locked reference)."""

    def __init__(self, name: str, character_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.character_id = character_id
        self._shown = ""
        self.activated.connect(self._on_self_activated)
        self._line().editingFinished.connect(self._on_line_editing_finished)

    def show_values(self, known: list[str], values: Sequence[str | None], locked: str | None) -> None:
        same, value = shared(values)
        self._shown = (value or "") if same else ""
        self.blockSignals(True)
        self.clear()
        self.addItems(known)
        hint = self.tr("Locked: {ref}").format(ref=locked) if locked else self.tr("No reference")
        self._line().setPlaceholderText(hint if same else self.tr("Mixed"))
        self.setEditText(self._shown)
        self.blockSignals(False)

    def _line(self) -> QLineEdit:
        """The combo's text field; it has one, being editable from the start."""
        line = self.lineEdit()
        assert line is not None
        return line

    def _on_self_activated(self, _index: int) -> None:
        self._commit()

    def _on_line_editing_finished(self) -> None:
        self._commit()

    def _commit(self) -> None:
        text = self.currentText().strip()
        if text != self._shown:
            self._shown = text
            self.committed.emit(self.character_id, text or None)


class RefsEditor(QWidget):
    """One reference chooser per character present in every selected shot."""

    committed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Identity references"))
        self.combos: dict[str, RefCombo] = {}
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._none = QLabel(self.tr("No character is in every selected shot."), self)
        self._none.setWordWrap(True)
        self._layout.addWidget(self._none)

    def show_values(self, project: Project, shots: Sequence[Shot]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # its combo may be the one that led here
        characters = {c.id: c for c in project.characters}
        common = [e.character_id for e in shots[0].characters
                  if e.character_id in characters and all(s.character(e.character_id) for s in shots[1:])]
        self.combos = {cid: self._combo(characters[cid], shots) for cid in common}
        self._rows = [self._row(characters[cid].name, combo) for cid, combo in self.combos.items()]
        for row in self._rows:
            self._layout.addWidget(row)
        self._none.setVisible(not common)

    def _combo(self, character: Character, shots: Sequence[Shot]) -> RefCombo:
        combo = RefCombo(self.tr("Identity reference of {name}").format(name=character.name), character.id, self)
        combo.show_values(character.identity_refs, [s.ai.refs.get(character.id) for s in shots],
                          character.locked_ref)
        combo.committed.connect(self.committed)
        return combo

    def _row(self, name: str, combo: RefCombo) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(name, row))
        layout.addWidget(combo, 1)
        return row
