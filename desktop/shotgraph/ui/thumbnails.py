"""Storyboard frames decoded in the background, so 300 panels never hold up the window.

A view asks ``ThumbnailLoader.get(path, waiter)`` while it paints. The first ask returns None (the
view draws its ordinary no-frame placeholder) and queues a worker that reads the file at the size
it is shown (``QImageReader.setScaledSize``: a big file is never decoded whole). The file is read as
``ui.media`` reads every picture: only inside the loader's ``folder`` (symlinks followed), only a PNG,
JPEG or WebP by its content, decoded from memory by that format's decoder, absurd dimensions refused
from the header; a pipe or device is never opened. Back on the UI thread the image becomes a pixmap in a
bounded cache and ``ready`` names the waiters to repaint. A file that cannot be read stays a
placeholder until it is forgotten. ``forget`` keeps showing the old pixmap while the file is
checked again: one whose modification time and size are unchanged is not decoded again.
"""

from __future__ import annotations

import atexit
import itertools
import os
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSize, Qt, QThread, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from .media import media_picture

CACHE_BYTES = 192 * 2**20
"""Pixels kept for painting; the least recently painted frames go first."""

Stamp = tuple[int, int]
"""A file's modification time (ns) and size: a redrawn file has another stamp."""


def file_stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


Decoder = Callable[[Path, QSize, Path | None], QImage]
"""How a loader turns a file into an image inside a box (``decode`` for pictures); run in a worker."""


def decode(path: Path, box: QSize, folder: Path | None = None) -> QImage:
    """The image scaled inside ``box``, decoded at that size; a null image when it is unusable or leads
    outside ``folder`` (the project folder; the file's own folder when none is given)."""
    picture = media_picture(folder or path.parent, path)
    if picture is None:
        return QImage()
    try:  # Pillow, not a Qt reader on a Python-made buffer: that deadlocks in worker threads
        with picture.open() as image:
            image.draft("RGB", (box.width(), box.height()))
            image.thumbnail((box.width(), box.height()))
            rgba = image.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return QImage()
    decoded = QImage(rgba.tobytes(), rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return decoded.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


@dataclass(frozen=True)
class _Decoded:
    """What a worker sends back: an image (null when unreadable), or ``unchanged`` when the stamp matched."""

    owner: int
    serial: int
    path: Path
    stamp: Stamp | None
    image: QImage = field(default_factory=QImage)
    unchanged: bool = False


class _Relay(QObject):
    """Lives on the UI thread for the whole run: workers emit here, the queued signal reaches the loaders."""

    decoded = Signal(object)


class _Job:
    """One file to read; skipped when its loader cancelled it before a worker took it."""

    def __init__(self, asked: _Decoded, box: QSize, known: Stamp | None, cancelled: threading.Event,
                 folder: Path | None, decoder: Decoder) -> None:
        self._asked, self._box, self._known, self._cancelled = asked, QSize(box), known, cancelled
        self._folder, self._decoder = folder, decoder

    def run(self, relay: _Relay) -> None:
        if self._cancelled.is_set():
            return
        asked = self._asked
        stamp = file_stamp(asked.path)
        if stamp is not None and stamp == self._known:
            result = _Decoded(asked.owner, asked.serial, asked.path, stamp, unchanged=True)
        else:
            image = self._decoder(asked.path, self._box, self._folder)
            result = _Decoded(asked.owner, asked.serial, asked.path, stamp, image)
        if not self._cancelled.is_set():
            relay.decoded.emit(result)


class _Jobs:
    """Files waiting to be read and the workers reading them. The newest ask is read first: after a fast
    scroll the panels now on screen come before those scrolled past. Asking costs the UI thread an
    append, not a new task for the pool."""

    def __init__(self, pool: QThreadPool) -> None:
        self._pool, self._lock = pool, threading.Lock()
        self.relay = _Relay()
        self._waiting: deque[_Job] = deque()
        self._workers = 0

    def put(self, job: _Job) -> None:
        with self._lock:
            self._waiting.append(job)
            start = self._workers < self._pool.maxThreadCount()
            if start:
                self._workers += 1
        if start:
            self._pool.start(_Worker(self))

    def take(self) -> _Job | None:
        """The next job; None (and one worker fewer) when there is none."""
        with self._lock:
            if self._waiting:
                return self._waiting.pop()
            self._workers -= 1
            return None

    def drop(self) -> None:
        with self._lock:
            self._waiting.clear()

    def wait(self) -> None:
        self.drop()
        self._pool.waitForDone()

    def finish(self) -> None:
        """Block until every file asked for so far is read."""
        self._pool.waitForDone()


class _Worker(QRunnable):
    """Reads files until none is waiting."""

    def __init__(self, jobs: _Jobs) -> None:
        super().__init__()
        self._jobs = jobs

    def run(self) -> None:
        while (job := self._jobs.take()) is not None:
            job.run(self._jobs.relay)


_shared: dict[str, _Jobs] = {}
_owners = itertools.count(1)


def _jobs() -> _Jobs:
    """The workers every loader shares, made once on the UI thread; waited for when the program ends."""
    jobs = _shared.get("jobs")
    if jobs is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(max(1, min(QThread.idealThreadCount(), 4)))
        jobs = _shared["jobs"] = _Jobs(pool)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_workers)
        atexit.register(stop_workers)
    return jobs


