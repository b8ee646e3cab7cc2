"""Render resources/icons/shotgraph.svg to the PNG sizes desktops ask for, plus the Windows
``.ico`` and macOS ``.icns`` the installer spec uses.

Run from the repository root after changing the SVG: ``.venv/bin/python installer/render_icons.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons() -> list[Path]:
    renderer = QSvgRenderer(str(ICONS / "shotgraph.svg"))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"shotgraph-{size}.png"
        image.save(str(path))
        written.append(path)
    for suffix in ("ico", "icns"):
        path = ICONS / f"shotgraph.{suffix}"
        QImage(str(ICONS / "shotgraph-256.png")).save(str(path), suffix)
        written.append(path)
    return written


if __name__ == "__main__":
    application = QGuiApplication(sys.argv)
    for path in render_icons():
        print(path)
