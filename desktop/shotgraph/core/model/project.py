"""The project: the root of a ``.shotgraph`` file."""

from __future__ import annotations

from pydantic import Field, field_validator

from .base import Id, MediaPath, Name, Record, Text
from .cast import Character, Location, Person, Prop, WardrobeLook
from .enums import Department, Language
from .episode import Episode
from .generation import GenerationSettings
from .production import BudgetSettings, PlanningSettings, ShootingDay

SCHEMA_VERSION = 5
"""Version of the project file format this ShotGraph writes."""


class DeliveryFormat(Record):
    """What the platform receives: vertical 9:16 at 1080×1920 unless set otherwise."""

    aspect: Name = Field(default="9:16", pattern=r"^\d{1,4}:\d{1,4}$")
    width: int = Field(default=1080, ge=16, le=16384)
    height: int = Field(default=1920, ge=16, le=16384)
    fps: float = Field(default=25.0, gt=0, le=1000)


class AIProvider(Record):
    """An AI model the production generates with, and the service provider behind it."""

    model: Name = Field(min_length=1)
    """The model's name as shots name it (``Kling 2.1``); matched ignoring case and outer spaces."""
    provider: Name = ""
    """The generation service provider's name (a company)."""
    code: Name = ""
    """The provider's code, written as ``ContentProducer`` in the implicit AI-content label."""


class Waiver(Record):
    """A finding the user accepted, with a note; tied to the values that raised it."""

    id: Id
    rule: Name
    fingerprint: Name
    shots: list[Name] = Field(default_factory=list)
    """Shot codes of the finding, kept for display after the shots change."""
    note: Text = ""
    created: Name = ""
    """ISO 8601 time the waiver was made."""


class Project(Record):
    """A whole series: settings, people and things, episodes, shooting days and waivers."""

    schema_version: int = SCHEMA_VERSION
    id: Id
    title: Name = ""
    language: Language = Language.ZH
    delivery: DeliveryFormat = Field(default_factory=DeliveryFormat)
    planning: PlanningSettings = Field(default_factory=PlanningSettings)
    budget: BudgetSettings = Field(default_factory=BudgetSettings)
    characters: list[Character] = Field(default_factory=list)
    wardrobe: list[WardrobeLook] = Field(default_factory=list)
    props: list[Prop] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    episodes: list[Episode] = Field(default_factory=list)
    days: list[ShootingDay] = Field(default_factory=list)
    waivers: list[Waiver] = Field(default_factory=list)
    production_office: Text = ""
    """The production office's address and phone, printed on call sheets."""
    logo: MediaPath | None = None
    """The production's logo, printed on call sheets."""
    walkie_channels: dict[Department, Name] = Field(default_factory=dict)
    """The walkie-talkie channel of each department, printed on call sheets."""
    registration_number: Name = ""
    """The drama's licence or registration (备案) number, shown in the opening titles."""
    ai_providers: list[AIProvider] = Field(default_factory=list)
    """Which service provider stands behind each AI model the shots use."""
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    """The generator server, workflow templates, cost rates and draws in flight."""
    notes: Text = ""

    @field_validator("ai_providers")
    @classmethod
    def _one_entry_per_model(cls, value: list[AIProvider]) -> list[AIProvider]:
        seen: set[str] = set()
        for entry in value:
            key = model_key(entry.model)
            if key in seen:
                raise ValueError(f"the AI model {entry.model!r} is listed twice")
            seen.add(key)
        return value


def model_key(model: str) -> str:
    """How AI model names are compared: ignoring case and outer spaces."""
    return model.strip().casefold()
