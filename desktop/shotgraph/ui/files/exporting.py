"""File ▸ Export: one action per registered exporter, each run in a worker with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressDialog

from shotgraph.core.model import Project
from shotgraph.exports import Exporter, exporters
from shotgraph.exports.callsheet_formats import FORMATS
from shotgraph.exports.timeline_edl import edl_paths

from ..bridge import DocumentBridge
from . import animatic_export, callsheet_dialog, prompts
from .export_job import CallSheetJob, ExportJob
from .export_titles import export_title


class ExportMenu(QObject):
    """The Export submenu, rebuilt each time it opens so a newly registered exporter shows up."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge, menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.bridge = window, bridge
        export = menu.addMenu(self.tr("&Export"))
        export.setObjectName("export_menu")
        export.setAccessibleName(self.tr("Export formats"))
        export.aboutToShow.connect(self._on_menu_about_to_show)
        self.job: ExportJob | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def menu(self) -> QMenu:
        """The Export submenu, looked up each time: a Python handle kept on it could go stale after
        keyboard work in the window (PySide reported it deleted while Qt still showed it)."""
        menu = self.window.findChild(QMenu, "export_menu")
        assert menu is not None  # made with the window's File menu
        return menu

    def _on_menu_about_to_show(self) -> None:
        menu = self.menu
        menu.clear()
        for exporter in exporters().values():
            if exporter.alias_of:
                continue
            action = QAction(self.tr("{title}…").format(title=export_title(exporter)), menu)
            action.setObjectName(f"export_{exporter.name}")
            action.setData(exporter.name)
            action.setEnabled(self.job is None)
            action.triggered.connect(self._on_export_action_triggered)
            menu.addAction(action)

    def action(self, name: str) -> QAction | None:
        """The menu's action for exporter ``name``."""
        return next((a for a in self.menu.actions() if a.data() == name), None)

    def _on_export_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data() == "callsheet":
            self.start_callsheets()
        elif isinstance(action, QAction) and action.data() == "animatic":
            self.start_animatic()
        elif isinstance(action, QAction):
            self.start(str(action.data()))

    def _suggestion(self, exporter: Exporter) -> str:
        folder = self.bridge.folder or Path.home()
        return str(folder / f"{exporter.file_stem}{exporter.suffixes[0]}")

    def start(self, name: str) -> ExportJob | None:
        """Ask where to write, then export a snapshot of the project there in a worker thread."""
        project = self.bridge.project
        if project is None or self.job is not None:
            return None
        exporter = exporters()[name]
        title = self.tr("Export {name}").format(name=export_title(exporter))
        path = prompts.choose_export_file(self.window, title, self._suggestion(exporter), exporter.suffixes)
        if path is None or not self._may_replace_lists(name, project, path):
            return None
        headers = "zh" if str(project.language) == "zh" else "en"
        options = exporter.options(headers=headers, base=self.bridge.folder)
        return self._run(ExportJob(name, project.model_copy(deep=True), path, options, self))

    def _may_replace_lists(self, name: str, project: Project, path: Path) -> bool:
        """An EDL export writes a list per episode beside ``path``: those that exist are replaced
        only when the user agrees (the save dialog asked about ``path`` itself)."""
        if name != "edl":
            return True
        existing = [target for target in edl_paths(project, path) if target != path and target.exists()]
        return not existing or prompts.ask_replace_files(self.window, path.parent, existing)

    def start_callsheets(self) -> ExportJob | None:
        """Ask which call sheets and in what format, then where, then write them in a worker thread."""
        project = self.bridge.project
        if project is None or self.job is not None:
            return None
        dialog = callsheet_dialog.CallSheetDialog(project, self.window)
        if dialog.exec() != callsheet_dialog.CallSheetDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        suffix = FORMATS[choice.file_format]
        folder = self.bridge.folder or Path.home()
        path = prompts.choose_export_file(self.window, dialog.windowTitle(), str(folder / f"call-sheet{suffix}"),
                                          (suffix,))
        if path is None:
            return None
        options = choice.options(self.bridge.folder)
        return self._run(CallSheetJob(project.model_copy(deep=True), path, choice.file_format, options, self))

    def start_animatic(self) -> ExportJob | None:
        """Ask for a folder, then write one MP4 per episode there in a worker thread."""
        project = self.bridge.project
        if project is None or self.job is not None:
            return None
        folder = animatic_export.choose_animatic_folder(self.window, project, self.bridge.folder or Path.home())
        if folder is None:
            return None
        options = {"base": self.bridge.folder}
        return self._run(animatic_export.AnimaticJob(project.model_copy(deep=True), folder, options, self))

    def _run(self, job: ExportJob) -> ExportJob:
        self.job = job
        self.dialog = self._progress_dialog(job.path)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_finished)
        job.start()
        return job

    def _progress_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Exporting {file}…").format(file=path.name), self.tr("Cancel"),
                                 0, 0, self.window)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setAccessibleName(self.tr("Export progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(self._on_dialog_canceled)
        return dialog

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and self.dialog.wasCanceled() and self.job is not None:
            self.job.cancel()
        elif self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _on_dialog_canceled(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_job_finished(self) -> None:
        job, dialog = self.job, self.dialog
        self.job, self.dialog = None, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_dialog_canceled)
            dialog.close()
            dialog.deleteLater()
        if job is None:
            return
        job.deleteLater()
        status = self.window.statusBar()
        if job.error:
            prompts.warn(self.window, self.tr("Export failed"), job.error)
        elif job.cancelled:
            status.showMessage(self.tr("Export cancelled; {file} was not written.").format(file=job.path.name), 8000)
        elif isinstance(job, animatic_export.AnimaticJob):
            status.showMessage(self.tr("Exported {file}").format(file=", ".join(p.name for p in job.written[:3])), 8000)
            animatic_export.say_written(self.window, job.written)
        elif isinstance(job, CallSheetJob):
            status.showMessage(self.tr("Exported {file}").format(file=", ".join(p.name for p in job.written[:3])), 8000)
            callsheet_dialog.show_written_files(self.window, job.written)
        else:
            several = ", ".join(p.name for p in job.written[:3]) + ("…" if len(job.written) > 3 else "")
            status.showMessage(self.tr("Exported {file}").format(file=several if len(job.written) > 1 else job.path),
                               8000)

    def stop(self) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self._on_job_finished()
