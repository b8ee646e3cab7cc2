"""The list of a shot list's bad cells, each with its row, column, value and what is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.io.shotlist import CellProblem


class ImportErrorsDialog(QDialog):
    """Why a shot list was refused; accepting imports the good cells and leaves the bad ones empty."""

    def __init__(self, path: Path, problems: list[CellProblem], parent: QWidget | None = None,
                 unlisted: int = 0) -> None:
        """``unlisted`` counts the bad cells past the first ones the reader keeps, which are listed."""
        super().__init__(parent)
        self.setObjectName("import_errors")
        self.setWindowTitle(self.tr("Shot list not imported"))
        self.setAccessibleName(self.tr("Shot list problems"))
        heading = QLabel(self.tr("{file} has {count} cell(s) ShotGraph cannot read. Nothing was imported yet.")
                         .format(file=path.name, count=len(problems) + unlisted), self)
        heading.setWordWrap(True)
        self.table = self._table(problems)
        hint = QLabel(self.tr("Fix the file and import it again, or import the rest: a bad cell is left empty "
                              "and a row with a bad shot code is skipped."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.lenient_button = buttons.addButton(self.tr("Import the Rest"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.lenient_button.setAccessibleName(self.tr("Import the rest, leaving the bad cells empty"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel the import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.table, hint, buttons):
            layout.addWidget(widget)
        self.resize(760, 420)

    def _table(self, problems: list[CellProblem]) -> QTableWidget:
        headers = [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        table = QTableWidget(len(problems), len(headers), self)
        table.setObjectName("import_problems")
        table.setAccessibleName(self.tr("Problems by row and column"))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, problem in enumerate(problems):
            message = problem.message
            if problem.row_skipped:
                message = self.tr("{problem} (the row is skipped)").format(problem=message)
            cells = (str(problem.row), problem.column, problem.value, message)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table
