"""QT_TRANSLATE_NOOP with the type it has: lupdate collects the text, and the call hands it back as a str
(PySide6's own is typed as returning object, so every translated title would need a cast)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """``source_text``, marked for translation in ``context``."""
    return source_text
