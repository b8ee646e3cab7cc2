"""Episodes, their scenes, the cut/plate/alt edges between shots, and AI disclosure."""

from __future__ import annotations

from pydantic import Field

from .base import Id, Name, Record, Text
from .enums import EdgeKind, IntExt, LabelPosition, TimeOfDay
from .shot import Shot


class AIGCMetadata(Record):
    """The implicit label embedded in a delivered file's metadata (the ``AIGC`` fields)."""

    Label: Name = "1"
    ContentProducer: Name = ""
    ProduceID: Name = ""
    ReservedCode1: Name = ""
    ContentPropagator: Name = ""
    PropagateID: Name = ""
    ReservedCode2: Name = ""


class Disclosure(Record):
    """How an episode labels its AI-generated content to the audience."""

    label_text: Name = Field(default="本片部分内容由AI生成", min_length=1)
    position: LabelPosition = LabelPosition.START
    start_s: float = Field(default=0.0, ge=0, le=36_000)
    """When the label first shows, in seconds from the episode's first frame."""
    duration_s: float = Field(default=3.0, ge=0)
    text_height_px: int = Field(default=60, ge=0, le=16384)
    """Height of the label's text in the delivered frame, in pixels."""
    metadata: AIGCMetadata = Field(default_factory=AIGCMetadata)


class Scene(Record):
    """A scene of an episode; its shots default to its location, INT/EXT, time and story day."""

    id: Id
    code: Name = Field(min_length=1)
    """The scene id users see and type: ``3``, ``3A``, ``1-3``."""
    heading: Name = ""
    location_id: Id | None = None
    int_ext: IntExt | None = None
    time_of_day: TimeOfDay | None = None
    story_day: int | None = Field(default=None, ge=0)
    cast: list[Id] = Field(default_factory=list)
    """The characters present, speaking or not: the actors a call sheet calls for the scene."""
    extras: int = Field(default=0, ge=0)
    """Background performers (群演) the scene needs, counted for the call sheet."""
    notes: Text = ""


def called_characters(shot: Shot, scene: Scene | None) -> list[Id]:
    """Ids of the characters a shot calls to set: its scene's cast, then those drawn in it, each once."""
    ids = [*(scene.cast if scene is not None else ()), *(entry.character_id for entry in shot.characters)]
    return list(dict.fromkeys(ids))


class Edge(Record):
    """A directed link between two shots of one episode.

    cut: target follows source on screen. plate: source supplies the background plate
    of the hybrid target. alt: target is an alternative take of the source's slot.
    """

    id: Id
    kind: EdgeKind
    source: Id
    target: Id


class Episode(Record):
    """One episode: scenes, shots in creation order, and the edges that make its graph."""

    id: Id
    number: int = Field(ge=1)
    title: Name = ""
    disclosure: Disclosure | None = None
    scenes: list[Scene] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    notes: Text = ""
