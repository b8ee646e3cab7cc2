"""The inspector's sections, each a collapsible form of field editors bound to shot fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGridLayout, QWidget

from shotgraph.core.model import Angle, Intent, IntExt, Mode, Movement, Shot, ShotSize, Side, TimeOfDay

from ..mode_labels import mode_label
from .cast import CharactersEditor, PropsEditor
from .fields import ChoiceCombo, CountSpin, FlagBox, LineField, TextField
from .labels import emotion_label, intent_hint, intent_label, options
from .refs import RefsEditor
from .section import Section
from .shot_edits import field, part

FieldEditor = ChoiceCombo | LineField | TextField | FlagBox | CountSpin
Binding = tuple[FieldEditor, Callable[[Shot], Any], Callable[[Shot, Any], dict[str, Any]]]


class InspectorForm(QObject):
    """Builds every section and remembers which editor shows which shot field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent
        self.bindings: list[Binding] = []
        self.sections: list[Section] = []

    def _section(self, title: str) -> Section:
        section = Section(title, self.page)
        self.sections.append(section)
        return section

    def _bind(self, section: Section, label: str, widget: FieldEditor,
              accessor: tuple[Callable[[Shot], Any], Callable[[Shot, Any], dict[str, Any]]]) -> Any:
        section.form.addRow(label, widget)
        self.bindings.append((widget, *accessor))
        return widget

    def _choice(self, name: str, choices: list[tuple[Any, str]], none_label: str | None = "—") -> ChoiceCombo:
        combo = ChoiceCombo(name, self.page)
        combo.set_options(choices, none_label)
        return combo

    def _line(self, name: str, hint: str = "", *, number: type | None = None) -> LineField:
        line = LineField(name, self.page, number=number)
        line.set_hint(hint)
        return line

    def build_shot(self) -> Section:
        section = self._section(self.tr("Shot"))
        self.mode = self._choice(self.tr("Mode"), [(m, mode_label(m)) for m in Mode], None)
        section.form.addRow(self.tr("Mode"), self.mode)
        self.duration = self._bind(section, self.tr("Duration"), self._line(
            self.tr("Duration in seconds"), self.tr("seconds"), number=float), field("duration_s"))
        self.emotion = self._bind(section, self.tr("Emotion"), self._choice(
            self.tr("Emotion"), [(level, emotion_label(level)) for level in range(4)]), field("emotion"))
        self.description = self._bind(section, self.tr("Description"), TextField(
            self.tr("Description"), self.page, lines=4), field("description"))
        self.dialogue = self._bind(section, self.tr("Dialogue"), TextField(
            self.tr("Dialogue"), self.page), field("dialogue"))
        return section

    def build_camera(self) -> Section:
        section = self._section(self.tr("Camera"))
        for name, label, kind in (("size", self.tr("Size"), ShotSize), ("angle", self.tr("Angle"), Angle),
                                  ("movement", self.tr("Movement"), Movement), ("side", self.tr("Side"), Side)):
            combo = self._bind(section, label, self._choice(label, options(kind)), part("camera", name))
            setattr(self, name, combo)
        self.lens = self._bind(section, self.tr("Lens"), self._line(
            self.tr("Lens in millimetres"), self.tr("mm"), number=float), part("camera", "lens_mm"))
        return section

    def build_cast(self) -> tuple[Section, Section]:
        characters, props = self._section(self.tr("Characters")), self._section(self.tr("Props"))
        self.characters, self.props = CharactersEditor(self.page), PropsEditor(self.page)
        characters.form.addRow(self.characters)
        props.form.addRow(self.props)
        return characters, props

    def build_place(self) -> Section:
        section = self._section(self.tr("Place and time"))
        self.int_ext_options, self.time_of_day_options = options(IntExt), options(TimeOfDay)
        self.location = self._bind(section, self.tr("Location"), self._choice(self.tr("Location"), []),
                                   field("location_id"))
        self.int_ext = self._bind(section, self.tr("INT/EXT"), self._choice(
            self.tr("Interior or exterior"), self.int_ext_options), field("int_ext"))
        self.time_of_day = self._bind(section, self.tr("Time of day"), self._choice(
            self.tr("Time of day"), self.time_of_day_options), field("time_of_day"))
        self.story_day = self._bind(section, self.tr("Story day"), self._line(
            self.tr("Story day"), number=int), field("story_day"))
        return section

    def build_ai(self) -> Section:
        section = self.ai_section = self._section(self.tr("AI generation"))
        self.ai_model = self._bind(section, self.tr("Model"), self._line(self.tr("AI model")), part("ai", "model"))
        self.style = self._bind(section, self.tr("Style"), self._line(self.tr("AI style")), part("ai", "style"))
        self.seed = self._bind(section, self.tr("Seed"), self._line(
            self.tr("Seed"), self.tr("random"), number=int), part("ai", "seed"))
        self.refs = RefsEditor(self.page)
        section.form.addRow(self.tr("Identity"), self.refs)
        self.prompt = self._bind(section, self.tr("Prompt"), TextField(
            self.tr("Prompt"), self.page, lines=4), part("ai", "prompt"))
        self.takes_tried = self._bind(section, self.tr("Takes tried"), CountSpin(
            self.tr("Takes tried"), self.page), part("ai", "takes_tried"))
        return section

    def build_plate(self) -> Section:
        section = self.plate_section = self._section(self.tr("Plate"))
        self.plate_shot = self._choice(self.tr("Plate shot"), [])
        section.form.addRow(self.tr("Plate shot"), self.plate_shot)
        self.plate_asset = self._bind(section, self.tr("Plate file"), self._line(
            self.tr("Plate file"), self.tr("plates/…")), field("plate_asset"))
        self.fg_kelvin = self._bind(section, self.tr("Foreground light"), self._line(
            self.tr("Foreground colour temperature"), self.tr("kelvin"), number=float), field("fg_kelvin"))
        self.plate_kelvin = self._bind(section, self.tr("Plate light"), self._line(
            self.tr("Plate colour temperature"), self.tr("kelvin"), number=float), field("plate_kelvin"))
        return section

    def build_intent(self) -> Section:
        section = self._section(self.tr("Intent"))
        boxes = QWidget(self.page)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.intents = {intent: FlagBox(intent_label(intent), intent, boxes) for intent in Intent}
        for number, (intent, box) in enumerate(self.intents.items()):
            box.setToolTip(intent_hint(intent))
            grid.addWidget(box, number // 2, number % 2)
        section.form.addRow(boxes)
        return section

    def build_delivery(self) -> Section:
        section = self._section(self.tr("Delivery"))
        self.setup_code = self._bind(section, self.tr("Setup"), self._line(self.tr("Setup code")),
                                     field("setup_code"))
        self.aspect = self._bind(section, self.tr("Aspect"), self._line(self.tr("Aspect ratio")), field("aspect"))
        self.fps = self._bind(section, self.tr("Frame rate"), self._line(
            self.tr("Frames per second"), number=float), field("fps"))
        return section

    def build_notes(self) -> Section:
        section = self._section(self.tr("Notes"))
        self.notes = TextField(self.tr("Notes"), self.page)
        section.form.addRow(self.notes)
        self.bindings.append((self.notes, *field("notes")))
        return section
