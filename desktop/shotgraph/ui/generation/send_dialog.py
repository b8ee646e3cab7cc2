"""Send to Generator…: the preflight of the shots to send, the workflow template, the draws per shot,
and the batch's estimated cost, before a draw is spent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.changes import Changes
from shotgraph.core.edits import EditName, Macro
from shotgraph.core.edits.base import Assign
from shotgraph.core.edits.generation import UpdateGenerationSettings
from shotgraph.core.generation.preflight import HoldBack, Preflight, preflight
from shotgraph.core.generation.templates import load_template, stored_template, with_template
from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.model import Binding, Project, Shot, WorkflowTemplate

from ..bridge import DocumentBridge
from .bindings_dialog import BindingsDialog

MAX_DRAWS = 100


@dataclass(frozen=True)
class SendOrder:
    """What the user chose to send."""

    template: WorkflowTemplate
    workflow: dict
    shots: list[Shot]
    draws: int


class SendDialog(QDialog):
    """Preflight and options; ``order`` holds the choice once accepted."""

    def __init__(self, bridge: DocumentBridge, shots: Sequence[Shot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(self.tr("Send to Generator"))
        self._bridge, self._shots = bridge, list(shots)
        self.order: SendOrder | None = None
        self._check = Preflight()
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.template.setAccessibleName(self.tr("Workflow template"))
        import_button = QPushButton(self.tr("&Import Template…"), self)
        import_button.setAccessibleName(import_button.text().replace("&", ""))
        import_button.clicked.connect(self._on_import_clicked)
        bindings_button = QPushButton(self.tr("&Bindings…"), self)
        bindings_button.setAccessibleName(bindings_button.text().replace("&", ""))
        bindings_button.clicked.connect(self._on_bindings_clicked)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(bindings_button)
        template_row.addWidget(import_button)
        self.draws = QSpinBox(self)
        self.draws.setObjectName("draws")
        self.draws.setRange(1, MAX_DRAWS)
        self.draws.setAccessibleName(self.tr("Draws per shot"))
        self.anyway = QCheckBox(self.tr("Send shots with error findings too"), self)
        self.chain = QCheckBox(self.tr("Chain: the previous shot's chosen take is the first frame"), self)
        self.chain.setChecked(self._project.generation.chain_first_frame)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), QLabel(self._project.generation.server, self))
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template)
        form.addRow(template_label, template_row)
        form.addRow(self.tr("&Draws per shot:"), self.draws)
        form.addRow("", self.anyway)
        form.addRow("", self.chain)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("preflight")
        self.table.setAccessibleName(self.tr("Preflight of the shots to send"))
        self.table.setHorizontalHeaderLabels([self.tr("Shot"), self.tr("Preflight")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self._on_send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.draws.valueChanged.connect(self._refresh)
        self.anyway.toggled.connect(self._refresh)
        self._fill_templates()
        self._refresh()
        self.resize(640, 480)

    @property
    def _project(self) -> Project:
        project = self._bridge.project
        assert project is not None
        return project

    def _fill_templates(self, current: str = "") -> None:
        self.template.clear()
        for template in self._project.generation.templates:
            self.template.addItem(template.name)
        if current:
            self.template.setCurrentText(current)

    def _refresh(self) -> None:
        """Run the preflight again and say what would be sent and what it would cost."""
        self._check = preflight(self._project, self._shots, self.draws.value(), self.anyway.isChecked())
        self.table.setRowCount(len(self._shots))
        for row, shot in enumerate(self._shots):
            reasons = self._check.blocked.get(shot.code, [])
            status = "; ".join(self._reason(r) for r in reasons) if reasons else self.tr("ready")
            for column, text in enumerate((shot.code, status)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if reasons:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        currency = self._project.budget.currency
        ready, draws = len(self._check.ready), self.draws.value()
        text = self.tr("%n shot(s) ready", "", ready) + " · " + self.tr("%n draw(s) each", "", draws) + " · " + \
            self.tr("estimated cost {cost} {currency}").format(cost=f"{self._check.estimate:,.2f}", currency=currency)
        if not self._project.generation.templates:
            text += "\n" + self.tr("Import a workflow template (a ComfyUI workflow saved with Export (API)) to send.")
        self.summary.setText(text)
        self.send_button.setEnabled(ready > 0 and self.template.count() > 0)

    def _reason(self, reason: HoldBack) -> str:
        if reason.kind == "no-prompt":
            return self.tr("no prompt")
        if reason.kind == "no-reference":
            return self.tr("no identity reference for {name}").format(name=reason.subject)
        return self.tr("error finding: {message}").format(message=reason.subject)

    def _on_import_clicked(self) -> None:
        folder = self._bridge.folder
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Workflow Template"), str(folder or ""),
                                              self.tr("ComfyUI API workflows (*.json)"))
        if name:
            self.import_template(Path(name))

    def import_template(self, source: Path) -> bool:
        """Copy a workflow into the project as a template (one undo step); a bad file is said and refused."""
        folder = self._bridge.folder
        if folder is None:
            return False
        try:
            template = stored_template(folder, source)
        except ShotGraphError as error:
            QMessageBox.warning(self, self.tr("Cannot import this workflow"), str(error))
            return False
        settings = self._project.generation
        step = Assign(settings, {"templates": with_template(settings.templates, template)}, Changes(settings=True))
        self._bridge.push(Macro(EditName("Import Workflow Template {name}", name=template.name), [step]))
        self._fill_templates(template.name)
        self._refresh()
        return True

    def _on_bindings_clicked(self) -> None:
        chosen = self._chosen_workflow(self.tr("Cannot read this template"))
        if chosen is not None:
            dialog = BindingsDialog(*chosen, self)
            if dialog.exec():
                self.set_bindings(chosen[0], dialog.bindings())

    def set_bindings(self, template: WorkflowTemplate, bindings: list[Binding]) -> None:
        """Give the template these bindings (one undo step)."""
        settings = self._project.generation
        changed = template.model_copy(update={"bindings": bindings})
        step = Assign(settings, {"templates": with_template(settings.templates, changed)}, Changes(settings=True))
        self._bridge.push(Macro(EditName("Edit Bindings of {name}", name=template.name), [step]))
        self._fill_templates(template.name)

    def _chosen_workflow(self, failure: str) -> tuple[WorkflowTemplate, dict] | None:
        """The chosen template and its workflow, read again; a file that cannot be read is said under ``failure``."""
        name, folder = self.template.currentText(), self._bridge.folder
        template = next((t for t in self._project.generation.templates if t.name == name), None)
        if template is None or folder is None:
            return None
        try:
            return template, load_template(folder, template)
        except ShotGraphError as error:
            QMessageBox.warning(self, failure, str(error))
            return None

    def _on_send(self) -> None:
        chosen = self._chosen_workflow(self.tr("Cannot send"))
        if chosen is None:
            return
        template, workflow = chosen
        if self.chain.isChecked() != self._project.generation.chain_first_frame:
            self._bridge.push(UpdateGenerationSettings({"chain_first_frame": self.chain.isChecked()}))
        self.order = SendOrder(template, workflow, list(self._check.ready), self.draws.value())
        self.accept()