def finish_reading() -> None:
    """Block until every frame asked for so far is read; its panel repaints at the next event round.
    For pictures of the editor (``make screenshots``), never for the editor itself."""
    jobs = _shared.get("jobs")
    if jobs is not None:
        jobs.finish()


def stop_workers() -> None:
    """Drop the waiting reads and wait for the running ones (the program or a test is ending)."""
    jobs = _shared.get("jobs")
    if jobs is not None:
        jobs.wait()


@dataclass
class _Entry:
    pixmap: QPixmap | None
    stamp: Stamp | None
    stale: bool = False


class ThumbnailLoader(QObject):
    """Frames by path, scaled inside ``box`` (logical pixels) at ``ratio`` device pixels each, read by
    ``decoder`` (a picture's; a take's reads the first frame of a video too)."""

    ready = Signal(object, object)
    """A path whose frame is now known (a pixmap or unreadable) and the waiters that asked for it."""

    def __init__(self, box: QSize, ratio: float = 1.0, parent: QObject | None = None,
                 decoder: Decoder = decode) -> None:
        super().__init__(parent)
        self._box, self._ratio, self._decoder = QSize(box), ratio, decoder
        self.folder: Path | None = None
        """The project folder: a frame is read only when its file lies inside it, symlinks followed."""
        self._entries: OrderedDict[Path, _Entry] = OrderedDict()
        self._bytes = 0
        self._pending: dict[Path, int] = {}
        self._waiters: dict[Path, set[Hashable]] = {}
        self._owner, self._serial = next(_owners), 0
        self._cancelled = [threading.Event()]
        """Set when the reads asked for so far are no longer wanted; replaced by a fresh one."""
        self._jobs = _jobs()
        self._jobs.relay.decoded.connect(self._on_relay_decoded)
        cancelled = self._cancelled
        self.destroyed.connect(lambda *_: cancelled[0].set())

    def get(self, path: Path | None, waiter: Hashable = None) -> QPixmap | None:
        """The frame to paint now; None while it loads (``waiter`` is then named in ``ready``) or when
        there is no usable frame."""
        if path is None:
            return None
        entry = self._entries.get(path)
        if entry is not None:
            self._entries.move_to_end(path)
            if not entry.stale:
                return entry.pixmap
        if waiter is not None:
            self._waiters.setdefault(path, set()).add(waiter)
        if path not in self._pending:
            self._request(path, entry.stamp if entry is not None and entry.pixmap is not None else None)
        return entry.pixmap if entry is not None else None

    def loading(self, path: Path | None) -> bool:
        """Whether the frame at ``path`` is being read now."""
        return path in self._pending

    def forget(self, path: Path | None) -> None:
        """Check this frame's file again at its next paint (it may have been redrawn)."""
        if path is None:
            return
        entry = self._entries.get(path)
        if entry is not None:
            entry.stale = True
        if path in self._pending:
            self._request(path, None)  # the read under way may have seen the old file; its waiters still wait

    def clear(self) -> None:
        """Forget every frame and drop the queued reads (another project was opened)."""
        self.cancel_pending()
        self._entries.clear()
        self._bytes = 0

    def cancel_pending(self) -> None:
        """Drop the queued reads (another episode is shown); what was read stays cached."""
        self._cancelled[0].set()
        self._cancelled[0] = threading.Event()
        self._pending.clear()
        self._waiters.clear()

    def _request(self, path: Path, known: Stamp | None) -> None:
        self._serial += 1
        self._pending[path] = self._serial
        box = self._box * self._ratio
        asked = _Decoded(self._owner, self._serial, path, None)
        self._jobs.put(_Job(asked, box, known, self._cancelled[0], self.folder, self._decoder))

    def _on_relay_decoded(self, result: _Decoded) -> None:
        if result.owner != self._owner or self._pending.get(result.path) != result.serial:
            return
        del self._pending[result.path]
        entry = self._entries.get(result.path)
        if result.unchanged:
            self._keep(result.path, entry)
            return
        self._store(result.path, self._pixmap(result.image), result.stamp)
        self.ready.emit(result.path, frozenset(self._waiters.pop(result.path, ())))

    def _keep(self, path: Path, entry: _Entry | None) -> None:
        """The file was not redrawn: the frame on screen stays (read it again if it left the cache meanwhile)."""
        if entry is None:
            self._request(path, None)
        else:
            entry.stale = False
            self._waiters.pop(path, None)

    def _pixmap(self, image: QImage) -> QPixmap | None:
        if image.isNull():
            return None
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        return pixmap

    def _store(self, path: Path, pixmap: QPixmap | None, stamp: Stamp | None) -> None:
        old = self._entries.pop(path, None)
        self._bytes -= _weight(old)
        entry = self._entries[path] = _Entry(pixmap, stamp)
        self._bytes += _weight(entry)
        while self._bytes > CACHE_BYTES and len(self._entries) > 1:
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= _weight(evicted)


def _weight(entry: _Entry | None) -> int:
    if entry is None or entry.pixmap is None:
        return 0
    return entry.pixmap.width() * entry.pixmap.height() * 4
