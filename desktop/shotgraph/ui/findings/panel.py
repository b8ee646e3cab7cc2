"""The findings panel: filter the findings, select their shots, waive them with a note or take that back."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.changes import Changes
from shotgraph.core.edits import Unwaive, Waive
from shotgraph.core.rules.checker import Checker
from shotgraph.core.rules.findings import Finding, Severity

from ..bridge import DocumentBridge
from .filters import FAMILIES, FindingsFilter
from .model import FindingRole, FindingsModel
from .rule_titles import rule_title
from .waive import WaiveDialog

FIT_ROWS = 40
"""How many rows beyond those in view the columns measure when they fit their contents: every finding
of an episode, yet a series of thousands of findings refits in a few hundredths of a second."""
CURRENT_EPISODE = "current"
"""The episode filter's entry that follows the episode the views show."""


class FindingsPanel(QWidget):
    """Filters above the findings table; the counts and the waive buttons below it."""

    finding_activated = Signal(object)
    """The ``Finding`` the user double-clicked or pressed Enter on."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = FindingsModel(bridge.findings_changed, self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.severity_filter = self._combo(self.tr("Severity filter"), [
            (self.tr("All"), None), (self.tr("Errors"), Severity.ERROR.value),
            (self.tr("Warnings"), Severity.WARNING.value), (self.tr("Info"), Severity.INFO.value)])
        self.family_filter = self._combo(self.tr("Rule family filter"), self._family_items())
        self.episode_filter = self._combo(self.tr("Episode filter"), [])
        self.text_filter = QLineEdit(self, placeholderText=self.tr("Filter by rule, shot or message"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Text filter"))
        self.show_waived = QCheckBox(self.tr("Show waived"), self)
        self.show_waived.setAccessibleName(self.tr("Show waived findings"))
        self.waive_button = self._button(self.tr("Waive…"), self.tr("Waive the selected finding"))
        self.unwaive_button = self._button(self.tr("Unwaive"), self.tr("Take back the waiver of the selected finding"))
        self.table = self._table()
        self.detail = self._detail()
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._widen_timer = QTimer(self, singleShot=True, interval=80)
        self.counts = QLabel(self)
        self._build_layout()
        self._connect()
        self._on_model_changed()

    def set_checker(self, checker: Checker | None, language: str = "en") -> None:
        """Show the findings of ``checker`` in ``language`` and follow its changes."""
        self.model.set_checker(checker, language)

    def current_finding(self) -> Finding | None:
        """The finding of the table's current row."""
        index = self.table.currentIndex()
        return index.data(FindingRole) if index.isValid() else None

    # -- building -------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _family_items(self) -> list[tuple[str, object]]:
        names = {"graph": self.tr("Graph"), "continuity": self.tr("Continuity"), "ai": self.tr("AI"),
                 "compliance": self.tr("Compliance"), "style": self.tr("Style"), "schedule": self.tr("Schedule"),
                 "hybrid": self.tr("Hybrid"), "format": self.tr("Format"), "cast": self.tr("Cast"),
                 "budget": self.tr("Budget")}
        return [(self.tr("All rules"), None), *((names.get(family, family), family) for family in FAMILIES)]

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setEnabled(False)
        return button

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Findings"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.COLUMNS.index("message"), QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(False)
        return table

    def _detail(self) -> QLabel:
        """The line under the table that says how to fix the current finding."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("How to fix the selected finding"))
        return label

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show"), self))
        for combo in (self.severity_filter, self.family_filter, self.episode_filter):
            filters.addWidget(combo)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.show_waived)
        footer = QHBoxLayout()
        footer.addWidget(self.counts, 1)
        footer.addWidget(self.waive_button)
        footer.addWidget(self.unwaive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(footer)
        QWidget.setTabOrder(self.table, self.waive_button)  # Tab goes from the chosen finding to Waive…
        QWidget.setTabOrder(self.waive_button, self.unwaive_button)

    def _connect(self) -> None:
        self.severity_filter.currentIndexChanged.connect(self._on_severity_filter_changed)
        self.family_filter.currentIndexChanged.connect(self._on_family_filter_changed)
        self.episode_filter.currentIndexChanged.connect(self._on_episode_filter_changed)
        self.text_filter.textChanged.connect(self._on_text_filter_changed)
        self.show_waived.toggled.connect(self._on_show_waived_toggled)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.waive_button.clicked.connect(self._on_waive_button_clicked)
        self.unwaive_button.clicked.connect(self._on_unwaive_button_clicked)
        self.model.settled.connect(self._on_model_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged, self.proxy.dataChanged):
            signal.connect(self._on_proxy_changed)
        self._fit_timer.timeout.connect(self._on_fit_timer_timeout)
        self._widen_timer.timeout.connect(self._on_widen_timer_timeout)
        self.table.verticalScrollBar().valueChanged.connect(self._on_table_scrolled)
        self._bridge.opened.connect(self._on_bridge_opened)
        self._bridge.changed.connect(self._on_bridge_changed)
        self._bridge.episode_changed.connect(self._on_bridge_episode_changed)

    # -- following the project ------------------------------------------------------------

    def _on_bridge_opened(self) -> None:
        project = self._bridge.project
        self.set_checker(self._bridge.checker, project.language if project else "en")
        self._fill_episode_filter()

    def _on_bridge_changed(self, changes: Changes) -> None:
        self.model.note_changes(changes)
        if changes.episodes:
            self._fill_episode_filter()
        elif changes.shots_added or changes.shots_removed:
            self._on_episode_filter_changed(self.episode_filter.currentIndex())
        if changes.settings and self._bridge.project is not None:
            self.model.set_language(self._bridge.project.language)

    def _on_bridge_episode_changed(self, _episode_id: str) -> None:
        if self.episode_filter.currentData() == CURRENT_EPISODE:
            self._on_episode_filter_changed(self.episode_filter.currentIndex())

    def _fill_episode_filter(self) -> None:
        """All, the current one, then each episode by number; the choice is kept when it still exists."""
        chosen = self.episode_filter.currentData()
        project = self._bridge.project
        numbers = sorted(e.number for e in project.episodes) if project else []
        shown = [self.episode_filter.itemData(i) for i in range(2, self.episode_filter.count())]
        if shown == numbers and self.episode_filter.count() >= 2:
            self._on_episode_filter_changed(self.episode_filter.currentIndex())
            return
        self.episode_filter.blockSignals(True)
        self.episode_filter.clear()
        self.episode_filter.addItem(self.tr("All episodes"), None)
        self.episode_filter.addItem(self.tr("Current episode"), CURRENT_EPISODE)
        for number in numbers:
            self.episode_filter.addItem(self.tr("Episode {number}").format(number=number), number)
        self.episode_filter.setCurrentIndex(max(0, self.episode_filter.findData(chosen)))
        self.episode_filter.blockSignals(False)
        self._on_episode_filter_changed(self.episode_filter.currentIndex())

    # -- filters --------------------------------------------------------------------------

    def _on_severity_filter_changed(self, _index: int) -> None:
        value = self.severity_filter.currentData()
        self.proxy.set_severity(Severity(value) if value else None)

    def _on_family_filter_changed(self, _index: int) -> None:
        self.proxy.set_family(self.family_filter.currentData())

    def _on_episode_filter_changed(self, _index: int) -> None:
        value = self.episode_filter.currentData()
        project = self._bridge.project
        if value is None or project is None:
            self.proxy.set_episode(None)
            return
        if value == CURRENT_EPISODE:
            episode = self._bridge.episode
        else:
            episode = next((e for e in project.episodes if e.number == value), None)
        if episode is None:
            self.proxy.set_episode(0)
        else:
            self.proxy.set_episode(episode.number, frozenset(s.id for s in episode.shots))

    def _on_text_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def _on_show_waived_toggled(self, checked: bool) -> None:
        self.proxy.set_show_waived(checked)

    # -- the table ------------------------------------------------------------------------

    def _on_table_clicked(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole)
        if finding is not None and finding.shot_ids:
            self._bridge.select(finding.shot_ids, source=self)

    def _on_table_activated(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole)
        if finding is not None:
            self.finding_activated.emit(finding)

    def _on_table_current_changed(self, *_args: object) -> None:
        finding = self.current_finding()
        self.waive_button.setEnabled(finding is not None and not finding.waived)
        self.unwaive_button.setEnabled(finding is not None and finding.waived)
        self._show_detail(finding)

    def _show_detail(self, finding: Finding | None) -> None:
        if finding is None:
            self.detail.setText(self.tr("Select a finding to see how to fix it."))
            return
        hint = self.model.hint(finding)
        title = rule_title(finding.rule)
        self.detail.setText(self.tr("{rule}: {hint}").format(rule=title, hint=hint) if hint else title)

    # -- columns --------------------------------------------------------------------------

    def _on_proxy_changed(self, *_args: object) -> None:
        """Rows came, went or changed words: fit the columns again once the burst is over."""
        self._fit_timer.start()

    def _on_fit_timer_timeout(self) -> None:
        """Every column but the message fits its contents (the rows in view and up to ``FIT_ROWS`` more);
        the message takes the width left."""
        message = FindingsModel.COLUMNS.index("message")
        for column in range(self.proxy.columnCount()):
            if column != message:
                self.table.resizeColumnToContents(column)
        self._show_detail(self.current_finding())

    def _on_table_scrolled(self, _value: int) -> None:
        self._widen_timer.start()

    def _on_widen_timer_timeout(self) -> None:
        """Rows scrolled into view widen a column they would not fit, never narrow one: nothing jumps."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0)  # the rows in view only
        message = FindingsModel.COLUMNS.index("message")
        for column in range(self.proxy.columnCount()):
            wanted = self.table.sizeHintForColumn(column)
            if column != message and wanted > self.table.columnWidth(column):
                self.table.setColumnWidth(column, wanted)
        header.setResizeContentsPrecision(FIT_ROWS)

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """Waive or unwaive the current finding, whichever applies."""
        menu = QMenu(self)
        waive = menu.addAction(self.tr("Waive…"), self.waive_current)
        waive.setEnabled(self.waive_button.isEnabled())
        unwaive = menu.addAction(self.tr("Unwaive"), self.unwaive_current)
        unwaive.setEnabled(self.unwaive_button.isEnabled())
        return menu

    # -- waivers --------------------------------------------------------------------------

    def _on_waive_button_clicked(self) -> None:
        self.waive_current()

    def _on_unwaive_button_clicked(self) -> None:
        self.unwaive_current()

    def waive_current(self) -> None:
        """Ask for a note, then waive the current finding."""
        finding = self.current_finding()
        if finding is None or finding.waived:
            return
        project = self._bridge.project
        dialog = WaiveDialog(finding, project.language if project else "en", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._bridge.push(Waive(finding.fingerprint, finding.rule, finding.codes, dialog.note()))

    def unwaive_current(self) -> None:
        """Remove the waiver of the current finding: it counts again."""
        finding = self.current_finding()
        waiver = self.model.waiver_of(finding) if finding is not None else None
        if waiver is not None:
            self._bridge.push(Unwaive(waiver.id))

    def _on_model_changed(self, *_args: object) -> None:
        findings = self.model.findings()
        tally = Counter(f.severity for f in findings if not f.waived)
        text = self.tr("{errors}, {warnings}, {info}").format(
            errors=self._plural(tally[Severity.ERROR], self.tr("1 error"), self.tr("{n} errors")),
            warnings=self._plural(tally[Severity.WARNING], self.tr("1 warning"), self.tr("{n} warnings")),
            info=self.tr("{n} info").format(n=tally[Severity.INFO]))
        waived = sum(1 for f in findings if f.waived)
        if waived:
            text = self.tr("{counts} · {n} waived").format(counts=text, n=waived)
        self.counts.setText(text)
        self._on_table_current_changed()

    @staticmethod
    def _plural(count: int, one: str, many: str) -> str:
        return one if count == 1 else many.format(n=count)
