"""The last part of step 3: local moves and swaps that bring each actor in on fewer days.

After greedy packing, neighbouring days of one kind trade setups of the same location
when that lowers the total of actor-days (Σ over actors of the days they work), and a
setup moves to a neighbouring day that already films its location when that lowers it.
Every trade must leave both days passing the planner's checks (capacity, locations,
light), so the greedy plan's guarantees hold after it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .setups import PlannedSetup

REACH = 3
"""How many following days a day trades with: a location's days are next to each other."""

MAX_ROUNDS = 4
"""Trades between two days stop after this many improving rounds (each saves an actor-day)."""

Fits = Callable[[list[PlannedSetup], int], bool]
"""Whether these setups make a valid day at this position of the plan."""


def fewer_actor_days(days: list[list[PlannedSetup]], fits: Fits) -> list[list[PlannedSetup]]:
    """The days after improving trades between neighbours; days left empty are dropped."""
    for i in range(len(days)):
        for j in range(i + 1, min(i + 1 + REACH, len(days))):
            for _ in range(MAX_ROUNDS):
                if not (_move_one(days, i, j, fits) or _move_one(days, j, i, fits) or _swap_one(days, i, j, fits)):
                    break
    return [day for day in days if day]


def actor_day_total(days: list[list[PlannedSetup]]) -> int:
    """Σ over actors of the number of days they work."""
    return sum(len(_actors(day)) for day in days)


def _actors(day: list[PlannedSetup]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for setup in day:
        counts.update(setup.actors)
    return counts


def _locations(day: list[PlannedSetup]) -> set[str | None]:
    return {setup.key.location_id for setup in day}


def _move_one(days: list[list[PlannedSetup]], source: int, target: int, fits: Fits) -> bool:
    """Move one setup from ``source`` to ``target`` where that saves actor-days; True if one moved."""
    here, there = _actors(days[source]), _actors(days[target])
    places = _locations(days[target])
    for setup in days[source]:
        if setup.key.location_id not in places or not setup.actors:
            continue
        saved = sum(here[a] == 1 for a in setup.actors) - sum(there[a] == 0 for a in setup.actors)
        if saved > 0 and fits([*days[target], setup], target):
            days[source].remove(setup)
            days[target].append(setup)
            return True
    return False


def _swap_one(days: list[list[PlannedSetup]], i: int, j: int, fits: Fits) -> bool:
    """Swap two setups of one location between days i and j where that saves actor-days."""
    first, second = days[i], days[j]
    shared = _locations(first) & _locations(second)
    if not shared:
        return False
    before = len(_actors(first)) + len(_actors(second))
    for a in (s for s in first if s.key.location_id in shared):
        for b in (s for s in second if s.key.location_id == a.key.location_id and s.actors != a.actors):
            new_first = [b if s is a else s for s in first]
            new_second = [a if s is b else s for s in second]
            if len(_actors(new_first)) + len(_actors(new_second)) < before and \
                    fits(new_first, i) and fits(new_second, j):
                days[i], days[j] = new_first, new_second
                return True
    return False
