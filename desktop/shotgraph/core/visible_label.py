"""What the visible (explicit) AI-content label of a video must meet: on the opening frames, at least
2 s, text at least 5 % of the frame's shorter side, wording naming AI and generation or synthesis."""

from __future__ import annotations

import math
import unicodedata

from shotgraph.core.model import DeliveryFormat

MIN_LABEL_SECONDS = 2.0
"""How long the visible label must show at least."""

MIN_TEXT_SHARE = 0.05
"""The label's text height, as a share of the delivered frame's shorter side, at least."""

AI_WORDS = ("AI", "人工智能")
MAKING_WORDS = ("生成", "合成")
"""The wording must contain one word of each: ``本片含AI生成内容``."""


def min_text_height_px(delivery: DeliveryFormat) -> int:
    """The smallest text height, in whole pixels, that meets 5 % of the frame's shorter side."""
    return math.ceil(MIN_TEXT_SHARE * min(delivery.width, delivery.height) - 1e-9)


def on_opening_frames(start_s: float) -> bool:
    """True when the label shows from the episode's first frame."""
    return start_s <= 0


def names_ai_generation(text: str) -> bool:
    """True when the wording contains ``AI`` or ``人工智能``, and ``生成`` or ``合成`` (full-width ``ＡＩ`` counts)."""
    plain = unicodedata.normalize("NFKC", text)
    return any(word in plain for word in AI_WORDS) and any(word in plain for word in MAKING_WORDS)
