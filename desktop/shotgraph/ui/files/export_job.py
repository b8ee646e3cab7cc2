"""One export running in a worker thread on a snapshot of the project, with progress and Cancel."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.model import Project
from shotgraph.exports import ExportCancelled, export, exporters
from shotgraph.exports.callsheet_formats import write_callsheets


class ExportJob(QThread):
    """Writes ``snapshot`` with one exporter; never touches the live project or any widget.

    When it ends, ``error`` says why it failed ("" when it did not) and ``cancelled`` whether
    the user stopped it; either way a file it started and did not finish is removed. ``written``
    lists the files it wrote (an EDL per episode, say).
    """

    progressed = Signal(int, int)
    """``(done, total)`` as the exporter reports it, delivered on the GUI thread."""

    def __init__(self, name: str, snapshot: Project, path: Path, options: dict[str, Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name, self.snapshot, self.path, self.options = name, snapshot, path, options
        self.error = ""
        self.cancelled = False
        self.written: list[Path] = []
        self._cancel_requested = False
        self._existed = path.exists()

    def cancel(self) -> None:
        """Ask the exporter to stop at its next progress report."""
        self._cancel_requested = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancel_requested:
            raise ExportCancelled
        self.progressed.emit(done, total)

    def _reporter(self):
        """The progress callback, for an exporter that reports progress (others cannot be cancelled midway)."""
        return self._progress if exporters()[self.name].options(progress=self._progress) else None

    def _write(self) -> None:
        self.written = export(self.name, self.snapshot, self.path, progress=self._reporter(), **self.options)

    def run(self) -> None:
        try:
            self._write()
        except ExportCancelled:
            self.cancelled = True
        except ShotGraphError as error:
            self.error = str(error)
        except OSError as error:
            self.error = f"{self.path}: {error.strerror or error}"
        except Exception as error:  # an exporter's bug still reaches the user as one message
            self.error = f"{self.path}: {type(error).__name__}: {error}"
        if (self.cancelled or self.error) and not self._existed:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)


class CallSheetJob(ExportJob):
    """Writes the call sheets of ``snapshot`` as a PDF, PNG pages or a workbook; ``written`` lists the files."""

    def __init__(self, snapshot: Project, path: Path, file_format: str, options: dict[str, Any],
                 parent: QObject | None = None) -> None:
        super().__init__("callsheet", snapshot, path, options, parent)
        self.file_format = file_format

    def _write(self) -> None:
        self.written = write_callsheets(self.snapshot, self.path, file_format=self.file_format,
                                        progress=self._progress, **self.options)
