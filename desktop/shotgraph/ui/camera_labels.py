"""The short words for a shot's camera — size, angle, movement — as cards and storyboard panels print them.

One table for every view, so the graph and the storyboard say the same thing: in English the
crew's shorthand ("MS · Eye level", "Dolly in"), in Chinese the set's words ("中景 · 平视", "推").
The inspector's longer "code — meaning" labels live in ``inspector.labels``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from shotgraph.core.model import Angle, Camera, Movement, ShotSize
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "CameraLabel"
_SHORT: dict[StrEnum, str] = {
    ShotSize.EWS: QT_TRANSLATE_NOOP("CameraLabel", "EWS"), ShotSize.WS: QT_TRANSLATE_NOOP("CameraLabel", "WS"),
    ShotSize.FS: QT_TRANSLATE_NOOP("CameraLabel", "FS"), ShotSize.MS: QT_TRANSLATE_NOOP("CameraLabel", "MS"),
    ShotSize.MCU: QT_TRANSLATE_NOOP("CameraLabel", "MCU"), ShotSize.CU: QT_TRANSLATE_NOOP("CameraLabel", "CU"),
    ShotSize.ECU: QT_TRANSLATE_NOOP("CameraLabel", "ECU"),
    ShotSize.INSERT: QT_TRANSLATE_NOOP("CameraLabel", "Insert"),
    Angle.EYE: QT_TRANSLATE_NOOP("CameraLabel", "Eye level"), Angle.HIGH: QT_TRANSLATE_NOOP("CameraLabel", "High"),
    Angle.LOW: QT_TRANSLATE_NOOP("CameraLabel", "Low"), Angle.OVERHEAD: QT_TRANSLATE_NOOP("CameraLabel", "Overhead"),
    Angle.DUTCH: QT_TRANSLATE_NOOP("CameraLabel", "Dutch"), Angle.POV: QT_TRANSLATE_NOOP("CameraLabel", "POV"),
    Angle.OTS: QT_TRANSLATE_NOOP("CameraLabel", "OTS"),
    Movement.STATIC: QT_TRANSLATE_NOOP("CameraLabel", "Static"), Movement.PAN: QT_TRANSLATE_NOOP("CameraLabel", "Pan"),
    Movement.TILT: QT_TRANSLATE_NOOP("CameraLabel", "Tilt"),
    Movement.DOLLY_IN: QT_TRANSLATE_NOOP("CameraLabel", "Dolly in"),
    Movement.DOLLY_OUT: QT_TRANSLATE_NOOP("CameraLabel", "Dolly out"),
    Movement.TRUCK: QT_TRANSLATE_NOOP("CameraLabel", "Truck"),
    Movement.FOLLOW: QT_TRANSLATE_NOOP("CameraLabel", "Follow"),
    Movement.CRANE: QT_TRANSLATE_NOOP("CameraLabel", "Crane"),
    Movement.HANDHELD: QT_TRANSLATE_NOOP("CameraLabel", "Handheld"),
    Movement.STEADICAM: QT_TRANSLATE_NOOP("CameraLabel", "Steadicam"),
    Movement.DRONE: QT_TRANSLATE_NOOP("CameraLabel", "Drone"), Movement.ZOOM: QT_TRANSLATE_NOOP("CameraLabel", "Zoom"),
}


def short_label(value: ShotSize | Angle | Movement) -> str:
    """The short word for one camera value in the interface language (中景, 平视, 推 in Chinese)."""
    return QCoreApplication.translate(CONTEXT, _SHORT[value])


def framing_label(camera: Camera) -> str:
    """Size and angle as one line ("MS · Eye level"); "—" when neither is set."""
    parts = [short_label(part) for part in (camera.size, camera.angle) if part is not None]
    return " · ".join(parts) or "—"


def movement_label(camera: Camera) -> str:
    """The movement's short word, empty when the camera's movement is not set."""
    return short_label(camera.movement) if camera.movement is not None else ""
