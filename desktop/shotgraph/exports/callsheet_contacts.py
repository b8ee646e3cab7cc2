"""Who a crew calls on the day: the key contacts every call sheet heads with, and the walkie
channel of each department — one source for the PDF, the 通告单 and the workbook."""

from __future__ import annotations

import re

from shotgraph.core.model import Person, Project

from .callsheet_schedule import DEPARTMENTS

KEY_ROLES = (
    ("Director 导演",
     re.compile(r"^(?!.*(?:assistant|art|photography|副|美术|艺术|摄影)).*(?:\bdirector\b|导演)", re.I)),
    ("Producer 制片人", re.compile(r"^(?!.*(?:line|executive|执行)).*(?:\bproducer\b|制片人)", re.I)),
    ("1st AD 第一副导演", re.compile(r"1st AD|first assistant director|第一副导演|执行导演", re.I)),
    ("Production manager 制片主任", re.compile(r"production manager|\bUPM\b|制片主任", re.I)),
)
"""The contacts every call sheet heads with, each found by the first person whose role matches."""


def key_contacts(project: Project) -> list[tuple[str, Person | None]]:
    """Each key role with the first person whose role matches it, or None."""
    return [(label, next((p for p in project.people if pattern.search(p.role)), None)) for label, pattern in KEY_ROLES]


def walkie_channels(project: Project, separator: str = " · ", chinese: bool = False) -> str:
    """``Directing 导演组 1 · Camera 摄影组 3``: the channel of each department that has one."""
    channels = project.walkie_channels
    names = {d: label.split()[-1] if chinese else label for d, label in DEPARTMENTS.items()}
    return separator.join(f"{names[d]} {channels[d]}" for d in DEPARTMENTS if channels.get(d)) or \
        ("未设" if chinese else "Not set 未设")
