"""AI takes side by side: add an image as a take, mark the chosen one, remove one; refusals."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.ui import media
from shotgraph.ui.takes import TakesPanel


@pytest.fixture
def editable(tmp_path, window):
    """The demo copied to a folder of its own, open in the window."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    assert window.open_project(folder / demo_project_path().name)
    return folder


@pytest.fixture
def panel(qtbot, window) -> TakesPanel:
    panel = TakesPanel(window.bridge)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    return said


def png(path, colour: str = "#3366aa"):
    image = QImage(90, 160, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def ai_shot(window):
    return next(s for s in window.project.episodes[0].shots if s.mode is Mode.AI)


def test_adding_a_take_copies_the_image_and_counts_a_card_draw(editable, window, panel, tmp_path):
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    assert panel.add_take(png(tmp_path / "gen1.png"))
    assert panel.add_take(png(tmp_path / "gen2.png", "#aa3366"))
    shot = window.bridge.document.shot(shot.id)
    assert len(shot.ai.takes) == 2 and shot.ai.takes_tried == 2
    assert all((editable / take.image).is_file() for take in shot.ai.takes)
    assert shot.ai.takes[0].image.startswith("media/takes/")
    assert panel.takes.count() == 2 and not panel.takes.item(0).icon().isNull()


def test_marking_a_take_chosen_stars_it_and_undo_unmarks(editable, window, panel, tmp_path):
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    panel.add_take(png(tmp_path / "gen1.png"))
    panel.add_take(png(tmp_path / "gen2.png", "#aa3366"))
    panel.takes.setCurrentRow(1)
    panel.choose_button.click()
    shot = window.bridge.document.shot(shot.id)
    assert shot.ai.chosen_take_id == shot.ai.takes[1].id
    assert panel.takes.item(1).text().startswith("Take 2 ★ chosen") and "★" not in panel.takes.item(0).text()
    window.bridge.undo_stack.undo()
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id is None


def test_removing_a_take_keeps_the_count_of_takes_tried(editable, window, panel, tmp_path):
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    panel.add_take(png(tmp_path / "gen1.png"))
    panel.takes.setCurrentRow(0)
    panel.remove_button.click()
    shot = window.bridge.document.shot(shot.id)
    assert shot.ai.takes == [] and shot.ai.takes_tried == 1


def test_a_live_shot_has_no_takes_to_add(window, panel):
    live = next(s for s in window.project.episodes[0].shots if s.mode is Mode.LIVE)
    window.bridge.select([live.id])
    assert not panel.add_button.isEnabled() and "Select an AI or hybrid shot" in panel.heading.text()


def test_a_file_that_is_not_an_image_is_refused_and_nothing_changes(editable, window, panel, tmp_path, warnings):
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture", encoding="utf-8")
    assert not panel.add_take(fake)
    assert len(warnings) == 1 and "notes.png" in warnings[0] and not window.bridge.document.shot(shot.id).ai.takes


def test_a_decompression_bomb_is_refused_from_its_header(editable, window, panel, tmp_path, warnings, monkeypatch):
    monkeypatch.setattr(media, "MAX_PIXELS", 100)
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    assert not panel.add_take(png(tmp_path / "big.png"))
    assert "too large" in warnings[0]


def test_an_unsaved_project_asks_to_be_saved_first(window, panel, tmp_path, warnings):
    window.show_project(window.project.model_copy(deep=True), None)
    window.bridge.select([ai_shot(window).id])
    assert not panel.add_take(png(tmp_path / "gen.png"))
    assert "Save the project first" in warnings[0]
