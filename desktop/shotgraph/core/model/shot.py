"""A shot: the node of the shot graph, with everything the rules, exports and crews read."""

from __future__ import annotations

from pydantic import Field, field_validator

from .base import Id, MediaPath, Name, Record, Seed, Text
from .enums import (
    Angle,
    Direction,
    Intent,
    IntExt,
    Look,
    Mode,
    Movement,
    ScreenPos,
    ShotSize,
    Side,
    TimeOfDay,
)


class Camera(Record):
    """Framing and camera of a shot; every part may still be undecided (None)."""

    size: ShotSize | None = None
    angle: Angle | None = None
    movement: Movement | None = None
    side: Side | None = None
    lens_mm: float | None = Field(default=None, gt=0, le=2000)


class CharacterInShot(Record):
    """A character as it appears in one shot."""

    character_id: Id
    position: ScreenPos | None = None
    look: Look | None = None
    motion: Direction | None = None
    wardrobe_id: Id | None = None


class PropInShot(Record):
    """A prop seen in a shot and its state there (``茶杯=满``)."""

    prop_id: Id
    state: Name | None = None


class Provenance(Record):
    """Where a generated take came from: the server, the job, the workflow and what it cost."""

    server: Name = ""
    prompt_id: Name = ""
    workflow: Name = ""
    workflow_sha256: Name = ""
    model: Name = ""
    started: Name = ""
    """ISO 8601 time the draw was queued."""
    finished: Name = ""
    compute_seconds: float = Field(default=0.0, ge=0)
    cost: float = Field(default=0.0, ge=0)


class Take(Record):
    """One candidate generation of an AI or hybrid shot."""

    id: Id
    image: MediaPath | None = None
    video: MediaPath | None = None
    seed: Seed | None = None
    note: Text = ""
    provenance: Provenance | None = None
    """Set on takes brought back from the generator."""


class AIGeneration(Record):
    """What the AI production line needs to generate a shot or its plate."""

    model: Name | None = None
    style: Name | None = None
    seed: Seed | None = None
    refs: dict[Id, Name] = Field(default_factory=dict)
    """Identity reference used per character id (image set, LoRA)."""
    prompt: Text = ""
    negative_prompt: Text = ""
    """What the generator should avoid, sent to the workflow's negative text encoder."""
    takes: list[Take] = Field(default_factory=list)
    chosen_take_id: Id | None = None
    takes_tried: int = Field(default=0, ge=0)

    def chosen_take(self) -> Take | None:
        """The take circled for the cut, if any."""
        return next((t for t in self.takes if t.id == self.chosen_take_id), None)


class SketchLayer(Record):
    """One drawing layer of a storyboard panel (reference, sketch, notes)."""

    name: Name
    image: MediaPath | None = None
    opacity: float = Field(default=1.0, ge=0, le=1)
    visible: bool = True


class CanvasPos(Record):
    """Where the user placed the shot's card on the graph canvas."""

    x: float
    y: float


class Shot(Record):
    """A shot of an episode.

    Location, INT/EXT, time of day and story day default to the scene's; a value
    here overrides it for this shot only (a cutaway, an insert shot elsewhere).
    """

    id: Id
    code: Name = Field(min_length=1)
    scene_id: Id
    mode: Mode = Mode.LIVE
    camera: Camera = Field(default_factory=Camera)
    duration_s: float | None = Field(default=None, ge=0, le=36_000)
    characters: list[CharacterInShot] = Field(default_factory=list)
    props: list[PropInShot] = Field(default_factory=list)
    dialogue: Text = ""
    description: Text = ""
    emotion: int | None = Field(default=None, ge=0, le=3)
    location_id: Id | None = None
    int_ext: IntExt | None = None
    time_of_day: TimeOfDay | None = None
    story_day: int | None = Field(default=None, ge=0)
    ai: AIGeneration = Field(default_factory=AIGeneration)
    plate_asset: Name | None = None
    fg_kelvin: float | None = Field(default=None, gt=0, le=100_000)
    plate_kelvin: float | None = Field(default=None, gt=0, le=100_000)
    setup_code: Name | None = None
    intent: list[Intent] = Field(default_factory=list)
    aspect: Name | None = None
    fps: float | None = Field(default=None, gt=0, le=1000)
    frame: MediaPath | None = None
    layers: list[SketchLayer] = Field(default_factory=list)
    canvas: CanvasPos | None = None
    notes: Text = ""
    extra: dict[Name, Text] = Field(default_factory=dict)
    """Columns of an imported shot list that ShotGraph does not know, kept for export."""

    @field_validator("intent")
    @classmethod
    def _sorted_unique_intents(cls, value: list[Intent]) -> list[Intent]:
        return sorted(set(value))

    def character(self, character_id: str) -> CharacterInShot | None:
        """This shot's entry for a character, if the character is in it."""
        return next((c for c in self.characters if c.character_id == character_id), None)
