"""The characters and props of the selected shots: one small row each, with add and remove."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from shotgraph.core.model import CharacterInShot, Direction, Look, Project, PropInShot, ScreenPos

from .fields import ChoiceCombo, LineField, shared
from .labels import options


class EntryList(QWidget):
    """Rows of entries shared by every selected shot, an "Add …" chooser below them.

    When the selected shots hold different lists, the rows are hidden behind a note:
    a list is only edited for several shots at once when it is the same in all of them.
    """

    committed = Signal(object)
    """The whole new list of entries."""

    def __init__(self, name: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.entries: list[Any] = []
        self.rows: list[QFrame] = []
        self.project: Project | None = None
        self.note = QLabel(self.tr("The selected shots differ here."), self)
        self.note.setWordWrap(True)
        self.add_combo = QComboBox(self)
        self.add_combo.setAccessibleName(add_text)
        self.add_combo.activated.connect(self._on_add_combo_activated)
        self._add_text = add_text
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 0, 0, 4)
        self._layout.addWidget(self.note)
        self._layout.addWidget(self.add_combo)

    def show_values(self, project: Project, values: Sequence[list[Any]]) -> None:
        """Rebuild the rows from the selected shots' lists."""
        same, entries = shared(values)
        self.project, self.entries = project, list(entries or []) if same else []
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # a row's own button may be the one that led here
        self.rows = [self._row(index, entry) for index, entry in enumerate(self.entries)]
        for row in self.rows:
            self._layout.insertWidget(self._layout.count() - 2, row)
        self.note.setVisible(not same)
        self.add_combo.setEnabled(same)
        self._fill_add_combo()

    def _fill_add_combo(self) -> None:
        self.add_combo.blockSignals(True)
        self.add_combo.clear()
        self.add_combo.addItem(self._add_text)
        for key, label in self.addable():
            self.add_combo.addItem(label, key)
        self.add_combo.blockSignals(False)

    def _on_add_combo_activated(self, index: int) -> None:
        if index > 0:
            self.committed.emit([*self.entries, self.new_entry(self.add_combo.itemData(index))])

    def remove(self, index: int) -> None:
        self.committed.emit(self.entries[:index] + self.entries[index + 1:])

    def change(self, index: int, key: str, value: Any) -> None:
        """Commit the list with one field of one entry changed."""
        entries = list(self.entries)
        entries[index] = entries[index].model_copy(update={key: value})
        self.committed.emit(entries)

    def _frame(self, title: str, index: int) -> tuple[QFrame, QGridLayout]:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(6, 4, 4, 4)
        grid.setSpacing(4)
        heading = QLabel(title, frame)
        heading.setStyleSheet("font-weight: bold")
        grid.addWidget(heading, 0, 0)
        remove = QToolButton(frame)
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove {name}").format(name=title))
        remove.setToolTip(self.tr("Remove {name} from the shot").format(name=title))
        remove.clicked.connect(lambda: self.remove(index))
        grid.addWidget(remove, 0, 1, Qt.AlignmentFlag.AlignRight)
        frame.remove_button = remove
        return frame, grid

    def addable(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def new_entry(self, key: str) -> Any:
        raise NotImplementedError

    def _row(self, index: int, entry: Any) -> QFrame:
        raise NotImplementedError


class CharactersEditor(EntryList):
    """Who is in the shot: where on screen, where they look and move, which wardrobe look."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Characters in shot"), self.tr("Add character…"), parent)

    def addable(self) -> list[tuple[str, str]]:
        present = {e.character_id for e in self.entries}
        return [(c.id, c.name) for c in self.project.characters if c.id not in present] if self.project else []

    def new_entry(self, key: str) -> CharacterInShot:
        return CharacterInShot(character_id=key)

    def _row(self, index: int, entry: CharacterInShot) -> QFrame:
        assert self.project is not None
        names = {c.id: c.name for c in self.project.characters}
        name = names.get(entry.character_id, entry.character_id)
        frame, grid = self._frame(name, index)
        cells = (("position", ScreenPos, self.tr("Position of {name}"), self.tr("Position")),
                 ("look", Look, self.tr("Look of {name}"), self.tr("Look")),
                 ("motion", Direction, self.tr("Motion of {name}"), self.tr("Motion")))
        for cell, (key, kind, label, none_label) in enumerate(cells):
            combo = self._combo(label.format(name=name), options(kind), getattr(entry, key), index, key,
                                self.tr("{what}: —").format(what=none_label))
            grid.addWidget(combo, 1 + cell // 2, cell % 2)
            setattr(frame, key, combo)
        looks = [(w.id, w.name) for w in self.project.wardrobe if w.character_id == entry.character_id]
        frame.wardrobe = self._combo(self.tr("Wardrobe look of {name}").format(name=name), looks,
                                     entry.wardrobe_id, index, "wardrobe_id", self.tr("No wardrobe look"))
        grid.addWidget(frame.wardrobe, 2, 1)
        return frame

    def _combo(self, name: str, choices: list[tuple[Any, str]], value: Any, index: int, key: str,
               none_label: str) -> ChoiceCombo:
        combo = ChoiceCombo(name, self)
        combo.setMinimumContentsLength(4)
        combo.setToolTip(name)
        combo.set_options(choices, none_label)
        combo.show_values([value])
        combo.committed.connect(lambda value: self.change(index, key, value))
        return combo


class PropsEditor(EntryList):
    """The props seen in the shot and the state each is in (``茶杯 = 满``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Props in shot"), self.tr("Add prop…"), parent)

    def addable(self) -> list[tuple[str, str]]:
        present = {e.prop_id for e in self.entries}
        return [(p.id, p.name) for p in self.project.props if p.id not in present] if self.project else []

    def new_entry(self, key: str) -> PropInShot:
        return PropInShot(prop_id=key)

    def _row(self, index: int, entry: PropInShot) -> QFrame:
        assert self.project is not None
        names = {p.id: p.name for p in self.project.props}
        name = names.get(entry.prop_id, entry.prop_id)
        frame, grid = self._frame(name, index)
        frame.state = LineField(self.tr("State of {name}").format(name=name), frame)
        frame.state.set_hint(self.tr("State (full, broken …)"))
        frame.state.show_values([entry.state])
        frame.state.committed.connect(lambda value: self.change(index, "state", value))
        grid.addWidget(frame.state, 1, 0, 1, 2)
        return frame
