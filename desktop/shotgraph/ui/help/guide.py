"""Help ▸ User Guide: the guide from docs/, read inside ShotGraph with its screenshots.

The guide is Markdown; QTextBrowser shows it and follows its links to the other pages of
docs/. Screenshots are scaled down to the reading width so a page never scrolls sideways.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QWidget

from ..screen_layout import fit_to_screen

GUIDE_NAMES = {"zh_CN": "guide.zh-CN.md", "en": "guide.md"}
IMAGE_WIDTH = 760
"""Widest a screenshot is shown, in pixels: about the guide window's reading width."""


def docs_dir() -> Path | None:
    """The guide's folder: docs/ inside an application bundle, else the source checkout's docs/."""
    candidates = [Path(bundle) / "docs"] if (bundle := getattr(sys, "_MEIPASS", None)) else []
    candidates.append(Path(__file__).resolve().parents[4] / "docs")
    return next((folder for folder in candidates if (folder / GUIDE_NAMES["en"]).is_file()), None)


def guide_file(language: str) -> Path | None:
    """The guide in ``language`` ("zh_CN" or "en"), else in English; None when it is not installed."""
    folder = docs_dir()
    if folder is None:
        return None
    translated = folder / GUIDE_NAMES.get(language, GUIDE_NAMES["en"])
    return translated if translated.is_file() else folder / GUIDE_NAMES["en"]


def heading_anchor(text: str) -> str:
    """The anchor a Markdown link gives a heading, as GitHub makes it: "Label AI content" → "label-ai-content"."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """Markdown pages whose headings are link targets and whose images fit the reading width."""

    def doSetSource(self, name: QUrl | str,
                    kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource) -> None:
        url = QUrl(name)
        super().doSetSource(url, kind)
        self._name_headings()
        if url.hasFragment():
            self.scrollToAnchor(url.fragment())

    def _name_headings(self) -> None:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            image = QImage(url.toLocalFile())
            if image.width() > IMAGE_WIDTH:
                return image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            if not image.isNull():
                return image
        return super().loadResource(kind, url)


class GuideWindow(QMainWindow):
    """The user guide in its own window, with Back and Forward through the pages it links."""

    def __init__(self, page: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("ShotGraph User Guide"))
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource)
        self.setCentralWidget(self.browser)
        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("guide_navigation")
        self.back_action = self._action(self.tr("Back"), QKeySequence.StandardKey.Back, self.browser.backward)
        self.forward_action = self._action(self.tr("Forward"), QKeySequence.StandardKey.Forward,
                                           self.browser.forward)
        self.home_action = self._action(self.tr("Contents"), QKeySequence("Alt+Home"), self.browser.home)
        toolbar.addActions([self.back_action, self.forward_action, self.home_action])
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        fit_to_screen(self, QSize(860, 900))

    def _action(self, text: str, key: QKeySequence | QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.triggered.connect(slot)
        return action
