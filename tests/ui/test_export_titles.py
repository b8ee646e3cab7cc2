"""File ▸ Export names each export in the editor's language."""

from __future__ import annotations

from shotgraph.exports import exporters
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow


def export_texts(window: MainWindow) -> list[str]:
    window.files.exports.menu.aboutToShow.emit()
    return [action.text() for action in window.files.exports.menu.actions()]


def test_the_export_menu_names_each_export_in_english(window):
    texts = export_texts(window)
    assert "Call Sheets…" in texts and "Shooting Boards (PDF)…" in texts
    assert "Timeline (Final Cut Pro 7 XML)…" in texts and "Animatic (MP4)…" in texts
    listed = [kind for kind in exporters().values() if not kind.alias_of]
    assert len(texts) == len(listed) and len(set(texts)) == len(texts)
    assert not any(" — " in text for text in texts)  # every export has its own title


def test_the_export_menu_is_in_chinese_when_the_editor_is(qtbot):
    install_language("zh_CN")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        texts = export_texts(window)
    finally:
        install_language("en")
    assert "通告单…" in texts
    assert not any("call sheets of the shooting days" in text for text in texts)
