"""Send to Generator… and what follows: draws recorded in flight, takes brought back as edits, draws
sent before picked up when their project opens again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

from shotgraph.core.edits import EditName, UpdateShot
from shotgraph.core.generation.draws import Arrival, find_shot, plan_draws, take_for
from shotgraph.core.model import Mode, PendingJob, Shot

from ..bridge import DocumentBridge
from ..commands.registry import Command
from .jobs_panel import GenerationPanel
from .queue import EngineFactory, GenerationQueue
from .send_dialog import SendDialog

SEND_KEYS = "Ctrl+Alt+G"


class GenerationController(QObject):
    """The window's generation: one queue per open project, its panel, and the Send action."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge,
                 engine_factory: EngineFactory | None = None) -> None:
        super().__init__(window)
        self._window, self._bridge = window, bridge
        self._factory = engine_factory
        self.queue = self._queue_for_project()
        self._listen(self.queue)
        self.panel = GenerationPanel(self.queue, window)
        self.dock = QDockWidget(self.tr("Generation"), window)
        self.dock.setObjectName("generation_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        bridge.opened.connect(self._on_bridge_opened)

    def command(self) -> Command:
        """Send to Generator… as a window command: in the Project menu and the shots' context menus."""
        return Command("send_to_generator", self.tr("Send to &Generator…"), self.send_selection,
                       lambda: bool(self._shots_to_send()), (SEND_KEYS,),
                       self.tr("Send the selected AI shots, or the episode's, to the ComfyUI server"))

    def _queue_for_project(self) -> GenerationQueue:
        """The open project's queue: kept by the bridge, so a window rebuilt in another language
        goes on following the same draws; a new one (picking up draws sent before) for a new project."""
        bridge = self._bridge
        for queue in bridge.findChildren(GenerationQueue):
            if queue.document is bridge.document:
                return queue
            queue.stop()  # the last project's: its draws stay on the server, recorded in its file
            queue.setParent(None)
            queue.deleteLater()
        options = {} if self._factory is None else {"engine_factory": self._factory}
        queue = GenerationQueue(bridge.document, bridge, **options)
        self._pick_up(queue)
        return queue

    def _listen(self, queue: GenerationQueue) -> None:
        queue.sent.connect(self._on_queue_sent)
        queue.arrived.connect(self._on_queue_arrived)
        queue.ended.connect(self._on_queue_ended)

    # -- sending --------------------------------------------------------------------------

    def send_selection(self) -> bool:
        """Send the selected AI and hybrid shots, or every one of the current episode when none is selected."""
        return self.send(self._shots_to_send())

    def _shots_to_send(self) -> list[Shot]:
        if self._bridge.document is None:
            return []
        if self._bridge.selected:
            return [s for s in self._bridge.selected_shots() if s.mode is not Mode.LIVE]
        episode = self._bridge.episode
        return [s for s in episode.shots if s.mode is not Mode.LIVE] if episode is not None else []

    def send(self, shots: Sequence[Shot]) -> bool:
        """Ask how to send ``shots`` (preflight, template, draws) and queue the draws; False when nothing was sent."""
        project, folder = self._bridge.project, self._bridge.folder
        if project is None:
            return False
        if folder is None:
            QMessageBox.information(self._window, self.tr("Send to Generator"), self.tr(
                "Save the project first: the takes that come back are kept in its media folder."))
            return False
        if not shots:
            QMessageBox.information(self._window, self.tr("Send to Generator"), self.tr(
                "This episode has no AI or hybrid shot to send. Mark a shot AI or hybrid in the inspector first."))
            return False
        dialog = SendDialog(self._bridge, shots, self._window)
        order = dialog.order if dialog.exec() else None
        if order is None:
            return False
        settings = project.generation
        server = settings.server.strip().rstrip("/")
        requests = plan_draws(project, folder, order.template, order.workflow, order.shots, order.draws, server,
                              graphs=self._bridge.document.graphs if self._bridge.document else None)
        self.queue.send(requests, server, settings.token, folder)
        self.dock.show()
        self.dock.raise_()
        return True

    # -- what comes back ------------------------------------------------------------------

    def _on_queue_sent(self, _key: int, job: PendingJob) -> None:
        project = self._bridge.project
        if project is not None:
            self._bridge.keep_jobs([*project.generation.jobs, job])

    def _on_queue_arrived(self, key: int, arrival: Arrival) -> None:
        project = self._bridge.project
        if project is None:
            return
        self._forget(arrival.job.prompt_id)
        shot = find_shot(project, arrival.job.shot_id)
        if shot is None:
            self.queue.rows[key].message = self.tr("the shot was deleted; the file is kept: {files}").format(
                files=", ".join(arrival.files))
            self.queue.row_changed.emit(key)
            return
        take = take_for(project.generation, shot, arrival)
        ai = shot.ai.model_copy(update={"takes": [*shot.ai.takes, take], "takes_tried": shot.ai.takes_tried + 1})
        self._bridge.push(UpdateShot(shot.id, {"ai": ai}, name=EditName("Bring Back AI Take of {shot}",
                                                                          shot=shot.code)))

    def _on_queue_ended(self, key: int) -> None:
        row = self.queue.rows.get(key)
        if row is not None and row.prompt_id:
            self._forget(row.prompt_id)

    def _forget(self, prompt_id: str) -> None:
        project = self._bridge.project
        if project is not None and any(j.prompt_id == prompt_id for j in project.generation.jobs):
            self._bridge.keep_jobs([j for j in project.generation.jobs if j.prompt_id != prompt_id])

    # -- opening and closing --------------------------------------------------------------

    def _on_bridge_opened(self) -> None:
        """A project opened: follow its draws (not the last project's)."""
        queue = self._queue_for_project()
        if queue is not self.queue:
            self.queue = queue
            self._listen(queue)
            self.panel.follow(queue)

    def _pick_up(self, queue: GenerationQueue) -> None:
        """Follow the draws the project recorded as sent before."""
        project, folder = self._bridge.project, self._bridge.folder
        if project is None or folder is None or not project.generation.jobs:
            return
        jobs = [(self._code(j), j) for j in project.generation.jobs]
        queue.resume(jobs, project.generation.token, folder)
        self._window.statusBar().showMessage(self.tr("Picking up %n draw(s) sent before…", "", len(jobs)), 8000)

    def _code(self, job: PendingJob) -> str:
        project = self._bridge.project
        shot = find_shot(project, job.shot_id) if project is not None else None
        return shot.code if shot is not None else job.shot_id

    def running_on_close(self) -> int:
        """How many draws are still running, to say so when the window closes."""
        return sum(1 for row in self.queue.rows.values() if row.prompt_id and row.state.value in ("queued", "running"))
