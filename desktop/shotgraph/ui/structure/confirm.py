"""The one question the structure commands ask, kept apart so tests can answer it (a modal box
would wait for a click no test gives)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_delete(parent: QWidget | None, title: str, question: str, detail: str) -> bool:
    """Ask Delete / Cancel, Cancel being the default; True when the user chose Delete."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    delete = box.addButton(QMessageBox.StandardButton.Ok)
    delete.setText(QCoreApplication.translate("", "&Delete"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
