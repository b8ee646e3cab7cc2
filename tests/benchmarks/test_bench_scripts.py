"""Importing a 100-episode Chinese script (about 1.5 MB) must take at most 1 s, and a 150-page
Fountain feature (about 8,000 lines) at most 0.5 s, in time proportional to its length."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from shotgraph.core.io.scripts import read_script

TARGET_SECONDS = 1.0
FEATURE_TARGET_SECONDS = 0.5
FEATURE_PAGES = 150
LINES_PER_PAGE = 55
LINEAR_MARGIN = 1.5
"""A script twice as long may take up to twice as long, times this margin for a noisy machine."""
NAMES = ["林晓", "陈墨", "顾言", "苏婉", "秘书小周", "老陈"]
PLACES = ["总裁办公室", "公司楼下", "林晓家客厅", "江边步道", "酒吧", "医院走廊", "地下停车场"]
TIMES = ["日", "夜", "晨", "昏"]


def series_script(episodes: int = 100, scenes: int = 14, seed: int = 7) -> str:
    """A long script in the usual convention: cast lines, △ action, prompted and plain dialogue."""
    rng = random.Random(seed)
    lines = ["《霓虹之下》", "编剧：李青"]
    for episode in range(1, episodes + 1):
        lines += ["", f"第{episode}集 第{episode}章"]
        for scene in range(1, scenes + 1):
            cast = rng.sample(NAMES, 3)
            lines += ["", f"{episode}-{scene} {rng.choice(TIMES)} {rng.choice('内外')} {rng.choice(PLACES)}",
                      f"人物：{'、'.join(cast)}"]
            for _ in range(rng.randint(8, 12)):
                who = rng.choice(cast)
                kind = rng.random()
                if kind < 0.35:
                    lines.append(f"△{who}走到窗边，看着窗外的霓虹灯，雨水顺着玻璃滑落，城市在夜色里闪烁。")
                elif kind < 0.5:
                    lines.append(f"{who}（压低声音）：你以为我真的不知道那天晚上发生了什么吗？")
                else:
                    lines.append(f"{who}：这件事到此为止，明天早上九点，我要在办公室看到你的辞职信。")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def script_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("script") / "series.txt"
    path.write_text(series_script(), encoding="utf-8")
    return path


def test_bench_import_100_episode_chinese_script(benchmark, script_file: Path) -> None:
    size = script_file.stat().st_size
    assert 1.4e6 < size < 2e6
    result = benchmark.pedantic(read_script, args=(script_file,), rounds=5, warmup_rounds=1)
    assert len(result.project.episodes) == 100
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= TARGET_SECONDS


CUES = ["ADA", "TOMAS", "DR. FENWICK", "JOE", "AMARA", "MCCALLUM (V.O.)", "EDWIN (O.S.)", "ADA (CONT'D)"]
FEATURE_PLACES = ["HARBOUR ROAD", "LIGHTHOUSE - LAMP ROOM", "TOMAS'S TRUCK, DRIVING", "HARBOUR OFFICE", "PIER"]
HEADINGS = ["INT. {} - NIGHT #{}#", "EXT. {} - DAY #{}#", "INT./EXT. {} - DUSK #{}#", "EXT. {} - DAWN - LATER #{}#"]
ACTION = ["Fog rolls in off the water and swallows the end of the pier.",
          "ADA crosses to the window, *slowly*, and wipes the salt from the glass. [[Prop: rag.]]",
          "The radio crackles. Somewhere out there a horn sounds, twice, then nothing."]
SPEECH = ["You said the light would never go out. You promised him.",
          "It hasn't been lit in **four years**, and nobody in this town has asked why.",
          "Then we light it tonight."]


def feature_script(pages: int = FEATURE_PAGES, seed: int = 11) -> str:
    """A feature in Fountain: title page, acts, scenes of action paragraphs and dialogue blocks
    (cues with extensions, parentheticals, notes, emphasis) and transitions, about 55 lines a page."""
    rng = random.Random(seed)
    lines = ["Title: HARBOUR LIGHTS", "Author: Mara Quinlan", "Draft date: 14 March 2027", ""]
    scene = 0
    while len(lines) < pages * LINES_PER_PAGE:
        if scene % 30 == 0:
            lines += [f"# Act {scene // 30 + 1}", "", "= The harbour waits for its light.", ""]
        scene += 1
        lines += [rng.choice(HEADINGS).format(rng.choice(FEATURE_PLACES), scene), ""]
        for _ in range(rng.randint(6, 14)):
            if rng.random() < 0.35:
                lines += rng.sample(ACTION, rng.randint(1, 3)) + [""]
            else:
                direction = ["(quietly)"] if rng.random() < 0.3 else []
                lines += [rng.choice(CUES), *direction, *rng.sample(SPEECH, rng.randint(1, 3)), ""]
        lines += ["CUT TO:", ""] if rng.random() < 0.3 else []
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def feature_files(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("feature")
    feature, double = folder / "feature.fountain", folder / "double.fountain"
    feature.write_text(feature_script(), encoding="utf-8")
    double.write_text(feature_script(2 * FEATURE_PAGES), encoding="utf-8")
    return feature, double


def fastest(path: Path, rounds: int = 5) -> float:
    """The fastest of a few imports of ``path``, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        read_script(path)
        times.append(time.perf_counter() - start)
    return min(times)


def test_bench_import_150_page_fountain_feature(benchmark, feature_files: tuple[Path, Path]) -> None:
    feature, double = feature_files
    assert 7_500 < len(feature.read_text(encoding="utf-8").splitlines()) < 8_500
    result = benchmark.pedantic(read_script, args=(feature,), rounds=5, warmup_rounds=1)
    assert result.kind == "fountain" and len(result.project.episodes[0].scenes) > 80 and not result.unread
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= FEATURE_TARGET_SECONDS
        assert fastest(double) <= 2 * LINEAR_MARGIN * fastest(feature)
