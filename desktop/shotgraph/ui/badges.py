"""The badges on canvas cards and storyboard panels: how many findings name a shot, how bad."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from shotgraph.core.rules.checker import FindingsDelta
from shotgraph.core.rules.findings import Finding, Severity

from .bridge import DocumentBridge


@dataclass(frozen=True)
class Badge:
    """How many unwaived findings name a shot, and the worst of their severities."""

    count: int
    worst: Severity


class ShotBadges(QObject):
    """The badge of each shot, from the unwaived findings by shot the bridge's derived state keeps."""

    badges_changed = Signal(object)
    """The set of shot ids whose badge changed (every shot after a project is opened)."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        """``parent``: the window whose views show the badges; they go with it."""
        super().__init__(parent)
        self._bridge = bridge
        bridge.opened.connect(self._on_bridge_opened)
        bridge.findings_changed.connect(self._on_bridge_findings_changed)

    def badge(self, shot_id: str) -> Badge | None:
        """The shot's badge, None when no unwaived finding names it."""
        findings = self.findings_of(shot_id)
        if not findings:
            return None
        return Badge(len(findings), max((f.severity for f in findings), key=lambda s: s.rank))

    def findings_of(self, shot_id: str) -> list[Finding]:
        derived = self._bridge.derived
        return derived.findings_of(shot_id) if derived is not None else []

    def _on_bridge_opened(self) -> None:
        self.badges_changed.emit(set(self._bridge.document.index.shots) if self._bridge.document else set())

    def _on_bridge_findings_changed(self, delta: FindingsDelta) -> None:
        touched = {shot_id for finding in (*delta.removed, *delta.added) for shot_id in finding.shot_ids}
        if touched:
            self.badges_changed.emit(touched)
