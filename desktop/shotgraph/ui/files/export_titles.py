"""What File ▸ Export calls each export, in the editor's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.exports import Exporter
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

TITLES = {
    "callsheet": QT_TRANSLATE_NOOP("ExportTitles", "Call Sheets"),
    "boards": QT_TRANSLATE_NOOP("ExportTitles", "Shooting Boards (PDF)"),
    "storyboard": QT_TRANSLATE_NOOP("ExportTitles", "Storyboard (PDF)"),
    "report": QT_TRANSLATE_NOOP("ExportTitles", "Continuity Report (PDF or CSV)"),
    "csv": QT_TRANSLATE_NOOP("ExportTitles", "Shot List (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportTitles", "Shot List (Excel)"),
    "otio": QT_TRANSLATE_NOOP("ExportTitles", "Timeline (OpenTimelineIO)"),
    "edl": QT_TRANSLATE_NOOP("ExportTitles", "Timeline (CMX 3600 EDL)"),
    "xmeml": QT_TRANSLATE_NOOP("ExportTitles", "Timeline (Final Cut Pro 7 XML)"),
    "ics": QT_TRANSLATE_NOOP("ExportTitles", "Shooting Days (Calendar)"),
    "ai-jobs": QT_TRANSLATE_NOOP("ExportTitles", "AI Job List (JSON or CSV)"),
    "disclosure": QT_TRANSLATE_NOOP("ExportTitles", "AI Disclosure Manifest (JSON)"),
    "budget": QT_TRANSLATE_NOOP("ExportTitles", "Budget (CSV or JSON)"),
    "animatic": QT_TRANSLATE_NOOP("ExportTitles", "Animatic (MP4)"),
}
"""Titles of the built-in exports; an exporter added later shows its own name and description."""


def export_title(exporter: Exporter) -> str:
    """The menu title of ``exporter``: "Call Sheets", "通告单"."""
    title = TITLES.get(exporter.name)
    if title is None:
        return f"{exporter.name} — {exporter.description}"
    return QCoreApplication.translate("ExportTitles", title)
