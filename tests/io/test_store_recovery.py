"""Autosave and crash recovery: where recovery files go, finding them again, and discarding them."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from benchmarks.series import make_series
from shotgraph.core.io import atomic, recovery
from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.recovery import discard_recovery, find_recovery, user_data_dir, write_recovery
from shotgraph.core.io.store import save_project
from shotgraph.core.model import Project


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private per-user data folder, so tests never touch the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SHOTGRAPH_DATA_DIR", str(folder))
    return folder


def project(project_id: str = "pr_series", title: str = "恢复测试") -> Project:
    result = make_series(episodes=1, shots_per_episode=4)
    result.id, result.title = project_id, title
    return result


def saved(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return save_project(project(title="已保存"), folder / "剧集.shotgraph")


def age(path: Path, seconds: float) -> None:
    """Make ``path`` look ``seconds`` older than now."""
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


def test_recovery_of_a_saved_project_sits_hidden_beside_it(tmp_path: Path) -> None:
    path = saved(tmp_path / "work")
    written = write_recovery(project(), path)
    assert written == tmp_path / "work" / ".剧集.shotgraph.recovery"
    assert path.read_text(encoding="utf-8").count("已保存") == 1


def test_newer_recovery_is_found_and_holds_the_unsaved_work(tmp_path: Path) -> None:
    path = saved(tmp_path / "work")
    age(path, 60)
    write_recovery(project(title="未保存的修改"), path)
    found = find_recovery(path)
    assert found is not None
    assert found.newer_than_saved
    assert found.project_path == path
    assert found.load().title == "未保存的修改"


def test_recovery_older_than_the_saved_file_is_not_newer(tmp_path: Path) -> None:
    path = saved(tmp_path / "work")
    age(write_recovery(project(), path), 60)
    found = find_recovery(path)
    assert found is not None and not found.newer_than_saved


def test_no_recovery_found_when_none_was_written(tmp_path: Path) -> None:
    assert find_recovery(saved(tmp_path / "work")) is None
    assert find_recovery(None) is None


def test_discarding_removes_only_the_recovery(tmp_path: Path) -> None:
    path = saved(tmp_path / "work")
    write_recovery(project(), path)
    discard_recovery(path)
    assert find_recovery(path) is None
    assert sorted(p.name for p in path.parent.iterdir()) == ["剧集.shotgraph"]
    discard_recovery(path)


def test_unsaved_project_recovers_from_the_data_folder(data_dir: Path) -> None:
    written = write_recovery(project("pr_new"), None)
    assert written == data_dir / "recovery" / "pr_new.shotgraph.recovery"
    found = find_recovery(None)
    assert found is not None and found.newer_than_saved and found.project_path is None
    assert found.load().id == "pr_new"


def test_two_unsaved_projects_keep_separate_recoveries(data_dir: Path) -> None:
    age(write_recovery(project("pr_one", "第一"), None), 60)
    write_recovery(project("pr_two", "第二"), None)
    assert find_recovery(None).load().title == "第二"
    assert find_recovery(None, "pr_one").load().title == "第一"
    discard_recovery(None, "pr_two")
    assert find_recovery(None).load().title == "第一"


def test_recovery_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path / "work")
    write_recovery(project(title="第一次"), path)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(OutputError, match="No space left on device") as caught:
        write_recovery(project(title="第二次"), path)
    assert ".剧集.shotgraph.recovery: could not save" in str(caught.value)
    monkeypatch.undo()
    assert find_recovery(path).load().title == "第一次"
    assert sorted(p.name for p in path.parent.iterdir()) == [".剧集.shotgraph.recovery", "剧集.shotgraph"]


def test_data_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SHOTGRAPH_DATA_DIR")
    monkeypatch.setattr(recovery.Path, "home", lambda: tmp_path)
    monkeypatch.setattr(recovery.sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert user_data_dir() == tmp_path / ".local" / "share" / "shotgraph"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_data_dir() == tmp_path / "xdg" / "shotgraph"
    monkeypatch.setattr(recovery.sys, "platform", "darwin")
    assert user_data_dir() == tmp_path / "Library" / "Application Support" / "ShotGraph"


def test_data_folder_override(data_dir: Path) -> None:
    assert user_data_dir() == data_dir
