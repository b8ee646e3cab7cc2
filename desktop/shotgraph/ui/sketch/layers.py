"""The three drawing layers of a storyboard panel as images, read from and written to the project folder.

Every layer is a transparent image at the delivery size. A layer is saved as a PNG named by its
content under ``media/sketch/`` (files never change once written, so undo can point back at them);
the visible layers flattened on white become the shot's frame under ``media/frames/``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from shotgraph.core.model import Shot, SketchLayer

from ..media import decode_picture, media_picture

LAYER_NAMES = ("reference", "sketch", "notes")
FORMAT = QImage.Format.Format_ARGB32_Premultiplied
PNG_QUALITY = 90
"""Qt's PNG quality: higher is faster and larger; strokes are saved on every release, so fast wins."""


@dataclass
class PanelLayer:
    """One layer as the editor holds it: the model's fields plus the decoded pixels."""

    name: str
    image: QImage
    path: str | None = None
    opacity: float = 1.0
    visible: bool = True

    def record(self) -> SketchLayer:
        return SketchLayer(name=self.name, image=self.path, opacity=self.opacity, visible=self.visible)


def blank(size: QSize) -> QImage:
    image = QImage(size, FORMAT)
    image.fill(Qt.GlobalColor.transparent)
    return image


def read_fitted(folder: Path, relative: str, size: QSize) -> QImage | None:
    """The project's picture at ``relative`` scaled to fit ``size`` and centred on transparency; None when
    there is no usable picture there (unreadable, refused, or leading outside ``folder``)."""
    picture = media_picture(folder, relative)
    decoded = decode_picture(picture, size) if picture is not None else QImage()
    if decoded.isNull():
        return None
    return fitted(decoded, size)


def fitted(image: QImage, size: QSize) -> QImage:
    """``image`` scaled down (or up) to fit ``size``, centred on a transparent image of that size."""
    if image.size() == size:
        return image.convertToFormat(FORMAT)
    scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    result = blank(size)
    painter = QPainter(result)
    painter.drawImage(QPoint((size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2), scaled)
    painter.end()
    return result


def layers_of(shot: Shot, folder: Path | None, size: QSize) -> list[PanelLayer]:
    """The shot's layers decoded; a shot never drawn gets reference, sketch and notes, its frame as reference."""
    records = list(shot.layers) or [SketchLayer(name=name) for name in LAYER_NAMES]
    if not shot.layers and shot.frame:
        records[0] = SketchLayer(name=LAYER_NAMES[0], image=shot.frame)
    return [_decoded(record, folder, size) for record in records]


def _decoded(record: SketchLayer, folder: Path | None, size: QSize) -> PanelLayer:
    image = None
    if record.image and folder is not None:
        image = read_fitted(folder, record.image, size)
    return PanelLayer(record.name, image if image is not None else blank(size), record.image,
                      record.opacity, record.visible)


def composite(layers: list[PanelLayer], rect: QRect | None = None) -> QImage:
    """The visible layers at their opacity flattened on white (only ``rect`` of it when given)."""
    area = rect or layers[0].image.rect()
    result = QImage(area.size(), FORMAT)
    result.fill(QColor("white"))
    painter = QPainter(result)
    for layer in layers:
        if layer.visible:
            painter.setOpacity(layer.opacity)
            painter.drawImage(QPoint(0, 0), layer.image, area)
    painter.end()
    return result


def save_png(image: QImage, folder: Path, subfolder: str, stem: str) -> str:
    """Write ``image`` as ``media/<subfolder>/<stem>-<content hash>.png`` (once) and return that relative path.

    Raises OSError when the file cannot be written.
    """
    digest = hashlib.sha256(bytes(image.constBits())).hexdigest()[:16]
    relative = Path("media") / subfolder / f"{stem}-{digest}.png"
    target = folder / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        # PySide6 takes the format as str (bytes raise ValueError); its stub asks for bytes.
        if not image.save(str(partial), "PNG", PNG_QUALITY):  # type: ignore[call-overload]
            partial.unlink(missing_ok=True)
            raise OSError(f"cannot write {target}")
        partial.replace(target)
    return relative.as_posix()


def safe_stem(text: str) -> str:
    """A file-name-safe form of a shot code (Chinese letters stay)."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "panel"
