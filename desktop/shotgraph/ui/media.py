"""Bringing image files into a project's media folder, and decoding pictures for the editor, safely.

An image is checked before its pixels are decoded (``core.io.images``): a PNG, JPEG or WebP
file by its content, at most ``MAX_FILE_BYTES`` on disk and ``MAX_PIXELS`` once decoded (a
decompression bomb is refused from its header). The bytes checked are the bytes copied under
the project's folder, with a name made from their content, so the same picture is stored once
and nothing is overwritten. Qt decodes a picture only from those bytes in memory and only as
the format they were recognised as: no image plug-in is ever chosen by the file (PDF, SVG, TIFF…).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from shotgraph.core.io import images
from shotgraph.core.io.images import ImageFile, ImageRefused

MAX_FILE_BYTES = images.MAX_IMAGE_BYTES
MAX_PIXELS = images.MAX_PIXELS
"""About 8K × 5K: any storyboard frame or AI take fits; a decompression bomb does not."""

_QT_FORMATS = {"PNG": b"png", "JPEG": b"jpeg", "WEBP": b"webp"}


class MediaError(ValueError):
    """Why an image cannot be used, in words for the user (naming the file)."""


def _say(text: str, **values: object) -> str:
    return QCoreApplication.translate("", text).format(**values)


def refusal_text(name: str, refused: ImageRefused) -> str:
    """Why a picture was refused, in the user's language, naming it ``name``."""
    values = refused.values
    texts = {
        images.MISSING: lambda: _say("{name}: no such file", name=name),
        images.NOT_A_FILE: lambda: _say("{name}: not an image file (a folder, pipe or device, or unreadable)",
                                        name=name),
        images.TOO_BIG: lambda: _say("{name}: the file is {mb:.0f} MB; images up to {limit} MB are accepted",
                                     name=name, mb=values["mb"], limit=values["limit"]),
        images.NOT_ACCEPTED: lambda: _say("{name}: not an image ShotGraph can read; PNG, JPEG and WebP images "
                                          "are accepted, recognised by their content", name=name),
        images.TOO_MANY_PIXELS: lambda: _say("{name}: {width} × {height} pixels is too large; images up to "
                                             "{limit} megapixels are accepted", name=name, **values),
        images.OUTSIDE: lambda: _say("{name}: lies outside the project folder", name=name),
    }
    return texts.get(refused.reason, lambda: _say("{name}: the image is damaged and cannot be read",
                                                  name=name))()


def read_checked(path: Path, name: str | None = None) -> ImageFile:
    """The picture at ``path`` read and checked; MediaError (naming the file) when it cannot be used."""
    try:
        return images.read_image(path, MAX_FILE_BYTES, MAX_PIXELS)
    except ImageRefused as refused:
        raise MediaError(refusal_text(name or path.name, refused)) from None


def checked_bytes(data: bytes, where: str) -> ImageFile:
    """Picture bytes from the clipboard or a drop, checked as a file would be."""
    try:
        return images.inspect_image(data, where, MAX_PIXELS)
    except ImageRefused as refused:
        raise MediaError(refusal_text(where, refused)) from None


def media_picture(folder: Path | None, path: str | Path) -> ImageFile | None:
    """The checked picture a project names (inside its folder), None when there is no usable one."""
    return images.read_media_image(folder, path, MAX_FILE_BYTES, MAX_PIXELS)


def image_reader(picture: ImageFile) -> tuple[QImageReader, QBuffer]:
    """A Qt reader of the picture's bytes that may use its own format's decoder only.

    Keep the buffer as long as the reader: the reader does not own it.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(_QT_FORMATS[picture.format]))
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    return reader, buffer


def decode_picture(picture: ImageFile, box: QSize | None = None, upright: bool = False) -> QImage:
    """The picture decoded (scaled inside ``box`` while decoding when given); a null image when it fails."""
    reader, _buffer = image_reader(picture)
    reader.setAutoTransform(upright)
    source = QSize(picture.width, picture.height)
    if box is not None and source != box:
        reader.setScaledSize(source.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def import_image(source: Path, folder: Path | None, subfolder: str, stem: str) -> str:
    """Copy a checked image into ``folder/media/<subfolder>/`` and return its project-relative path."""
    if folder is None:
        raise MediaError(_say("Save the project first: images are stored in a folder beside it."))
    picture = read_checked(source)
    digest = hashlib.sha256(picture.data).hexdigest()[:10]
    safe_stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem) or "image"
    relative = Path("media") / subfolder / f"{safe_stem}-{digest}{picture.suffix}"
    try:
        _store(picture.data, folder, relative)
    except OSError as error:
        raise MediaError(_say("{name}: could not be copied into the project folder ({reason})",
                              name=source.name, reason=error.strerror or error)) from error
    except ImageRefused:
        raise MediaError(_say("{name}: could not be copied: the project's media folder leads outside the "
                              "project folder", name=source.name)) from None
    return relative.as_posix()


def _store(data: bytes, folder: Path, relative: Path) -> None:
    """Write ``data`` at ``folder/relative`` once, never through a link leading out of the folder."""
    target = folder / relative
    images.media_file(folder, relative.parent)
    target.parent.mkdir(parents=True, exist_ok=True)
    images.media_file(folder, relative)
    if os.path.lexists(target):
        return
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    with partial.open("xb") as handle:
        handle.write(data)
    partial.replace(target)
