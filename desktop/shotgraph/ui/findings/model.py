"""A table model over a Checker's findings, refreshed from its deltas rather than rebuilt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from shotgraph.core.rules.checker import Checker, FindingsDelta
from shotgraph.core.rules.findings import Finding, Severity

FindingRole = Qt.ItemDataRole.UserRole + 1
"""The ``Finding`` behind a row, on every column."""
RESET_ABOVE = 40
"""A delta touching more findings than this resets the model instead of moving rows one by one."""
_Index = QModelIndex | QPersistentModelIndex

SYMBOLS = {Severity.ERROR: "✕", Severity.WARNING: "▲", Severity.INFO: "●"}
"""Shapes that tell the severities apart without colour."""


def severity_word(severity: Severity) -> str:
    """How the editor names a severity."""
    words = {
        Severity.ERROR: QCoreApplication.translate("Findings", "error"),
        Severity.WARNING: QCoreApplication.translate("Findings", "warning"),
        Severity.INFO: QCoreApplication.translate("Findings", "info"),
    }
    return words[severity]


def severity_label(finding: Finding) -> str:
    """Symbol and word, plus a mark when the finding is waived."""
    label = f"{SYMBOLS[finding.severity]} {severity_word(finding.severity)}"
    if finding.waived:
        label += " " + QCoreApplication.translate("Findings", "(waived)")
    return label


class FindingsModel(QAbstractTableModel):
    """One row per finding, in the checker's reading order."""

    COLUMNS = ("severity", "rule", "episode", "scene", "shots", "message")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._checker: Checker | None = None
        self._language = "en"
        self._detach: Callable[[], None] | None = None

    def set_checker(self, checker: Checker | None, language: str = "en") -> None:
        """Show ``checker``'s findings (texts in ``language``) and follow its deltas."""
        if self._detach is not None:
            self._detach()
            self._detach = None
        self._checker, self._language = checker, language
        if checker is not None:
            self._detach = checker.subscribe(self._on_checker_delta)
        self._reset()

    def findings(self) -> list[Finding]:
        """The findings shown, in row order."""
        return list(self._findings)

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def _reset(self) -> None:
        self.beginResetModel()
        self._findings = self._checker.findings if self._checker is not None else []
        self.endResetModel()

    def _on_checker_delta(self, delta: FindingsDelta) -> None:
        """Remove the rows that went, insert the ones that came where the checker orders them."""
        assert self._checker is not None
        if len(delta.added) + len(delta.removed) > RESET_ABOVE:
            self._reset()
            return
        for finding in delta.removed:
            self._remove(finding)
        current = self._checker.findings
        self._insert_missing(current)
        if self._findings != current:
            self._reset()

    def _remove(self, finding: Finding) -> None:
        row = next((n for n, f in enumerate(self._findings) if f == finding), None)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._findings[row]
            self.endRemoveRows()

    def _insert_missing(self, current: list[Finding]) -> None:
        """Insert, row by row, the findings of ``current`` that the model lacks."""
        for row, finding in enumerate(current):
            if row < len(self._findings) and self._findings[row] == finding:
                continue
            if finding in self._findings[row:]:
                return
            self.beginInsertRows(QModelIndex(), row, row)
            self._findings.insert(row, finding)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Severity"), self.tr("Rule"), self.tr("Episode"), self.tr("Scene"),
                  self.tr("Shots"), self.tr("Message"))
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(finding, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.hint.get(self._language) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] in ("episode", "scene"):
            return Qt.AlignmentFlag.AlignCenter
        if role == FindingRole:
            return finding
        return None

    def _cell(self, finding: Finding, column: str) -> str:
        if column == "severity":
            return severity_label(finding)
        if column == "rule":
            return finding.rule
        if column == "episode":
            return "" if finding.episode is None else str(finding.episode)
        if column == "scene":
            return finding.scene or ""
        if column == "shots":
            return ", ".join(finding.codes)
        return finding.message.get(self._language)
