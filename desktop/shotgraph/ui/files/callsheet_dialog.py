"""File ▸ Export ▸ Call Sheets…: which days, layout, format, boards and paper; then the files written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from shotgraph.core.model import Project
from shotgraph.exports import exporters
from shotgraph.exports.callsheet_day import day_date

FILES_LISTED = 12
"""The message names this many files; beyond, how many more."""


@dataclass(frozen=True)
class CallSheetChoice:
    """What the user picked: the day (None for all), layout (None when the sheet has one), format and PDF options."""

    day: str | None
    style: str | None
    file_format: str
    with_boards: bool
    paper: str

    def options(self, base: Path | None) -> dict[str, object]:
        """The options of ``write_callsheets``, without those left unset."""
        chosen = {"day": self.day, "style": self.style, "paper": self.paper, "base": base,
                  "with_boards": self.with_boards or None}
        return {name: value for name, value in chosen.items() if value is not None}


def styles_supported() -> bool:
    """Whether the call sheet comes in more than one layout (its exporter takes a ``style``)."""
    return bool(exporters()["callsheet"].options(style="intl"))


class CallSheetDialog(QDialog):
    """The call sheets' options; the layout choice shows only when the call sheet has layouts."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callsheet_dialog")
        self.setWindowTitle(self.tr("Export Call Sheets"))
        form = QFormLayout(self)
        self.days = self._combo("callsheet_days", [(self.tr("All shooting days"), None)] + [
            (self.tr("Day {number} · {date}").format(number=number, date=day_date(day.date)), day.id)
            for number, day in enumerate(sorted(project.days, key=lambda d: d.date), start=1)])
        form.addRow(self.tr("&Days:"), self.days)
        self.style_choice = self._combo("callsheet_style", [(self.tr("Chinese 通告单"), "cn"),
                                                     (self.tr("International"), "intl")])
        self.style_choice.setCurrentIndex(0 if str(project.language) == "zh" else 1)
        if styles_supported():
            form.addRow(self.tr("&Layout:"), self.style_choice)
        else:
            self.style_choice.hide()
        self.file_format = self._combo("callsheet_format", [
            (self.tr("PDF"), "pdf"), (self.tr("PNG, one picture per page"), "png"),
            (self.tr("Excel workbook (XLSX), one sheet a day"), "xlsx")])
        form.addRow(self.tr("&Format:"), self.file_format)
        self.boards = QCheckBox(self.tr("With shooting &boards (PDF only)"), self)
        self.boards.setObjectName("callsheet_boards")
        form.addRow("", self.boards)
        self.paper = self._combo("callsheet_paper", [(self.tr("A4"), "a4"), (self.tr("US Letter"), "letter")])
        form.addRow(self.tr("&Paper:"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.file_format.currentIndexChanged.connect(self._on_format_changed)
        self._on_format_changed()

    def _combo(self, name: str, items: list[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _on_format_changed(self) -> None:
        """Boards go only into a PDF; a workbook has no paper size nor layout."""
        file_format = self.file_format.currentData()
        self.boards.setEnabled(file_format == "pdf")
        self.paper.setEnabled(file_format != "xlsx")
        self.style_choice.setEnabled(file_format != "xlsx")

    def choice(self) -> CallSheetChoice:
        file_format = self.file_format.currentData()
        return CallSheetChoice(day=self.days.currentData(),
                               style=self.style_choice.currentData() if styles_supported() and file_format != "xlsx"
                               else None,
                               file_format=file_format, with_boards=self.boards.isChecked() and file_format == "pdf",
                               paper=self.paper.currentData())


class WrittenFilesBox(QMessageBox):
    """The call sheets written, by name, with a button that opens their folder."""

    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Information, self.tr("Call Sheets Exported"), "", parent=parent)
        self.setObjectName("callsheet_written")
        self.files = files
        self.setText(self.tr("Wrote %n file(s) in {folder}", "", len(files)).format(folder=files[0].parent))
        names = [path.name for path in files[:FILES_LISTED]]
        if len(files) > FILES_LISTED:
            names.append(self.tr("… and %n more", "", len(files) - FILES_LISTED))
        self.setInformativeText("\n".join(names))
        self.open_folder = self.addButton(self.tr("&Open Folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.files[0].parent)))


def show_written_files(parent: QWidget | None, files: list[Path]) -> None:
    """Tell which call sheets were written, offering to open their folder."""
    WrittenFilesBox(files, parent).exec()
