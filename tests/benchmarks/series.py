"""A generated series at production scale, for the benchmarks.

``make_series()`` gives 100 episodes × 60 shots (6,000) with the mix a real
hybrid micro-drama has: recurring characters in wardrobe looks, props with
states, Chinese dialogue, a third of the shots AI or hybrid with generation data.
"""

from __future__ import annotations

import random

from shotgraph.core.model import (
    AIGeneration,
    Angle,
    Camera,
    Character,
    CharacterInShot,
    Disclosure,
    Edge,
    EdgeKind,
    Episode,
    IntExt,
    Location,
    Look,
    Mode,
    Movement,
    Project,
    Prop,
    PropInShot,
    Scene,
    ScreenPos,
    Shot,
    ShotSize,
    Side,
    TimeOfDay,
    WardrobeLook,
)

NAMES = ["林晓", "陈墨", "苏婉", "顾言", "周总", "Mara", "Victor", "小雨"]
PLACES = ["总裁办公室", "滨江大道", "顾家别墅", "地下停车场", "医院走廊", "Rooftop Bar"]
LINES = ["你到底在哪？", "签了它，一切都结束了。", "我不会再相信你。", "Wait for me.", "放下吧。"]


def make_series(episodes: int = 100, shots_per_episode: int = 60, seed: int = 0) -> Project:
    """A valid project of ``episodes × shots_per_episode`` shots, the same for the same seed."""
    rng = random.Random(seed)
    project = Project(id="pr_series", title="基准剧集 Benchmark Series")
    project.characters = [Character(id=f"ch_{i}", name=n, identity_refs=[f"{n}_lora_v1"])
                          for i, n in enumerate(NAMES)]
    project.wardrobe = [WardrobeLook(id=f"wd_{i}_{k}", character_id=f"ch_{i}", name=f"造型{k}")
                        for i in range(len(NAMES)) for k in range(3)]
    project.props = [Prop(id=f"pp_{i}", name=n) for i, n in enumerate(["茶杯", "手机", "合同", "雨伞"])]
    project.locations = [Location(id=f"lc_{i}", name=n, latitude=31.2 + i / 100, longitude=121.4)
                         for i, n in enumerate(PLACES)]
    project.episodes = [_episode(rng, number, shots_per_episode) for number in range(1, episodes + 1)]
    return project


def _episode(rng: random.Random, number: int, count: int) -> Episode:
    scenes = [Scene(id=f"sc_{number}_{k}", code=str(k + 1), location_id=f"lc_{rng.randrange(len(PLACES))}",
                  int_ext=rng.choice(list(IntExt)), time_of_day=rng.choice(list(TimeOfDay)),
                  story_day=number) for k in range(max(1, count // 12))]
    looks = {c: f"wd_{c}_{rng.randrange(3)}" for c in range(len(NAMES))}
    shots: list[Shot] = []
    for k, scene in enumerate(scenes):
        size = count // len(scenes) + (count % len(scenes) if k == len(scenes) - 1 else 0)
        blocking = _Blocking(rng, looks)
        shots += [_shot(rng, blocking, number, len(shots) + i, scene.id) for i in range(size)]
    edges = [Edge(id=f"ed_{number}_{i}", kind=EdgeKind.CUT, source=a.id, target=b.id)
             for i, (a, b) in enumerate(zip(shots, shots[1:], strict=False))]
    disclosure = Disclosure() if number % 10 else None
    return Episode(id=f"ep_{number}", number=number, title=f"第{number}集", disclosure=disclosure,
                   scenes=scenes, shots=shots, edges=edges)


class _Blocking:
    """How one scene is staged: its cast, their places and looks, the camera side, prop states.

    Real scenes keep these steady; a few shots in a hundred slip, as on a real set.
    """

    def __init__(self, rng: random.Random, looks: dict[int, str]) -> None:
        self.cast = rng.sample(range(len(NAMES)), k=rng.randint(1, 3))
        self.places = dict(zip(self.cast, rng.sample(list(ScreenPos), k=len(self.cast)), strict=True))
        self.looks = looks
        self.side = rng.choice([Side.A, Side.B])
        self.prop = rng.randrange(4)
        self.state = rng.choice(["满", "空", "亮屏"])

    def slip(self, rng: random.Random) -> bool:
        return rng.random() < 0.02


def _shot(rng: random.Random, blocking: _Blocking, number: int, index: int, scene_id: str) -> Shot:
    cast = [] if rng.random() < 0.15 else rng.sample(blocking.cast, k=rng.randint(1, len(blocking.cast)))
    mode = Mode.AI if not cast and rng.random() < 0.7 else rng.choices(list(Mode), weights=[7, 1, 2])[0]
    size = ShotSize.WS if not cast else rng.choice([ShotSize.FS, ShotSize.MS, ShotSize.MCU, ShotSize.CU])
    shot = Shot(
        id=f"sh_{number}_{index}", code=str(index + 1), scene_id=scene_id, mode=mode,
        camera=Camera(size=size, angle=rng.choice([Angle.EYE, Angle.EYE, Angle.HIGH, Angle.LOW, Angle.OTS]),
                      movement=rng.choice(list(Movement)),
                      side=rng.choice(list(Side)) if blocking.slip(rng) else blocking.side,
                      lens_mm=rng.choice([24, 35, 50, 85])),
        duration_s=rng.choice([2, 3, 3.5, 4, 5]),
        characters=[_character(rng, blocking, c) for c in cast],
        props=[PropInShot(prop_id=f"pp_{blocking.prop}",
                          state="空" if blocking.slip(rng) else blocking.state)] if cast else [],
        dialogue=f"{NAMES[cast[0]]}：{rng.choice(LINES)}" if cast and rng.random() < 0.5 else "",
        description="夜色中，人物穿过霓虹灯下的街道。", emotion=rng.randint(0, 3 if mode is Mode.LIVE else 1),
    )
    if mode is not Mode.LIVE:
        shot.ai = AIGeneration(model="seedance-2.0", seed=rng.randrange(10**6),
                               refs={f"ch_{c}": f"{NAMES[c]}_lora_v1" for c in cast},
                               prompt="vertical 9:16, neon night city, cinematic")
    if mode is Mode.HYBRID:
        shot.plate_asset, shot.fg_kelvin, shot.plate_kelvin = "江边夜景_v2", 4300, 4500
    return shot


def _character(rng: random.Random, blocking: _Blocking, c: int) -> CharacterInShot:
    look = f"wd_{c}_{rng.randrange(3)}" if blocking.slip(rng) else blocking.looks[c]
    return CharacterInShot(character_id=f"ch_{c}", position=blocking.places[c],
                           look=rng.choice([Look.L, Look.R]), motion=None, wardrobe_id=look)
