"""The small dialog that asks why a finding is accepted before it is waived."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from shotgraph.core.rules.findings import Finding

from .rule_titles import rule_label


class WaiveDialog(QDialog):
    """Shows the finding and takes a note; Waive stays disabled until the note says something."""

    def __init__(self, finding: Finding, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waive Finding"))
        summary = QLabel(self.tr("{rule} on {shots}: {message}").format(
            rule=rule_label(finding.rule), shots=", ".join(finding.codes) or "—",
            message=finding.message.get(language)), self)
        summary.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Waiver note"))
        self.note_edit.setPlaceholderText(self.tr("Why the finding is accepted"))
        self.note_edit.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every other field
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.waive_button = self.buttons.addButton(self.tr("Waive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.waive_button.setAccessibleName(self.tr("Waive the finding"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Note"), self))
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self._on_note_edit_text_changed()

    def note(self) -> str:
        """The note as typed, trimmed."""
        return self.note_edit.toPlainText().strip()

    def _on_note_edit_text_changed(self) -> None:
        self.waive_button.setEnabled(bool(self.note()))
