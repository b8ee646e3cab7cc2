"""The status bar summary of the current episode: findings by severity, shots and seconds by mode."""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtWidgets import QLabel, QWidget

from shotgraph.core.model import Mode
from shotgraph.core.rules.findings import Severity

from .bridge import DocumentBridge


class EpisodeSummary(QLabel):
    """"Episode 1 · Errors 2 · Warnings 5 · Info 1 │ Live 10 (31 s) · AI 8 (24 s) · Hybrid 6 (20 s)"."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.setAccessibleName(self.tr("Episode summary"))
        for signal in (bridge.opened, bridge.episode_changed, bridge.changed, bridge.findings_changed):
            signal.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        episode = self._bridge.episode
        if episode is None or self._bridge.checker is None:
            self.setText("")
            return
        severities = Counter(f.severity for f in self._bridge.checker.episode_findings(episode.id) if not f.waived)
        counts: Counter[Mode] = Counter()
        seconds: defaultdict[Mode, float] = defaultdict(float)
        for shot in episode.shots:
            counts[shot.mode] += 1
            seconds[shot.mode] += shot.duration_s or 0
        findings = self.tr("Errors {errors} · Warnings {warnings} · Info {info}").format(
            errors=severities[Severity.ERROR], warnings=severities[Severity.WARNING], info=severities[Severity.INFO])
        modes = self.tr("Live {live} ({live_s} s) · AI {ai} ({ai_s} s) · Hybrid {hybrid} ({hybrid_s} s)").format(
            live=counts[Mode.LIVE], live_s=f"{seconds[Mode.LIVE]:g}", ai=counts[Mode.AI],
            ai_s=f"{seconds[Mode.AI]:g}", hybrid=counts[Mode.HYBRID], hybrid_s=f"{seconds[Mode.HYBRID]:g}")
        episode_text = self.tr("Episode {number}").format(number=episode.number)
        self.setText(f"{episode_text} · {findings}  │  {modes}")
