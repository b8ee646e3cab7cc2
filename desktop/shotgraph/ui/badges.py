"""Findings per shot, for the badges on canvas cards and storyboard panels."""

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
    """Unwaived findings by shot id, kept from the checker's deltas."""

    badges_changed = Signal(object)
    """The set of shot ids whose badge changed (every shot after a project is opened)."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        """``parent``: the window whose views show the badges; they go with it."""
        super().__init__(parent)
        self._bridge = bridge
        self._findings: dict[str, list[Finding]] = {}
        bridge.opened.connect(self._on_bridge_opened)
        bridge.findings_changed.connect(self._on_bridge_findings_changed)

    def badge(self, shot_id: str) -> Badge | None:
        """The shot's badge, None when no unwaived finding names it."""
        findings = self._findings.get(shot_id)
        if not findings:
            return None
        return Badge(len(findings), max((f.severity for f in findings), key=lambda s: s.rank))

    def findings_of(self, shot_id: str) -> list[Finding]:
        return list(self._findings.get(shot_id, ()))

    def _on_bridge_opened(self) -> None:
        self._findings.clear()
        checker = self._bridge.checker
        for finding in checker.findings if checker else ():
            self._add(finding)
        self.badges_changed.emit(set(self._bridge.document.index.shots) if self._bridge.document else set())

    def _on_bridge_findings_changed(self, delta: FindingsDelta) -> None:
        touched: set[str] = set()
        for finding in delta.removed:
            touched.update(finding.shot_ids)
            for shot_id in finding.shot_ids:
                kept = [f for f in self._findings.get(shot_id, ()) if f != finding]
                self._findings[shot_id] = kept
        for finding in delta.added:
            touched.update(finding.shot_ids)
            self._add(finding)
        if touched:
            self.badges_changed.emit(touched)

    def _add(self, finding: Finding) -> None:
        if not finding.waived:
            for shot_id in finding.shot_ids:
                self._findings.setdefault(shot_id, []).append(finding)
