"""Bringing a revised script into a project without losing the director's work.

Episodes match by number, scenes by number and else by heading. Within a matched scene the
shots made from the script (their dialogue, else their description) are lined up with the
revised beats: changed beats update the text of their shots, new beats add shots in the cut
path, beats gone from the script flag their shots in the notes. Scenes gone from the script
are flagged, never deleted; new scenes and episodes are added. Mode, camera, edges, drawings
and everything else the director decided stay as they are. The whole change is one Macro.

Planning takes time in proportion to the project and the script: scenes are matched through
dictionaries, and a scene too long to line up shot by shot in reasonable time is lined up
past its unchanged start and end, position by position.
"""

from __future__ import annotations

import difflib
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from shotgraph.core.document import Document
from shotgraph.core.edits import (
    AddCharacter,
    AddEpisode,
    AddLocation,
    AddScene,
    AddShot,
    Edit,
    EditName,
    Link,
    Macro,
    UpdateScene,
    UpdateShot,
)
from shotgraph.core.graph import episode_order
from shotgraph.core.io.budgets import MAX_ROWS, reading
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.named import NamedIds
from shotgraph.core.model import (
    Character,
    CharacterInShot,
    EdgeKind,
    Episode,
    Intent,
    Location,
    Scene,
    Shot,
    new_id,
)

from .building import CodeBook, ScriptBuilder, beat_extras, beat_fields, checked_name, script_cast, shot_code
from .parsed import Beat, ParsedEpisode, ParsedScene, ParsedScript, located

REMOVED_SHOT_NOTE = "Not in the revised script."
REMOVED_SCENE_NOTE = "Not in the revised script."
MAX_ALIGNED_PAIRS = 4_000_000
"""Shot-by-beat comparisons one scene may take when lining its shots up with the revised beats."""


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
        parts: list[tuple[str, Sequence[object]]] = [
            ("episodes added", self.episodes_added), ("scenes added", self.scenes_added),
            ("scenes flagged as no longer in the script", self.scenes_flagged),
            ("shots updated", self.shots_updated), ("shots added", self.shots_added),
            ("shots flagged as no longer in the script", self.shots_flagged),
            ("characters added", self.characters_added)]
        return [f"{len(items)} {label}: {', '.join(map(str, items))}" for label, items in parts if items]


def reimport_script(doc: Document, script: ParsedScript) -> tuple[Macro, ReimportSummary]:
    """The one undoable step that brings ``script`` into the document, and its summary.

    A script that would take the project past what ShotGraph opens is an InputError naming it.
    """
    source = script.source or "the revised script"
    with reading(source, "script"), located(source):
        planner = _Planner(doc, script)
        planner.plan()
    shots = sum(len(e.shots) for e in doc.project.episodes) + planner.new_shots
    if shots > MAX_ROWS:
        raise InputError(source, f"the project would hold {shots:,} shots after the re-import; "
                                 f"a project holds up to {MAX_ROWS:,}")
    return Macro(EditName("Re-import Script"), planner.edits), planner.summary


