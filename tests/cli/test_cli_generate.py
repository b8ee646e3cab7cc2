"""``shotgraph generate``: templates imported, draws sent to a (stand-in) ComfyUI server with a line
per draw, takes saved into the project, and the exit statuses 0, 2 and 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS, small_project
from shotgraph.cli import main
from shotgraph.core.io.store import load_project, save_project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "雨夜.shotgraph"
    save_project(small_project(), path)
    status, out, err = run(capsys, "generate", str(path), "--import-template", str(WORKFLOWS / "txt2img_api.json"),
                           "--name", "文生图")
    assert (status, err) == (0, "") and "prompt: node 6 input text" in out
    return path


def test_generate_sends_each_ready_shot_and_saves_a_take_per_draw(capsys, project: Path, comfy: FakeComfyUI):
    status, out, err = run(capsys, "generate", str(project), "--episode", "1", "--draws", "2",
                           "--server", comfy.url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert "1-3: held back: no prompt" in lines and "1 shot(s) × 2 draw(s), estimated cost 0.00 CNY" in lines
    draws = [line for line in lines if line.startswith("1-1 draw")]
    assert len(draws) == 2 and all("media/takes/1-1-" in line and "(2.5 s" in line for line in draws)
    takes = load_project(project).episodes[0].shots[0].ai.takes
    assert len(takes) == 2 and takes[0].provenance.server == comfy.url
    assert load_project(project).generation.jobs == []


def test_a_video_template_brings_back_an_mp4_named_on_the_draw_line(capsys, project: Path, comfy: FakeComfyUI):
    status, out, _ = run(capsys, "generate", str(project), "--import-template",
                         str(WORKFLOWS / "txt2video_api.json"), "--name", "文生视频")
    assert status == 0 and "frames: node 40 input length" in out
    status, out, err = run(capsys, "generate", str(project), "--episode", "1", "--template", "文生视频",
                           "--server", comfy.url)
    assert (status, err) == (0, "") and comfy.prompts[0]["40"]["inputs"]["length"] == 100
    [line] = [line for line in out.splitlines() if line.startswith("1-1 draw 1/1")]
    video = line.split(": ", 1)[1].split(" (")[0]
    assert video.startswith("media/takes/1-1-") and video.endswith(".mp4")
    assert (project.parent / video).read_bytes()[4:8] == b"ftyp"
    [take] = load_project(project).episodes[0].shots[0].ai.takes
    assert (take.video, take.image) == (video, None)


def test_dry_run_only_prints_the_preflight(capsys, project: Path):
    before = project.read_bytes()
    status, out, _ = run(capsys, "generate", str(project), "--episode", "1", "--dry-run", "--anyway")
    assert status == 0 and "2 shot(s) × 1 draw(s)" in out and project.read_bytes() == before


def test_a_failing_draw_exits_3_and_keeps_the_project_without_a_take(capsys, project: Path, comfy: FakeComfyUI):
    comfy.mode = "fail"
    status, out, err = run(capsys, "generate", str(project), "--episode", "1", "--server", comfy.url)
    assert status == 3 and "failed: " in out and "failed at node 3 (KSampler)" in out
    assert err.strip() == "shotgraph: 1 of 1 draws failed"
    assert load_project(project).episodes[0].shots[0].ai.takes == []


def test_an_unreachable_server_exits_3_with_one_line(capsys, project: Path, comfy: FakeComfyUI):
    url = comfy.url
    comfy.stop()
    status, _, err = run(capsys, "generate", str(project), "--episode", "1", "--server", url)
    assert status == 3 and len(err.strip().splitlines()) == 1 and "cannot reach the ComfyUI server" in err


@pytest.mark.parametrize(("argv", "expected"), [
    (["--episode", "9"], "has no episode 9 (episodes: 1)"),
    (["--episode", "1", "--template", "图生视频"], "no workflow template called '图生视频'"),
    (["--episode", "1", "--server", "localhost:8188"], "is not an http:// or https:// address"),
    (["--episode", "1", "--draws", "0"], "give 1 to 100 draws"),
    ([], "--episode N"),
])
def test_bad_input_exits_2_with_one_message(capsys, project: Path, argv: list[str], expected: str):
    status, _, err = run(capsys, "generate", str(project), *argv)
    assert status == 2 and expected in err and len(err.strip().splitlines()) == 1


def test_a_project_without_template_or_a_missing_project_exits_2(capsys, tmp_path: Path):
    path = tmp_path / "空.shotgraph"
    save_project(small_project(), path)
    status, _, err = run(capsys, "generate", str(path), "--episode", "1")
    assert status == 2 and "has no workflow template; import one first" in err
    status, _, err = run(capsys, "generate", str(tmp_path / "没有.shotgraph"), "--episode", "1")
    assert status == 2 and "没有.shotgraph" in err


def test_a_hostile_template_file_exits_2_naming_it_and_leaves_the_project(capsys, project: Path):
    before = project.read_bytes()
    status, _, err = run(capsys, "generate", str(project), "--import-template", str(WORKFLOWS / "editor_format.json"))
    assert status == 2 and "editor_format.json" in err and "Export (API)" in err
    assert project.read_bytes() == before


def test_on_a_terminal_the_running_node_and_its_steps_are_shown_on_one_line():
    import io

    from shotgraph.cli.generate import progress_printer
    from shotgraph.core.generation.engine import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    show = progress_printer(terminal)
    show(Progress("p", "3", 2, 20))
    show(Progress("p", "9"))
    assert terminal.getvalue() == "\r  node 3 step 2/20\033[K\r  node 9\033[K"
    assert progress_printer(io.StringIO()) is None


def test_ctrl_c_cancels_the_draw_in_flight_and_keeps_the_takes_already_back(capsys, monkeypatch, project: Path,
                                                                             comfy: FakeComfyUI):
    from shotgraph.core.generation import draws

    comfy.step_seconds = 0.5  # the second draw is still running on the server when Ctrl+C comes
    fetch, calls = draws.fetch_draw, []

    def fetch_then_interrupt(engine, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return fetch(engine, *args, **kwargs)

    monkeypatch.setattr(draws, "fetch_draw", fetch_then_interrupt)
    status, out, err = run(capsys, "generate", str(project), "--episode", "1", "--draws", "3", "--server", comfy.url)
    assert status == 130
    assert err.strip().splitlines()[-1] == ("shotgraph: stopped; 1 draw(s) in flight cancelled on the server, "
                                            "1 take(s) brought back and saved")
    assert len(comfy.prompts) == 2 and len(comfy.interrupted) == 1
    saved = load_project(project)
    assert len(saved.episodes[0].shots[0].ai.takes) == 1 and saved.generation.jobs == []
