"""Shooting days, setups, and the planning and budget settings of a project."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .base import Id, Name, Record, Text


class Setup(Record):
    """Shots filmed from one camera position and lighting state, in shooting order."""

    id: Id
    shot_ids: list[Id] = Field(default_factory=list)
    label: Name = ""
    pinned: bool = False
    """Placed by the user: automatic planning never moves it."""
    notes: Text = ""


class SheetLine(Record):
    """One setup or one actor as an issued call sheet printed it: what it is, and when."""

    title: Name
    detail: Name = ""


class IssuedSheet(Record):
    """What a day's call sheet said when it was marked final, to print what changed since."""

    times: dict[Name, Name] = Field(default_factory=dict)
    """The date, locations and day times, by their printed label."""
    setups: dict[Id, SheetLine] = Field(default_factory=dict)
    cast: dict[Id, SheetLine] = Field(default_factory=dict)
    """Each actor called (by person id) and each role not cast yet (by character id)."""


class ShootingDay(Record):
    """One live-action shooting day and its ordered setups."""

    id: Id
    date: dt.date
    unit_call: dt.time = dt.time(7, 0)
    location_ids: list[Id] = Field(default_factory=list)
    setups: list[Setup] = Field(default_factory=list)
    weather: Text = ""
    notes: Text = ""
    final: bool = False
    """Marked final: call sheets drop the DRAFT watermark."""
    version: int = Field(default=1, ge=1)
    """The call sheet's version: the last one marked final, or the first draft."""
    issued: IssuedSheet | None = None
    """The call sheet as last marked final."""
    issued_before: IssuedSheet | None = None
    """The final version before that one, when marking final again changed the sheet."""


class PlanningSettings(Record):
    """Every number the automatic schedule uses; defaults follow common practice."""

    max_day_hours: float = Field(default=12.0, gt=0, le=24)
    meal_minutes: int = Field(default=60, ge=0)
    load_in_out_minutes: int = Field(default=60, ge=0)
    company_move_minutes: int = Field(default=60, ge=0)
    max_locations_per_day: int = Field(default=2, ge=1)
    min_turnaround_hours: float = Field(default=12.0, ge=0)
    takes_per_shot: int = Field(default=4, ge=1)
    duration_factor: float = Field(default=1.5, gt=0)
    reset_seconds: int = Field(default=60, ge=0)
    setup_minutes_static: int = Field(default=20, ge=0)
    setup_minutes_default: int = Field(default=30, ge=0)
    setup_minutes_rig: int = Field(default=45, ge=0)
    setup_minutes_effects: int = Field(default=60, ge=0)
    hair_makeup_minutes: int = Field(default=45, ge=0)
    wardrobe_minutes: int = Field(default=15, ge=0)
    buffer_minutes: int = Field(default=15, ge=0)
    release_minutes: int = Field(default=15, ge=0)
    daylight_margin_minutes: int = Field(default=30, ge=0)
    first_day: dt.date | None = None
    meal_within_hours: float = Field(default=6.0, gt=0, le=24)
    """The first meal comes no later than this many hours after the unit call, at a setup boundary."""
    breakfast_before_hour: int = Field(default=7, ge=0, le=24)
    """Breakfast is served before a unit call earlier than this hour (0: never)."""
    breakfast_minutes: int = Field(default=30, ge=0, le=240)
    """How long before the unit call breakfast is served."""


class BudgetSettings(Record):
    """Rates for the budget estimate; published 2025–26 figures, rounded, in the project currency."""

    currency: Name = "CNY"
    live_day_rate: float = Field(default=60_000, ge=0)
    ai_price_per_second: float = Field(default=1.2, ge=0)
    takes_establishing: float = Field(default=3, ge=0)
    takes_crowd_vfx: float = Field(default=4, ge=0)
    takes_dialogue: float = Field(default=8, ge=0)
    takes_prop_interaction: float = Field(default=10, ge=0)
    operator_rate_per_hour: float = Field(default=200, ge=0)
    operator_hours_per_shot: float = Field(default=0.5, ge=0)
    compositing_per_shot: float = Field(default=800, ge=0)
