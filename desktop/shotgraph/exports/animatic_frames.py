"""How an animatic frame looks: the shot's picture (or a card with its code), its code and dialogue as
subtitles, and over the opening frames the visible AI label and the opening titles.

Every size is a share of the frame's shorter side, so the export at 1080×1920 and the editor's
smaller preview look the same. The AI label is drawn in the frame's top left corner, its text as
tall as the disclosure's text height in the delivered frame and never under 5 % of the shorter side.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from shotgraph.core.model import Episode, Project, Shot
from shotgraph.core.visible_label import MIN_TEXT_SHARE

from .animatic_media import Still, shot_footage
from .animatic_reel import Overlays, frame_rate
from .animatic_text import draw_text_box, size_for_ink, text_box, wrap

if TYPE_CHECKING:
    from .animatic_video import TakeVideo

MARGIN_SHARE = 0.04
SUBTITLE_SHARE = 0.05
CODE_SHARE = 0.035
CARD_CODE_SHARE = 0.16
TITLE_SHARE = 0.075
MAX_SUBTITLE_LINES = 4
"""Longer dialogue is cut after four lines, ending in "…"."""
MAX_LABEL_SHARE = 0.25
"""A label set taller than a quarter of the shorter side is drawn that tall: it must leave the picture seen."""
CARD_COLOUR = (38, 40, 46)
CARD_TEXT = (200, 204, 212, 255)
CODE_TEXT = (255, 214, 102, 255)
VEIL = (0, 0, 0, 190)
BOX = (0, 0, 0, 170)
WHITE = (255, 255, 255, 255)
NO_PICTURE = {"zh": "无画面", "en": "No picture"}


def even_size(project: Project) -> tuple[int, int]:
    """The delivery width and height rounded down to even numbers, as H.264 in yuv420p needs."""
    return project.delivery.width // 2 * 2, project.delivery.height // 2 * 2


class FrameComposer:
    """Draws one episode's animatic frames at ``size`` (width, height); pictures are read from ``base``."""

    def __init__(self, project: Project, episode: Episode, size: tuple[int, int], *,
                 base: str | Path | None = None, subtitles: bool = True) -> None:
        self.project, self.episode, self.size = project, episode, size
        self.base = Path(base) if base is not None else None
        self.subtitles = subtitles
        self.short = min(size)
        self.margin = round(MARGIN_SHARE * self.short)
        self._texts: dict[tuple[str, bool], Image.Image] = {}

    def _px(self, share: float) -> int:
        return max(1, round(share * self.short))

    def footage(self, shot: Shot) -> Still | TakeVideo:
        """What the shot shows, fitted to the frame: its take video, or one picture (None: its card).

        InputError naming the file when the shot's picture is there but cannot be used.
        """
        return shot_footage(shot, self.base, self.size, frame_rate(self.project))

    def framed(self, shot: Shot, picture: Image.Image | None) -> Image.Image:
        """``picture`` (already fitted to the frame), or the shot's card when None, with the shot's subtitles."""
        frame = Image.new("RGB", self.size, "black" if picture is not None else CARD_COLOUR)
        if picture is not None:
            frame.paste(picture, ((self.size[0] - picture.width) // 2, (self.size[1] - picture.height) // 2))
        return _flattened(frame, self._text_layer(shot, picture is None))

    def _text_layer(self, shot: Shot, card: bool) -> Image.Image:
        """The shot's subtitles, and its card's text when ``card``, drawn once on a clear layer."""
        key = (shot.id, card)
        if key not in self._texts:
            layer = Image.new("RGBA", self.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(layer)
            if card:
                self._card(draw, shot)
            if self.subtitles:
                self._subtitles(draw, shot)
            self._texts = {key: layer}  # one shot at a time: a frame's worth of memory
        return self._texts[key]

    def dressed(self, frame: Image.Image, overlays: Overlays) -> Image.Image:
        """``frame`` with the AI label and the opening titles drawn over it as ``overlays`` asks."""
        if not (overlays.label or overlays.titles):
            return frame
        layer = Image.new("RGBA", self.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        if overlays.titles:
            self._titles(draw)
        if overlays.label and self.episode.disclosure is not None:
            self._label(draw, self.episode.disclosure.label_text)
        return _flattened(frame, layer)

    def _label_size(self, text: str) -> int:
        """The font size that draws the AI label's text at the disclosure's height, at least 5 % of the shorter side."""
        delivery = self.project.delivery
        set_px = self.episode.disclosure.text_height_px if self.episode.disclosure is not None else 0
        share = max(MIN_TEXT_SHARE, set_px / min(delivery.width, delivery.height))
        return size_for_ink(text, min(share, MAX_LABEL_SHARE) * self.short)

    def _label(self, draw: ImageDraw.ImageDraw, text: str) -> None:
        size, padding = self._label_size(text), self._px(0.02)
        lines = wrap(text, size, self.size[0] - 2 * (self.margin + padding))
        draw_text_box(draw, lines, size, (self.margin, self.margin), padding=padding, fill=WHITE, box=BOX)

    def _card(self, draw: ImageDraw.ImageDraw, shot: Shot) -> None:
        """The shot code large above the middle of the frame, and "no picture" below it."""
        code_size = self._px(CARD_CODE_SHARE)
        self._centred(draw, shot.code, code_size, self.size[1] // 2 - round(0.6 * code_size))
        no_picture = NO_PICTURE.get(str(self.project.language), NO_PICTURE["en"])
        self._centred(draw, no_picture, self._px(SUBTITLE_SHARE), self.size[1] // 2 + round(1.2 * code_size))

    def _centred(self, draw: ImageDraw.ImageDraw, text: str, size: int, middle: int) -> None:
        lines = wrap(text, size, self.size[0] - 2 * self.margin)
        width, height = text_box(lines, size, 0)
        at = ((self.size[0] - width) // 2, middle - height // 2)
        draw_text_box(draw, lines, size, at, padding=0, fill=CARD_TEXT, box=None, centred=True)

    def _subtitles(self, draw: ImageDraw.ImageDraw, shot: Shot) -> None:
        bottom = self.size[1] - round(0.08 * self.size[1])
        dialogue = shot.dialogue.strip()
        if dialogue:
            size, padding = self._px(SUBTITLE_SHARE), self._px(0.012)
            lines = wrap(dialogue, size, round(self.size[0] * 0.84))
            if len(lines) > MAX_SUBTITLE_LINES:
                lines = [*lines[:MAX_SUBTITLE_LINES - 1], lines[MAX_SUBTITLE_LINES - 1] + "…"]
            width, height = text_box(lines, size, padding)
            bottom -= height
            draw_text_box(draw, lines, size, ((self.size[0] - width) // 2, bottom), padding=padding, fill=WHITE,
                          box=BOX, centred=True)
        size, padding = self._px(CODE_SHARE), self._px(0.01)
        lines = wrap(shot.code, size, self.size[0] - 2 * self.margin)[:1]
        height = text_box(lines, size, padding)[1]
        draw_text_box(draw, lines, size, (self.margin, bottom - height - self._px(0.015)), padding=padding,
                      fill=CODE_TEXT, box=BOX)

    def _titles(self, draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle((0, 0, *self.size), fill=VEIL)
        blocks = [(line, share) for line, share in self._title_lines() if line]
        width = self.size[0] - 2 * self.margin
        laid = [(wrap(text, self._px(share), width), self._px(share)) for text, share in blocks]
        heights = [text_box(lines, size, self._px(0.01))[1] for lines, size in laid]
        top = (self.size[1] - sum(heights)) // 2
        for (lines, size), height in zip(laid, heights, strict=True):
            width = text_box(lines, size, self._px(0.01))[0]
            draw_text_box(draw, lines, size, ((self.size[0] - width) // 2, top), padding=self._px(0.01), fill=WHITE,
                          box=None, centred=True)
            top += height

    def _title_lines(self) -> list[tuple[str, float]]:
        """The opening titles: the series, the episode, then the registration number when there is one."""
        number, registration = self.episode.number, self.project.registration_number.strip()
        chinese = str(self.project.language) == "zh"
        heading = f"第{number}集" if chinese else f"Episode {number}"
        if registration:
            registration = f"备案号：{registration}" if chinese else f"Registration No. {registration}"
        return [(self.project.title, TITLE_SHARE), (f"{heading} {self.episode.title}".strip(), SUBTITLE_SHARE),
                (registration, CODE_SHARE)]


def _flattened(frame: Image.Image, layer: Image.Image) -> Image.Image:
    """``frame`` with the translucent ``layer`` drawn over it, in RGB."""
    return Image.alpha_composite(frame.convert("RGBA"), layer).convert("RGB")
