"""Live-action planning: setup estimates, a day's timeline and call times, sun times.

Pure Python (no Qt). The rules of the schedule family read these estimates, and the
automatic planner, the call sheet and the budget build on the same numbers, so a
day is never estimated two different ways (docs/schedule.md).
"""

from .estimate import DEFAULT_SHOT_SECONDS, Complexity, base_minutes, complexity, setup_minutes, shot_minutes
from .sun import SunTimes, sun_times
from .timeline import ActorDay, DayTimeline, SetupTime, actor_days, day_timeline, turnaround

__all__ = [
    "DEFAULT_SHOT_SECONDS", "ActorDay", "Complexity", "DayTimeline", "SetupTime", "SunTimes",
    "actor_days", "base_minutes", "complexity", "day_timeline", "setup_minutes", "shot_minutes",
    "sun_times", "turnaround",
]
