"""The animatic of a 60-shot episode at 1080×1920 renders at least twice as fast as it plays.

The shots are the demo's, with their storyboard frames, Chinese dialogue and AI label.
Run with ``make bench``; the frames rendered per second are printed and kept in the table's extra info.
"""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.model import Project
from shotgraph.demo import demo_project_path
from shotgraph.exports.animatic import write_animatic
from shotgraph.exports.animatic_reel import Reel, frame_rate

from .test_pdf_bench import sixty_shot_project

SPEED = 2.0
"""How many times faster than it plays the animatic must render."""


def test_bench_animatic_of_sixty_shots_renders_twice_as_fast_as_it_plays(benchmark, tmp_path: Path) -> None:
    project: Project = sixty_shot_project()
    assert (project.delivery.width, project.delivery.height) == (1080, 1920)
    frames = Reel.of(project.episodes[0], frame_rate(project)).frames
    written = benchmark.pedantic(write_animatic, args=(project, tmp_path),
                                 kwargs={"base": demo_project_path().parent, "progress": lambda done, total: None},
                                 rounds=1, iterations=1)
    assert len(written) == 1 and written[0].stat().st_size > 0
    if benchmark.stats is not None:
        seconds = benchmark.stats.stats.min
        rendered_fps = frames / seconds
        benchmark.extra_info["frames_per_second"] = round(rendered_fps)
        benchmark.extra_info["times_real_time"] = round(rendered_fps / float(frame_rate(project)), 1)
        print(f"\nAnimatic, {frames} frames at 1080×1920: {rendered_fps:.0f} frames/s, "
              f"{rendered_fps / float(frame_rate(project)):.1f}× real time")
        assert rendered_fps >= SPEED * float(frame_rate(project))
