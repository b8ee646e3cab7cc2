"""Pictures brought into a panel's reference layer: from a file, the clipboard or a drop.

Files and image data from another program are checked as ``ui.media`` checks every picture
(a PNG, JPEG or WebP by content, dimensions from the header) before any pixel is decoded,
and decoded only as the format recognised. A picture another part of ShotGraph put on the
clipboard arrives already decoded and is only measured. The picture is decoded at the
panel's size, so a large photo never sits in memory at full resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSize
from PySide6.QtGui import QImage

from shotgraph.core.io.images import ImageFile

from ..media import MAX_PIXELS, MediaError, checked_bytes, decode_picture, read_checked
from .layers import fitted

_CLIPBOARD_FORMATS = ("image/png", "image/jpeg", "image/webp")


def _say(text: str, **values: object) -> str:
    return QCoreApplication.translate("", text).format(**values)


def picture_from_file(path: Path, size: QSize) -> QImage:
    """The image file fitted to a panel of ``size``; MediaError (naming the file) when it cannot be used."""
    return _decoded(read_checked(path), path.name, size)


def picture_from_mime(mime: QMimeData, size: QSize, where: str) -> QImage:
    """The first image a clipboard or drop carries (a file or image data), fitted to the panel."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if files:
        return picture_from_file(files[0], size)
    for kind in _CLIPBOARD_FORMATS:
        if mime.hasFormat(kind):
            return _decoded(checked_bytes(bytes(mime.data(kind).data()), where), where, size)
    if any(kind.startswith("image/") for kind in mime.formats()):
        raise MediaError(_say("{where}: not an image ShotGraph can read; PNG, JPEG and WebP images are accepted",
                              where=where))
    if mime.hasImage():
        return _picture_from_memory(QImage(mime.imageData()), where, size)
    raise MediaError(_say("{where} holds no image", where=where))


def _picture_from_memory(image: QImage, where: str, size: QSize) -> QImage:
    """An image another part of ShotGraph put on the clipboard already decoded (no file bytes came with it:
    Qt would otherwise have decoded another program's bytes by whatever plug-in they ask for)."""
    if image.isNull():
        raise MediaError(_say("{where}: not an image ShotGraph can read", where=where))
    _check_dimensions(image.size(), where)
    return fitted(image, size)


def _check_dimensions(dimensions: QSize, where: str) -> None:
    if not dimensions.isValid() or dimensions.width() * dimensions.height() > MAX_PIXELS:
        raise MediaError(_say("{where}: {width} × {height} pixels is too large; images up to {limit} megapixels "
                              "are accepted", where=where, width=dimensions.width(), height=dimensions.height(),
                              limit=MAX_PIXELS // 1_000_000))


def _decoded(picture: ImageFile, name: str, size: QSize) -> QImage:
    """The checked picture upright, decoded no larger than the panel, fitted to it."""
    source = QSize(picture.width, picture.height)
    box = size if source.width() > size.width() or source.height() > size.height() else None
    image = decode_picture(picture, box, upright=True)
    if image.isNull():
        raise MediaError(_say("{name}: the image cannot be decoded; the file is damaged", name=name))
    return fitted(image, size)
