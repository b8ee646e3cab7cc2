"""A read-only summary of one shot: what a director checks before answering a crew's question."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from shotgraph.core.model import Episode, Project, Shot

from .bridge import DocumentBridge
from .storyboard.grid import mode_label


class ShotDetails(QTextBrowser):
    """Mode, camera, cast, dialogue, description, AI data and notes of the selected shot."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.show_nothing()
        bridge.selection_changed.connect(self._refresh)
        bridge.changed.connect(self._refresh)

    def _refresh(self, *_args: object) -> None:
        shot, episode = self._bridge.current_shot, self._bridge.episode
        if shot is None or episode is None or self._bridge.project is None:
            self.show_nothing()
        else:
            self.show_shot(self._bridge.project, episode, shot)

    def show_nothing(self) -> None:
        self.setHtml(f"<p style='color:#777'>{escape(self.tr('Select a shot to see its details.'))}</p>")

    def show_shot(self, project: Project, episode: Episode, shot: Shot) -> None:
        """Fill the panel from ``shot``; names come from the project, the heading from the scene."""
        scene = next((s for s in episode.scenes if s.id == shot.scene_id), None)
        rows = [
            (self.tr("Mode"), mode_label(shot.mode)),
            (self.tr("Camera"), self._camera(shot)),
            (self.tr("Duration"), self.tr("{seconds} s").format(seconds=f"{shot.duration_s:g}")
             if shot.duration_s is not None else ""),
            (self.tr("Characters"), self._characters(project, shot)),
            (self.tr("Props"), self._props(project, shot)),
            (self.tr("Dialogue"), shot.dialogue),
            (self.tr("Description"), shot.description),
            *self._ai_rows(project, shot),
            (self.tr("Plate"), _plate(episode, shot)),
            (self.tr("Notes"), shot.notes),
        ]
        title = f"{shot.code} · {scene.heading}" if scene and scene.heading else shot.code
        self.setHtml(_html(title, [(label, value) for label, value in rows if value]))

    def _camera(self, shot: Shot) -> str:
        camera = shot.camera
        parts = [p.value for p in (camera.size, camera.angle, camera.movement) if p is not None]
        if camera.side is not None:
            parts.append(self.tr("side {side}").format(side=camera.side.value))
        if camera.lens_mm is not None:
            parts.append(f"{camera.lens_mm:g} mm")
        return " · ".join(parts)

    def _characters(self, project: Project, shot: Shot) -> str:
        names = {c.id: c.name for c in project.characters}
        looks = {w.id: w.name for w in project.wardrobe}
        lines = []
        for entry in shot.characters:
            facts = [self.tr("at {pos}").format(pos=entry.position.value) if entry.position else "",
                     self.tr("looks {look}").format(look=entry.look.value) if entry.look else "",
                     self.tr("moves {dir}").format(dir=entry.motion.value) if entry.motion else "",
                     looks.get(entry.wardrobe_id or "", "")]
            known = ", ".join(f for f in facts if f)
            name = names.get(entry.character_id, entry.character_id)
            lines.append(f"{name} ({known})" if known else name)
        return "\n".join(lines)

    def _props(self, project: Project, shot: Shot) -> str:
        names = {p.id: p.name for p in project.props}
        return "\n".join(f"{names.get(p.prop_id, p.prop_id)}{'：' + p.state if p.state else ''}" for p in shot.props)

    def _ai_rows(self, project: Project, shot: Shot) -> list[tuple[str, str]]:
        ai = shot.ai
        names = {c.id: c.name for c in project.characters}
        generator = " · ".join(str(v) for v in (ai.model, ai.style) if v)
        kelvins = " / ".join(f"{k:g} K" for k in (shot.fg_kelvin, shot.plate_kelvin) if k is not None)
        return [
            (self.tr("AI model"), generator),
            (self.tr("Seed"), str(ai.seed) if ai.seed is not None else ""),
            (self.tr("Identity refs"), "\n".join(f"{names.get(k, k)}: {v}" for k, v in ai.refs.items())),
            (self.tr("Prompt"), ai.prompt),
            (self.tr("Foreground / plate"), kelvins),
        ]


def _plate(episode: Episode, shot: Shot) -> str:
    """The plate asset, or the codes of the shots that supply this shot's plate."""
    codes = {s.id: s.code for s in episode.shots}
    sources = [codes.get(e.source, e.source) for e in episode.edges if e.kind == "plate" and e.target == shot.id]
    return ", ".join([*sources, *([shot.plate_asset] if shot.plate_asset else [])])


def _html(title: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#666; padding:3px 10px 3px 0; white-space:nowrap' valign='top'>{escape(label)}</td>"
        f"<td style='padding:3px 0'>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in rows
    )
    return f"<h3>{escape(title)}</h3><table cellspacing='0'>{cells}</table>"
