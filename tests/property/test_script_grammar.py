"""A Chinese script in any mix of the layouts of docs/scripts.md imports to what it says.

Each script comes from the grammar in ``script_grammar``, which knows what every line it wrote
must give: episodes and scenes, every shot with its dialogue, direction and the characters in
frame, each scene's cast, extras and voices, and where each line's text ends up.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from script_grammar import GROUP_SPEAKERS, ChineseScript, chinese_scripts
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.scripts.reading import ScriptImport
from shotgraph.core.model import Intent, ShotSize

GROUP_WORDS = {*GROUP_SPEAKERS, "前场所有人", "群演", "路人"}


def imported(script: ChineseScript) -> ScriptImport:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "剧本.txt"
        path.write_bytes(script.data)
        return read_script(path)


def found_breakdown(result: ScriptImport) -> list[dict]:
    """Per episode its number, title and scenes, each with its shots, as the project holds them."""
    project = result.project
    names = {c.id: c.name for c in project.characters}
    places = {loc.id: loc.name for loc in project.locations}
    episodes = []
    for episode in project.episodes:
        scenes = []
        for scene in episode.scenes:
            shots = [{"description": s.description, "dialogue": s.dialogue,
                      "in_frame": [names[c.character_id] for c in s.characters], "notes": s.notes,
                      "insert": s.camera.size is ShotSize.INSERT, "flashback": Intent.FLASHBACK in s.intent}
                     for s in episode.shots if s.scene_id == scene.id]
            scenes.append({"code": scene.code, "time": scene.time_of_day, "int_ext": scene.int_ext,
                           "place": places.get(scene.location_id, ""), "cast": [names[c] for c in scene.cast],
                           "extras": scene.extras, "notes": scene.notes, "shots": shots})
        episodes.append({"number": episode.number, "title": episode.title, "scenes": scenes})
    return episodes


def expected_breakdown(script: ChineseScript) -> list[dict]:
    return [{"number": episode.number, "title": episode.title, "scenes": [
        {"code": scene.code, "time": scene.time, "int_ext": scene.int_ext, "place": scene.place, "cast": scene.cast,
         "extras": scene.extras, "notes": "\n".join(scene.notes), "shots": [
             {"description": s.description, "dialogue": s.dialogue, "in_frame": s.in_frame,
              "notes": "\n".join(s.notes), "insert": s.insert, "flashback": s.flashback} for s in scene.shots]}
        for scene in episode.scenes]} for episode in script.episodes]


def headings_of(breakdown: list[dict]) -> list[tuple]:
    return [(e["number"], e["title"], [(s["code"], s["time"], s["int_ext"], s["place"]) for s in e["scenes"]])
            for e in breakdown]


def unplaced_lines(script: ChineseScript, result: ScriptImport) -> list[str]:
    """The non-blank lines whose text is not where the grammar says it must be."""
    project = result.project
    names = {c.id: c.name for c in project.characters}
    scenes = [s for e in project.episodes for s in e.scenes]
    shots = [s for e in project.episodes for s in e.shots]
    places = {
        "title": [project.title, result.script.author],
        "episode": [e.title for e in project.episodes],
        "heading": [s.heading for s in scenes],
        "cast": [names[c] for s in scenes for c in s.cast],
        "shot": [text for s in shots for text in (s.description, s.dialogue)],
        "note": [s.notes for s in shots] + [s.notes for s in scenes],
        "unread": [f"{u.line}:{u.text}" for u in result.unread],
    }
    unplaced = []
    for source in script.sources:
        fragment = f"{source.line}:{source.text}" if source.place == "unread" else source.text
        if fragment and not any(fragment in text for text in places[source.place]):
            unplaced.append(f"line {source.line} ({source.place}): {source.text}")
    return unplaced


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(chinese_scripts())
def test_a_script_in_any_mix_of_layouts_imports_to_what_it_says(script: ChineseScript) -> None:
    result = imported(script)
    found, expected = found_breakdown(result), expected_breakdown(script)
    assert result.kind == "chinese"
    assert headings_of(found) == headings_of(expected)
    assert found == expected
    assert (result.project.title, result.script.author) == (script.title or "剧本", script.author)
    assert [(u.line, u.text) for u in result.unread] == script.unread

    parsed = [s for e in result.script.episodes for s in e.scenes]
    wanted = [s for e in script.episodes for s in e.scenes]
    assert [set(p.voices) - set(p.characters) for p in parsed] == [set(w.voices) - set(w.cast) for w in wanted]
    characters = [c.name for c in result.project.characters]
    assert sorted(characters) == sorted({n for w in wanted for n in (*w.cast, *w.voices)})
    assert not GROUP_WORDS & set(characters)

    written = {number for number, line in enumerate(script.lines, start=1) if line.strip()}
    assert {source.line for source in script.sources} == written, "the grammar traces every line it writes"
    assert unplaced_lines(script, result) == []
