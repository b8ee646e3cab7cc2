"""Saving projects: a git-friendly file, byte-stable round trips, and never a half-written file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from benchmarks.series import make_series
from shotgraph.core.io import atomic
from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.store import dumps_project, load_project, save_project
from shotgraph.core.model import SCHEMA_VERSION, CanvasPos, Project

LINE = "你到底在哪？"


def small_project() -> Project:
    project = make_series(episodes=2, shots_per_episode=5)
    project.episodes[0].shots[0].dialogue = f"林晓：{LINE}"
    return project


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_file_starts_with_version_and_marker_and_ends_with_newline(tmp_path: Path) -> None:
    path = save_project(small_project(), tmp_path / "series.shotgraph")
    text = path.read_text(encoding="utf-8")
    start = f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "format": "shotgraph",\n  "id": "pr_series",\n'
    assert text.startswith(start)
    assert text.endswith("}\n") and not text.endswith("\n\n")


def test_keys_follow_the_model_and_defaults_are_left_out(tmp_path: Path) -> None:
    document = json.loads(dumps_project(small_project()))
    assert list(document) == [
        "schema_version",
        "format",
        "id",
        "title",
        "characters",
        "wardrobe",
        "props",
        "locations",
        "episodes",
    ]
    shot = document["episodes"][0]["shots"][0]
    assert "notes" not in shot and "extra" not in shot
    assert list(shot)[:3] == ["id", "code", "scene_id"]


def test_chinese_text_is_stored_as_readable_utf8(tmp_path: Path) -> None:
    path = save_project(small_project(), tmp_path / "剧集.shotgraph")
    data = path.read_bytes()
    assert f'"dialogue": "林晓：{LINE}"'.encode() in data
    assert b"\\u" not in data
    assert load_project(path).episodes[0].shots[0].dialogue == f"林晓：{LINE}"


def test_save_load_save_gives_identical_bytes(tmp_path: Path) -> None:
    first = save_project(small_project(), tmp_path / "a.shotgraph")
    second = save_project(load_project(first), tmp_path / "b.shotgraph")
    assert first.read_bytes() == second.read_bytes()


def test_loaded_project_equals_the_saved_one(tmp_path: Path) -> None:
    project = small_project()
    project.episodes[1].shots[2].canvas = CanvasPos(x=-120.5, y=3e5)
    assert load_project(save_project(project, tmp_path / "a.shotgraph")) == project


def test_saving_again_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    project = small_project()
    save_project(project, path)
    old = path.read_bytes()
    project.title = "第二版"
    save_project(project, path)
    assert (tmp_path / "series.shotgraph.bak").read_bytes() == old
    assert load_project(path).title == "第二版"
    assert listing(tmp_path) == ["series.shotgraph", "series.shotgraph.bak"]


def test_no_backup_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    save_project(small_project(), path, backup=False)
    save_project(small_project(), path, backup=False)
    assert listing(tmp_path) == ["series.shotgraph"]


def test_failing_replace_leaves_the_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_project(small_project(), tmp_path / "series.shotgraph", backup=False)
    old = path.read_bytes()

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    changed = small_project()
    changed.title = "不会保存"
    with pytest.raises(OutputError, match="Permission denied") as caught:
        save_project(changed, path, backup=False)
    assert str(caught.value).startswith(f"{path}: could not save")
    assert caught.value.exit_status == 3
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["series.shotgraph"]


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_project(small_project(), tmp_path / "series.shotgraph")
    old = path.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OutputError, match=r"could not save \(No space left on device\)"):
        save_project(small_project(), path)
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["series.shotgraph"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions that bind the user")
def test_read_only_folder_raises_output_error(tmp_path: Path) -> None:
    path = save_project(small_project(), tmp_path / "series.shotgraph")
    old = path.read_bytes()
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            save_project(small_project(), path)
    finally:
        tmp_path.chmod(0o755)
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["series.shotgraph"]


def test_missing_folder_raises_output_error(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "series.shotgraph"
    with pytest.raises(OutputError, match="No such file or directory") as caught:
        save_project(small_project(), path)
    assert str(caught.value).startswith(str(path))
    assert listing(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_saving_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = save_project(small_project(), tmp_path / "series.shotgraph")
    path.chmod(0o640)
    save_project(small_project(), path)
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_through_a_link_updates_the_linked_file(tmp_path: Path) -> None:
    real = save_project(small_project(), tmp_path / "real.shotgraph", backup=False)
    link = tmp_path / "link.shotgraph"
    link.symlink_to(real)
    project = small_project()
    project.title = "经由链接"
    save_project(project, link, backup=False)
    assert link.is_symlink()
    assert load_project(real).title == "经由链接"
