"""In Chinese, no English sentence is left on screen: every text the editor's windows and dialogs
show — menus, tabs, docks, buttons, labels, headers, list items, tooltips — is translated.

The catalogue test checks the texts that go through ``tr``; this one catches those that do not
(a description taken from elsewhere, a text built outside ``tr``, a wrong translation context).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu, QTabWidget, QWidget

from shotgraph.core.graph import episode_order
from shotgraph.ui.language import install_language
from shotgraph.ui.preferences import open_preferences
from shotgraph.ui.welcome import show_welcome

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
NAMES = {"English", "ShotGraph", "OpenTimelineIO", "Final", "Excel", "JSON", "Fountain", "Word", "WenQuanYi", "Micro",
         "Apache", "License", "Ctrl", "Shift", "Return", "Space", "Home", "Backspace"}
"""Names, and the names of keys, that stay as they are in Chinese text ("English" in a language list)."""


def english_words(text: str) -> list[str]:
    """Words of four letters or more in a text with no Chinese at all. A path, a file name or an
    identifier from the project ("linwan_ref_v1", "NEON-E01") is the user's data, not a sentence."""
    if CJK.search(text) or "/" in text or "\\" in text or ".shotgraph" in text:
        return []
    tokens = [token for token in re.split(r"[\s,;:()]+", text) if not re.search(r"[\d_]", token)]
    return [word for token in tokens for word in re.findall(r"[A-Za-z]{4,}", token) if word not in NAMES]


def menu_texts(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # menus filled on opening (Export, Open Recent)
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def item_view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, no header to show
        return []
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(columns)]
    return [text for text in headers if isinstance(text, str)]


def widget_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show or announce."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "title", "windowTitle", "placeholderText", "toolTip", "accessibleName"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:  # a text(index) of another signature
                    continue
                if isinstance(text, str):
                    texts.append(text)
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += item_view_texts(widget)
    return texts


def untranslated(texts: list[str]) -> list[str]:
    return sorted({text for text in texts if english_words(text)})


@pytest.fixture
def chinese_window(request):
    """The demo window of conftest, made with Chinese installed."""
    install_language("zh_CN")
    yield request.getfixturevalue("window")
    install_language("en")


def test_the_main_window_and_its_menus_are_all_chinese(chinese_window):
    window = chinese_window
    texts = widget_texts(window)
    for action in window.menuBar().actions():
        texts += [action.text(), *menu_texts(action.menu())]
    assert untranslated(texts) == []


def test_the_dialogs_and_editors_are_all_chinese(chinese_window):
    window = chinese_window
    shot = episode_order(window.project.episodes[0])[0]
    opened = [window.project_menu.open_editor("project"), window.panel_editors.open(shot.id),
              show_welcome(window), open_preferences(window), window.help.show_shortcuts()]
    texts = []
    for dialog in opened:
        texts += widget_texts(dialog)
        dialog.close()
    assert untranslated(texts) == []


def test_the_scan_would_see_an_english_sentence():
    assert untranslated(["Export call sheets", "通告单", "Ctrl+S", "ShotGraph", "/home/a/Demo Project"]) == [
        "Export call sheets"]
