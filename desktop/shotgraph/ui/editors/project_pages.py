"""The Project page (title, language, delivery, planning, budget, generation, call sheets and AI content
labelling) and what the Episodes page edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from shotgraph.core import edits
from shotgraph.core.changes import Changes
from shotgraph.core.edits.generation import UpdateGenerationSettings
from shotgraph.core.model import Disclosure, Episode, LabelPosition, Language, Project, new_id
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from ..bridge import DocumentBridge
from .ai_labelling import AILabellingSettings
from .callsheet_settings import CallSheetSettings
from .fields import FieldSpec, tr
from .form import RecordForm, Section
from .generation_settings import GenerationSettings
from .page import Kind


def _minutes(path: str, label: str) -> FieldSpec:
    return FieldSpec(path, label, "int", unit="min", maximum=24 * 60)


def _money(path: str, label: str, unit: str = "") -> FieldSpec:
    return FieldSpec(path, label, "float", unit=unit, maximum=100_000_000)


_NEVER = QT_TRANSLATE_NOOP("Editors", "Never")


def _breakfast_hours(_project: Project) -> list[tuple[Any, str]]:
    """Breakfast is served before a call earlier than the hour chosen: never, or 01:00 to 24:00."""
    return [(0, tr(_NEVER)), *((hour, f"{hour:02d}:00") for hour in range(1, 25))]


PROJECT_SECTIONS: list[Section] = [
    ("", (
        FieldSpec("title", QT_TRANSLATE_NOOP("Editors", "Title")),
        FieldSpec("language", QT_TRANSLATE_NOOP("Editors", "Language"), "choice",
                  options=lambda _p: [(Language.ZH, "中文"), (Language.EN, "English")]),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Editors", "Notes"), "text"))),
    (QT_TRANSLATE_NOOP("Editors", "Delivery"), (
        FieldSpec("delivery.aspect", QT_TRANSLATE_NOOP("Editors", "Aspect ratio")),
        FieldSpec("delivery.width", QT_TRANSLATE_NOOP("Editors", "Width"), "int", unit="px", minimum=16,
                  maximum=16384),
        FieldSpec("delivery.height", QT_TRANSLATE_NOOP("Editors", "Height"), "int", unit="px", minimum=16,
                  maximum=16384),
        FieldSpec("delivery.fps", QT_TRANSLATE_NOOP("Editors", "Frame rate"), "float", unit="fps", minimum=1,
                  maximum=1000, decimals=3))),
    (QT_TRANSLATE_NOOP("Editors", "Planning"), (
        FieldSpec("planning.first_day", QT_TRANSLATE_NOOP("Editors", "First shooting day"), "date"),
        FieldSpec("planning.max_day_hours", QT_TRANSLATE_NOOP("Editors", "Longest day"), "float", unit="h",
                  minimum=0.5, maximum=24, decimals=1),
        FieldSpec("planning.min_turnaround_hours", QT_TRANSLATE_NOOP("Editors", "Turnaround between days"), "float",
                  unit="h", maximum=48, decimals=1),
        FieldSpec("planning.max_locations_per_day", QT_TRANSLATE_NOOP("Editors", "Locations per day, at most"),
                  "int", minimum=1, maximum=20),
        _minutes("planning.meal_minutes", QT_TRANSLATE_NOOP("Editors", "Meal break")),
        FieldSpec("planning.meal_within_hours", QT_TRANSLATE_NOOP("Editors", "First meal, at most after call"),
                  "float", unit="h", minimum=0.5, maximum=24, decimals=1),
        FieldSpec("planning.breakfast_before_hour", QT_TRANSLATE_NOOP("Editors", "Breakfast for calls before"),
                  "choice", options=_breakfast_hours),
        FieldSpec("planning.breakfast_minutes", QT_TRANSLATE_NOOP("Editors", "Breakfast before call"), "int",
                  unit="min", maximum=240),
        _minutes("planning.load_in_out_minutes", QT_TRANSLATE_NOOP("Editors", "Load in and out")),
        _minutes("planning.company_move_minutes", QT_TRANSLATE_NOOP("Editors", "Company move")),
        FieldSpec("planning.takes_per_shot", QT_TRANSLATE_NOOP("Editors", "Takes per shot"), "int", minimum=1,
                  maximum=100),
        FieldSpec("planning.duration_factor", QT_TRANSLATE_NOOP("Editors", "Take length factor"), "float",
                  unit="×", minimum=0.1, maximum=20),
        FieldSpec("planning.reset_seconds", QT_TRANSLATE_NOOP("Editors", "Reset between takes"), "int", unit="s",
                  maximum=3600),
        _minutes("planning.setup_minutes_static", QT_TRANSLATE_NOOP("Editors", "Setup, static camera")),
        _minutes("planning.setup_minutes_default", QT_TRANSLATE_NOOP("Editors", "Setup, usual")),
        _minutes("planning.setup_minutes_rig", QT_TRANSLATE_NOOP("Editors", "Setup, rigged camera")),
        _minutes("planning.setup_minutes_effects", QT_TRANSLATE_NOOP("Editors", "Setup, effects")),
        _minutes("planning.hair_makeup_minutes", QT_TRANSLATE_NOOP("Editors", "Hair and make-up")),
        _minutes("planning.wardrobe_minutes", QT_TRANSLATE_NOOP("Editors", "Wardrobe")),
        _minutes("planning.buffer_minutes", QT_TRANSLATE_NOOP("Editors", "Buffer")),
        _minutes("planning.release_minutes", QT_TRANSLATE_NOOP("Editors", "Release after wrap")),
        _minutes("planning.daylight_margin_minutes", QT_TRANSLATE_NOOP("Editors", "Daylight margin")))),
    (QT_TRANSLATE_NOOP("Editors", "Budget"), (
        FieldSpec("budget.currency", QT_TRANSLATE_NOOP("Editors", "Currency")),
        _money("budget.live_day_rate", QT_TRANSLATE_NOOP("Editors", "Live shooting day"),
               QT_TRANSLATE_NOOP("Editors", "per day")),
        _money("budget.ai_price_per_second", QT_TRANSLATE_NOOP("Editors", "AI generation"),
               QT_TRANSLATE_NOOP("Editors", "per second")),
        _money("budget.operator_rate_per_hour", QT_TRANSLATE_NOOP("Editors", "AI operator"),
               QT_TRANSLATE_NOOP("Editors", "per hour")),
        FieldSpec("budget.operator_hours_per_shot", QT_TRANSLATE_NOOP("Editors", "Operator time per AI shot"),
                  "float", unit="h", maximum=100),
        _money("budget.compositing_per_shot", QT_TRANSLATE_NOOP("Editors", "Compositing"),
               QT_TRANSLATE_NOOP("Editors", "per hybrid shot")),
        FieldSpec("budget.takes_establishing", QT_TRANSLATE_NOOP("Editors", "AI takes, establishing"), "float",
                  maximum=1000, decimals=1),
        FieldSpec("budget.takes_crowd_vfx", QT_TRANSLATE_NOOP("Editors", "AI takes, crowd or effects"), "float",
                  maximum=1000, decimals=1),
        FieldSpec("budget.takes_dialogue", QT_TRANSLATE_NOOP("Editors", "AI takes, dialogue"), "float",
                  maximum=1000, decimals=1),
        FieldSpec("budget.takes_prop_interaction", QT_TRANSLATE_NOOP("Editors", "AI takes, prop handling"),
                  "float", maximum=1000, decimals=1))),
]


class ProjectPage(QScrollArea):
    """The project's own settings; each change is one undoable Edit Project Settings."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.setAccessibleName(tr("Project settings"))  # Tab stops here to scroll the form
        inner = QWidget(self)
        self.form = RecordForm(PROJECT_SECTIONS, inner)
        self.call_sheets = CallSheetSettings(lambda: bridge.folder, inner)
        self.ai_labelling = AILabellingSettings(inner)
        self.generation = GenerationSettings(inner)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.form)
        layout.addWidget(self.generation)
        layout.addWidget(self.ai_labelling)
        layout.addWidget(self.call_sheets)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.form.edited.connect(self._on_form_edited)
        self.call_sheets.edited.connect(self._on_form_edited)
        self.ai_labelling.edited.connect(self._on_form_edited)
        self.generation.edited.connect(self._on_generation_edited)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.opened.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        project = self._bridge.project
        if project is not None:
            self.form.load(project, project)
        self.call_sheets.load(project)
        self.ai_labelling.load(project)
        self.generation.load(project)

    def _on_bridge_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload()

    def _on_form_edited(self, change: dict[str, Any]) -> None:
        if not self._bridge.push(edits.UpdateProjectSettings(change)):
            self.reload()

    def _on_generation_edited(self, change: dict[str, Any]) -> None:
        if not self._bridge.push(UpdateGenerationSettings(change)):
            self.reload()


