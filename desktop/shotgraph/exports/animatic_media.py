"""What a shot shows in the animatic: its chosen take's video playing, else the take's image, else its
storyboard frame, read as safely as every other picture a collaborator sends.

Paths are relative to the project folder and must stay inside it. Images are read as
``core.io.images`` allows (PNG, JPEG, WebP, bounded size); take videos as ``animatic_video``
allows. A file that is not there is passed over for the next picture; one that is there and
cannot be used is an ``InputError`` naming it.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.images import MISSING, ImageRefused, media_file, read_image
from shotgraph.core.model import Shot

if TYPE_CHECKING:
    from .animatic_video import TakeVideo


class Still:
    """A shot's one picture for all its frames; None shows its card."""

    moving = False

    def __init__(self, image: Image.Image | None) -> None:
        self.image = image

    def picture(self, offset: int) -> Image.Image | None:
        return self.image

    def close(self) -> None:
        """Nothing to let go of: the picture is in memory."""


def shot_footage(shot: Shot, base: Path | None, box: tuple[int, int], rate: Fraction) -> Still | TakeVideo:
    """What the shot shows, fitted into ``box`` (width, height): its take video playing, or one picture."""
    if base is None:
        return Still(None)
    for relative, is_video in _sources(shot):
        try:
            path = media_file(base, relative)
            if not is_video:
                return Still(_image(path, box))
            if path.exists():
                from .animatic_video import TakeVideo  # FFmpeg loads only for a project with take videos

                return TakeVideo(path, box, rate)
        except ImageRefused as refused:
            if refused.reason != MISSING:
                raise
    return Still(None)


def _sources(shot: Shot) -> list[tuple[str, bool]]:
    """The shot's media paths, best first, each with whether it is a video."""
    take = shot.ai.chosen_take()
    found = [] if take is None else [(take.video, True), (take.image, False)]
    return [(path, is_video) for path, is_video in [*found, (shot.frame, False)] if path]


def _image(path: Path, box: tuple[int, int]) -> Image.Image:
    picture = read_image(path)
    try:
        with picture.open() as image:
            image.draft("RGB", box)
            return _fitted(_on_black(image), box)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError) as error:
        raise InputError(path, f"the {picture.format} image is damaged and cannot be shown ({error})") from None


def _on_black(image: Image.Image) -> Image.Image:
    """The picture in RGB, its transparent parts black as on a screen."""
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    screen = Image.new("RGB", rgba.size, "black")
    screen.paste(rgba, mask=rgba.getchannel("A"))
    return screen


def _fitted(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """``image`` scaled, up or down, to the largest size that fits ``box`` with its proportions kept."""
    scale = min(box[0] / image.width, box[1] / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.convert("RGB").resize(size, Image.Resampling.BILINEAR) if size != image.size else image.convert("RGB")
