"""An image file dropped on a panel becomes that shot's storyboard frame.

The file is checked before its pixels are read (see ``ui.media``), copied into
``media/frames/<shot code>-<content hash>.<ext>`` beside the project and set as the frame in
one undoable edit. A project never saved, or a file that is not a usable image, gets one
message naming the file and what is wrong, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QMessageBox, QWidget

from shotgraph.core.edits import UpdateShot

from ..bridge import DocumentBridge
from ..media import MAX_PIXELS, MediaError, import_image

ALLOCATION_LIMIT_MB = MAX_PIXELS * 4 // 2**20 + 1
"""Qt refuses to decode more than this (32-bit pixels of the largest accepted image)."""


def _tr(text: str) -> str:
    """Translate ``text``; lupdate files the texts of module-level ``_tr`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def drop_frame(parent: QWidget, bridge: DocumentBridge, shot_id: str, urls: list[QUrl]) -> bool:
    """Make the first dropped file the shot's frame; False (after one message) when it cannot be."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    shot = bridge.document.shot(shot_id) if bridge.document else None
    if shot is None or not urls:
        return False
    url = urls[0]
    name = url.fileName() or url.toString()
    try:
        if not url.isLocalFile():
            raise MediaError(_tr("{name}: only files on this computer can become a frame").format(name=name))
        if bridge.folder is None:
            raise MediaError(_tr("{name}: save the project first; frames are stored in its folder").format(
                name=name))
        relative = import_image(Path(url.toLocalFile()), bridge.folder, "frames", shot.code)
    except MediaError as error:
        QMessageBox.warning(parent, _tr("Cannot use this image"), _tr("Shot {code} keeps its frame.\n{reason}")
                            .format(code=shot.code, reason=error))
        return False
    if relative == shot.frame:
        return True
    return bridge.push(UpdateShot(shot.id, {"frame": relative}))
