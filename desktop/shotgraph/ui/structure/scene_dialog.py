"""The scene dialog: a new scene, or an existing one's code, heading, place, time, cast and notes.

OK checks the code, then pushes one edit (with any new location or characters), so one Undo
takes it all back; Cancel changes nothing. The heading follows INT/EXT, location and time
of day until the user types a heading of their own.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from shotgraph.core.model import Episode, IntExt, Project, Scene, TimeOfDay

from ..accessible import name_buttons
from ..bridge import DocumentBridge
from .cast_picker import CastPicker
from .naming import compose_heading, next_scene_code
from .pushing import push_or_explain
from .scene_edits import SceneValues, scene_edit
from .widgets import notes_box, problem_label, set_label_buddy, show_problem

NOT_SET = -1
"""The story day box's lowest value, shown as "Not set"."""


class SceneDialog(QDialog):
    """Add a scene to an episode, or edit one; non-blocking, closed by OK or Cancel."""

    def __init__(self, bridge: DocumentBridge, episode: Episode, parent: QWidget | None = None, *,
                 scene: Scene | None = None, index: int | None = None) -> None:
        super().__init__(parent)
        self._bridge, self.episode, self.scene, self._index = bridge, episode, scene, index
        self._heading_follows = False
        """Whether the heading is still made from INT/EXT, location and time (the user typed none)."""
        self.setWindowTitle(self._title())
        self._build_place_fields()
        self._build_other_fields()
        self._build_layout()
        self._connect()
        self._load(scene or Scene(id="new", code=next_scene_code(episode)))
        self.code.setFocus()
        self.code.selectAll()

    @property
    def _project(self) -> Project:
        project = self._bridge.project
        assert project is not None
        return project

    def _title(self) -> str:
        if self.scene is None:
            return self.tr("New Scene in Episode {number}").format(number=self.episode.number)
        return self.tr("Scene {code} of Episode {number}").format(code=self.scene.code, number=self.episode.number)

    def _build_place_fields(self) -> None:
        """Code, INT/EXT, location, time of day and heading: what a scene heading is made of."""
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Scene code"))
        self.code.setMaximumWidth(self.code.fontMetrics().horizontalAdvance("0") * 16)
        self.code_problem = problem_label(self)
        self.int_ext = self._choices([(IntExt.INT, self.tr("INT (interior)")), (IntExt.EXT, self.tr("EXT (exterior)")),
                                      (IntExt.INT_EXT, self.tr("INT/EXT"))], self.tr("Interior or exterior"))
        self.location = QComboBox(self)
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        location_line = self.location.lineEdit()
        assert location_line is not None  # the combo is editable
        location_line.setPlaceholderText(self.tr("Pick a location or type a new one"))
        self.location.setAccessibleName(self.tr("Location"))
        self.time_of_day = self._choices([(TimeOfDay.DAWN, self.tr("Dawn")), (TimeOfDay.DAY, self.tr("Day")),
                                          (TimeOfDay.DUSK, self.tr("Dusk")), (TimeOfDay.NIGHT, self.tr("Night"))],
                                         self.tr("Time of day"))
        self.heading = QLineEdit(self)
        self.heading.setAccessibleName(self.tr("Scene heading"))

    def _build_other_fields(self) -> None:
        """Story day, cast, extras, notes, and the OK and Cancel buttons."""
        self.story_day = self._number_box(NOT_SET, self.tr("Story day"))
        self.story_day.setSpecialValueText(self.tr("Not set"))
        self.cast = CastPicker(self)
        self.extras = self._number_box(0, self.tr("Extras (background performers)"))
        self.notes = notes_box(self, 3)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        name_buttons(self.buttons)

    def _choices(self, items: list[tuple[object, str]], name: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("Not set"), None)
        for value, text in items:
            box.addItem(text, value)
        box.setAccessibleName(name)
        return box

    def _number_box(self, minimum: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(minimum, 9999)
        box.setAccessibleName(name)
        return box

    def _build_layout(self) -> None:
        """One labelled row per field, in tab order; each label's mnemonic reaches its field."""
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.code_problem, 1)
        form.addRow(self.tr("Scene &code:"), code_row)
        set_label_buddy(form, code_row, self.code)
        for label, field in ((self.tr("&INT/EXT:"), self.int_ext), (self.tr("&Location:"), self.location),
                             (self.tr("&Time of day:"), self.time_of_day), (self.tr("&Heading:"), self.heading),
                             (self.tr("Story &day:"), self.story_day), (self.tr("Ca&st:"), self.cast),
                             (self.tr("E&xtras:"), self.extras), (self.tr("N&otes:"), self.notes)):
            form.addRow(label, field)
        set_label_buddy(form, self.cast, self.cast.list)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.int_ext.currentIndexChanged.connect(self._on_place_changed)
        self.location.currentTextChanged.connect(self._on_place_changed)
        self.time_of_day.currentIndexChanged.connect(self._on_place_changed)
        self.heading.textEdited.connect(self._on_heading_edited)
        self.code.textEdited.connect(self._on_code_edited)

    def _load(self, scene: Scene) -> None:
        """Fill the fields from the scene (for a new scene: its defaults and the next free code)."""
        self.code.setText(scene.code)
        self.int_ext.setCurrentIndex(max(0, self.int_ext.findData(scene.int_ext)))
        self.location.addItem("", None)
        for location in self._project.locations:
            self.location.addItem(location.name, location.id)
        self.location.setCurrentIndex(max(0, self.location.findData(scene.location_id)))
        self.time_of_day.setCurrentIndex(max(0, self.time_of_day.findData(scene.time_of_day)))
        self.story_day.setValue(NOT_SET if scene.story_day is None else scene.story_day)
        self.cast.load(self._project.characters, scene.cast)
        self.extras.setValue(scene.extras)
        self.notes.setPlainText(scene.notes)
        self._heading_follows = not scene.heading or scene.heading == self._composed()
        self.heading.setText(scene.heading or self._composed())

    def _composed(self) -> str:
        return compose_heading(self.int_ext.currentData(), self.location.currentText().strip(),
                               self.time_of_day.currentData(), self._project.language)

    def _on_place_changed(self, *_args: object) -> None:
        if self._heading_follows:
            self.heading.setText(self._composed())

    def _on_heading_edited(self, text: str) -> None:
        self._heading_follows = not text.strip()

    def _on_code_edited(self, _text: str) -> None:
        show_problem(self.code_problem, "")

    def values(self) -> SceneValues:
        """What the fields hold now."""
        picked = self.location.currentIndex()
        name = self.location.currentText().strip()
        location_id = self.location.itemData(picked) if name and self.location.itemText(picked) == name else None
        day = self.story_day.value()
        return SceneValues(
            code=self.code.text().strip(), heading=self.heading.text().strip(), int_ext=self.int_ext.currentData(),
            location=name, location_id=location_id, time_of_day=self.time_of_day.currentData(),
            story_day=None if day == NOT_SET else day, cast=self.cast.chosen(), extras=self.extras.value(),
            notes=self.notes.toPlainText().strip())

    def accept(self) -> None:
        """Check the code, push the one edit; stay open with the reason when it cannot be made."""
        values = self.values()
        problem = self._code_problem(values.code)
        if problem:
            show_problem(self.code_problem, problem)
            self.code.setFocus()
            self.code.selectAll()
            return
        document = self._bridge.document
        assert document is not None
        edit = scene_edit(document, values, self.episode, scene_id=self.scene.id if self.scene else None,
                          index=self._index)
        reason = push_or_explain(self._bridge, edit) if edit is not None else ""
        if reason:
            show_problem(self.problem, self.tr("Not changed: {reason}").format(reason=reason))
            return
        if self.scene is None:
            self._bridge.set_episode(self.episode.id)  # the new scene is seen where it was added
        super().accept()

    def _code_problem(self, code: str) -> str:
        """Why ``code`` cannot be this scene's code, in words for the user; "" when it can."""
        if not code:
            return self.tr("Give the scene a code, such as 3 or 3A.")
        own = self.scene.id if self.scene else None
        if any(scene.code == code and scene.id != own for scene in self.episode.scenes):
            return self.tr("Episode {number} already has a scene {code}.").format(number=self.episode.number,
                                                                                  code=code)
        return ""
