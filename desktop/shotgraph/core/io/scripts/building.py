"""Turning a read script into a project: episodes, scenes, characters, locations, one shot per beat.

Shots are coded ``<scene>-<nn>`` (``3-01``), joined by cut edges in script order, live until
the director decides. Every text is checked against what its project field holds before the
field is made, so a script never makes a project ShotGraph would refuse to open.
"""

from __future__ import annotations

import re

from shotgraph.core.model import (
    Camera,
    Character,
    CharacterInShot,
    Edge,
    EdgeKind,
    Episode,
    Intent,
    Language,
    Location,
    Project,
    Scene,
    Shot,
    ShotSize,
    new_id,
)

from ..named import NamedIds
from .cast import Cast
from .chinese_lines import NARRATORS
from .parsed import MAX_NAME_CHARS, MAX_TEXT_CHARS, Beat, ParsedEpisode, ParsedScene, ParsedScript, ScriptError

_CHINESE = re.compile(r"[\u3400-\u9fff]")
MAX_CODE_CHARS = 50
"""Characters in a scene number: real ones are a few (``12``, ``3A``, ``1-12B``)."""
VOICE_ROLE_NOTE = {Language.EN: "Voice for post (voice-over or narration): not called to set.",
                   Language.ZH: "后期配音角色（画外音或旁白），无需到场。"}
MAX_APPEARANCES = 250_000
"""Characters listed in all the shots an import makes: a 6,000-shot series lists about 20,000."""


def shot_code(scene_code: str, index: int) -> str:
    """The code of the ``index``-th (from 1) shot made from a scene."""
    return f"{scene_code}-{index:02d}"


class CodeBook:
    """The codes taken in one episode; a repeated code gets a letter (3, 3B, 3C … 3Z, 3Z2 …).

    Each code remembers the last letter it gave, so a script repeating one number many times
    is coded in one pass rather than by trying every letter again for each repeat.
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = taken if taken is not None else set()
        self._next: dict[str, int] = {}

    def unique(self, code: str) -> str:
        if code not in self.taken:
            self.taken.add(code)
            return code
        repeat = self._next.get(code, 0)
        while (candidate := f"{code}{_letter(repeat)}") in self.taken:
            repeat += 1
        self._next[code] = repeat + 1
        self.taken.add(candidate)
        return candidate


def _letter(repeat: int) -> str:
    """The letter of a code's ``repeat``-th repeat (from 0): B … Z, then Z2, Z3 …"""
    return chr(ord("B") + repeat) if repeat < 25 else f"Z{repeat - 23}"


class ScriptBuilder:
    """Builds one project, creating each character and location once, by name."""

    def __init__(self, title: str, language: Language) -> None:
        self.project = Project(id=new_id("pr"), title=checked_name(None, "the title", title), language=language)
        self._characters = NamedIds[str]("ch", lambda i, name: self.project.characters.append(
            Character(id=i, name=name)))
        self._locations = NamedIds[str]("lo", lambda i, name: self.project.locations.append(
            Location(id=i, name=name)))
        self.cast = Cast(())
        """Every character name of the script: an action shot shows those it mentions."""
        self.appearances = 0

    def build(self, script: ParsedScript) -> Project:
        self.cast = script_cast(script)
        for parsed in script.episodes:
            self.project.episodes.append(self.episode(parsed))
        self.note_voice_roles()
        return self.project

    def note_voice_roles(self) -> None:
        """Note on each character who is only ever heard as a voice-over or narrator that the role
        is a voice for post, so no one looks for them on a call sheet."""
        present = {c for e in self.project.episodes for s in e.scenes for c in s.cast}
        present |= {c.character_id for e in self.project.episodes for s in e.shots for c in s.characters}
        for character in self.project.characters:
            if character.id not in present and not character.notes:
                character.notes = VOICE_ROLE_NOTE[self.project.language]

    def episode(self, parsed: ParsedEpisode) -> Episode:
        title = checked_name(parsed.line, "the episode title", parsed.title)
        episode = Episode(id=new_id("ep"), number=parsed.number, title=title)
        scene_codes, shot_codes = CodeBook(), CodeBook()
        for parsed_scene in parsed.scenes:
            scene = self.scene(parsed_scene, scene_codes)
            episode.scenes.append(scene)
            for index, beat in enumerate(parsed_scene.beats, start=1):
                code = shot_codes.unique(shot_code(scene.code, index))
                episode.shots.append(self.shot(beat, code, scene))
        episode.edges = [Edge(id=new_id("ed"), kind=EdgeKind.CUT, source=a.id, target=b.id)
                         for a, b in zip(episode.shots, episode.shots[1:], strict=False)]
        return episode

    def scene(self, parsed: ParsedScene, taken: CodeBook) -> Scene:
        code = checked_code(parsed.line, parsed.code)
        heading = checked_name(parsed.line, "the scene heading", parsed.heading)
        location_id = self.location(parsed.location, parsed.line) if parsed.location else None
        cast = [self.character(name, parsed.line) for name in parsed.characters]
        for voice in parsed.voices:
            self.character(voice, parsed.line)
        return Scene(id=new_id("sc"), code=taken.unique(code), heading=heading, location_id=location_id,
                     int_ext=parsed.int_ext, time_of_day=parsed.time_of_day, cast=cast, extras=parsed.extras,
                     notes="\n".join(parsed.notes))

    def shot(self, beat: Beat, code: str, scene: Scene) -> Shot:
        description, dialogue, visible = beat_fields(beat, self.cast)
        self.appearances += len(visible)
        if self.appearances > MAX_APPEARANCES:
            raise ScriptError(beat.line, f"the shots would list more than {MAX_APPEARANCES:,} characters in all; "
                                         "a script's action names a few characters per line")
        characters = [CharacterInShot(character_id=self.character(name, beat.line)) for name in visible]
        return Shot(id=new_id("sh"), code=code, scene_id=scene.id, characters=characters,
                    description=description, dialogue=dialogue, **beat_extras(beat))

    def character(self, name: str, line: int | None = None) -> str:
        if name not in self._characters:
            checked_name(line, "a character's name", name)
        return self._characters.id_of(name)

    def location(self, name: str, line: int | None = None) -> str:
        if name not in self._locations:
            checked_name(line, "the location", name)
        return self._locations.id_of(name)


