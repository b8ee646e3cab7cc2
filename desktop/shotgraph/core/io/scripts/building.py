"""Turning a read script into a project: episodes, scenes, characters, locations, one shot per beat.

Shots are coded ``<scene>-<nn>`` (``3-01``), joined by cut edges in script order, live until
the director decides.
"""

from __future__ import annotations

import re

from shotgraph.core.model import (
    Character,
    CharacterInShot,
    Edge,
    EdgeKind,
    Episode,
    Language,
    Location,
    Project,
    Scene,
    Shot,
    new_id,
)

from .parsed import Beat, ParsedEpisode, ParsedScene, ParsedScript

_CHINESE = re.compile(r"[\u3400-\u9fff]")


def shot_code(scene_code: str, index: int) -> str:
    """The code of the ``index``-th (from 1) shot made from a scene."""
    return f"{scene_code}-{index:02d}"


class ScriptBuilder:
    """Builds one project, creating each character and location once, by name."""

    def __init__(self, title: str, language: Language) -> None:
        self.project = Project(id=new_id("pr"), title=title, language=language)
        self._characters: dict[str, str] = {}
        self._locations: dict[str, str] = {}
        self.cast: list[str] = []
        """Every character name of the script: an action shot shows those it mentions."""

    def build(self, script: ParsedScript) -> Project:
        self.cast = script_cast(script)
        for parsed in script.episodes:
            self.project.episodes.append(self.episode(parsed))
        return self.project

    def episode(self, parsed: ParsedEpisode) -> Episode:
        episode = Episode(id=new_id("ep"), number=parsed.number, title=parsed.title)
        codes: set[str] = set()
        for parsed_scene in parsed.scenes:
            scene = self.scene(parsed_scene, {s.code for s in episode.scenes})
            episode.scenes.append(scene)
            for name in parsed_scene.characters:
                self.character(name)
            for index, beat in enumerate(parsed_scene.beats, start=1):
                code = _unique(shot_code(scene.code, index), codes)
                episode.shots.append(self.shot(beat, code, scene))
        episode.edges = [Edge(id=new_id("ed"), kind=EdgeKind.CUT, source=a.id, target=b.id)
                         for a, b in zip(episode.shots, episode.shots[1:], strict=False)]
        return episode

    def scene(self, parsed: ParsedScene, taken: set[str]) -> Scene:
        location_id = self.location(parsed.location) if parsed.location else None
        return Scene(id=new_id("sc"), code=_unique(parsed.code, taken), heading=parsed.heading,
                     location_id=location_id, int_ext=parsed.int_ext, time_of_day=parsed.time_of_day,
                     notes="\n".join(parsed.notes))

    def shot(self, beat: Beat, code: str, scene: Scene) -> Shot:
        description, dialogue, visible = beat_fields(beat, self.cast)
        characters = [CharacterInShot(character_id=self.character(name)) for name in visible]
        return Shot(id=new_id("sh"), code=code, scene_id=scene.id, characters=characters,
                    description=description, dialogue=dialogue)

    def character(self, name: str) -> str:
        if name not in self._characters:
            self._characters[name] = new_id("ch")
            self.project.characters.append(Character(id=self._characters[name], name=name))
        return self._characters[name]

    def location(self, name: str) -> str:
        if name not in self._locations:
            self._locations[name] = new_id("lo")
            self.project.locations.append(Location(id=self._locations[name], name=name))
        return self._locations[name]


def beat_fields(beat: Beat, cast: list[str]) -> tuple[str, str, list[str]]:
    """A beat's shot description, dialogue and the names of the characters it shows.

    A dialogue shot shows its speaker unless the voice is off screen; an action shot shows
    every character of ``cast`` it names.
    """
    if not beat.is_dialogue:
        return beat.text, "", [name for name in cast if _names(name, beat.text)]
    opening, closing, colon = ("（", "）", "：") if _CHINESE.search(beat.speaker) else (" (", ")", ": ")
    description = f"{opening}{beat.parenthetical}{closing}".strip() if beat.parenthetical else ""
    voice = f"{opening}{beat.off_screen}{closing}" if beat.off_screen else ""
    return description, f"{beat.speaker}{voice}{colon}{beat.text}", [] if beat.off_screen else [beat.speaker]


def script_cast(script: ParsedScript) -> list[str]:
    """Every character name of the script, in order of appearance."""
    return list(dict.fromkeys(name for e in script.episodes for s in e.scenes for name in s.characters))


def _names(name: str, text: str) -> bool:
    """Whether ``text`` mentions the character: anywhere for Chinese, as a whole word (any case) otherwise."""
    if _CHINESE.search(name):
        return name in text
    return re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


def _unique(code: str, taken: set[str]) -> str:
    """``code``, or ``code`` with a letter added when a script repeats a number (3, 3B, 3C …)."""
    candidate, letter = code, ord("B")
    while candidate in taken:
        candidate, letter = f"{code}{chr(letter)}", letter + 1
    taken.add(candidate)
    return candidate
