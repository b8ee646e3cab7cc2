"""File ▸ Export ▸ Animatic…: choose a folder, then write one MP4 per episode there in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project

from . import prompts
from .export_job import ExportJob


def _tr(text: str) -> str:
    """Translate in the empty context, where the catalogue tool files module-level ``_tr`` texts."""
    return QCoreApplication.translate("", text)


class AnimaticJob(ExportJob):
    """Writes the animatic of ``snapshot`` into the folder ``path``; ``written`` lists the files."""

    def __init__(self, snapshot: Project, folder: Path, options: dict[str, Any],
                 parent: QObject | None = None) -> None:
        super().__init__("animatic", snapshot, folder, options, parent)
        self.written: list[Path] = []

    def _write(self) -> None:
        from shotgraph.exports.animatic import write_animatic  # registered after the built-in exports, in order

        self.written = write_animatic(self.snapshot, self.path, progress=self._progress, **self.options)


def choose_animatic_folder(parent: QWidget, project: Project, start: Path) -> Path | None:
    """The folder to write the animatic into, once the user agreed to replace the files it would; None
    when cancelled. A project with no shots to play is told so and gets None."""
    from shotgraph.exports.animatic import animatic_paths  # registered after the built-in exports, in order

    try:
        animatic_paths(project, start)
    except InputError as error:
        QMessageBox.information(parent, _tr("Export Animatic"), error.message)
        return None
    name = QFileDialog.getExistingDirectory(parent, _tr("Export Animatic: choose a folder for the MP4 files"),
                                            str(start))
    if not name:
        return None
    folder = Path(name)
    existing = [path for path in animatic_paths(project, folder) if path.exists()]
    if existing and not prompts.ask_replace_files(parent, folder, existing):
        return None
    return folder


def say_written(parent: QWidget, files: list[Path]) -> None:
    """Tell which MP4 files were written, and where."""
    QMessageBox.information(parent, _tr("Animatic Exported"), _tr("Wrote {files} in {folder}").format(
        files=prompts.file_names(files), folder=files[0].parent))