class _Planner:
    def __init__(self, doc: Document, script: ParsedScript) -> None:
        self.doc, self.script = doc, script
        self.edits: list[Edit] = []
        self.summary = ReimportSummary()
        self.cast = script_cast(script)
        self._characters = NamedIds[str]("ch", self._add_character, {c.name: c.id for c in doc.project.characters})
        self._locations = NamedIds[str]("lo", lambda i, name: self.edits.append(AddLocation(Location(id=i, name=name))),
                                        {loc.name: loc.id for loc in doc.project.locations})
        self._codes: dict[str, set[str]] = {}
        self._scene_codes: dict[str, CodeBook] = {}
        self._next_number: dict[str, int] = {}
        """For each scene, the shot number from which the next free code is looked for."""
        self._first: dict[str, str | None] = {}
        """Each episode's first shot, which new shots before every kept one cut into."""
        self._builder = _NamesFromPlanner(self)
        self.new_shots = 0

    def plan(self) -> None:
        episodes = {e.number: e for e in self.doc.project.episodes}
        for parsed in self.script.episodes:
            if parsed.number in episodes:
                self.episode(episodes[parsed.number], parsed)
            else:
                self.new_episode(parsed)

    # -- names ------------------------------------------------------------------------------

    def character(self, name: str, line: int | None = None) -> str:
        if name not in self._characters:
            checked_name(line, "a character's name", name)
        return self._characters.id_of(name)

    def _add_character(self, character_id: str, name: str) -> None:
        self.edits.append(AddCharacter(Character(id=character_id, name=name)))
        self.summary.characters_added.append(name)

    def location(self, name: str, line: int | None = None) -> str:
        if name not in self._locations:
            checked_name(line, "the location", name)
        return self._locations.id_of(name)

    # -- episodes and scenes ----------------------------------------------------------------

    def new_episode(self, parsed: ParsedEpisode) -> None:
        episode = self._builder.episode(parsed)
        self.new_shots += len(episode.shots)
        self.edits.append(AddEpisode(episode))
        self.summary.episodes_added.append(parsed.number)

    def episode(self, episode: Episode, parsed: ParsedEpisode) -> None:
        self._codes[episode.id] = {s.code for s in episode.shots}
        order = episode_order(episode)
        self._first[episode.id] = order[0].id if order else None
        matched = self.match_scenes(episode, parsed)
        shots_of: dict[str, list[Shot]] = defaultdict(list)
        for shot in order:
            shots_of[shot.scene_id].append(shot)
        anchor = None
        for parsed_scene in parsed.scenes:
            scene = matched.get(id(parsed_scene))
            if scene is None:
                anchor = self.new_scene(episode, parsed_scene, anchor)
            else:
                anchor = self.scene(episode, scene, parsed_scene, shots_of[scene.id], anchor)
        kept = {scene.id for scene in matched.values()}
        for scene in episode.scenes:
            if scene.id not in kept and REMOVED_SCENE_NOTE not in scene.notes:
                self.edits.append(UpdateScene(scene.id, {"notes": _flagged(scene.notes, REMOVED_SCENE_NOTE)}))
                self.summary.scenes_flagged.append(f"{episode.number}/{scene.code}")

    def match_scenes(self, episode: Episode, parsed: ParsedEpisode) -> dict[int, Scene]:
        """Parsed scene (by identity) → project scene: same number first, then same heading, then the
        same place, INT/EXT and time (a heading rewritten in another layout)."""
        matched: dict[int, Scene] = {}
        taken: set[str] = set()
        names = {loc.id: loc.name for loc in self.doc.project.locations}
        keys = ((lambda s: s.code, lambda s: s.code), (lambda s: s.heading, lambda s: s.heading),
                (lambda s: _place_key(names.get(s.location_id, ""), s), lambda s: _place_key(s.location, s)))
        for key, parsed_key in keys:
            free = _by_key((s for s in episode.scenes if s.id not in taken), key)
            for parsed_scene in parsed.scenes:
                candidates = free.get(parsed_key(parsed_scene)) if id(parsed_scene) not in matched else None
                if candidates:
                    found = candidates.popleft()
                    matched[id(parsed_scene)] = found
                    taken.add(found.id)
        return matched

    def new_scene(self, episode: Episode, parsed: ParsedScene, anchor: str | None) -> str | None:
        codes = self._scene_codes.setdefault(episode.id, CodeBook({s.code for s in episode.scenes}))
        scene = self._builder.scene(parsed, codes)
        self.edits.append(AddScene(episode.id, scene))
        self.summary.scenes_added.append(f"{episode.number}/{scene.code}")
        for beat in parsed.beats:
            anchor = self.add_shot(episode, scene, beat, anchor)
        return anchor

    def scene(self, episode: Episode, scene: Scene, parsed: ParsedScene, shots: list[Shot],
              anchor: str | None) -> str | None:
        """Line up the scene's shots with the revised beats; returns the scene's last shot."""
        self.update_scene(scene, parsed)
        old = [_key(s.description, s.dialogue) for s in shots]
        new = [_key(*beat_fields(beat, self.cast)[:2]) for beat in parsed.beats]
        for tag, i1, i2, j1, j2 in _opcodes(old, new):
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

    def update_scene(self, scene: Scene, parsed: ParsedScene) -> None:
        """Take the revised heading, place, INT/EXT and time; add cast members and voices the scene
        did not have (cast added in the editor stays); take the extras count when the scene had none."""
        changes: dict[str, object] = {}
        if parsed.heading and parsed.heading != scene.heading:
            changes["heading"] = parsed.heading
        location_id = self.location(parsed.location, parsed.line) if parsed.location else scene.location_id
        if location_id != scene.location_id:
            changes["location_id"] = location_id
        for field_name in ("int_ext", "time_of_day"):
            if getattr(parsed, field_name) is not None and getattr(parsed, field_name) != getattr(scene, field_name):
                changes[field_name] = getattr(parsed, field_name)
        cast = [self.character(name, parsed.line) for name in parsed.characters]
        for voice in parsed.voices:
            self.character(voice, parsed.line)
        if added := [c for c in dict.fromkeys(cast) if c not in scene.cast]:
            changes["cast"] = [*scene.cast, *added]
        if parsed.extras and not scene.extras:
            changes["extras"] = parsed.extras
        if changes:
            self.edits.append(UpdateScene(scene.id, changes))

    # -- shots ------------------------------------------------------------------------------

    def update_shot(self, shot: Shot, beat: Beat) -> None:
        description, dialogue, visible = beat_fields(beat, self.cast)
        present = {c.character_id for c in shot.characters}
        seen = [self.character(name, beat.line) for name in visible]
        characters = shot.characters + [CharacterInShot(character_id=i) for i in seen if i not in present]
        changes = {"description": description, "dialogue": dialogue, "characters": characters}
        if beat.flashback and Intent.FLASHBACK not in shot.intent:
            changes["intent"] = [*shot.intent, Intent.FLASHBACK]
        if new_notes := [note for note in beat.notes if note not in shot.notes.splitlines()]:
            changes["notes"] = "\n".join([shot.notes, *new_notes] if shot.notes else new_notes)
        self.edits.append(UpdateShot(shot.id, changes, name=EditName("Re-import Script")))
        self.summary.shots_updated.append(shot.code)

    def add_shot(self, episode: Episode, scene: Scene, beat: Beat, anchor: str | None) -> str:
        description, dialogue, visible = beat_fields(beat, self.cast)
        codes = self._codes.setdefault(episode.id, {s.code for s in episode.shots})
        number = self._next_number.get(scene.id, 1)
        while shot_code(scene.code, number) in codes:
            number += 1
        self._next_number[scene.id] = number + 1
        code = shot_code(scene.code, number)
        codes.add(code)
        shot = Shot(id=new_id("sh"), code=code, scene_id=scene.id, description=description, dialogue=dialogue,
                    characters=[CharacterInShot(character_id=self.character(name, beat.line)) for name in visible],
                    **beat_extras(beat))
        self.edits.append(AddShot(episode.id, shot, after=anchor))
        first = self._first.get(episode.id)
        if anchor is None and first:
            self.edits.append(Link(EdgeKind.CUT, shot.id, first))
        self.summary.shots_added.append(code)
        self.new_shots += 1
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

    def character(self, name: str, line: int | None = None) -> str:
        return self._planner.character(name, line)

    def location(self, name: str, line: int | None = None) -> str:
        return self._planner.location(name, line)


