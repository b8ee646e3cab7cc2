"""The bundled CJK font, shared by the editor and every PDF, so Chinese shows on any system."""

from __future__ import annotations

from pathlib import Path

from shotgraph.resources import resource

CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FAMILY = "WenQuanYi Micro Hei"
"""The family name Qt reads from the collection's first face."""


def cjk_font_path() -> Path:
    """The TrueType collection holding WenQuanYi Micro Hei (face 0) and its Mono face (face 1)."""
    return resource("fonts", CJK_FONT_FILE)
