"""Bindings…: which node input of a workflow template receives which piece of shot data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.model import Binding, Role, WorkflowTemplate

from ..translate_noop import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    Role.PROMPT: QT_TRANSLATE_NOOP("BindingsDialog", "prompt"),
    Role.NEGATIVE: QT_TRANSLATE_NOOP("BindingsDialog", "negative prompt"),
    Role.SEED: QT_TRANSLATE_NOOP("BindingsDialog", "seed"),
    Role.MODEL: QT_TRANSLATE_NOOP("BindingsDialog", "model (read, never set)"),
    Role.WIDTH: QT_TRANSLATE_NOOP("BindingsDialog", "width"),
    Role.HEIGHT: QT_TRANSLATE_NOOP("BindingsDialog", "height"),
    Role.BATCH: QT_TRANSLATE_NOOP("BindingsDialog", "batch size"),
    Role.FRAMES: QT_TRANSLATE_NOOP("BindingsDialog", "frames"),
    Role.FPS: QT_TRANSLATE_NOOP("BindingsDialog", "frame rate"),
    Role.IMAGE: QT_TRANSLATE_NOOP("BindingsDialog", "first-frame image"),
    Role.REFERENCE: QT_TRANSLATE_NOOP("BindingsDialog", "identity reference"),
    Role.PLATE: QT_TRANSLATE_NOOP("BindingsDialog", "plate"),
    Role.OUTPUT_NAME: QT_TRANSLATE_NOOP("BindingsDialog", "output name"),
}
"""The shot data each role stands for, as the dialog names it."""


class BindingsDialog(QDialog):
    """A row per binding: the shot data, the node and its input; ``bindings()`` once accepted."""

    def __init__(self, template: WorkflowTemplate, workflow: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bindings_dialog")
        self.setWindowTitle(self.tr("Bindings of {name}").format(name=template.name))
        self._workflow = workflow
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Bindings"))
        self._headers = [self.tr("Shot data"), self.tr("Node"), self.tr("Input")]
        self.table.setHorizontalHeaderLabels(self._headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("&Add Binding"), self)
        add.setAccessibleName(self.tr("Add Binding"))
        add.clicked.connect(lambda: self._add_row(Binding(role=Role.PROMPT, node=self._nodes()[0], input="-")))
        remove = QPushButton(self.tr("&Remove Binding"), self)
        remove.setAccessibleName(self.tr("Remove Binding"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        explanation = QLabel(self.tr("Each row sends a piece of the shot's data to one input of one node. "
                                     "An input without a row keeps the workflow's own value."), self)
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for binding in template.bindings:
            self._add_row(binding)
        self.resize(620, 420)

    def _nodes(self) -> list[str]:
        return sorted(self._workflow, key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n))

    def _add_row(self, binding: Binding) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox(self.table)
        for value in Role:
            role.addItem(self.tr(ROLE_NAMES[value]), value)
        role.setCurrentIndex(role.findData(binding.role))
        node = QComboBox(self.table)
        for node_id in self._nodes():
            node.addItem(f"{node_id} · {self._workflow[node_id].get('class_type', '?')}", node_id)
        node.setCurrentIndex(max(0, node.findData(binding.node)))
        inputs = QComboBox(self.table)
        node.currentIndexChanged.connect(lambda _i, node=node, inputs=inputs: self._fill_inputs(node, inputs, ""))
        self._fill_inputs(node, inputs, binding.input)
        for column, combo in enumerate((role, node, inputs)):
            combo.setAccessibleName(self._headers[column])
            self.table.setCellWidget(row, column, combo)

    def _fill_inputs(self, node: QComboBox, inputs: QComboBox, current: str) -> None:
        inputs.clear()
        names = [name for name, value in self._workflow[node.currentData()].get("inputs", {}).items()
                 if not isinstance(value, list)]  # a list is a link from another node, not a value
        inputs.addItems(names)
        inputs.setCurrentIndex(max(0, inputs.findText(current)))

    def bindings(self) -> list[Binding]:
        """The bindings as the table has them (rows with no input left out)."""
        found = []
        for row in range(self.table.rowCount()):
            role, node, inputs = (self.table.cellWidget(row, column) for column in range(3))
            assert isinstance(role, QComboBox) and isinstance(node, QComboBox) and isinstance(inputs, QComboBox)
            if inputs.currentText():
                found.append(Binding(role=Role(role.currentData()), node=node.currentData(),
                                     input=inputs.currentText()))
        return found
