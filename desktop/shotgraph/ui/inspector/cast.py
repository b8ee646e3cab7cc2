"""The characters and props of the selected shots: one small row each, with add and remove.

With several shots selected, a row stands for a character (or prop) that every one of
them shows; its fields read "Mixed" where the shots differ, and a change, an addition
or a removal applies to each shot's own list, leaving the rest of that list alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from shotgraph.core.model import CharacterInShot, Direction, Look, Project, PropInShot, ScreenPos

from .fields import ChoiceCombo, LineField
from .labels import options

ListChange = Callable[[list[Any]], list[Any]]


class EntryRow(QFrame):
    """One entry: its name, a remove button, and the editors of its fields by field name."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editors: dict[str, ChoiceCombo | LineField] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 4, 4)
        self.grid.setSpacing(4)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: bold")
        self.grid.addWidget(heading, 0, 0)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.grid.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)

    def add(self, key: str, editor: ChoiceCombo | LineField, row: int, column: int, span: int = 1) -> None:
        self.editors[key] = editor
        self.grid.addWidget(editor, row, column, 1, span)


class EntryList(QWidget):
    """Rows of the entries every selected shot has, an "Add …" chooser below them."""

    committed = Signal(object)
    """A function from a shot's list of entries to its new list."""

    key = ""
    """The field naming what an entry is about (``character_id``, ``prop_id``)."""

    def __init__(self, name: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.rows: list[EntryRow] = []
        self.project: Project | None = None
        self._everywhere: set[str] = set()
        self.note = QLabel(self.tr("Only what every selected shot has is listed."), self)
        self.note.setWordWrap(True)
        self.add_combo = QComboBox(self)
        self.add_combo.setAccessibleName(add_text)
        self.add_combo.activated.connect(self._on_add_combo_activated)
        self._add_text = add_text
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 0, 0, 4)
        self._layout.addWidget(self.note)
        self._layout.addWidget(self.add_combo)

    def show_values(self, project: Project, lists: Sequence[list[Any]]) -> None:
        """Rebuild the rows from the selected shots' lists."""
        self.project = project
        keyed = [{getattr(entry, self.key): entry for entry in entries} for entries in lists]
        common = [k for k in keyed[0] if all(k in other for other in keyed[1:])]
        self._everywhere = set(common)
        old = self.rows
        for row in old:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # a row's own button may be the one that led here
        self.rows = [self._row(k, [entries[k] for entries in keyed]) for k in common]
        for row in self.rows:
            self._layout.insertWidget(self._layout.count() - 2, row)
        self._order_tabs(old)
        self.note.setVisible(any(set(entries) != self._everywhere for entries in keyed))
        self._fill_add_combo()

    def _order_tabs(self, old: list[EntryRow]) -> None:
        """Tab walks the rows top to bottom, each row's fields in reading order, then the "Add …" chooser;
        rows made after the window would otherwise be reached only after every other panel."""
        before = self.add_combo.previousInFocusChain()
        while before is not None and before is not self.add_combo and (
                before.focusPolicy() == Qt.FocusPolicy.NoFocus or any(row.isAncestorOf(before) for row in old)):
            before = before.previousInFocusChain()
        if before is None or before is self.add_combo:
            return
        rows = (widget for row in self.rows for widget in (row.remove_button, *row.editors.values()))
        chain: list[QWidget] = [before, *rows, self.add_combo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill_add_combo(self) -> None:
        self.add_combo.blockSignals(True)
        self.add_combo.clear()
        self.add_combo.addItem(self._add_text)
        for key, label in self.catalogue():
            if key not in self._everywhere:
                self.add_combo.addItem(label, key)
        self.add_combo.blockSignals(False)

    def _on_add_combo_activated(self, index: int) -> None:
        if index > 0:
            self.add(self.add_combo.itemData(index))

    def add(self, key: str) -> None:
        """Add the entry to each selected shot that lacks it."""
        new = self.new_entry(key)
        self.committed.emit(lambda entries: entries if any(self._is(e, key) for e in entries) else [*entries, new])

    def remove(self, key: str) -> None:
        self.committed.emit(lambda entries: [e for e in entries if not self._is(e, key)])

    def change(self, key: str, name: str, value: Any) -> None:
        """Set one field of the entry ``key`` in each selected shot."""
        self.committed.emit(lambda entries: [e.model_copy(update={name: value}) if self._is(e, key) else e
                                             for e in entries])

    def _is(self, entry: Any, key: str) -> bool:
        return getattr(entry, self.key) == key

    def _frame(self, title: str, key: str) -> EntryRow:
        row = EntryRow(title, self)
        row.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=title))
        row.remove_button.setToolTip(self.tr("Remove {name} from the shot").format(name=title))
        row.remove_button.clicked.connect(lambda: self.remove(key))
        return row

    def catalogue(self) -> list[tuple[str, str]]:
        """Every (id, name) of the project that an entry can be about."""
        raise NotImplementedError

    def new_entry(self, key: str) -> Any:
        """A new entry for the catalogue id the user chose."""
        raise NotImplementedError

    def _row(self, key: str, entries: list[Any]) -> EntryRow:
        """The row showing one entry (its value in each selected shot), committing through ``change``."""
        raise NotImplementedError


