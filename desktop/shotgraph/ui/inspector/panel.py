"""The shot inspector: every field of the selected shots, edited through undoable edits.

It refreshes from the bridge's selection and ``changed`` records, filling its editors with
signals blocked, so showing a shot never makes an edit; each finished change is one push.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.document import Document
from shotgraph.core.edits import Edit
from shotgraph.core.model import Intent, Mode, Scene, Shot

from ..bridge import DocumentBridge
from ..mode_labels import mode_label
from .fields import LineField
from .labels import enum_label
from .sections import InspectorForm
from .shot_edits import mode_edit, plate_edit, plate_sources, shots_edit


class Inspector(QStackedWidget):
    """Edits the selected shots; several at once where they share a field."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(self.tr("Shot inspector"))
        self.bridge = bridge
        self.empty_label = QLabel(self.tr("Select a shot to edit it"), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #777")
        self.addWidget(self.empty_label)
        self.addWidget(self._build_page())
        self._connect()
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.opened.connect(self.refresh)
        self.refresh()

    def _build_page(self) -> QScrollArea:
        page = QWidget()
        self.form = form = InspectorForm(page)
        self.header = QLabel(page)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet("font-size: 14px; font-weight: bold")
        layout = QVBoxLayout(page)
        layout.addWidget(self.header)
        for section in (form.build_shot(), form.build_camera(), *form.build_cast(), form.build_place(),
                        form.build_ai(), form.build_plate(), form.build_intent(), form.build_delivery(),
                        form.build_notes()):
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Shot fields"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        return scroll

    def _connect(self) -> None:
        form = self.form
        for widget, _read, write in form.bindings:
            widget.committed.connect(self._committer(write))
            if isinstance(widget, LineField):
                widget.refused.connect(self.bridge.edit_failed)
        form.mode.committed.connect(self._on_mode_committed)
        form.characters.committed.connect(self._committer(lambda shot, change: {"characters": change(shot.characters)}))
        form.props.committed.connect(self._committer(lambda shot, change: {"props": change(shot.props)}))
        form.refs.committed.connect(self._on_refs_committed)
        form.plate_shot.committed.connect(self._on_plate_shot_committed)
        for intent, box in form.intents.items():
            box.committed.connect(lambda checked, intent=intent: self._on_intent_committed(intent, checked))

    # -- showing --------------------------------------------------------------------------

    def _on_bridge_selection_changed(self, _source: object) -> None:
        self.refresh()

    def _on_bridge_changed(self, changes: Changes) -> None:
        if changes.touches_shot_context(self.bridge.selected):
            self.refresh()

    def refresh(self) -> None:
        """Show the selected shots' fields, or the hint to select one."""
        shots = self.bridge.selected_shots() if self.bridge.document else []
        self.setCurrentIndex(1 if shots else 0)
        if shots:
            self._show(shots)

    def _show(self, shots: list[Shot]) -> None:
        form, project = self.form, self.bridge.project
        assert project is not None
        self.header.setText(self._title(shots))
        self._show_scene_values(shots)
        for widget, read, _write in form.bindings:
            widget.show_values([read(shot) for shot in shots])
        form.mode.show_values([shot.mode for shot in shots])
        form.characters.show_values(project, [shot.characters for shot in shots])
        form.props.show_values(project, [shot.props for shot in shots])
        form.refs.show_values(project, shots)
        for intent, box in form.intents.items():
            box.show_values([intent in shot.intent for shot in shots])
        self._show_plate(shots)
        generated = all(shot.mode is not Mode.LIVE for shot in shots)
        form.ai_section.setVisible(generated)
        if generated:
            self._offer_used_names()
        form.plate_section.setVisible(all(shot.mode is Mode.HYBRID for shot in shots))

    def _document(self) -> Document:
        """The open document: the form shows and edits shots only while a project is open."""
        document = self.bridge.document
        assert document is not None
        return document

    def _title(self, shots: list[Shot]) -> str:
        if len(shots) > 1:
            order = {s.id: i for i, s in enumerate(self._document().episode_of(shots[0].id).shots)}
            listed = sorted(shots, key=lambda shot: order[shot.id])
            codes = ", ".join(shot.code for shot in listed[:6]) + (" …" if len(shots) > 6 else "")
            return self.tr("{count} shots: {codes}").format(count=len(shots), codes=codes)
        shot = shots[0]
        scene = self._document().scene(shot.scene_id)
        title = f"{shot.code} · {mode_label(shot.mode)}"
        return f"{title}\n{scene.heading}" if scene.heading else title

    def _show_scene_values(self, shots: list[Shot]) -> None:
        """Offer "as the scene" first in each override, naming the scene's value when there is one scene."""
        document, form = self._document(), self.form
        scenes = {shot.scene_id: document.scene(shot.scene_id) for shot in shots}
        scene: Scene | None = next(iter(scenes.values())) if len(scenes) == 1 else None
        locations = {loc.id: loc.name for loc in document.project.locations}

        def as_scene(value: str | None) -> str:
            if scene is None:
                return self.tr("As each scene")
            return self.tr("As the scene: {value}").format(value=value or self.tr("not set"))

        form.location.set_options(list(locations.items()),
                                  as_scene(locations.get(scene.location_id or "") if scene else None))
        form.int_ext.set_options(form.int_ext_options,
                                 as_scene(enum_label(scene.int_ext) if scene and scene.int_ext else None))
        form.time_of_day.set_options(form.time_of_day_options,
                                     as_scene(enum_label(scene.time_of_day) if scene and scene.time_of_day else None))
        day = scene.story_day if scene else None
        form.story_day.set_hint(as_scene(None if day is None else str(day)))
        settings = document.project.delivery
        form.aspect.set_hint(self.tr("Project: {value}").format(value=settings.aspect))
        form.fps.set_hint(self.tr("Project: {value}").format(value=f"{settings.fps:g}"))

    def _offer_used_names(self) -> None:
        """Complete the AI model and style with the names the project uses when the field is entered."""
        for line, read in ((self.form.ai_model, lambda s: s.ai.model), (self.form.style, lambda s: s.ai.style)):
            line.suggest(lambda read=read: self._used_names(read))

    def _used_names(self, read: Callable[[Shot], str | None]) -> list[str]:
        project = self.bridge.project
        shots = (shot for episode in project.episodes for shot in episode.shots) if project else ()
        return sorted({name for shot in shots if (name := read(shot))})

    def _show_plate(self, shots: list[Shot]) -> None:
        episode = self._document().episode_of(shots[0].id)
        choices = [(shot.id, f"{shot.code} · {mode_label(shot.mode)} · {shot.description[:14]}")
                   for shot in episode.shots]
        self.form.plate_shot.set_options(choices, self.tr("No plate shot"))
        sources = [[e.source for e in plate_sources(episode, shot.id)] for shot in shots]
        self.form.plate_shot.show_values([s[0] if s else None for s in sources])

    # -- editing --------------------------------------------------------------------------

    def _push(self, edit: Edit | None) -> None:
        """Push one edit; if the document refuses it, show the model's values again."""
        if edit is not None and not self.bridge.push(edit):
            self.refresh()

    def _committer(self, write: Callable[[Shot, Any], dict[str, Any]]) -> Callable[[Any], None]:
        def commit(value: Any) -> None:
            self._push(shots_edit(self.bridge.selected_shots(), lambda shot: write(shot, value)))
        return commit

    def _on_mode_committed(self, mode: Mode) -> None:
        self._push(mode_edit(self.bridge.selected_shots(), mode))

    def _on_refs_committed(self, character_id: str, ref: str | None) -> None:
        def write(shot: Shot) -> dict[str, Any]:
            refs = {k: v for k, v in shot.ai.refs.items() if k != character_id}
            if ref is not None:
                refs[character_id] = ref
            return {"ai": shot.ai.model_copy(update={"refs": refs})}
        self._push(shots_edit(self.bridge.selected_shots(), write))

    def _on_intent_committed(self, intent: Intent, checked: bool) -> None:
        def write(shot: Shot) -> dict[str, Any]:
            others = [i for i in shot.intent if i is not intent]
            return {"intent": sorted([*others, intent]) if checked else others}
        self._push(shots_edit(self.bridge.selected_shots(), write))

    def _on_plate_shot_committed(self, source: str | None) -> None:
        shots = self.bridge.selected_shots()
        self._push(plate_edit(self._document().episode_of(shots[0].id), shots, source))
