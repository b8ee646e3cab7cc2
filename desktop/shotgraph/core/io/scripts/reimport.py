"""Bringing a revised script into a project without losing the director's work.

Episodes match by number, scenes by number and else by heading. Within a matched scene the
shots made from the script (their dialogue, else their description) are lined up with the
revised beats: changed beats update the text of their shots, new beats add shots in the cut
path, beats gone from the script flag their shots in the notes. Scenes gone from the script
are flagged, never deleted; new scenes and episodes are added. Mode, camera, edges, drawings
and everything else the director decided stay as they are. The whole change is one Macro.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from shotgraph.core.document import Document
from shotgraph.core.edits import (
    AddCharacter,
    AddEpisode,
    AddLocation,
    AddScene,
    AddShot,
    Edit,
    Link,
    Macro,
    UpdateScene,
    UpdateShot,
)
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Character, CharacterInShot, EdgeKind, Episode, Location, Scene, Shot, new_id

from .building import ScriptBuilder, beat_fields, script_cast, shot_code
from .parsed import Beat, ParsedEpisode, ParsedScene, ParsedScript

REMOVED_SHOT_NOTE = "Not in the revised script."
REMOVED_SCENE_NOTE = "Not in the revised script."


@dataclass
class ReimportSummary:
    """What a re-import changes, for the user to read before and after."""

    episodes_added: list[int] = field(default_factory=list)
    scenes_added: list[str] = field(default_factory=list)
    scenes_flagged: list[str] = field(default_factory=list)
    shots_updated: list[str] = field(default_factory=list)
    shots_added: list[str] = field(default_factory=list)
    shots_flagged: list[str] = field(default_factory=list)
    characters_added: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(vars(self).values())

    def lines(self) -> list[str]:
        """One line per kind of change ("3 shots updated: 1-02, 1-04, 2-01"), in English."""
        parts = [("episodes added", self.episodes_added), ("scenes added", self.scenes_added),
                 ("scenes flagged as no longer in the script", self.scenes_flagged),
                 ("shots updated", self.shots_updated), ("shots added", self.shots_added),
                 ("shots flagged as no longer in the script", self.shots_flagged),
                 ("characters added", self.characters_added)]
        return [f"{len(items)} {label}: {', '.join(map(str, items))}" for label, items in parts if items]


def reimport_script(doc: Document, script: ParsedScript) -> tuple[Macro, ReimportSummary]:
    """The one undoable step that brings ``script`` into the document, and its summary."""
    planner = _Planner(doc, script)
    planner.plan()
    return Macro("Re-import Script", planner.edits), planner.summary


class _Planner:
    def __init__(self, doc: Document, script: ParsedScript) -> None:
        self.doc, self.script = doc, script
        self.edits: list[Edit] = []
        self.summary = ReimportSummary()
        self.cast = script_cast(script)
        self._characters = {c.name: c.id for c in doc.project.characters}
        self._locations = {loc.name: loc.id for loc in doc.project.locations}
        self._codes: dict[str, set[str]] = {}
        self._first: dict[str, str | None] = {}
        """Each episode's first shot, which new shots before every kept one cut into."""

    def plan(self) -> None:
        episodes = {e.number: e for e in self.doc.project.episodes}
        for parsed in self.script.episodes:
            if parsed.number in episodes:
                self.episode(episodes[parsed.number], parsed)
            else:
                self.new_episode(parsed)

    # -- names ------------------------------------------------------------------------------

    def character(self, name: str) -> str:
        if name not in self._characters:
            self._characters[name] = new_id("ch")
            self.edits.append(AddCharacter(Character(id=self._characters[name], name=name)))
            self.summary.characters_added.append(name)
        return self._characters[name]

    def location(self, name: str) -> str:
        if name not in self._locations:
            self._locations[name] = new_id("lo")
            self.edits.append(AddLocation(Location(id=self._locations[name], name=name)))
        return self._locations[name]

    # -- episodes and scenes ----------------------------------------------------------------

    def new_episode(self, parsed: ParsedEpisode) -> None:
        self.edits.append(AddEpisode(_NamesFromPlanner(self).episode(parsed)))
        self.summary.episodes_added.append(parsed.number)

    def episode(self, episode: Episode, parsed: ParsedEpisode) -> None:
        self._codes[episode.id] = {s.code for s in episode.shots}
        order = episode_order(episode)
        self._first[episode.id] = order[0].id if order else None
        matched = self.match_scenes(episode, parsed)
        anchor = None
        for parsed_scene in parsed.scenes:
            scene = matched.get(id(parsed_scene))
            if scene is None:
                anchor = self.new_scene(episode, parsed_scene, anchor)
            else:
                anchor = self.scene(episode, scene, parsed_scene, [s for s in order if s.scene_id == scene.id], anchor)
        kept = {scene.id for scene in matched.values()}
        for scene in episode.scenes:
            if scene.id not in kept and REMOVED_SCENE_NOTE not in scene.notes:
                self.edits.append(UpdateScene(scene.id, {"notes": _flagged(scene.notes, REMOVED_SCENE_NOTE)}))
                self.summary.scenes_flagged.append(f"{episode.number}/{scene.code}")

    def match_scenes(self, episode: Episode, parsed: ParsedEpisode) -> dict[int, Scene]:
        """Parsed scene (by identity) → project scene: same number first, then same heading."""
        free = list(episode.scenes)
        matched: dict[int, Scene] = {}
        for key in (lambda s: s.code, lambda s: s.heading):
            for parsed_scene in parsed.scenes:
                if id(parsed_scene) in matched:
                    continue
                found = next((s for s in free if key(s) == key(parsed_scene) and key(s)), None)
                if found is not None:
                    matched[id(parsed_scene)] = found
                    free.remove(found)
        return matched

    def new_scene(self, episode: Episode, parsed: ParsedScene, anchor: str | None) -> str | None:
        scene = _NamesFromPlanner(self).scene(parsed, {s.code for s in episode.scenes})
        self.edits.append(AddScene(episode.id, scene))
        self.summary.scenes_added.append(f"{episode.number}/{scene.code}")
        for name in parsed.characters:
            self.character(name)
        for beat in parsed.beats:
            anchor = self.add_shot(episode, scene, beat, anchor)
        return anchor

    def scene(self, episode: Episode, scene: Scene, parsed: ParsedScene, shots: list[Shot],
              anchor: str | None) -> str | None:
        """Line up the scene's shots with the revised beats; returns the scene's last shot."""
        if parsed.heading and parsed.heading != scene.heading:
            self.edits.append(UpdateScene(scene.id, {"heading": parsed.heading}))
        for name in parsed.characters:
            self.character(name)
        old = [_key(s.description, s.dialogue) for s in shots]
        new = [_key(*beat_fields(beat, self.cast)[:2]) for beat in parsed.beats]
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            anchor = shots[i1 - 1].id if i1 else anchor
            pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for shot, beat in zip(shots[i1:i1 + pairs], parsed.beats[j1:j1 + pairs], strict=True):
                self.update_shot(shot, beat)
                anchor = shot.id
            if tag == "equal":
                anchor = shots[i2 - 1].id
            for beat in parsed.beats[j1 + pairs:j2] if tag != "equal" else ():
                anchor = self.add_shot(episode, scene, beat, anchor)
            for shot in shots[i1 + pairs:i2] if tag != "equal" else ():
                self.flag_shot(shot)
                anchor = shot.id
        return anchor

    # -- shots ------------------------------------------------------------------------------

    def update_shot(self, shot: Shot, beat: Beat) -> None:
        description, dialogue, visible = beat_fields(beat, self.cast)
        present = {c.character_id for c in shot.characters}
        characters = shot.characters + [CharacterInShot(character_id=self.character(name))
                                        for name in visible if self._characters.get(name) not in present]
        self.edits.append(UpdateShot(shot.id, {"description": description, "dialogue": dialogue,
                                               "characters": characters}, text="Re-import Script"))
        self.summary.shots_updated.append(shot.code)

    def add_shot(self, episode: Episode, scene: Scene, beat: Beat, anchor: str | None) -> str:
        description, dialogue, visible = beat_fields(beat, self.cast)
        codes = self._codes.setdefault(episode.id, {s.code for s in episode.shots})
        number = 1
        while shot_code(scene.code, number) in codes:
            number += 1
        code = shot_code(scene.code, number)
        codes.add(code)
        shot = Shot(id=new_id("sh"), code=code, scene_id=scene.id, description=description, dialogue=dialogue,
                    characters=[CharacterInShot(character_id=self.character(name)) for name in visible])
        self.edits.append(AddShot(episode.id, shot, after=anchor))
        if anchor is None and self._first.get(episode.id):
            self.edits.append(Link(EdgeKind.CUT, shot.id, self._first[episode.id]))
        self.summary.shots_added.append(code)
        return shot.id

    def flag_shot(self, shot: Shot) -> None:
        if REMOVED_SHOT_NOTE not in shot.notes:
            self.edits.append(UpdateShot(shot.id, {"notes": _flagged(shot.notes, REMOVED_SHOT_NOTE)}))
            self.summary.shots_flagged.append(shot.code)


class _NamesFromPlanner(ScriptBuilder):
    """Builds new episodes and scenes with the project's characters and locations, adding new
    ones through the planner's edits."""

    def __init__(self, planner: _Planner) -> None:
        super().__init__("", planner.doc.project.language)
        self._planner = planner
        self.cast = planner.cast

    def character(self, name: str) -> str:
        return self._planner.character(name)

    def location(self, name: str) -> str:
        return self._planner.location(name)


def _key(description: str, dialogue: str) -> str:
    """What a shot says of its beat: its dialogue, else its description."""
    return dialogue or description


def _flagged(notes: str, flag: str) -> str:
    return f"{flag}\n{notes}" if notes else flag
