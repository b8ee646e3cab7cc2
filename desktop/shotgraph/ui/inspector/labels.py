"""Readable, translated names for the model's closed vocabularies.

The stored value word stays at the front ("CU — close-up") so a crew that speaks in
shot-list codes still recognises it, whatever the interface language.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from shotgraph.core.model import Angle, Direction, Intent, IntExt, Look, Movement, ScreenPos, ShotSize, Side, TimeOfDay


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _meanings() -> dict[StrEnum, str]:
    """What each value word means, in the interface language."""
    return {
        ShotSize.EWS: _tr("extreme wide"), ShotSize.WS: _tr("wide"), ShotSize.FS: _tr("full"),
        ShotSize.MS: _tr("medium"), ShotSize.MCU: _tr("medium close-up"), ShotSize.CU: _tr("close-up"),
        ShotSize.ECU: _tr("extreme close-up"), ShotSize.INSERT: _tr("insert"),
        Angle.EYE: _tr("eye level"), Angle.HIGH: _tr("high angle"), Angle.LOW: _tr("low angle"),
        Angle.OVERHEAD: _tr("overhead"), Angle.DUTCH: _tr("Dutch tilt"), Angle.POV: _tr("point of view"),
        Angle.OTS: _tr("over the shoulder"),
        Movement.STATIC: _tr("static"), Movement.PAN: _tr("pan"), Movement.TILT: _tr("tilt"),
        Movement.DOLLY_IN: _tr("dolly in"), Movement.DOLLY_OUT: _tr("dolly out"), Movement.TRUCK: _tr("truck"),
        Movement.FOLLOW: _tr("follow"), Movement.CRANE: _tr("crane"), Movement.HANDHELD: _tr("handheld"),
        Movement.STEADICAM: _tr("Steadicam"), Movement.DRONE: _tr("drone"), Movement.ZOOM: _tr("zoom"),
        Side.A: _tr("side A of the axis"), Side.B: _tr("side B of the axis"),
        IntExt.INT: _tr("interior"), IntExt.EXT: _tr("exterior"), IntExt.INT_EXT: _tr("interior and exterior"),
        TimeOfDay.DAWN: _tr("dawn"), TimeOfDay.DAY: _tr("day"), TimeOfDay.DUSK: _tr("dusk"),
        TimeOfDay.NIGHT: _tr("night"),
    }


def enum_label(value: StrEnum) -> str:
    """``CU — close-up``: the stored word, then its meaning."""
    meaning = _meanings().get(value)
    return f"{value.value} — {meaning}" if meaning else value.value


def screen_label(kind: type[StrEnum], value: StrEnum) -> str:
    """Position, look and motion share letters (L, R) but mean different things."""
    meanings = {
        (ScreenPos, "L"): _tr("at left"), (ScreenPos, "C"): _tr("at centre"), (ScreenPos, "R"): _tr("at right"),
        (Look, "L"): _tr("looks left"), (Look, "R"): _tr("looks right"), (Look, "CAM"): _tr("into lens"),
        (Direction, "L"): _tr("moves left"), (Direction, "R"): _tr("moves right"),
    }
    return f"{value.value} — {meanings[kind, value.value]}"


def intent_label(intent: Intent) -> str:
    """The checkbox text of an intent flag."""
    labels = {
        Intent.JUMP_CUT: _tr("Jump cut"), Intent.LINE_CROSS: _tr("Crosses the line"),
        Intent.MONTAGE: _tr("Montage"), Intent.FLASHBACK: _tr("Flashback"), Intent.POV: _tr("Point of view"),
        Intent.MULTI_LOCATION: _tr("Several locations"), Intent.ENDING: _tr("Ending"),
    }
    return labels[intent]


def intent_hint(intent: Intent) -> str:
    """What an intent flag tells the rules, for the checkbox's tooltip."""
    hints = {
        Intent.JUMP_CUT: _tr("The jump cut into this shot is on purpose."),
        Intent.LINE_CROSS: _tr("Crossing the axis or reversing screen direction here is on purpose."),
        Intent.MONTAGE: _tr("A montage: jump cuts and big size jumps are on purpose."),
        Intent.FLASHBACK: _tr("A flashback: time of day, wardrobe and props may change."),
        Intent.POV: _tr("A point-of-view shot: eyelines need not match."),
        Intent.MULTI_LOCATION: _tr("The scene moves between locations on purpose."),
        Intent.ENDING: _tr("The episode may end on this shot."),
    }
    return hints[intent]


def emotion_label(level: int) -> str:
    """``2 — strong``: the emotion scale 0–3 the rules read."""
    words = {0: _tr("neutral"), 1: _tr("mild"), 2: _tr("strong"), 3: _tr("peak")}
    return f"{level} — {words[level]}"


def options(kind: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Every value of an enum with its label, in the enum's order."""
    if kind in (ScreenPos, Look, Direction):
        return [(value, screen_label(kind, value)) for value in kind]
    return [(value, enum_label(value)) for value in kind]
