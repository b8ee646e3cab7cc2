"""Bringing image files into a project's media folder safely.

An image is checked before its pixels are decoded: a readable image format, at most
``MAX_FILE_BYTES`` on disk and ``MAX_PIXELS`` once decoded (a decompression bomb is
refused from its header). It is then copied under the project's folder with a name made
from its content, so the same picture is stored once and nothing is overwritten.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImageReader

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 40_000_000
"""About 8K × 5K: any storyboard frame or AI take fits; a decompression bomb does not."""


class MediaError(ValueError):
    """Why an image cannot be used, in words for the user (naming the file)."""


def _say(text: str, **values: object) -> str:
    return QCoreApplication.translate("Media", text).format(**values)


def check_image(path: Path) -> None:
    """Raise MediaError unless ``path`` is an image ShotGraph can read within the limits."""
    if not path.is_file():
        raise MediaError(_say("{name}: no such file", name=path.name))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise MediaError(_say("{name}: the file is {mb:.0f} MB; images up to {limit} MB are accepted",
                              name=path.name, mb=size / 2**20, limit=MAX_FILE_BYTES // 2**20))
    reader = QImageReader(str(path))
    if not reader.canRead():
        raise MediaError(_say("{name}: not an image ShotGraph can read (PNG, JPEG, WebP, BMP, GIF, TIFF)",
                              name=path.name))
    dimensions = reader.size()
    if not dimensions.isValid() or dimensions.width() * dimensions.height() > MAX_PIXELS:
        raise MediaError(_say("{name}: {width} × {height} pixels is too large; images up to {limit} megapixels "
                              "are accepted", name=path.name, width=dimensions.width(),
                              height=dimensions.height(), limit=MAX_PIXELS // 1_000_000))


def import_image(source: Path, folder: Path | None, subfolder: str, stem: str) -> str:
    """Copy a checked image into ``folder/media/<subfolder>/`` and return its project-relative path."""
    if folder is None:
        raise MediaError(_say("Save the project first: images are stored in a folder beside it."))
    check_image(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:10]
    safe_stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem) or "image"
    relative = Path("media") / subfolder / f"{safe_stem}-{digest}{source.suffix.lower()}"
    target = folder / relative
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(source, target)
    except OSError as error:
        raise MediaError(_say("{name}: could not be copied into the project folder ({reason})",
                              name=source.name, reason=error.strerror or error)) from error
    return relative.as_posix()