def _episode_label(episode: Episode) -> str:
    if episode.title:
        return tr("Episode {number}: {title}").format(number=episode.number, title=episode.title)
    return tr("Episode {number}").format(number=episode.number)


def _new_episode(project: Project, _scope: str | None) -> Episode:
    number = max((e.number for e in project.episodes), default=0) + 1
    return Episode(id=new_id("ep"), number=number)


def _episode_uses(project: Project, episode: Episode) -> str:
    if not episode.shots:
        return ""
    return tr("Episode {number} holds {count} shots; they go with it and leave the schedule.").format(
        number=episode.number, count=len(episode.shots))


_POSITIONS = {LabelPosition.START: QT_TRANSLATE_NOOP("Editors", "At the start"),
              LabelPosition.START_AND_END: QT_TRANSLATE_NOOP("Editors", "At the start and the end"),
              LabelPosition.THROUGHOUT: QT_TRANSLATE_NOOP("Editors", "Throughout")}

_LABELS = {"1": QT_TRANSLATE_NOOP("Editors", "1 · AI-generated or synthesised"),
           "2": QT_TRANSLATE_NOOP("Editors", "2 · May be AI-generated"),
           "3": QT_TRANSLATE_NOOP("Editors", "3 · Suspected AI-generated")}

EPISODES = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Episodes"),
    sections=[
        ("", (FieldSpec("number", QT_TRANSLATE_NOOP("Editors", "Number"), "int", minimum=1, maximum=9999),
              FieldSpec("title", QT_TRANSLATE_NOOP("Editors", "Title")),
              FieldSpec("notes", QT_TRANSLATE_NOOP("Editors", "Notes"), "text"))),
        (QT_TRANSLATE_NOOP("Editors", "AI content disclosure"), (
            FieldSpec("disclosure", QT_TRANSLATE_NOOP("Editors", "Label AI-generated content"), "presence",
                      factory=Disclosure),
            FieldSpec("disclosure.label_text", QT_TRANSLATE_NOOP("Editors", "Visible label")),
            FieldSpec("disclosure.position", QT_TRANSLATE_NOOP("Editors", "Shown"), "choice",
                      options=lambda _p: [(p, tr(text)) for p, text in _POSITIONS.items()]),
            FieldSpec("disclosure.start_s", QT_TRANSLATE_NOOP("Editors", "Label starts at"), "float", unit="s",
                      maximum=3600, decimals=1),
            FieldSpec("disclosure.duration_s", QT_TRANSLATE_NOOP("Editors", "Label lasts"), "float", unit="s",
                      maximum=3600, decimals=1),
            FieldSpec("disclosure.text_height_px", QT_TRANSLATE_NOOP("Editors", "Label text height"), "int",
                      unit="px", maximum=16384),
            FieldSpec("disclosure.metadata.Label", QT_TRANSLATE_NOOP("Editors", "AIGC Label (metadata)"), "choice",
                      options=lambda _p: [(value, tr(text)) for value, text in _LABELS.items()]),
            FieldSpec("disclosure.metadata.ContentProducer",
                      QT_TRANSLATE_NOOP("Editors", "Provider code, if no model names one (metadata)")),
            FieldSpec("disclosure.metadata.ProduceID", QT_TRANSLATE_NOOP("Editors", "Content id (metadata)")),
            FieldSpec("disclosure.metadata.ContentPropagator",
                      QT_TRANSLATE_NOOP("Editors", "Distributor (metadata)")),
            FieldSpec("disclosure.metadata.PropagateID", QT_TRANSLATE_NOOP("Editors", "Distribution id (metadata)")))),
    ],
    records=lambda project, _scope: project.episodes,
    label=_episode_label,
    new=_new_episode,
    add=edits.AddEpisode, update=edits.UpdateEpisode, remove=edits.RemoveEpisode,
    uses=_episode_uses,
    watches=("episodes",),
    note=QT_TRANSLATE_NOOP("Editors", "An episode with AI or hybrid shots needs a visible label from its first "
                                      "frame for at least 2 s, its text at least 5 % of the frame's shorter side, "
                                      "saying AI (or 人工智能) and 生成 (or 合成); and the AIGC metadata embedded in "
                                      "the delivered file, in ASCII codes. Each AI clip's provider code comes from the "
                                      "AI provider table in the project settings."),
)
