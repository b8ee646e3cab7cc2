"""Older project files open through the chain of upgrade steps; the steps run in order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.series import make_series
from shotgraph.core.io import migrations
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import dumps_project, load_project
from shotgraph.core.model import SCHEMA_VERSION


def format_1_file(folder: Path) -> Path:
    """A format-1 file in which the project title was still called ``name`` (a made-up old format)."""
    document = json.loads(dumps_project(make_series(episodes=1, shots_per_episode=3)))
    document["schema_version"] = 1
    document["name"] = document.pop("title")
    path = folder / "old.shotgraph"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    data["title"] = data.pop("name")
    data.setdefault("steps", []).append(1)
    return data


def migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    steps = data.pop("steps")
    data["notes"] = f"upgraded by steps {steps + [2]}"
    return data


@pytest.fixture
def format_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend ShotGraph writes format 3 and knows how to upgrade formats 1 and 2."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, migrate_1_to_2)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, migrate_2_to_3)


def test_a_format_1_project_opens_with_each_scene_casting_the_characters_of_its_shots(tmp_path: Path) -> None:
    project = make_series(episodes=1, shots_per_episode=6)
    for scene in project.episodes[0].scenes:
        scene.cast = []
    document = json.loads(dumps_project(project))
    document["schema_version"] = 1
    assert all("cast" not in scene for scene in document["episodes"][0]["scenes"])
    path = tmp_path / "format1.shotgraph"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    upgraded = load_project(path)
    assert upgraded.schema_version == migrations.current_version() == SCHEMA_VERSION
    episode = upgraded.episodes[0]
    for scene in episode.scenes:
        drawn = [c.character_id for s in episode.shots if s.scene_id == scene.id for c in s.characters]
        assert scene.cast == list(dict.fromkeys(drawn)) and scene.extras == 0
    assert any(scene.cast for scene in episode.scenes)


def test_upgrading_a_damaged_format_1_file_leaves_the_damage_for_validation_to_name(tmp_path: Path) -> None:
    data = {"schema_version": 1, "episodes": [{"shots": [7, {"characters": "x"}], "scenes": [3, {"id": 1}]}, "x"]}
    migrated = migrations.migrate_1_to_2(data)
    assert migrated["episodes"][0]["scenes"] == [3, {"id": 1, "cast": []}]


@pytest.mark.usefixtures("format_3")
def test_old_file_is_upgraded_step_by_step(tmp_path: Path) -> None:
    project = load_project(format_1_file(tmp_path))
    assert project.title == "基准剧集 Benchmark Series"
    assert project.notes == "upgraded by steps [1, 2]"
    assert project.schema_version == 3


@pytest.mark.usefixtures("format_3")
def test_upgraded_project_saves_in_the_current_format(tmp_path: Path) -> None:
    text = dumps_project(load_project(format_1_file(tmp_path)))
    assert text.startswith('{\n  "schema_version": 3,\n  "format": "shotgraph",\n')
    assert '"name": "基准剧集' not in text


@pytest.mark.usefixtures("format_3")
def test_upgrading_leaves_the_old_file_alone(tmp_path: Path) -> None:
    path = format_1_file(tmp_path)
    before = path.read_bytes()
    load_project(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["old.shotgraph"]


def test_missing_step_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(migrations.MIGRATIONS, 1)
    path = format_1_file(tmp_path)
    with pytest.raises(InputError, match="cannot upgrade format 1 files") as caught:
        load_project(path)
    assert str(caught.value).startswith(str(path))


def test_failing_step_names_the_file_and_the_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda data: data["no such field"])
    path = format_1_file(tmp_path)
    with pytest.raises(InputError, match="could not upgrade from format 1 to 2: KeyError") as caught:
        load_project(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.usefixtures("format_3")
def test_result_of_the_upgrade_is_still_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(migrations.MIGRATIONS, 2, lambda data: data)
    with pytest.raises(InputError, match="steps: unknown field"):
        load_project(format_1_file(tmp_path))
