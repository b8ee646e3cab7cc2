"""What the timeline tests share: projects with hostile titles, and each format read back without OpenTimelineIO."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pycmx
from pycmx.statements import StmtFCM, StmtRemark

from shotgraph.core.graph import picture_order
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path

CONTROL = "\x00\x07\x1b\n\r\x7f"
"""NUL, BEL, ESC, a line break, a carriage return and DEL: what a pasted or imported title can hold."""
SEEDS = (-(2**63), 2**63 - 1)


def hostile_project():
    """The demo with control characters in every kind of title and AI seeds at the 64-bit extremes."""
    project = load_project(demo_project_path())
    project.title = f"霓虹{CONTROL}之下"
    for episode in project.episodes:
        episode.title = f"第{episode.number}集{CONTROL}"
        for scene in episode.scenes:
            scene.code = f"{scene.code}{CONTROL}"
        for index, shot in enumerate(episode.shots):
            shot.code = f"{shot.code}{CONTROL}"
            shot.description = f"上{CONTROL}下"
            shot.ai.seed = SEEDS[index % 2]
    return project


def picture_codes(episode) -> list[str]:
    """The clip names of the episode's cut, in order: ``E01_1-01`` …"""
    return [f"E{episode.number:02d}_{shot.code}" for shot in picture_order(episode)]


def picture_frames(episode, fps: float = 25) -> list[int]:
    """The planned length of each shot of the cut, in frames (3 s when not set)."""
    return [round((shot.duration_s or 3.0) * fps) for shot in picture_order(episode)]


def frames(timecode: str, fps: int = 25) -> int:
    """``00:00:05:00`` (or drop-frame ``00:00:05;00``) as a frame count, counted plainly."""
    hours, minutes, seconds, rest = timecode.replace(";", ":").split(":")
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * fps + int(rest)


class EdlEvent:
    """One event as pycmx reads it: clip name, record in and out, remarks."""

    def __init__(self, event, fps: int) -> None:
        [edit] = event.edits
        self.number = event.number
        self.name = edit.clip_name
        self.record = (frames(edit.record_in, fps), frames(edit.record_out, fps))
        self.remarks = [s.text for s in event.statements if isinstance(s, StmtRemark)]


def read_edl(path: Path, fps: int = 25) -> tuple[str, list[bool], list[EdlEvent]]:
    """The list's title, its ``FCM`` lines (drop frame or not) and its events, read by pycmx."""
    with open(path, encoding="ascii") as file:
        edl = pycmx.parse_cmx3600(file)
    modes = [s.drop for s in edl.event_statements if isinstance(s, StmtFCM)]
    return edl.title, modes, [EdlEvent(event, fps) for event in edl.events]


def xmeml_sequences(path: Path) -> list[ElementTree.Element]:
    """The sequences of an FCP 7 XML file, read by the standard library's XML parser."""
    root = ElementTree.parse(path).getroot()
    assert root.tag == "xmeml"
    return root.findall("./project/children/sequence") or root.findall("./sequence")


def video_tracks(sequence: ElementTree.Element) -> list[ElementTree.Element]:
    return sequence.findall("./media/video/track")


def enabled(element: ElementTree.Element) -> bool:
    """What an editing tool makes of an element's ``<enabled>``: on unless it says FALSE."""
    return element.findtext("enabled", "TRUE").upper() != "FALSE"
