"""A hypothesis strategy for random edits of an open document, of every kind.

Ids come from the document as it is, and now and then a request is impossible on purpose
(a taken code, a scene of another episode) so refusals are exercised as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from shotgraph.core import edits as ed
from shotgraph.core.document import Document
from shotgraph.core.model import (
    BudgetSettings,
    Character,
    DeliveryFormat,
    EdgeKind,
    Intent,
    Location,
    Mode,
    Person,
    Prop,
    Scene,
    Setup,
    ShootingDay,
    WardrobeLook,
    new_id,
)
from strategies import WORDS, ai_generations, cameras, shots

Draw = Callable[[st.SearchStrategy[Any]], Any]
CODES = ["1", "2", "3", "3A", "9", "1-copy", "X"]


def _pick(draw: Draw, items: list[Any]) -> Any:
    return draw(st.sampled_from(items)) if items else None


def _some(draw: Draw, items: list[Any], max_size: int = 3) -> list[Any]:
    return draw(st.lists(st.sampled_from(items), min_size=1, max_size=max_size, unique=True)) if items else []


def _shot_ids(doc: Document) -> list[str]:
    return list(doc.index.shots)


def _add_shot(draw: Draw, doc: Document) -> ed.Edit | None:
    episode = _pick(draw, doc.project.episodes)
    if episode is None or not episode.scenes:
        return None
    shot = draw(shots(new_id("sh"), draw(st.sampled_from(CODES)), episode.scenes, doc.project))
    after = _pick(draw, [s.id for s in episode.shots]) if draw(st.booleans()) else None
    index = draw(st.none() | st.integers(0, len(episode.shots)))
    return ed.AddShot(episode.id, shot, index=index, after=after)


def _shot_change(draw: Draw, doc: Document, shot_id: str) -> dict[str, Any]:
    episode = doc.episode_of(shot_id)
    options: dict[str, st.SearchStrategy[Any]] = {
        "camera": cameras(), "mode": st.sampled_from(Mode), "dialogue": WORDS, "emotion": st.none() | st.integers(0, 3),
        "code": st.sampled_from(CODES), "intent": st.lists(st.sampled_from(Intent), max_size=2),
        "ai": ai_generations(doc.project.characters), "duration_s": st.none() | st.floats(0, 30),
        "scene_id": st.sampled_from([s.id for s in episode.scenes]),
        "location_id": st.none() | st.sampled_from([loc.id for loc in doc.project.locations] or ["nowhere"]),
    }
    names = draw(st.lists(st.sampled_from(sorted(options)), min_size=1, max_size=3, unique=True))
    return {name: draw(options[name]) for name in names}


def _update_shot(draw: Draw, doc: Document) -> ed.Edit | None:
    shot_id = _pick(draw, _shot_ids(doc))
    return shot_id and ed.UpdateShot(shot_id, _shot_change(draw, doc, shot_id))


def _cast_change(draw: Draw, doc: Document) -> ed.Edit | None:
    shot_id = _pick(draw, _shot_ids(doc))
    if shot_id is None:
        return None
    scene = doc.scene(doc.shot(shot_id).scene_id)
    fake = shots(shot_id, "x", [scene], doc.project)
    template = draw(fake)
    return ed.UpdateShot(shot_id, {"characters": template.characters, "props": template.props})


def _many_shots(draw: Draw, doc: Document) -> ed.Edit | None:
    ids = _some(draw, _shot_ids(doc))
    if not ids:
        return None
    kind = draw(st.sampled_from(["remove", "mode", "scene", "update", "duplicate", "reorder"]))
    if kind == "remove":
        return ed.RemoveShots(ids)
    if kind == "mode":
        return ed.SetMode(ids, draw(st.sampled_from(Mode)))
    if kind == "scene":
        return ed.MoveShotsToScene(ids, _pick(draw, list(doc.index.scenes)))
    if kind == "update":
        return ed.UpdateShots(ids, {"dialogue": draw(WORDS), "camera": draw(cameras())})
    if kind == "duplicate":
        return ed.DuplicateShot(ids[0], in_cut_path=draw(st.booleans()))
    return ed.ReorderShots(draw(st.permutations(ids)))


def _edge_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    if doc.index.edges and draw(st.booleans()):
        return ed.Unlink(_pick(draw, list(doc.index.edges)))
    ids = _shot_ids(doc)
    if not ids:
        return None
    source = _pick(draw, ids)
    same = [s.id for s in doc.episode_of(source).shots]
    target = _pick(draw, same if draw(st.integers(0, 9)) else ids)
    return ed.Link(draw(st.sampled_from(EdgeKind)), source, target)


def _scene_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    scene_id = _pick(draw, list(doc.index.scenes))
    kind = draw(st.sampled_from(["add", "update", "remove"]))
    if kind == "add" or scene_id is None:
        episode = _pick(draw, doc.project.episodes)
        scene = Scene(id=new_id("sc"), code=draw(st.sampled_from(["1", "2", "8", "9B"])), heading=draw(WORDS))
        return episode and ed.AddScene(episode.id, scene, index=draw(st.none() | st.integers(0, 1)))
    if kind == "update":
        location = st.none() | st.sampled_from([loc.id for loc in doc.project.locations] or ["nowhere"])
        cast = st.lists(st.sampled_from([c.id for c in doc.project.characters]), max_size=2, unique=True) \
            if doc.project.characters else st.just([])
        return ed.UpdateScene(scene_id, {"code": draw(st.sampled_from(["1", "2", "8"])), "location_id": draw(location),
                                         "cast": draw(cast)})
    return ed.RemoveScene(scene_id, with_shots=draw(st.booleans()))


def _episode_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    episode = _pick(draw, doc.project.episodes)
    kind = draw(st.sampled_from(["add", "update", "remove"]))
    if kind == "add" or episode is None:
        scene = Scene(id=new_id("sc"), code="1")
        data = {"id": new_id("ep"), "number": draw(st.integers(1, 6)), "scenes": [scene]}
        return ed.AddEpisode(data, index=draw(st.none() | st.just(0)))
    if kind == "update":
        return ed.UpdateEpisode(episode.id, {"number": draw(st.integers(1, 6)), "title": draw(WORDS)})
    return ed.RemoveEpisode(episode.id)


def _catalogue_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    table = draw(st.sampled_from(["characters", "wardrobe", "props", "locations", "people"]))
    existing = _pick(draw, list(doc.index.catalogue[table]))
    kind = draw(st.sampled_from(["add", "update", "remove"]))
    adds = {
        "characters": lambda: ed.AddCharacter(Character(id=new_id("ch"), name=draw(st.sampled_from(["苏婉", "Ann"])),
                                                        actor_id=_pick(draw, list(doc.index.catalogue["people"])))),
        "wardrobe": lambda: _pick(draw, doc.project.characters) and ed.AddWardrobeLook(WardrobeLook(
            id=new_id("wl"), character_id=_pick(draw, doc.project.characters).id, name="红裙")),
        "props": lambda: ed.AddProp(Prop(id=new_id("pp"), name="茶杯")),
        "locations": lambda: ed.AddLocation(Location(id=new_id("lo"), name="Rooftop")),
        "people": lambda: ed.AddPerson(Person(id=new_id("pe"), name="张导")),
    }
    if kind == "add" or existing is None:
        return adds[table]()
    if kind == "update" and table == "characters" and draw(st.booleans()):
        return ed.UpdateCharacter(existing, {"actor_id": _pick(draw, [None, *doc.index.catalogue["people"]])})
    if kind == "update":
        updates = {"characters": ed.UpdateCharacter, "wardrobe": ed.UpdateWardrobeLook, "props": ed.UpdateProp,
                   "locations": ed.UpdateLocation, "people": ed.UpdatePerson}
        return updates[table](existing, {"name": draw(st.sampled_from(["新名字", "Renamed", ""]))})
    removes = {"characters": ed.RemoveCharacter, "wardrobe": ed.RemoveWardrobeLook, "props": ed.RemoveProp,
               "locations": ed.RemoveLocation, "people": ed.RemovePerson}
    return removes[table](existing)


def _day_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    day = _pick(draw, doc.project.days)
    setup_id = _pick(draw, list(doc.index.setups))
    kind = draw(st.sampled_from(["add", "update", "remove", "setup", "pin", "remove_setup", "move_setup",
                                 "to_setup", "to_day", "unschedule"]))
    ids = _some(draw, _shot_ids(doc))
    if kind == "add" or day is None:
        setup = Setup(id=new_id("su"), shot_ids=ids)
        return ed.AddDay(ShootingDay(id=new_id("dy"), date=dt.date(2025, 7, draw(st.integers(1, 9))), setups=[setup]))
    if kind == "update":
        locations = _some(draw, list(doc.index.catalogue["locations"]), 2)
        return ed.UpdateDay(day.id, {"location_ids": locations, "final": draw(st.booleans())})
    if kind == "remove":
        return ed.RemoveDay(day.id)
    if kind == "setup":
        return ed.AddSetup(day.id, Setup(id=new_id("su"), shot_ids=ids), index=draw(st.none() | st.just(0)))
    if kind == "to_day":
        return ed.MoveShotsToDay(ids, day.id)
    if kind == "unschedule":
        return ed.UnscheduleShots(ids)
    if setup_id is None:
        return None
    if kind == "pin":
        return ed.UpdateSetup(setup_id, {"pinned": draw(st.booleans()), "shot_ids": ids})
    if kind == "remove_setup":
        return ed.RemoveSetup(setup_id)
    if kind == "move_setup":
        return ed.MoveSetup(setup_id, day.id, index=draw(st.none() | st.just(0)))
    return ed.MoveShotsToSetup(ids, setup_id, index=draw(st.none() | st.just(0)))


def _other_edit(draw: Draw, doc: Document) -> ed.Edit | None:
    kind = draw(st.sampled_from(["waive", "unwaive", "settings", "bad_settings"]))
    if kind == "waive":
        return ed.Waive(f"fp{draw(st.integers(0, 9))}", "continuity.axis", ["1", "2"], draw(WORDS))
    if kind == "unwaive":
        waiver = _pick(draw, doc.project.waivers)
        return waiver and ed.Unwaive(waiver.id)
    if kind == "settings":
        return ed.UpdateProjectSettings({"title": draw(WORDS), "delivery": DeliveryFormat(width=720, height=1280),
                                         "budget": BudgetSettings(currency="USD")})
    return ed.UpdateProjectSettings({"delivery": {"width": 3}})


MAKERS = [_add_shot, _update_shot, _cast_change, _many_shots, _edge_edit, _scene_edit, _episode_edit,
          _catalogue_edit, _day_edit, _other_edit]


@st.composite
def edits(draw: Draw, doc: Document, depth: int = 0) -> ed.Edit:
    """One random edit of ``doc`` (sometimes a macro of a few), possibly an impossible one."""
    if depth == 0 and draw(st.integers(0, 9)) == 0:
        return ed.Macro(ed.EditName("Edit"), [draw(edits(doc, 1)) for _ in range(draw(st.integers(1, 3)))])
    for _ in range(20):
        edit = draw(st.sampled_from(MAKERS))(draw, doc)
        if edit is not None:
            return edit
    return ed.UpdateProjectSettings({"notes": "fallback"})
