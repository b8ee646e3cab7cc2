"""The ShotGraph project model (pydantic): what a ``.shotgraph`` file holds."""

from .base import Id, MediaPath, Record, new_id
from .cast import Character, Location, Person, Prop, WardrobeLook
from .enums import (
    Angle,
    Department,
    Direction,
    EdgeKind,
    Intent,
    IntExt,
    LabelPosition,
    Language,
    Look,
    Mode,
    Movement,
    ScreenPos,
    ShotSize,
    Side,
    TimeOfDay,
)
from .episode import AIGCMetadata, Disclosure, Edge, Episode, Scene, called_characters
from .generation import Binding, GenerationSettings, PendingJob, Role, WorkflowTemplate
from .integrity import Problem, find_problems
from .production import BudgetSettings, IssuedSheet, PlanningSettings, Setup, SheetLine, ShootingDay
from .project import SCHEMA_VERSION, AIProvider, DeliveryFormat, Project, Waiver, model_key
from .shot import (
    AIGeneration,
    Camera,
    CanvasPos,
    CharacterInShot,
    PropInShot,
    Provenance,
    Shot,
    SketchLayer,
    Take,
)

__all__ = [
    "SCHEMA_VERSION", "AIGCMetadata", "AIGeneration", "AIProvider", "Angle", "BudgetSettings", "Camera",
    "CanvasPos", "Character", "CharacterInShot", "DeliveryFormat", "Department", "Direction",
    "Disclosure", "Edge", "EdgeKind", "Episode", "Id", "IntExt", "Intent", "IssuedSheet", "LabelPosition",
    "Language", "Location", "Look", "MediaPath", "Mode", "Movement", "Person", "PlanningSettings",
    "Problem", "Project", "Prop", "PropInShot", "Record", "Scene", "ScreenPos", "Setup",
    "SheetLine", "ShootingDay", "Shot", "ShotSize", "Side", "SketchLayer", "Take", "TimeOfDay", "WardrobeLook",
    "Waiver", "Binding", "GenerationSettings", "PendingJob", "Provenance", "Role", "WorkflowTemplate",
    "called_characters", "find_problems", "model_key", "new_id",
]
