"""The findings panel: a filterable table of findings with their counts, read-only."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.rules.checker import Checker
from shotgraph.core.rules.findings import Finding, Severity

from ..bridge import DocumentBridge
from .model import FindingRole, FindingsModel

_Index = QModelIndex | QPersistentModelIndex


class FindingsFilter(QSortFilterProxyModel):
    """Keeps the findings of one severity (or all) whose texts contain the filter string."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_severity(self, severity: Severity | None) -> None:
        """Show only ``severity`` (None: every severity)."""
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        finding = self.sourceModel().index(source_row, 0, source_parent).data(FindingRole)
        if self._severity is not None and finding.severity != self._severity:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class FindingsPanel(QWidget):
    """Severity and text filters above the findings table, the counts below it."""

    finding_activated = Signal(object)
    """The ``Finding`` the user double-clicked or pressed Enter on."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.severity_filter = self._severity_combo()
        self.text_filter = QLineEdit(self, placeholderText=self.tr("Filter by rule, shot or message"))
        self.text_filter.setClearButtonEnabled(True)
        self.table = self._table()
        self.counts = QLabel(self)
        self._build_layout()
        self._connect()
        self._on_model_changed()
        bridge.opened.connect(self._on_bridge_opened)

    def _on_bridge_opened(self) -> None:
        project = self._bridge.project
        self.set_checker(self._bridge.checker, project.language if project else "en")

    def set_checker(self, checker: Checker | None, language: str = "en") -> None:
        """Show the findings of ``checker`` in ``language`` and follow its changes."""
        self.model.set_checker(checker, language)

    def visible_findings(self) -> list[Finding]:
        """The findings the filters let through, in table order."""
        return [self.proxy.index(row, 0).data(FindingRole) for row in range(self.proxy.rowCount())]

    def _severity_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for text, severity in ((self.tr("All"), None), (self.tr("Errors"), Severity.ERROR),
                               (self.tr("Warnings"), Severity.WARNING), (self.tr("Info"), Severity.INFO)):
            combo.addItem(text, severity.value if severity else "")
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show"), self))
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)

    def _connect(self) -> None:
        self.severity_filter.currentIndexChanged.connect(self._on_severity_filter_changed)
        self.text_filter.textChanged.connect(self._on_text_filter_changed)
        self.table.activated.connect(self._on_table_activated)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._on_model_changed)

    def _on_severity_filter_changed(self, _index: int) -> None:
        value = self.severity_filter.currentData()
        self.proxy.set_severity(Severity(value) if value else None)

    def _on_text_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def _on_table_activated(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole)
        if finding is not None:
            self.finding_activated.emit(finding)

    def _on_model_changed(self, *_args: object) -> None:
        tally = Counter(f.severity for f in self.model.findings() if not f.waived)
        self.counts.setText(self.tr("{errors}, {warnings}, {info}").format(
            errors=self._plural(tally[Severity.ERROR], self.tr("1 error"), self.tr("{n} errors")),
            warnings=self._plural(tally[Severity.WARNING], self.tr("1 warning"), self.tr("{n} warnings")),
            info=self.tr("{n} info").format(n=tally[Severity.INFO])))

    @staticmethod
    def _plural(count: int, one: str, many: str) -> str:
        return one if count == 1 else many.format(n=count)
