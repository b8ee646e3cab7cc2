"""Pictures brought into a panel's reference layer: from a file, the clipboard or a drop.

Files go through ``media.check_image`` before any pixel is decoded; image data on the
clipboard is checked from its header the same way. The picture is decoded at the panel's
size, so a large photo never sits in memory at full resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..media import MAX_PIXELS, MediaError, check_image
from .layers import fitted

_CLIPBOARD_FORMATS = ("image/png", "image/jpeg", "image/webp", "image/bmp", "image/gif", "image/tiff")


def _say(text: str, **values: object) -> str:
    return QCoreApplication.translate("PanelEditor", text).format(**values)


def picture_from_file(path: Path, size: QSize) -> QImage:
    """The image file fitted to a panel of ``size``; MediaError (naming the file) when it cannot be used."""
    check_image(path)
    reader = QImageReader(str(path))
    return _decoded(reader, path.name, size)


def picture_from_mime(mime: QMimeData, size: QSize, where: str) -> QImage:
    """The first image a clipboard or drop carries (a file or image data), fitted to the panel."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if files:
        return picture_from_file(files[0], size)
    for kind in _CLIPBOARD_FORMATS:
        if mime.hasFormat(kind):
            return _picture_from_bytes(mime.data(kind), where, size)
    if mime.hasImage():
        return _picture_from_memory(QImage(mime.imageData()), where, size)
    raise MediaError(_say("{where} holds no image", where=where))


def _picture_from_memory(image: QImage, where: str, size: QSize) -> QImage:
    """An image another part of ShotGraph put on the clipboard already decoded."""
    if image.isNull():
        raise MediaError(_say("{where}: not an image ShotGraph can read", where=where))
    _check_dimensions(image.size(), where)
    return fitted(image, size)


def _check_dimensions(dimensions: QSize, where: str) -> None:
    if not dimensions.isValid() or dimensions.width() * dimensions.height() > MAX_PIXELS:
        raise MediaError(_say("{where}: {width} × {height} pixels is too large; images up to {limit} megapixels "
                              "are accepted", where=where, width=dimensions.width(), height=dimensions.height(),
                              limit=MAX_PIXELS // 1_000_000))


def _picture_from_bytes(data: QByteArray, where: str, size: QSize) -> QImage:
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if not reader.canRead():
        raise MediaError(_say("{where}: not an image ShotGraph can read", where=where))
    _check_dimensions(reader.size(), where)
    return _decoded(reader, where, size)


def _decoded(reader: QImageReader, name: str, size: QSize) -> QImage:
    reader.setAutoTransform(True)
    source = reader.size()
    if source.isValid() and (source.width() > size.width() or source.height() > size.height()):
        reader.setScaledSize(source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise MediaError(_say("{name}: the image cannot be decoded ({reason})", name=name,
                              reason=reader.errorString()))
    return fitted(image, size)