def _by_key(scenes, key: Callable[[Scene], str]) -> dict[str, deque[Scene]]:
    """Scenes by a non-empty key, each key's scenes in project order."""
    found: dict[str, deque[Scene]] = defaultdict(deque)
    for scene in scenes:
        if key(scene):
            found[key(scene)].append(scene)
    return found


def _place_key(place: str, scene: Scene | ParsedScene) -> str:
    """A scene's place, INT/EXT and time, whatever the layout its heading was written in ("" without a place)."""
    return f"{place}|{scene.int_ext}|{scene.time_of_day}" if place else ""


def _opcodes(old: list[str], new: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """How to turn the scene's shot texts into the revised beat texts (difflib's opcodes).

    A scene too long to compare shot by shot keeps its unchanged start and end and pairs the
    rest position by position, so no scene can take the re-import hours.
    """
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if (len(old) - head - tail) * (len(new) - head - tail) <= MAX_ALIGNED_PAIRS:
        return difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    middle = ("replace", head, len(old) - tail, head, len(new) - tail)
    ends = [("equal", 0, head, 0, head)] if head else []
    return ends + [middle] + ([("equal", len(old) - tail, len(old), len(new) - tail, len(new))] if tail else [])


def _key(description: str, dialogue: str) -> str:
    """What a shot says of its beat: its dialogue, else its description."""
    return dialogue or description


def _flagged(notes: str, flag: str) -> str:
    return f"{flag}\n{notes}" if notes else flag
