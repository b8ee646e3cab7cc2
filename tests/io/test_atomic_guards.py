"""Saving respects the file system: read-only files stay as they are, one save at a time per
folder, and the temporary files of a killed save are cleared by the next one."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from shotgraph.core.io.atomic import ReadOnlyFile, atomic_write, backup_path, is_read_only, remove_leftovers
from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.locking import folder_lock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits and flock")


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def read_only_file(folder: Path, name: str = "series.shotgraph", content: bytes = b"old\n") -> Path:
    path = folder / name
    path.write_bytes(content)
    path.chmod(0o444)
    return path


def test_a_file_without_write_permission_counts_as_read_only_even_for_an_administrator(tmp_path: Path) -> None:
    path = read_only_file(tmp_path)
    assert is_read_only(path)
    path.chmod(0o644)
    assert not is_read_only(path)
    assert not is_read_only(tmp_path / "missing.shotgraph")


def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = read_only_file(tmp_path)
    with pytest.raises(ReadOnlyFile) as caught:
        atomic_write(path, b"new\n", backup=True)
    assert caught.value.exit_status == 3
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "read-only" in message
    assert "make it writable" in message and "another name" in message
    assert path.read_bytes() == b"old\n" and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert listing(tmp_path) == ["series.shotgraph"]


def test_replacing_a_read_only_file_when_asked_keeps_it_read_only(tmp_path: Path) -> None:
    path = read_only_file(tmp_path)
    atomic_write(path, b"new\n", backup=True, replace_read_only=True)
    assert path.read_bytes() == b"new\n" and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert backup_path(path).read_bytes() == b"old\n"


def test_a_read_only_backup_is_not_replaced_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    path.write_bytes(b"current\n")
    kept = read_only_file(tmp_path, "series.shotgraph.bak", b"kept on purpose\n")
    with pytest.raises(ReadOnlyFile) as caught:
        atomic_write(path, b"new\n", backup=True)
    assert str(caught.value).startswith(f"{kept}: ") and "backup is read-only" in str(caught.value)
    assert path.read_bytes() == b"current\n" and kept.read_bytes() == b"kept on purpose\n"


def test_a_read_only_backup_does_not_matter_when_no_backup_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    path.write_bytes(b"current\n")
    read_only_file(tmp_path, "series.shotgraph.bak", b"kept\n")
    atomic_write(path, b"new\n")
    assert path.read_bytes() == b"new\n"


def test_a_save_waits_for_another_save_in_the_same_folder(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    released = []
    held = threading.Event()

    def hold_the_lock() -> None:
        with folder_lock(path):
            held.set()
            time.sleep(0.3)  # a slow save: ours must wait for it
            released.append(time.monotonic())

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    assert held.wait(timeout=10)
    atomic_write(path, b"after\n")
    finished = time.monotonic()
    holder.join()
    assert released and finished >= released[0]
    assert path.read_bytes() == b"after\n"


def test_a_save_kept_waiting_too_long_gives_up_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    path.write_bytes(b"old\n")
    with folder_lock(path) as locked:
        assert locked
        with pytest.raises(OutputError, match="another ShotGraph has been saving"), folder_lock(path, wait=0.1):
            pass
    assert path.read_bytes() == b"old\n"


def leftover(folder: Path, name: str, age: float = 0.0) -> Path:
    path = folder / name
    path.write_bytes(b"half a save")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def test_the_next_save_removes_temporaries_a_killed_save_left(tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    leftover(tmp_path, ".series.shotgraph.0a1b2c3d.tmp")
    leftover(tmp_path, ".series.shotgraph.bak.99aa88bb.tmp")
    atomic_write(path, b"saved\n", backup=True)
    assert listing(tmp_path) == ["series.shotgraph"]


def test_temporaries_of_other_files_and_other_names_are_left_alone(tmp_path: Path) -> None:
    others = [".other.shotgraph.0a1b2c3d.tmp", ".series.shotgraph.notours.tmp", "series.shotgraph.0a1b2c3d.tmp",
              ".series.shotgraph.0a1b2c3d.tmp.keep"]
    for name in others:
        leftover(tmp_path, name, age=3600)
    atomic_write(tmp_path / "series.shotgraph", b"saved\n")
    assert listing(tmp_path) == sorted([*others, "series.shotgraph"])


def test_without_a_lock_only_temporaries_over_a_minute_old_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "series.shotgraph"
    fresh = leftover(tmp_path, ".series.shotgraph.0a1b2c3d.tmp")
    stale = leftover(tmp_path, ".series.shotgraph.4e5f6a7b.tmp", age=120)
    assert remove_leftovers(target, locked=False) == [stale]
    assert fresh.exists() and not stale.exists()


def test_where_the_system_has_no_lock_saving_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shotgraph.core.io.locking.fcntl", None)
    path = tmp_path / "series.shotgraph"
    atomic_write(path, b"one\n")
    atomic_write(path, b"two\n", backup=True)
    assert path.read_bytes() == b"two\n" and backup_path(path).read_bytes() == b"one\n"
