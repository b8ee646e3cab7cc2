"""The Generation panel: every draw sent from this window, with its progress, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .queue import FINISHED, DrawRow, DrawState, GenerationQueue

COLUMNS = 4
REPAINT_MS = 100
"""Rows changed by the worker are redrawn together at most this often, so progress never floods the UI."""


class GenerationPanel(QWidget):
    """A table of draws (shot, draw, seed, state with progress) with Cancel and Clear Finished."""

    def __init__(self, queue: GenerationQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self.setObjectName("generation_panel")
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("draws")
        self.table.setAccessibleName(self.tr("Draws sent to the generator"))
        self.table.setHorizontalHeaderLabels([self.tr("Shot"), self.tr("Draw"), self.tr("Seed"), self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("generation_summary")
        self.cancel_button = QPushButton(self.tr("&Cancel Draw"), self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.cancel_all_button = QPushButton(self.tr("Cancel &All"), self)
        self.cancel_all_button.clicked.connect(lambda: self._queue.cancel_all())
        self.clear_button = QPushButton(self.tr("Clear &Finished"), self)
        self.clear_button.clicked.connect(lambda: self._queue.clear_finished())
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.cancel_button, self.cancel_all_button, self.clear_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        cancel_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self._on_cancel_clicked)
        cancel_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete elsewhere deletes shots
        self._dirty: set[int] = set()
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_MS)
        self._repaint.timeout.connect(self._redraw_dirty)
        self._keys: list[int] = []
        self.follow(queue)

    def follow(self, queue: GenerationQueue) -> None:
        """Show another queue's draws (a project was opened)."""
        self._queue = queue
        queue.rows_added.connect(self._rebuild)
        queue.row_changed.connect(self._mark_dirty)
        self._rebuild()

    def _rebuild(self) -> None:
        self._keys = list(self._queue.rows)
        self.table.setRowCount(len(self._keys))
        for row in range(len(self._keys)):
            self._draw_row(row)
        self._update_summary()

    def _mark_dirty(self, key: int) -> None:
        self._dirty.add(key)
        if not self._repaint.isActive():
            self._repaint.start()

    def _redraw_dirty(self) -> None:
        positions = {key: row for row, key in enumerate(self._keys)}
        for key in self._dirty:
            if key in positions:
                self._draw_row(positions[key])
        self._dirty.clear()
        self._update_summary()

    def _draw_row(self, row: int) -> None:
        draw = self._queue.rows.get(self._keys[row])
        if draw is None:
            return
        for column, text in enumerate((draw.shot_code, str(draw.draw or "–"), str(draw.seed))):
            self._set_text(row, column, text)
        if draw.state is DrawState.RUNNING and draw.maximum:
            bar = self.table.cellWidget(row, 3)
            if not isinstance(bar, QProgressBar):
                bar = QProgressBar(self.table)
                self.table.setCellWidget(row, 3, bar)
            bar.setRange(0, draw.maximum)
            bar.setValue(draw.value)
            bar.setFormat(self.tr("node {node}: step %v of %m").format(node=draw.node))
        else:
            self.table.removeCellWidget(row, 3)
            self._set_text(row, 3, self.state_text(draw))

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)

    def state_text(self, draw: DrawRow) -> str:
        """The state in words: waiting, queued, running a node, the file brought back, or why it failed."""
        if draw.state is DrawState.WAITING:
            return self.tr("waiting to be sent")
        if draw.state is DrawState.QUEUED:
            return self.tr("queued on the server")
        if draw.state is DrawState.RUNNING:
            return self.tr("running node {node}").format(node=draw.node)
        if draw.state is DrawState.DONE:
            return self.tr("brought back: {file}").format(file=draw.message)
        if draw.state is DrawState.CANCELLED:
            return self.tr("cancelled")
        return self.tr("failed: {reason}").format(reason=draw.message)

    def _update_summary(self) -> None:
        rows = list(self._queue.rows.values())
        running = sum(1 for r in rows if r.state not in FINISHED)
        done = sum(1 for r in rows if r.state is DrawState.DONE)
        failed = sum(1 for r in rows if r.state is DrawState.FAILED)
        if not rows:
            self.summary.setText(self.tr("No draws yet: select AI shots and choose Send to Generator… (Ctrl+Alt+G)."))
        else:
            self.summary.setText(self.tr("%n draw(s) running", "", running) + " · " +
                                 self.tr("%n brought back", "", done) + " · " + self.tr("%n failed", "", failed))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(any(self._queue.rows[k].state not in FINISHED for k in self._selected()))
        self.cancel_all_button.setEnabled(self._queue.busy)
        self.clear_button.setEnabled(any(r.state in FINISHED for r in self._queue.rows.values()))

    def _selected(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        keys = [self._keys[row] for row in sorted(rows) if row < len(self._keys)]
        return [key for key in keys if key in self._queue.rows]

    def _on_cancel_clicked(self) -> None:
        for key in self._selected():
            self._queue.cancel(key)
