"""Importing a 100-episode Chinese script (about 1.5 MB) must take at most 2 s."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from shotgraph.core.io.scripts import read_script

TARGET_SECONDS = 2.0
NAMES = ["林晓", "陈墨", "顾言", "苏婉", "秘书小周", "老陈"]
PLACES = ["总裁办公室", "公司楼下", "林晓家客厅", "江边步道", "酒吧", "医院走廊", "地下停车场"]
TIMES = ["日", "夜", "晨", "昏"]


def series_script(episodes: int = 100, scenes: int = 12, seed: int = 7) -> str:
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
    assert 1.2e6 < size < 2e6
    result = benchmark.pedantic(read_script, args=(script_file,), rounds=5, warmup_rounds=1)
    assert len(result.project.episodes) == 100
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= TARGET_SECONDS
