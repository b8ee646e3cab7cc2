"""Which findings the panel shows: severity, rule family, episode, text, and whether waived ones too."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from shotgraph.core.rules.findings import Severity
from shotgraph.core.rules.registry import all_rules

from .model import FindingRole, rule_family

_Index = QModelIndex | QPersistentModelIndex

FAMILIES = tuple(dict.fromkeys(rule_family(rule.id) for rule in all_rules()))
"""The rule families (graph, continuity, ai, compliance …), in the order the rules are registered."""


class FindingsFilter(QSortFilterProxyModel):
    """Keeps the findings that pass every filter; waived ones, when shown, come after the others."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self._family: str | None = None
        self._episode: tuple[int, frozenset[str]] | None = None
        self._show_waived = False
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_severity(self, severity: Severity | None) -> None:
        """Show only ``severity`` (None: every severity)."""
        self._refilter("_severity", severity)

    def set_family(self, family: str | None) -> None:
        """Show only the rules of ``family`` (None: every family)."""
        self._refilter("_family", family)

    def set_episode(self, number: int | None, shot_ids: frozenset[str] = frozenset()) -> None:
        """Show only episode ``number``'s findings and the project-wide ones naming its ``shot_ids``.

        None shows every finding, as ``shotgraph check --episode`` does without the option.
        """
        self._refilter("_episode", None if number is None else (number, shot_ids))

    def set_show_waived(self, show: bool) -> None:
        """Show the waived findings too, after the others. Only then are rows sorted: without the
        waived ones the checker's reading order stands, and a big table updates without a sort."""
        self._refilter("_show_waived", show)
        self.sort(0 if show else -1)

    def _refilter(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        finding = self.sourceModel().index(source_row, 0, source_parent).data(FindingRole)
        if finding.waived and not self._show_waived:
            return False
        if self._severity is not None and finding.severity != self._severity:
            return False
        if self._family is not None and rule_family(finding.rule) != self._family:
            return False
        if self._episode is not None and not self._in_episode(finding.episode, finding.shot_ids):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def _in_episode(self, episode: int | None, shot_ids: tuple[str, ...]) -> bool:
        assert self._episode is not None
        number, shots = self._episode
        return episode == number or (episode is None and any(s in shots for s in shot_ids))

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Reading order, waived findings last."""
        left_waived, right_waived = left.data(FindingRole).waived, right.data(FindingRole).waived
        if left_waived != right_waived:
            return right_waived
        return left.row() < right.row()
