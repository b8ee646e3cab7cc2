"""The table a shot-list export writes: one row per shot, episodes by number, shots in episode order.

Values are the canonical English spellings (``live``, ``EWS``, ``L`` …) whichever header
language is chosen, so any tool reading the format can read them back.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from shotgraph.core.graph import episode_order
from shotgraph.core.model import EdgeKind, Episode, Project, Shot

from .columns import COLUMNS, is_known_header
from .values import plain_number

HEADER_LANGUAGES = ("en", "zh")


def shotlist_table(project: Project, headers: str = "en") -> tuple[list[str], list[list[str]]]:
    """The header row (English names or Chinese aliases) and one row of cells per shot."""
    if headers not in HEADER_LANGUAGES:
        raise ValueError(f"headers must be one of {HEADER_LANGUAGES}, not {headers!r}")
    # An extra named like a known column could not be read back as itself, so it is left out.
    extra = list(dict.fromkeys(key for episode in project.episodes for shot in episode.shots for key in shot.extra))
    names = [column.name if headers == "en" else column.zh_header for column in COLUMNS]
    extra = [key for key in extra if key.strip() and not is_known_header(key)]
    rows: list[list[str]] = []
    names_of = _Names(project)
    for episode in sorted(project.episodes, key=lambda e: e.number):
        rows.extend(_EpisodeRows(names_of, episode).rows(extra))
    return names + extra, rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float):
        return plain_number(value)
    return str(value)


class _Names:
    """Names of the project's shared records by id."""

    def __init__(self, project: Project) -> None:
        self.location = {loc.id: loc.name for loc in project.locations}
        self.character = {c.id: c.name for c in project.characters}
        self.prop = {p.id: p.name for p in project.props}
        self.look = {w.id: w.name for w in project.wardrobe}


class _EpisodeRows:
    """The rows of one episode, with what a row needs to know about its neighbours."""

    def __init__(self, names: _Names, episode: Episode) -> None:
        self.names = names
        self.episode = episode
        self.order = episode_order(episode)
        self.previous = {shot.id: before.id for before, shot in zip(self.order, self.order[1:], strict=False)}
        self.scenes = {scene.id: scene for scene in episode.scenes}
        self.codes = {shot.id: shot.code for shot in episode.shots}
        self.cuts: dict[str, list[str]] = {}
        self.plates: dict[str, str] = {}
        for edge in episode.edges:
            if edge.source not in self.codes or edge.target not in self.codes:
                continue
            if edge.kind == EdgeKind.CUT:
                self.cuts.setdefault(edge.target, []).append(edge.source)
            elif edge.kind == EdgeKind.PLATE:
                self.plates.setdefault(edge.target, edge.source)

    def rows(self, extra: list[str]) -> list[list[str]]:
        return [[_text(cell(self, shot)) for cell in _CELLS.values()] + [shot.extra.get(key, "") for key in extra]
                for shot in self.order]

    def after(self, shot: Shot) -> str:
        """Blank when the shot follows exactly the previous row, ``-`` when it follows nothing."""
        sources = list(dict.fromkeys(self.cuts.get(shot.id, [])))
        previous = self.previous.get(shot.id)
        if previous is not None and sources == [previous]:
            return ""
        if not sources:
            return "-" if previous is not None else ""
        return "; ".join(self.codes[source] for source in sources)

    def place(self, shot: Shot, attribute: str) -> object:
        """The shot's own place or time, else its scene's."""
        value = getattr(shot, attribute)
        scene = self.scenes.get(shot.scene_id)
        return value if value is not None or scene is None else getattr(scene, attribute)

    def cast(self, shot: Shot) -> str:
        entries = []
        for entry in shot.characters:
            text = self.names.character.get(entry.character_id, "")
            text += f"@{_text(entry.position)}" if entry.position else ""
            entries.append(text + (f">{_text(entry.look)}" if entry.look else ""))
        return "; ".join(entries)

    def motion(self, shot: Shot) -> str:
        return "; ".join(f"{self.names.character.get(c.character_id, '')}>{_text(c.motion)}"
                         for c in shot.characters if c.motion)

    def wardrobe(self, shot: Shot) -> str:
        return "; ".join(f"{self.names.character.get(c.character_id, '')}={self.names.look.get(c.wardrobe_id, '')}"
                         for c in shot.characters if c.wardrobe_id)

    def props(self, shot: Shot) -> str:
        return "; ".join(self.names.prop.get(p.prop_id, "") + (f"={p.state}" if p.state else "") for p in shot.props)

    def refs(self, shot: Shot) -> str:
        return "; ".join(f"{self.names.character.get(cid, '')}={ref}" for cid, ref in shot.ai.refs.items())

    def location(self, shot: Shot) -> str | None:
        """The name of the shot's own location, else its scene's."""
        location_id = self.place(shot, "location_id")
        return self.names.location.get(location_id) if isinstance(location_id, str) else None

    def plate(self, shot: Shot) -> str:
        if shot.id in self.plates:
            return self.codes[self.plates[shot.id]]
        return f"asset:{shot.plate_asset}" if shot.plate_asset else ""


# One cell function per column, in the order of COLUMNS (the header row).
_CELLS: dict[str, Callable[[_EpisodeRows, Shot], object]] = {
    "episode": lambda rows, shot: rows.episode.number,
    "scene": lambda rows, shot: getattr(rows.scenes.get(shot.scene_id), "code", ""),
    "shot": lambda rows, shot: shot.code,
    "mode": lambda rows, shot: shot.mode,
    "location": lambda rows, shot: rows.location(shot),
    "int_ext": lambda rows, shot: rows.place(shot, "int_ext"),
    "time": lambda rows, shot: rows.place(shot, "time_of_day"),
    "size": lambda rows, shot: shot.camera.size,
    "angle": lambda rows, shot: shot.camera.angle,
    "movement": lambda rows, shot: shot.camera.movement,
    "side": lambda rows, shot: shot.camera.side,
    "lens": lambda rows, shot: shot.camera.lens_mm,
    "duration": lambda rows, shot: shot.duration_s,
    "characters": _EpisodeRows.cast,
    "motion": _EpisodeRows.motion,
    "wardrobe": _EpisodeRows.wardrobe,
    "props": _EpisodeRows.props,
    "story_day": lambda rows, shot: rows.place(shot, "story_day"),
    "emotion": lambda rows, shot: shot.emotion,
    "dialogue": lambda rows, shot: shot.dialogue,
    "description": lambda rows, shot: shot.description,
    "ai_model": lambda rows, shot: shot.ai.model,
    "ai_style": lambda rows, shot: shot.ai.style,
    "ai_seed": lambda rows, shot: shot.ai.seed,
    "ai_refs": _EpisodeRows.refs,
    "ai_prompt": lambda rows, shot: shot.ai.prompt,
    "plate": _EpisodeRows.plate,
    "fg_kelvin": lambda rows, shot: shot.fg_kelvin,
    "plate_kelvin": lambda rows, shot: shot.plate_kelvin,
    "setup": lambda rows, shot: shot.setup_code,
    "after": _EpisodeRows.after,
    "intent": lambda rows, shot: "; ".join(_text(flag) for flag in shot.intent),
    "notes": lambda rows, shot: shot.notes,
}
