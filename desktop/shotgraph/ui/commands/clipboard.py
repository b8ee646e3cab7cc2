"""Cut, Copy and Paste of shots through the system clipboard, so shots move within an episode,
across episodes and between ShotGraph windows.

Copied shots travel as JSON under ShotGraph's own MIME type (with their codes and
descriptions as plain text for other programs). Whatever is on the clipboard is checked before
anything is pasted; what cannot be pasted is said in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication

from shotgraph.core.edits import Macro, RemoveShots
from shotgraph.core.edits.base import counted_name
from shotgraph.core.edits.clipboard import (
    ClipboardError,
    PasteShots,
    ShotClip,
    clip_from_bytes,
    clip_to_bytes,
    copy_shots,
)
from shotgraph.core.edits.placing import Slot, slot_after, slot_in_episode, slot_in_scene

from ..clipboard import put_on_clipboard
from .registry import Command, CommandRegistry

SHOTS_CLIP_MIME = "application/x-shotgraph-shots+json"


class ClipboardCommands(QObject):
    """Defines Cut, Copy and Paste on a registry."""

    def __init__(self, registry: CommandRegistry) -> None:
        super().__init__(registry)
        self._registry, self._bridge = registry, registry.bridge
        self._holds_shots = self._clipboard_holds_shots()
        has_shots = self._has_selection
        for command in (
            Command("cut", self.tr("Cu&t"), self.cut, has_shots, ("Ctrl+X",),
                    self.tr("Put the selected shots on the clipboard and remove them")),
            Command("copy", self.tr("&Copy"), self.copy, has_shots, ("Ctrl+C",),
                    self.tr("Put the selected shots on the clipboard")),
            Command("paste", self.tr("&Paste"), self.paste, self._can_paste, ("Ctrl+V",),
                    self.tr("Paste copied shots after the current shot, or at the end of the scene or episode")),
        ):
            registry.add(command)
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    def _has_selection(self) -> bool:
        return bool(self._bridge.selected)

    def _can_paste(self) -> bool:
        return self._bridge.episode is not None and self._holds_shots

    def _clipboard_holds_shots(self) -> bool:
        data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        return data is not None and data.hasFormat(SHOTS_CLIP_MIME)

    def _on_clipboard_data_changed(self) -> None:
        self._holds_shots = self._clipboard_holds_shots()
        self._registry.refresh()

    def _show_status(self, text: str) -> None:
        self._registry.window.statusBar().showMessage(text, 10000)

    # -- copying ---------------------------------------------------------------------------

    def copy(self) -> bool:
        """The selected shots onto the clipboard; False (said in the status bar) when they do not fit."""
        document = self._bridge.document
        assert document is not None
        try:
            clip = copy_shots(document, self._bridge.selected)
            data = clip_to_bytes(clip)
        except ClipboardError as error:
            self._show_status(self.tr("Cannot copy: {reason}").format(reason=error))
            return False
        mime = QMimeData()
        mime.setData(SHOTS_CLIP_MIME, data)
        mime.setText("\n".join(f"{shot.code}\t{shot.description}".rstrip() for shot in clip.shots))
        put_on_clipboard(mime)
        self._show_status(_counted(len(clip.shots), self.tr("Copied 1 shot."), self.tr("Copied {n} shots.")))
        return True

    def cut(self) -> None:
        """Copy, then remove the shots as one step named Cut."""
        shot_ids = list(self._bridge.selected)
        if self.copy():
            self._bridge.push(Macro(counted_name(len(shot_ids), "Cut Shot", "Cut {n} Shots"), [RemoveShots(shot_ids)]))

    # -- pasting ---------------------------------------------------------------------------

    def paste(self) -> None:
        """The clipboard's shots after the current shot, or at the end of the chosen scene or the
        episode, as one step; the pasted shots are selected."""
        clip = self._clip()
        document = self._bridge.document
        if clip is None or document is None:
            return
        slot = self._slot()
        if slot is None:
            self._show_status(self.tr("Cannot paste: the episode has no scene yet. Add a scene first."))
            return
        paste = PasteShots(clip, slot)
        if self._bridge.push(paste):
            self._bridge.select(paste.new_ids)
            self._show_status(self._pasted_text(paste))

    def _clip(self) -> ShotClip | None:
        data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        if data is None or not data.hasFormat(SHOTS_CLIP_MIME):
            self._show_status(self.tr("Cannot paste: the clipboard holds no ShotGraph shots."))
            return None
        try:
            return clip_from_bytes(bytes(data.data(SHOTS_CLIP_MIME).data()))
        except ClipboardError as error:
            self._show_status(self.tr("Cannot paste: {reason}").format(reason=error))
            return None

    def _slot(self) -> Slot | None:
        document, bridge = self._bridge.document, self._bridge
        assert document is not None and bridge.episode is not None
        if bridge.scene_id:
            return slot_in_scene(document, bridge.scene_id)
        if bridge.current_shot is not None:
            return slot_after(document, bridge.current_shot.id)
        return slot_in_episode(document, bridge.episode.id)

    def _pasted_text(self, paste: PasteShots) -> str:
        pasted = _counted(len(paste.new_ids), self.tr("Pasted 1 shot."), self.tr("Pasted {n} shots."))
        left = paste.left_out
        if not left:
            return pasted
        parts = [_counted(left[kind], one, many) for kind, one, many in (
            ("characters", self.tr("1 character"), self.tr("{n} characters")),
            ("looks", self.tr("1 wardrobe look"), self.tr("{n} wardrobe looks")),
            ("props", self.tr("1 prop"), self.tr("{n} props")),
            ("locations", self.tr("1 location"), self.tr("{n} locations"))) if left[kind]]
        return self.tr("{pasted} Left out what this project does not have: {what}.").format(
            pasted=pasted, what=", ".join(parts))


def _counted(count: int, one: str, many: str) -> str:
    """``one`` for a single thing, else ``many`` with the count: English needs both forms."""
    return one if count == 1 else many.format(n=count)
