"""Export a shot list, import it again: every field of docs/shotlist.md comes back unchanged."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shotgraph.core.io.shotlist import read_shotlist, shotlist_table, write_csv
from shotgraph.core.io.shotlist.columns import COLUMNS
from shotgraph.core.io.shotlist.values import plain_number
from shotgraph.core.model import Project, find_problems
from strategies import projects

NAMES = ["林晓", "陈墨", "苏婉", "Mara", "Victor O'Neil", "Dr. Chen"]
PLACES = ["滨江大道", "顾家别墅", "Glass Tower, 42F", "医院走廊"]
LOOKS = ["红色风衣", "黑西装", "black suit"]
PROPS = ["茶杯", "手机", "contract"]
WORDS = {
    "mode": ["live", "REAL", "实拍", "ai", "AI生成", "hybrid", "混合", "实拍+AI"],
    "int_ext": ["INT", "ext", "int/ext", "内", "外", "内外"],
    "time": ["DAWN", "day", "Dusk", "NIGHT", "晨", "日", "昏", "夜"],
    "size": ["EWS", "ws", "FS", "MS", "mcu", "CU", "ECU", "insert", "大远景", "特写", "插入"],
    "angle": ["EYE", "high", "LOW", "overhead", "DUTCH", "pov", "OTS", "平拍", "过肩"],
    "movement": ["STATIC", "pan", "dolly_in", "Dolly Out", "handheld", "推", "拉", "航拍"],
    "side": ["A", "b"],
    "intent": ["jump_cut", "line-cross", "MONTAGE", "flashback", "pov", "multi_location", "ending"],
}
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.just("\n"), max_size=25)


def decimal(low: float, high: float, units: list[str]) -> st.SearchStrategy[str]:
    number = st.floats(low, high, allow_nan=False).map(plain_number) | st.integers(int(low) + 1, int(high)).map(str)
    return st.tuples(number, st.sampled_from(units)).map("".join)


def entries(draw, names: list[str], entry) -> str:
    chosen = draw(st.lists(st.sampled_from(names), unique=True, max_size=3))
    return "; ".join(draw(entry(name)) for name in chosen)


def character(name: str) -> st.SearchStrategy[str]:
    position = st.sampled_from(["", "@L", "@c", "@右", "@左"])
    look = st.sampled_from(["", ">R", ">cam", ">镜头", ">左"])
    return st.tuples(st.just(name), position, look).map("".join)


def pair(values: list[str], separator: str = "="):
    return lambda name: st.sampled_from(values).map(lambda value: f"{name}{separator}{value}")


@st.composite
def cells(draw, codes: list[str], own: str) -> dict[str, str]:
    """The cells of one row other than episode, scene and shot; blank ones left out."""
    others = [code for code in codes if code != own]
    drawn = {name: draw(st.sampled_from(words)) for name, words in WORDS.items() if name != "intent"}
    drawn |= {
        "location": draw(st.sampled_from(PLACES)), "lens": draw(decimal(1, 2000, ["", "mm"])),
        "duration": draw(decimal(0, 36_000, ["", "s", "秒"])), "story_day": str(draw(st.integers(0, 30))),
        "characters": entries(draw, NAMES, character), "motion": entries(draw, NAMES, pair(["L", "右"], ">")),
        "wardrobe": entries(draw, NAMES, pair(LOOKS)), "props": entries(draw, PROPS, pair(["满", "空", ""])),
        "emotion": str(draw(st.integers(0, 3))), "dialogue": draw(TEXT), "description": draw(TEXT),
        "ai_model": draw(st.sampled_from(["seedance-2.0", "kling-4.0"])), "ai_style": draw(TEXT.map(str.strip)),
        "ai_seed": str(draw(st.integers(-(2**63), 2**63 - 1))),
        "ai_refs": entries(draw, NAMES, pair(["lora_v1", "参考图A"])),
        "ai_prompt": draw(TEXT), "fg_kelvin": draw(decimal(1000, 20_000, ["", "K"])),
        "plate_kelvin": draw(decimal(1000, 20_000, ["", "k"])), "setup": draw(st.sampled_from(["S1a", "2B", "机位3"])),
        "intent": ";".join(draw(st.lists(st.sampled_from(WORDS["intent"]), unique=True, max_size=3))),
        "notes": draw(TEXT),
        "plate": draw(st.sampled_from(["", "asset:雨夜街道", "asset:street_v1"] + others)),
        "after": draw(st.sampled_from(["", "-"]) | st.lists(st.sampled_from(codes), unique=True, min_size=1,
                                                            max_size=2).map(";".join)),
    }
    blank = draw(st.sets(st.sampled_from(sorted(drawn))))
    return {name: ("" if name in blank else value) for name, value in drawn.items()}


@st.composite
def sheets(draw) -> tuple[list[str], list[list[str]]]:
    """A shot list: headers in English, Chinese or variants, some columns left out, unknown columns added."""
    keys = draw(st.lists(st.tuples(st.integers(1, 3), st.sampled_from(["1", "2", "3A", "1-3"]),
                                   st.sampled_from(["1", "2", "3A", "1-3-2", "10"])),
                         min_size=1, max_size=10, unique_by=lambda key: (key[0], key[2])))
    columns = [c for c in COLUMNS if c.name in ("episode", "shot") or draw(st.booleans())]
    headers = [draw(st.sampled_from([c.name, c.name.upper(), *c.zh, *c.en])) for c in columns]
    extras = draw(st.lists(st.sampled_from(["Camera Op", "拍摄备注", "Take Notes"]), unique=True, max_size=2))
    rows = []
    for episode, scene, code in keys:
        codes = [k[2] for k in keys if k[0] == episode]
        values = draw(cells(codes, code)) | {"episode": str(episode), "scene": scene, "shot": code}
        rows.append([values[c.name] for c in columns] + [draw(TEXT) for _ in extras])
    return headers + extras, rows


def view(project: Project) -> dict:
    """Everything a shot list carries, by names and codes instead of ids."""
    label = {r.id: r.name for r in (*project.characters, *project.locations, *project.props, *project.wardrobe)}
    episodes = {}
    for episode in project.episodes:
        scenes = {scene.id: scene for scene in episode.scenes}
        code = {shot.id: shot.code for shot in episode.shots}
        shots = {}
        for shot in episode.shots:
            scene = scenes[shot.scene_id]
            place = {a: getattr(shot, a) if getattr(shot, a) is not None else getattr(scene, a)
                     for a in ("int_ext", "time_of_day", "story_day")}
            shots[shot.code] = shot.model_dump(include={
                "mode", "camera", "duration_s", "dialogue", "description", "emotion", "plate_asset", "fg_kelvin",
                "plate_kelvin", "setup_code", "intent", "notes", "extra"}) | place | {
                "scene": scene.code, "location": label.get(shot.location_id or scene.location_id),
                "characters": [(label[c.character_id], c.position, c.look, c.motion, label.get(c.wardrobe_id))
                               for c in shot.characters],
                "props": [(label[p.prop_id], p.state) for p in shot.props],
                "ai": (shot.ai.model, shot.ai.style, shot.ai.seed, shot.ai.prompt,
                       {label[k]: v for k, v in shot.ai.refs.items()})}
        edges = sorted((edge.kind, code[edge.source], code[edge.target]) for edge in episode.edges)
        episodes[episode.number] = (shots, edges)
    return episodes


def write_sheet(path: Path, headers: list[str], rows: list[list[str]], delimiter: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows([headers, *rows])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets(), st.sampled_from([",", ";", "\t"]), st.sampled_from(["en", "zh"]))
def test_csv_export_then_import_keeps_every_field(sheet, delimiter, headers):
    with tempfile.TemporaryDirectory() as folder:
        source, exported = Path(folder) / "in.csv", Path(folder) / "out.csv"
        write_sheet(source, *sheet, delimiter)
        imported = read_shotlist(source).project
        assert sum(len(e.shots) for e in imported.episodes) == len(sheet[1])
        assert find_problems(imported) == []
        Project.model_validate(imported.model_dump())
        write_csv(imported, exported, headers=headers)
        assert view(read_shotlist(exported).project) == view(imported)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.sampled_from(["en", "zh"]))
def test_any_project_exports_a_shot_list_that_reads_back_the_same(project, headers):
    with tempfile.TemporaryDirectory() as folder:
        exported = Path(folder) / "out.csv"
        write_csv(project, exported, headers=headers)
        assert shotlist_table(read_shotlist(exported).project) == shotlist_table(project)
