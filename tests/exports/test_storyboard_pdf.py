"""The storyboard PDF read back: panels in episode order, so many per page, each with its text."""

from __future__ import annotations

import math

import pytest
from pdf_reading import font_files, footers_are_right, page_texts
from pypdf import PdfReader

from shotgraph.core.graph import episode_order
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def codes_in_order(text: str, codes: list[str]) -> bool:
    """Each code appears after the one before it."""
    position = 0
    for code in codes:
        position = text.find(code, position)
        if position < 0:
            return False
        position += len(code)
    return True


@pytest.mark.parametrize("per_page", [2, 3, 4, 5, 6])
def test_panels_follow_episode_order_so_many_per_page(tmp_path, demo, per_page):
    path = tmp_path / "storyboard.pdf"
    export("storyboard", demo, path, base=demo_project_path().parent, per_page=per_page)
    orders = [[shot.code for shot in episode_order(e)] for e in demo.episodes]
    pages = page_texts(path)
    assert len(pages) == sum(math.ceil(len(codes) / per_page) for codes in orders)
    first_page_codes = orders[0][:per_page]
    assert codes_in_order(pages[0], first_page_codes) and orders[0][per_page] not in pages[0]
    assert codes_in_order("".join(pages), [code for codes in orders for code in codes])
    assert footers_are_right(path)


def test_a_panel_shows_camera_mode_duration_description_and_dialogue(tmp_path, demo):
    path = tmp_path / "storyboard.pdf"
    export("storyboard", demo, path, base=demo_project_path().parent)
    first = page_texts(path)[0]
    assert "1-03" in first and "HYBRID" in first and "WS · EYE · TRUCK · 4 s" in first
    assert "林晚拖着行李箱" in first and "小川，接电话啊" in first
    assert all(embedded for _, embedded in font_files(path))


def test_one_episode_on_letter_and_frames_missing_without_the_project_folder(tmp_path, demo):
    path = tmp_path / "ep2.pdf"
    export("storyboard", demo, path, episode=2, paper="letter")
    pages = page_texts(path)
    assert all("EP2" in text for text in pages) and "no frame 无画面" in pages[0]
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_long_description_is_shortened_to_fit_its_panel(tmp_path, demo):
    episode = demo.episodes[0]
    long_shot = episode_order(episode)[0].model_copy(update={"description": "江面起雾，" * 400})
    shots = [long_shot if s.id == long_shot.id else s for s in episode.shots]
    project = demo.model_copy(update={"episodes": [episode.model_copy(update={"shots": shots})]})
    export("storyboard", project, tmp_path / "long.pdf")
    pages = page_texts(tmp_path / "long.pdf")
    assert "…" in pages[0] and len(pages) == math.ceil(len(shots) / 6)


def test_bad_options_are_refused_and_nothing_is_written(tmp_path, demo):
    with pytest.raises(InputError, match="2 to 6"):
        export("storyboard", demo, tmp_path / "a.pdf", per_page=7)
    with pytest.raises(InputError, match="no episode 9"):
        export("storyboard", demo, tmp_path / "a.pdf", episode=9)
    with pytest.raises(InputError, match="paper"):
        export("storyboard", demo, tmp_path / "a.pdf", paper="a3")
    assert not list(tmp_path.iterdir())


def test_unreadable_or_oversized_frames_become_empty_boxes(tmp_path, demo, monkeypatch):
    from shotgraph.exports.pdf import images

    (tmp_path / "broken.png").write_bytes(b"not an image")
    episode = demo.episodes[0]
    order = episode_order(episode)
    (tmp_path / "good.png").write_bytes((demo_project_path().parent / order[1].frame).read_bytes())
    frames = {order[0].id: "broken.png", order[1].id: "good.png"}
    shots = [s.model_copy(update={"frame": frames.get(s.id, s.frame)}) for s in episode.shots]
    project = demo.model_copy(update={"episodes": [episode.model_copy(update={"shots": shots})]})
    export("storyboard", project, tmp_path / "a.pdf", base=tmp_path)
    assert page_texts(tmp_path / "a.pdf")[0].count("no frame 无画面") == len(order[:6]) - 1
    monkeypatch.setattr(images, "MAX_SOURCE_PIXELS", 100)
    export("storyboard", project, tmp_path / "b.pdf", base=tmp_path)
    assert page_texts(tmp_path / "b.pdf")[0].count("no frame 无画面") == len(order[:6])