def checked_name(line: int | None, what: str, text: str) -> str:
    """``text`` if it fits a project's name field, else a ScriptError at ``line``."""
    if len(text) > MAX_NAME_CHARS:
        raise ScriptError(line, f"{what} is {len(text):,} characters long; up to {MAX_NAME_CHARS} are read")
    return text


def checked_code(line: int | None, code: str) -> str:
    if len(code) > MAX_CODE_CHARS:
        raise ScriptError(line, f"the scene number is {len(code):,} characters long; up to {MAX_CODE_CHARS} are read")
    return code


def beat_fields(beat: Beat, cast: Cast) -> tuple[str, str, list[str]]:
    """A beat's shot description, dialogue and the names of the characters it shows.

    A dialogue shot shows its speakers unless their voices are off screen; an action shot shows
    every character of ``cast`` it names.
    """
    if beat.speaker is None:  # not beat.is_dialogue
        return _fits(beat, beat.text), "", cast.named_in(beat.text, beat.line)
    opening, closing, colon = ("（", "）", "：") if _CHINESE.search(beat.speaker) else (" (", ")", ": ")
    description = f"{opening}{beat.parenthetical}{closing}".strip() if beat.parenthetical else ""
    voice = f"{opening}{beat.off_screen}{closing}" if beat.off_screen and beat.speaker not in NARRATORS else ""
    dialogue = _fits(beat, f"{beat.speaker}{voice}{colon}{beat.text}")
    return _fits(beat, description), dialogue, [] if beat.off_screen else list(beat.speakers)


def beat_extras(beat: Beat) -> dict[str, object]:
    """The shot fields a beat sets besides its text: an insert for on-screen text, the flashback
    intent, and the music cues and transitions noted with it."""
    extras: dict[str, object] = {}
    if beat.insert:
        extras["camera"] = Camera(size=ShotSize.INSERT)
    if beat.flashback:
        extras["intent"] = [Intent.FLASHBACK]
    if beat.notes:
        extras["notes"] = _fits(beat, "\n".join(beat.notes))
    return extras


def _fits(beat: Beat, text: str) -> str:
    """``text`` if it fits a shot's description or dialogue, else a ScriptError at the beat."""
    if len(text) > MAX_TEXT_CHARS:
        raise ScriptError(beat.line, f"the paragraph makes a shot text of {len(text):,} characters; "
                                     f"a shot holds up to {MAX_TEXT_CHARS:,}")
    return text


def script_cast(script: ParsedScript) -> Cast:
    """Every character name of the script, in order of appearance."""
    return Cast(name for e in script.episodes for s in e.scenes for name in s.characters)
