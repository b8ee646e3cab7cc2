"""What a new scene or episode is called before the user says otherwise, and how a heading reads.

Plain functions over the model, so the dialogs prefill the likely answer (after scene 2
comes scene 3) and the tests can check it without a window.
"""

from __future__ import annotations

import re

from shotgraph.core.model import Episode, IntExt, Language, Project, TimeOfDay

_NUMBERED = re.compile(r"^(.*?)(\d+)([^\d]*)$")

_INT_EXT_HEADINGS = {IntExt.INT: "INT.", IntExt.EXT: "EXT.", IntExt.INT_EXT: "INT./EXT."}
_TIME_WORDS = {
    Language.ZH: {TimeOfDay.DAWN: "黎明", TimeOfDay.DAY: "日", TimeOfDay.DUSK: "黄昏", TimeOfDay.NIGHT: "夜"},
    Language.EN: {TimeOfDay.DAWN: "DAWN", TimeOfDay.DAY: "DAY", TimeOfDay.DUSK: "DUSK", TimeOfDay.NIGHT: "NIGHT"},
}
"""Headings are part of the project, written in the project's language (as its scripts are)."""


def next_scene_code(episode: Episode | None) -> str:
    """The code after the highest numbered one: 3 after 2, 1-4 after 1-3, 5 after 4B; 1 in an empty episode."""
    codes = {scene.code for scene in episode.scenes} if episode else set()
    best: tuple[int, str] | None = None
    for code in codes:
        match = _NUMBERED.match(code)
        if match and (best is None or int(match.group(2)) >= best[0]):
            best = (int(match.group(2)), match.group(1))
    number, prefix = best if best else (0, "")
    candidate = f"{prefix}{number + 1}"
    while candidate in codes:
        number += 1
        candidate = f"{prefix}{number + 1}"
    return candidate


def next_episode_number(project: Project | None) -> int:
    """One more than the highest episode number (1 in a project without episodes)."""
    return max((episode.number for episode in project.episodes), default=0) + 1 if project else 1


def compose_heading(int_ext: IntExt | None, location: str, time_of_day: TimeOfDay | None,
                    language: Language = Language.ZH) -> str:
    """A screenplay heading from its parts: ``INT. 咖啡馆 — 夜``; empty when no part is given."""
    place = " ".join(part for part in (_INT_EXT_HEADINGS.get(int_ext, "") if int_ext else "", location) if part)
    time = _TIME_WORDS[language][time_of_day] if time_of_day else ""
    return " — ".join(part for part in (place, time) if part)
