"""Closed vocabularies of the model; values are what project files store."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """How a shot is made: real actors, AI generation, or actors composited over an AI plate."""

    LIVE = "live"
    AI = "ai"
    HYBRID = "hybrid"


class IntExt(StrEnum):
    INT = "INT"
    EXT = "EXT"
    INT_EXT = "INT/EXT"


class TimeOfDay(StrEnum):
    DAWN = "DAWN"
    DAY = "DAY"
    DUSK = "DUSK"
    NIGHT = "NIGHT"


class ShotSize(StrEnum):
    EWS = "EWS"
    WS = "WS"
    FS = "FS"
    MS = "MS"
    MCU = "MCU"
    CU = "CU"
    ECU = "ECU"
    INSERT = "INSERT"

    @property
    def scale(self) -> int | None:
        """Position on the size scale (EWS 0 … ECU 6); INSERT is not on it."""
        return None if self is ShotSize.INSERT else list(ShotSize).index(self)


class Angle(StrEnum):
    EYE = "EYE"
    HIGH = "HIGH"
    LOW = "LOW"
    OVERHEAD = "OVERHEAD"
    DUTCH = "DUTCH"
    POV = "POV"
    OTS = "OTS"


class Movement(StrEnum):
    STATIC = "STATIC"
    PAN = "PAN"
    TILT = "TILT"
    DOLLY_IN = "DOLLY_IN"
    DOLLY_OUT = "DOLLY_OUT"
    TRUCK = "TRUCK"
    FOLLOW = "FOLLOW"
    CRANE = "CRANE"
    HANDHELD = "HANDHELD"
    STEADICAM = "STEADICAM"
    DRONE = "DRONE"
    ZOOM = "ZOOM"


class Side(StrEnum):
    """Camera side of the scene's axis of action."""

    A = "A"
    B = "B"


class ScreenPos(StrEnum):
    L = "L"
    C = "C"
    R = "R"


class Look(StrEnum):
    L = "L"
    R = "R"
    CAM = "CAM"


class Direction(StrEnum):
    L = "L"
    R = "R"


class Intent(StrEnum):
    """Flags saying a break of continuity is on purpose; each silences named rules."""

    JUMP_CUT = "jump_cut"
    LINE_CROSS = "line_cross"
    MONTAGE = "montage"
    FLASHBACK = "flashback"
    POV = "pov"
    MULTI_LOCATION = "multi_location"
    ENDING = "ending"


class EdgeKind(StrEnum):
    CUT = "cut"
    PLATE = "plate"
    ALT = "alt"


class Language(StrEnum):
    ZH = "zh"
    EN = "en"


class Department(StrEnum):
    DIRECTING = "directing"
    PRODUCTION = "production"
    CAST = "cast"
    CAMERA = "camera"
    GRIP_ELECTRIC = "grip_electric"
    SOUND = "sound"
    ART = "art"
    PROPS = "props"
    WARDROBE = "wardrobe"
    HAIR_MAKEUP = "hair_makeup"
    VFX_AI = "vfx_ai"
    LOCATIONS = "locations"
    SAFETY = "safety"
    OTHER = "other"


class LabelPosition(StrEnum):
    START = "start"
    START_AND_END = "start_and_end"
    THROUGHOUT = "throughout"
