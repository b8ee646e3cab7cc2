"""Build the bundled demo project 《霓虹之下》 (Beneath the Neon) and its storyboard frames.

Run with the project's Python: ``.venv/bin/python resources/samples/build_demo.py [--out DIR]``.
It writes ``DIR/demo.shotgraph`` and ``DIR/demo-media/frames/*.png`` (default DIR:
resources/samples/demo). Every id is derived from the story tables, so two runs write
the same project file byte for byte.

Deliberate slips, left for ShotGraph's checks to find (episode, shot codes):

- continuity.axis         ep 1: 3-03 → 3-04 (camera side A, then B)
- continuity.wardrobe     ep 1: 2-03 → 2-05 (林晚 changes from 驼色大衣 to 黑色风衣 mid-scene)
- continuity.prop         ep 2: 1-03 → 1-04 (账本 open at page 37, then shut)
- ai.emotional-closeup    ep 2: 3-04 (AI close-up of 林晚 in tears, emotion 3)
- hybrid.plate-light      ep 2: 3-02 (foreground 5000 K over a 4300 K plate: 33 mired, warning)
- ai.identity             ep 2: 2-02 (AI shot of 顾言, who has no identity reference)

Both episodes carry AI-content labels that meet GB 45438-2025 (visible label, AIGC
metadata with each model's provider from the provider table, registration number).

By design, not slips: the live and hybrid shots of episode 2's scenes 1–3 are on no
shooting day yet, so schedule.unscheduled lists them (ep 2: 1-02, 1-03, 1-04, 1-05,
2-03, 2-04, 2-05, 3-02, 3-05).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

import demo_frames
from demo_cast import CHARACTER_IDS, LOCATION_IDS, PROP_IDS, cast_and_crew, characters, locations, looks, props
from demo_story import EpisodeSpec, SceneSpec, ShotSpec, episodes

from shotgraph.core.model import (
    AIGCMetadata,
    AIGeneration,
    AIProvider,
    Camera,
    CharacterInShot,
    DeliveryFormat,
    Disclosure,
    Edge,
    EdgeKind,
    Episode,
    PlanningSettings,
    Project,
    PropInShot,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    find_problems,
)

HERE = Path(__file__).resolve().parent
FRAMES_DIR = "demo-media/frames"


def build_project() -> Project:
    """The whole demo project, without its frame images."""
    project = Project(
        id="demo_neon", title="霓虹之下", language="zh",
        delivery=DeliveryFormat(aspect="9:16", width=1080, height=1920, fps=25),
        planning=PlanningSettings(first_day=dt.date(2026, 12, 2)),
        characters=characters(), wardrobe=looks(), props=props(), locations=locations(),
        people=cast_and_crew(),
        episodes=[_episode(spec) for spec in episodes()],
        production_office="杭州市上城区复兴街某号老厂房2楼 制片组 · 0571-8800-1234",
        walkie_channels={"production": "1", "directing": "2", "camera": "3", "grip_electric": "4", "sound": "5",
                         "art": "6"},
        registration_number="（浙）网微剧备字（2026）第0123号",
        ai_providers=AI_PROVIDERS,
        notes="演示项目：真人 + AI 竖屏短剧，两集。Demo project: a hybrid live-action and AI micro-drama.",
    )
    project.days = _shooting_days(project)
    return project


def _episode(spec: EpisodeSpec) -> Episode:
    scenes = [_scene(spec.number, i, scene) for i, scene in enumerate(spec.scenes, 1)]
    shots: list[Shot] = []
    rows: list[ShotSpec] = []
    for scene, scene_spec in zip(scenes, spec.scenes, strict=True):
        for row in scene_spec.shots:
            shots.append(_shot(spec.number, len(shots) + 1, scene, scene_spec, row))
            rows.append(row)
    return Episode(
        id=f"ep_{spec.number}", number=spec.number, title=spec.title, notes=spec.notes,
        disclosure=_disclosure(spec.number) if spec.disclosed else None,
        scenes=scenes, shots=shots, edges=_edges(spec.number, shots, rows),
    )


def _scene(episode: int, index: int, spec: SceneSpec) -> Scene:
    return Scene(
        id=f"sc_e{episode}_{index}", code=spec.code, heading=spec.heading,
        location_id=LOCATION_IDS[spec.location], int_ext=spec.int_ext,
        time_of_day=spec.time_of_day, story_day=spec.story_day,
        cast=[CHARACTER_IDS[key] for key in spec.cast], extras=spec.extras,
    )


def _shot(episode: int, index: int, scene: Scene, scene_spec: SceneSpec, row: ShotSpec) -> Shot:
    return Shot(
        id=f"sh_e{episode}_{index:03d}", code=row.code, scene_id=scene.id, mode=row.mode,
        camera=Camera(size=row.size, angle=row.angle, movement=row.move, side=row.side, lens_mm=row.lens),
        duration_s=row.duration, dialogue=row.dialogue, description=row.description,
        emotion=row.emotion, int_ext=row.int_ext, intent=list(row.intent), notes=row.notes,
        characters=_characters_in_shot(row.chars, scene_spec.story_day),
        props=[PropInShot(prop_id=PROP_IDS[key], state=state) for key, state in row.props],
        ai=_generation(row), plate_asset=row.plate_asset,
        fg_kelvin=row.kelvin[0] if row.kelvin else None,
        plate_kelvin=row.kelvin[1] if row.kelvin else None,
        frame=f"{FRAMES_DIR}/ep{episode}-{row.code}.png",
    )


def _characters_in_shot(chars: str, story_day: int) -> list[CharacterInShot]:
    entries = []
    for item in filter(None, (part.strip() for part in chars.split(","))):
        key, position, look, motion, *override = item.split() + ["."] * (4 - len(item.split()))
        known = {"position": position, "look": look, "motion": motion}
        entries.append(CharacterInShot(
            character_id=CHARACTER_IDS[key],
            wardrobe_id=_look_id(key, story_day, override[0] if override else None),
            **{name: value for name, value in known.items() if value != "."},
        ))
    return entries


STORY_DAY_LOOKS = {
    ("lw", 1): "coat", ("lw", 2): "trench", ("lw", 3): "trench", ("gy", 1): "jacket",
    ("gy", 2): "parka", ("ss", 2): "workwear", ("zq", 2): "suit", ("lc", 2): "hoodie",
}


def _look_id(key: str, story_day: int, override: str | None) -> str | None:
    look = override or STORY_DAY_LOOKS.get((key, story_day))
    return f"{CHARACTER_IDS[key]}_{look}".replace("ch_", "wl_") if look else None


def _generation(row: ShotSpec) -> AIGeneration:
    if row.ai is None:
        return AIGeneration()
    model, style = row.ai.engine
    refs = {CHARACTER_IDS[key]: _locked_ref(key) for key in row.ai.refs}
    return AIGeneration(model=model, style=style, seed=row.ai.seed, prompt=row.ai.prompt, refs=refs)


def _locked_ref(key: str) -> str:
    character = next(c for c in characters() if c.id == CHARACTER_IDS[key])
    return character.locked_ref or character.identity_refs[0]


def _edges(episode: int, shots: list[Shot], rows: list[ShotSpec]) -> list[Edge]:
    """Cut edges in story order, a parallel cut path through each alt take, then plate edges."""
    by_code = {shot.code: shot for shot in shots}
    main = [shot for shot, row in zip(shots, rows, strict=True) if row.alt_of is None]
    pairs = [(a.id, b.id, EdgeKind.CUT) for a, b in zip(main, main[1:], strict=False)]
    for shot, row in zip(shots, rows, strict=True):
        if row.alt_of is not None:
            original = main.index(by_code[row.alt_of])
            pairs.append((by_code[row.alt_of].id, shot.id, EdgeKind.ALT))
            pairs.append((main[original - 1].id, shot.id, EdgeKind.CUT))
            pairs.append((shot.id, main[original + 1].id, EdgeKind.CUT))
        if row.plate is not None:
            pairs.append((by_code[row.plate].id, shot.id, EdgeKind.PLATE))
    return [Edge(id=f"ed_e{episode}_{i:03d}", kind=kind, source=source, target=target)
            for i, (source, target, kind) in enumerate(pairs, 1)]


AI_PROVIDERS = [
    AIProvider(model="seedance-2.0", provider="北京火山引擎科技有限公司（演示）", code="001191110108DEMO0SD0010001"),
    AIProvider(model="kling-2.1", provider="北京快手科技有限公司（演示）", code="001191110105DEMO0KL0010001"),
]
"""The generator models the demo's AI shots use and their service providers (fictional codes)."""


