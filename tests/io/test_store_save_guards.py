"""Saving never overwrites a version someone else saved, and never writes a project too large to open."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from benchmarks.series import make_series
from shotgraph.core.io import store
from shotgraph.core.io.atomic import ChangedOnDisk, ReadOnlyFile
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.fingerprint import fingerprint_file
from shotgraph.core.io.project_file import ProjectFile
from shotgraph.core.io.store import ProjectTooLarge, load_project, save_project
from shotgraph.core.model import Project


def project(title: str = "") -> Project:
    made = make_series(episodes=1, shots_per_episode=3)
    made.title = title
    return made


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    return save_project(project("原版"), tmp_path / "series.shotgraph", backup=False)


def someone_else_saves(path: Path, title: str) -> None:
    save_project(project(title), path, backup=False)


def test_saving_back_what_was_loaded_works_again_and_again(saved: Path) -> None:
    file = ProjectFile(saved)
    loaded = file.load()
    for title in ("第二版", "第三版"):
        loaded.title = title
        file.save(loaded)
        assert load_project(saved).title == title


def test_a_file_someone_else_saved_in_between_is_not_overwritten(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    someone_else_saves(saved, "别人的版本")
    theirs = saved.read_bytes()
    mine.title = "我的版本"
    with pytest.raises(ChangedOnDisk) as caught:
        file.save(mine)
    assert caught.value.exit_status == 3
    assert str(caught.value).startswith(f"{saved}: the file changed on disk since it was read")
    assert "nothing was written" in str(caught.value)
    assert saved.read_bytes() == theirs
    assert not Path(f"{saved}.bak").exists()


def test_overwriting_their_version_when_the_user_chooses_to(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    someone_else_saves(saved, "别人的版本")
    mine.title = "我的版本"
    file.save(mine, overwrite_changes=True)
    assert load_project(saved).title == "我的版本"
    assert load_project(Path(f"{saved}.bak")).title == "别人的版本"


def test_a_file_touched_or_rewritten_with_the_same_bytes_has_not_changed(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    saved.write_bytes(saved.read_bytes())
    later = time.time() + 5
    os.utime(saved, (later, later))
    mine.title = "我的版本"
    file.save(mine)
    assert load_project(saved).title == "我的版本"


def test_a_file_deleted_since_it_was_read_is_written_again(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    saved.unlink()
    file.save(mine)
    assert load_project(saved).title == "原版"


def test_the_version_saved_is_the_one_the_next_save_expects(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    file.save(mine)
    assert file.version == fingerprint_file(saved)
    someone_else_saves(saved, "别人的版本")
    with pytest.raises(ChangedOnDisk):
        file.save(mine)


def test_keeping_mine_after_seeing_their_change_lets_the_next_save_through(saved: Path) -> None:
    file = ProjectFile(saved)
    mine = file.load()
    someone_else_saves(saved, "别人的版本")
    file.accept_current()
    file.save(mine)
    assert load_project(saved).title == "原版"


def test_save_project_checks_the_expected_version_too(saved: Path) -> None:
    expected = fingerprint_file(saved)
    someone_else_saves(saved, "别人的版本")
    with pytest.raises(ChangedOnDisk):
        save_project(project("我的版本"), saved, expected=expected)
    assert load_project(saved).title == "别人的版本"


def test_a_read_only_project_is_refused_unless_the_user_asks(saved: Path) -> None:
    saved.chmod(0o444)
    before = saved.read_bytes()
    with pytest.raises(ReadOnlyFile, match="read-only"):
        save_project(project("我的版本"), saved)
    assert saved.read_bytes() == before
    save_project(project("我的版本"), saved, replace_read_only=True)
    assert load_project(saved).title == "我的版本"


def test_a_project_too_large_to_open_again_is_never_written(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(store, "MAX_PROJECT_BYTES", len(before) - 1)
    with pytest.raises(InputError):
        load_project(saved)  # what loading refuses ...
    with pytest.raises(ProjectTooLarge) as caught:
        save_project(project("原版"), saved)  # ... saving refuses to write
    message = str(caught.value)
    assert caught.value.exit_status == 3
    assert message.startswith(f"{saved}: the project would be a ") and "MB file, over the " in message
    assert "nothing was written" in message
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == ["series.shotgraph"]


def test_the_size_limit_is_the_one_loading_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = store.dumps_project(project("原版")).encode("utf-8")
    monkeypatch.setattr(store, "MAX_PROJECT_BYTES", len(data))
    path = save_project(project("原版"), tmp_path / "exact.shotgraph")
    assert load_project(path).title == "原版"
