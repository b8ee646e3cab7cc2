"""The episode dialog: a new episode (ready for shots, with its Scene 1), or an episode's number,
title and notes. OK pushes one edit; a new episode becomes the one on show."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from shotgraph.core.edits import AddEpisode, Edit, UpdateEpisode
from shotgraph.core.model import Episode, Project, Scene, new_id

from ..accessible import name_buttons
from ..bridge import DocumentBridge
from .naming import next_episode_number
from .pushing import push_or_explain
from .widgets import notes_box, problem_label, set_label_buddy, show_problem


class EpisodeDialog(QDialog):
    """Add an episode, or edit one; non-blocking, closed by OK or Cancel."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None, *,
                 episode: Episode | None = None) -> None:
        super().__init__(parent)
        self._bridge, self.episode = bridge, episode
        self.new_episode_id = ""
        """The id of the episode OK added ("" until then, and when editing)."""
        self.setWindowTitle(self.tr("New Episode") if episode is None
                            else self.tr("Episode {number}").format(number=episode.number))
        self._build()
        project = self._project
        self.number.setValue(episode.number if episode else next_episode_number(project))
        self.title.setText(episode.title if episode else "")
        self.notes.setPlainText(episode.notes if episode else "")
        self.number.setFocus()
        self.number.selectAll()

    @property
    def _project(self) -> Project:
        project = self._bridge.project
        assert project is not None
        return project

    def _build(self) -> None:
        self.number = QSpinBox(self)
        self.number.setRange(1, 9999)
        self.number.setAccessibleName(self.tr("Episode number"))
        self.number_problem = problem_label(self)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Episode title"))
        self.notes = notes_box(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        name_buttons(self.buttons)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.number_problem, 1)
        form.addRow(self.tr("Episode &number:"), number_row)
        set_label_buddy(form, number_row, self.number)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.valueChanged.connect(self._on_number_changed)
        self.setMinimumWidth(440)

    def _on_number_changed(self, _value: int) -> None:
        show_problem(self.number_problem, "")

    def accept(self) -> None:
        """Check the number, push the one edit; stay open with the reason when it cannot be made."""
        number = self.number.value()
        own = self.episode.id if self.episode else None
        if any(e.number == number and e.id != own for e in self._project.episodes):
            show_problem(self.number_problem, self.tr("There is already an episode {number}.").format(number=number))
            self.number.setFocus()
            self.number.selectAll()
            return
        edit = self._edit(number, self.title.text().strip(), self.notes.toPlainText().strip())
        reason = push_or_explain(self._bridge, edit) if edit is not None else ""
        if reason:
            show_problem(self.problem, self.tr("Not changed: {reason}").format(reason=reason))
            return
        if self.episode is None:
            self._bridge.set_episode(self.new_episode_id)
        super().accept()

    def _edit(self, number: int, title: str, notes: str) -> Edit | None:
        """A new episode with its Scene 1, placed among the others by number; or the changed fields."""
        if self.episode is None:
            self.new_episode_id = new_id("ep")
            episode = Episode(id=self.new_episode_id, number=number, title=title, notes=notes,
                              scenes=[Scene(id=new_id("sc"), code="1")])
            index = sum(1 for e in self._project.episodes if e.number < number)
            return AddEpisode(episode, index=index)
        values = {"number": number, "title": title, "notes": notes}
        changes = {key: value for key, value in values.items() if getattr(self.episode, key) != value}
        return UpdateEpisode(self.episode.id, changes) if changes else None