def _disclosure(episode: int) -> Disclosure:
    """The label from the first frame for 3 s at 60 px; the AIGC producer comes from the provider table."""
    return Disclosure(
        label_text="本集部分画面由AI生成", position="start", start_s=0.0, duration_s=3.0, text_height_px=60,
        metadata=AIGCMetadata(Label="1", ProduceID=f"NEON-E{episode:02d}-20261215"),
    )


DAY_PLANS = (
    (dt.date(2026, 12, 2), dt.time(7, 0), ("pier", "office"),
     "多云，7–14°C，东北风2级；日出06:37，日落16:57。渡口外景上午先拍。",
     (("渡口栈桥 · 林晚", 1, ("4-02", "4-03")), ("渡口移动绿幕 · 过肩", 1, ("4-04",)),
      ("办公室全景 A", 1, ("3-02",)), ("林晚单人 A", 1, ("3-03",)),
      ("反打单人 B", 1, ("3-04", "3-06")), ("门口全身 B", 1, ("3-05",)), ("林晚特写 B", 1, ("3-07",)))),
    (dt.date(2026, 12, 3), dt.time(16, 30), ("apartment", "riverside"),
     "阴转小雨，夜间5–9°C，江边风大，备雨具和暖宝宝；日落16:57。",
     (("公寓全景", 1, ("2-01",)), ("顾言单人", 1, ("2-02",)), ("林晚单人", 1, ("2-03", "2-05")),
      ("船票插入", 1, ("2-04",)), ("沙发 · 手机", 2, ("4-02", "4-03")), ("林晚近景", 2, ("4-04", "4-05")),
      ("江滨移动绿幕", 1, ("1-03",)), ("江滨 · 林晚", 1, ("1-04", "1-05", "1-06", "1-06B")))),
)


def _shooting_days(project: Project) -> list[ShootingDay]:
    ids = {(e.number, s.code): s.id for e in project.episodes for s in e.shots}
    days = []
    for d, (date, call, places, weather, setups) in enumerate(DAY_PLANS, 1):
        days.append(ShootingDay(
            id=f"day_{d}", date=date, unit_call=call, weather=weather,
            location_ids=[LOCATION_IDS[p] for p in places],
            setups=[Setup(id=f"su_d{d}_{i:02d}", label=label, shot_ids=[ids[(ep, c)] for c in codes])
                    for i, (label, ep, codes) in enumerate(setups, 1)],
        ))
    return days


def save(project: Project, path: Path) -> None:
    """Write the project file with ShotGraph's own store."""
    from shotgraph.core.io.store import save_project

    save_project(project, path, backup=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the ShotGraph demo project.")
    parser.add_argument("--out", type=Path, default=HERE / "demo", help="folder to write into")
    args = parser.parse_args(argv)
    project = build_project()
    if problems := find_problems(project):
        print("\n".join(map(str, problems)), file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    demo_frames.write_frames(project, args.out)
    save(project, args.out / "demo.shotgraph")
    print(args.out / "demo.shotgraph")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
