"""A table model over a Checker's findings, refreshed from its deltas rather than rebuilt.

The checker reports a delta after every edit through the bridge's ``findings_changed`` signal
(a Qt connection, so it ends with the model: a model left behind by a rebuilt window is never
called); the model gathers the deltas of one round of events (``DEBOUNCE_MS``) and then applies
them, once per burst: each finding that went is found and each that came is placed by its reading
place (``Checker.reading_place``). When the burst moved shots or renumbered episodes (the places
of findings already shown may have changed), or a place is shared by several findings (their order
is the rules'), the rows are compared with the checker's whole list instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.model import Waiver
from shotgraph.core.rules.checker import Checker, FindingsDelta
from shotgraph.core.rules.findings import Finding, Severity

from ..severity import severity_icon
from .rule_titles import rule_label

FindingRole = Qt.ItemDataRole.UserRole + 1
"""The ``Finding`` behind a row, on every column."""
RESET_ABOVE = 40
"""A burst touching more findings than this resets the model instead of moving rows one by one."""
DEBOUNCE_MS = 0
"""How long the model waits for more deltas before it updates its rows: none past the current
round of events, which already holds every delta one user action makes."""
_Index = QModelIndex | QPersistentModelIndex

def severity_word(severity: Severity) -> str:
    """How the editor names a severity."""
    words = {
        Severity.ERROR: QCoreApplication.translate("Findings", "error"),
        Severity.WARNING: QCoreApplication.translate("Findings", "warning"),
        Severity.INFO: QCoreApplication.translate("Findings", "info"),
    }
    return words[severity]


def severity_label(finding: Finding) -> str:
    """The severity's word, plus a mark when the finding is waived (its shape is the cell's icon)."""
    label = severity_word(finding.severity)
    if finding.waived:
        label += " " + QCoreApplication.translate("Findings", "(waived)")
    return label


def rule_family(rule: str) -> str:
    """The part of a rule id before the dot: ``continuity.axis`` → ``continuity``."""
    return rule.split(".", 1)[0]


class FindingsModel(QAbstractTableModel):
    """One row per finding, in the checker's reading order; waived ones carry their note."""

    COLUMNS = ("severity", "rule", "episode", "scene", "shots", "message", "note")

    settled = Signal()
    """The rows are in place after a burst of changes or a reset (once, however many rows moved)."""

    def __init__(self, deltas: SignalInstance, parent: QWidget | None = None) -> None:
        """``deltas``: the signal that carries the checker's ``FindingsDelta`` after each change."""
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._checker: Checker | None = None
        self._language = "en"
        self._pending: list[FindingsDelta] = []
        self._reordered = False
        self._waivers: dict[str, Waiver] = {}
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        deltas.connect(self._on_checker_delta)

    def set_checker(self, checker: Checker | None, language: str = "en") -> None:
        """Show ``checker``'s findings (texts in ``language``) and follow its deltas."""
        self._checker, self._language = checker, language
        self._timer.stop()
        self._reset()

    def set_language(self, language: str) -> None:
        """Show messages and hints in ``language`` from now on."""
        if language != self._language and self._findings:
            self._language = language
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._findings) - 1, len(self.COLUMNS) - 1))
        self._language = language

    def findings(self) -> list[Finding]:
        """The findings shown, in row order."""
        return list(self._findings)

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def hint(self, finding: Finding) -> str:
        """How to fix ``finding``, in the findings' language."""
        return finding.hint.get(self._language)

    def waiver_of(self, finding: Finding) -> Waiver | None:
        """The waiver that accepts ``finding``, if any."""
        return self._waivers.get(finding.fingerprint) if finding.waived else None

    def _reset(self) -> None:
        self.beginResetModel()
        self._findings = self._checker.findings if self._checker is not None else []
        self._read_waivers()
        self._pending, self._reordered = [], False
        self.endResetModel()
        self.settled.emit()

    def _read_waivers(self) -> None:
        project = self._checker.project if self._checker is not None else None
        self._waivers = {w.fingerprint: w for w in project.waivers} if project is not None else {}

    def note_changes(self, changes: Changes) -> None:
        """Hear of an edit: one that changes episodes (their shots, cuts or numbers) may move the
        findings already shown."""
        self._reordered |= bool(changes.episodes)

    def _on_checker_delta(self, delta: FindingsDelta) -> None:
        """Keep the delta for the burst and (re)start the short wait."""
        if self._checker is None:
            return
        self._pending.append(delta)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        """Apply the burst's deltas: remove the rows that went, insert the ones that came in place."""
        if self._checker is None:
            return
        pending, reordered = self._pending, self._reordered
        self._pending, self._reordered = [], False
        if sum(len(d.added) + len(d.removed) for d in pending) > RESET_ABOVE:
            self._reset()
            return
        self._read_waivers()
        if reordered or not all(self._apply(delta) for delta in pending):
            self._compare_with_checker()
        self.settled.emit()

    def _apply(self, delta: FindingsDelta) -> bool:
        """Move the rows of one delta; False when a place is shared, so only the checker knows the row."""
        for finding in delta.removed:
            row = self._row_of(finding)
            if row is None:
                return False
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._findings[row]
            self.endRemoveRows()
        for finding in delta.added:
            row = self._free_row(finding)
            if row is None:
                return False
            self.beginInsertRows(QModelIndex(), row, row)
            self._findings.insert(row, finding)
            self.endInsertRows()
        return True

    def _row_of(self, finding: Finding) -> int | None:
        """The row of a finding shown, when no other finding shares its place."""
        first, end = self._rows_at(finding)
        return first if end - first == 1 and self._findings[first] == finding else None

    def _free_row(self, finding: Finding) -> int | None:
        """Where a new finding goes, when no finding shown shares its place."""
        first, end = self._rows_at(finding)
        return first if first == end else None

    def _rows_at(self, finding: Finding) -> tuple[int, int]:
        assert self._checker is not None
        place, key = self._checker.reading_place(finding), self._checker.reading_place
        return bisect_left(self._findings, place, key=key), bisect_right(self._findings, place, key=key)

    def _compare_with_checker(self) -> None:
        """Bring the rows to the checker's list, moving as few as it can."""
        assert self._checker is not None
        current = self._checker.findings
        self._remove_gone(set(current))
        self._insert_missing(current)
        if self._findings != current:
            self._reset()

    def _remove_gone(self, current: set[Finding]) -> None:
        """Remove, one run of neighbouring rows at a time, the findings no longer current."""
        row = len(self._findings) - 1
        while row >= 0:
            if self._findings[row] in current:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._findings[row - 1] not in current:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._findings[row:last + 1]
            self.endRemoveRows()
            row -= 1

    def _insert_missing(self, current: list[Finding]) -> None:
        """Insert, row by row, the findings of ``current`` that the model lacks; stop at one the
        model shows further down (only a reset puts it in place)."""
        below = Counter(self._findings)  # how many times each finding shows at or below the row reached
        for row, finding in enumerate(current):
            if row < len(self._findings) and self._findings[row] == finding:
                below[finding] -= 1
                continue
            if below[finding] > 0:
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
                  self.tr("Shots"), self.tr("Message"), self.tr("Waiver note"))
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(finding, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.hint.get(self._language) or None
        if role == Qt.ItemDataRole.ForegroundRole and finding.waived:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] in ("episode", "scene"):
            return Qt.AlignmentFlag.AlignCenter
        if role == FindingRole:
            return finding
        return None

    def _cell(self, finding: Finding, column: str) -> str:
        if column == "severity":
            return severity_label(finding)
        if column == "rule":
            return rule_label(finding.rule)
        if column == "episode":
            return "" if finding.episode is None else str(finding.episode)
        if column == "scene":
            return finding.scene or ""
        if column == "shots":
            return ", ".join(finding.codes)
        if column == "note":
            waiver = self.waiver_of(finding)
            return waiver.note if waiver is not None else ""
        return finding.message.get(self._language)
