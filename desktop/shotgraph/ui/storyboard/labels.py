"""How the storyboard words a shot: mode, size, duration, findings, and the panel as one text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.core.model import Shot
from shotgraph.core.rules.findings import Severity

from ..badges import Badge
from ..camera_labels import short_label
from ..mode_labels import mode_label


def _tr(text: str) -> str:
    """Translate ``text``; lupdate files the texts of module-level ``_tr`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def size_label(shot: Shot) -> str:
    """The size's short word, as the graph's cards print it."""
    return short_label(shot.camera.size) if shot.camera.size else "—"


def duration_label(shot: Shot) -> str:
    if shot.duration_s is None:
        return "—"
    return _tr("{seconds} s").format(seconds=f"{shot.duration_s:g}")


def badge_label(badge: Badge | None) -> str:
    if badge is None:
        return _tr("no findings")
    words = {Severity.ERROR: _tr("worst: error"), Severity.WARNING: _tr("worst: warning"),
             Severity.INFO: _tr("worst: info")}
    return _tr("{count} findings, {worst}").format(count=badge.count, worst=words[badge.worst])


def caption(shot: Shot) -> str:
    """The panel's text in reading order: code and size, mode and duration, description, dialogue."""
    lines = [f"{shot.code}  {size_label(shot)}", f"{mode_label(shot.mode)} · {duration_label(shot)}"]
    lines += [text for text in (shot.description, shot.dialogue) if text]
    return "\n".join(lines)


def spoken(shot: Shot, badge: Badge | None) -> str:
    """The panel for a screen reader."""
    return _tr("Shot {code}, {size}, {mode}, {duration}, {findings}. {description} {dialogue}").format(
        code=shot.code, size=size_label(shot), mode=mode_label(shot.mode), duration=duration_label(shot),
        findings=badge_label(badge), description=shot.description, dialogue=shot.dialogue).strip()
