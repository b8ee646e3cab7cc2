"""The budget estimate per episode and mode, and the "what if" of a selection (docs/schedule.md).

Every rate is a project setting (BudgetSettings); the results are estimates.

- Live: the shot's share of a shooting day × (day rate + the day rates of the actors it
  shows). Its share is its minutes on set over a day's working capacity; a scheduled
  shot gets its share of its setup's minutes, an unscheduled one is costed as its own setup.
- AI: seconds × price per generated second × expected takes (or the takes already tried,
  when more), plus operator hours.
- Hybrid: the green-screen shoot costed as live (the settings carry one day rate, which
  covers crew, kit and location), the plate generated as AI (an establishing shot's
  takes; none when another shot supplies the plate), and compositing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from shotgraph.core.model import EdgeKind, Episode, Mode, Project, Scene, Shot, called_characters

from .estimate import DEFAULT_SHOT_SECONDS, Complexity, complexity, setup_minutes, shot_minutes


def money(amount: float, currency: str, decimals: int = 0) -> str:
    """An amount with its currency's symbol (``¥1,200``), or the currency code before it."""
    symbol = {"CNY": "¥", "USD": "$", "EUR": "€"}.get(currency, f"{currency} ")
    return f"{symbol}{amount:,.{decimals}f}"


@dataclass(frozen=True)
class ModeCost:
    """Shots, screen seconds and estimated cost of one mode."""

    shots: int = 0
    seconds: float = 0.0
    cost: float = 0.0

    def plus(self, seconds: float, cost: float) -> ModeCost:
        return ModeCost(self.shots + 1, self.seconds + seconds, self.cost + cost)


@dataclass(frozen=True)
class EpisodeBudget:
    """One episode's estimate, by mode."""

    number: int
    title: str
    by_mode: dict[Mode, ModeCost] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(cost.cost for cost in self.by_mode.values())


def expected_takes(shot: Shot, project: Project) -> float:
    """Generations an AI shot usually needs ("card draws"), by what it shows."""
    rates = project.budget
    if shot.characters and shot.props:
        return rates.takes_prop_interaction
    if shot.characters:
        return rates.takes_dialogue
    if complexity(shot) is Complexity.EFFECTS:
        return rates.takes_crowd_vfx
    return rates.takes_establishing


def seconds_of(shot: Shot) -> float:
    return DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s


class BudgetEstimator:
    """Costs shots of one project in any mode; reads the schedule, the cast rates and the plate edges
    once, when first needed (what generating an AI shot should cost needs none of them)."""

    def __init__(self, project: Project, plated: Collection[str] | None = None) -> None:
        """``plated``: the shots whose plate another shot supplies, when the caller already knows them
        (a rule reading one episode); else they are read from every episode's plate edges."""
        self.project = project
        planning = project.planning
        self._capacity = max(1.0, planning.max_day_hours * 60 - planning.meal_minutes
                             - planning.load_in_out_minutes)
        self._given_plated = plated

    @cached_property
    def _shots(self) -> dict[str, Shot]:
        return {s.id: s for e in self.project.episodes for s in e.shots}

    @cached_property
    def _scenes(self) -> dict[str, Scene]:
        return {s.id: s for e in self.project.episodes for s in e.scenes}

    @cached_property
    def _setup_minutes(self) -> dict[str, float]:
        return self._scheduled_minutes()

    @cached_property
    def _actor_rates(self) -> dict[str, float]:
        return self._character_rates()

    @cached_property
    def _plated(self) -> Collection[str]:
        if self._given_plated is not None:
            return self._given_plated
        return {edge.target for e in self.project.episodes for edge in e.edges if edge.kind is EdgeKind.PLATE}

    def _scheduled_minutes(self) -> dict[str, float]:
        """Each scheduled shot's share of its setup's minutes, by shot id."""
        settings, minutes = self.project.planning, {}
        for day in self.project.days:
            for setup in day.setups:
                shots = [self._shots[i] for i in setup.shot_ids if i in self._shots]
                own = {s.id: shot_minutes(s, settings) for s in shots}
                total, whole = sum(own.values()), setup_minutes(shots, settings)
                for shot_id, part in own.items():
                    minutes[shot_id] = whole * part / total if total else 0.0
        return minutes

    def _character_rates(self) -> dict[str, float]:
        people = {p.id: p.day_rate or 0.0 for p in self.project.people}
        return {c.id: people.get(c.actor_id, 0.0) for c in self.project.characters if c.actor_id}

    def cost(self, shot: Shot, mode: Mode | None = None) -> float:
        """The estimated cost of ``shot`` made as ``mode`` (its own mode when None)."""
        mode = shot.mode if mode is None else mode
        if mode is Mode.LIVE:
            return self.live_cost(shot)
        if mode is Mode.AI:
            return self.generation_cost(shot, max(expected_takes(shot, self.project), shot.ai.takes_tried))
        return self.live_cost(shot) + self._plate_cost(shot) + self.project.budget.compositing_per_shot

    def generation_estimate(self, shot: Shot) -> float:
        """What generating the shot as planned is expected to cost: an AI shot's whole estimate, a
        hybrid shot's plate (nothing when another shot supplies it), nothing for a live shot."""
        if shot.mode is Mode.AI:
            return self.cost(shot)
        return self._plate_cost(shot) if shot.mode is Mode.HYBRID else 0.0

    def _plate_cost(self, shot: Shot) -> float:
        """A hybrid shot's plate generated with an establishing shot's takes; none when it is plated."""
        return 0.0 if shot.id in self._plated else self.generation_cost(shot, self.project.budget.takes_establishing)

    def live_cost(self, shot: Shot) -> float:
        minutes = self._setup_minutes.get(shot.id)
        if minutes is None:
            minutes = setup_minutes([shot], self.project.planning)
        called = called_characters(shot, self._scenes.get(shot.scene_id))
        cast = sum(self._actor_rates.get(character_id, 0.0) for character_id in called)
        return minutes / self._capacity * (self.project.budget.live_day_rate + cast)

    def generation_cost(self, shot: Shot, takes: float) -> float:
        """Generating ``takes`` versions of the shot, plus the operator's time; nothing for no takes."""
        if not takes:
            return 0.0
        rates = self.project.budget
        return (seconds_of(shot) * rates.ai_price_per_second * takes
                + rates.operator_rate_per_hour * rates.operator_hours_per_shot)

    def episodes(self) -> list[EpisodeBudget]:
        """Every episode's estimate by mode, as the shots are planned now."""
        return [self.episode_budget(episode) for episode in self.project.episodes]

    def episode_budget(self, episode: Episode) -> EpisodeBudget:
        """One episode's estimate by mode. Besides its own shots and scenes it reads the project's
        settings, cast rates and schedule (a setup may mix episodes), so it changes with those too."""
        by_mode = {mode: ModeCost() for mode in Mode}
        for shot in episode.shots:
            by_mode[shot.mode] = by_mode[shot.mode].plus(seconds_of(shot), self.cost(shot))
        return EpisodeBudget(episode.number, episode.title, by_mode)

    def what_if(self, shots: Iterable[Shot]) -> dict[str, float]:
        """The chosen shots' cost as planned, and all made live, all AI and all hybrid."""
        shots = list(shots)
        result = {"planned": sum(self.cost(s) for s in shots)}
        for mode in Mode:
            result[mode.value] = sum(self.cost(s, mode) for s in shots)
        return result