class CharactersEditor(EntryList):
    """Who is in the shot: where on screen, where they look and move, which wardrobe look."""

    key = "character_id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Characters in shot"), self.tr("Add character…"), parent)

    def catalogue(self) -> list[tuple[str, str]]:
        return [(c.id, c.name) for c in self.project.characters] if self.project else []

    def new_entry(self, key: str) -> CharacterInShot:
        return CharacterInShot(character_id=key)

    def _row(self, key: str, entries: list[CharacterInShot]) -> EntryRow:
        assert self.project is not None
        name = dict(self.catalogue()).get(key, key)
        row = self._frame(name, key)
        cells = (("position", ScreenPos, self.tr("Position of {name}"), self.tr("Position")),
                 ("look", Look, self.tr("Look of {name}"), self.tr("Look")),
                 ("motion", Direction, self.tr("Motion of {name}"), self.tr("Motion")))
        for cell, (field, kind, label, none_label) in enumerate(cells):
            combo = self._combo(label.format(name=name), options(kind), self.tr("{what}: —").format(what=none_label))
            row.add(field, combo, 1 + cell // 2, cell % 2)
        looks = [(w.id, w.name) for w in self.project.wardrobe if w.character_id == key]
        row.add("wardrobe_id", self._combo(self.tr("Wardrobe look of {name}").format(name=name), looks,
                                           self.tr("No wardrobe look")), 2, 1)
        for field, editor in row.editors.items():
            editor.show_values([getattr(entry, field) for entry in entries])
            editor.committed.connect(lambda value, field=field: self.change(key, field, value))
        return row

    def _combo(self, name: str, choices: list[tuple[Any, str]], none_label: str) -> ChoiceCombo:
        combo = ChoiceCombo(name, self)
        combo.setMinimumContentsLength(4)
        combo.setToolTip(name)
        combo.set_options(choices, none_label)
        return combo


class PropsEditor(EntryList):
    """The props seen in the shot and the state each is in (``茶杯 = 满``)."""

    key = "prop_id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Props in shot"), self.tr("Add prop…"), parent)

    def catalogue(self) -> list[tuple[str, str]]:
        return [(p.id, p.name) for p in self.project.props] if self.project else []

    def new_entry(self, key: str) -> PropInShot:
        return PropInShot(prop_id=key)

    def _row(self, key: str, entries: list[PropInShot]) -> EntryRow:
        name = dict(self.catalogue()).get(key, key)
        row = self._frame(name, key)
        state = LineField(self.tr("State of {name}").format(name=name), row)
        state.set_hint(self.tr("State (full, broken …)"))
        state.show_values([entry.state for entry in entries])
        state.committed.connect(lambda value: self.change(key, "state", value))
        row.add("state", state, 1, 0, span=2)
        return row
