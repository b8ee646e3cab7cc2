"""What an open project's views read besides the project itself: graphs, findings, findings by shot.

``DerivedState`` is the one observer of the document for the editor and works in a fixed
order: the document's graphs are already current when it hears of a change
(``Document.graphs``), then the checker updates the findings, then the findings by shot
follow the checker's delta, and only then do its own subscribers hear of the change and the
delta. No view depends on the order in which views subscribed, and none works these out again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .changes import Changes
from .document import Document
from .graph import EpisodeGraphs
from .rules.checker import Checker, FindingsDelta
from .rules.findings import Finding

Subscriber = Callable[[Changes, FindingsDelta], None]


class DerivedState:
    """The graphs, findings and findings by shot of one document, kept current edit by edit."""

    def __init__(self, document: Document) -> None:
        self.graphs: EpisodeGraphs = document.graphs
        self.checker = Checker(document)
        self._by_shot: dict[str, list[Finding]] = {}
        self._add(self.checker.findings)
        self._subscribers: list[Subscriber] = []
        self._detach = document.subscribe(self._on_document_changed)

    def close(self) -> None:
        """Stop following the document (another project is opened)."""
        self._detach()
        self._subscribers.clear()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(changes, delta)`` after every change, once all of this is current."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def findings_of(self, shot_id: str) -> list[Finding]:
        """The unwaived findings naming a shot, in the order they came."""
        return list(self._by_shot.get(shot_id, ()))

    def _on_document_changed(self, changes: Changes) -> None:
        delta = self.checker.update(changes)
        self._remove(delta.removed)
        self._add(delta.added)
        for callback in list(self._subscribers):
            callback(changes, delta)

    def _add(self, findings: Iterable[Finding]) -> None:
        by_shot = self._by_shot
        for finding in findings:
            if not finding.waived:
                for shot_id in finding.shot_ids:
                    by_shot.setdefault(shot_id, []).append(finding)

    def _remove(self, findings: Iterable[Finding]) -> None:
        by_shot = self._by_shot
        for finding in findings:
            for shot_id in finding.shot_ids:
                kept = [f for f in by_shot.get(shot_id, ()) if f != finding]
                if kept:
                    by_shot[shot_id] = kept
                else:
                    by_shot.pop(shot_id, None)
