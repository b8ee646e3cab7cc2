"""``shotgraph check`` as text: a table of findings per episode, then the summary line.

Columns are severity, rule, scene, shots and message; the hint follows on its own
indented line. Columns are measured in terminal cells (a Chinese character takes
two). Messages wrap inside the message column, hints under the rule, scene, shots and
message columns; a message longer than four lines, a hint longer than two and a long
shot list (``+N``) are cut short. ``--json`` always has everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from shotgraph.cli.check_report import CheckReport, summary_line
from shotgraph.cli.textwidth import pad, truncate, wrap
from shotgraph.core.rules import Finding
from shotgraph.core.text_width import display_width

GAP = "  "
INDENT = "  "
MIN_MESSAGE_WIDTH = 32
MAX_SCENE_WIDTH = 8
MAX_SHOTS_WIDTH = 20
MAX_MESSAGE_LINES = 4
MAX_HINT_LINES = 2
HINT_MARK = "↳ "
"""Starts the hint, on the line under the message, indented to the rule column."""

WORDS = {
    "en": {"columns": ("severity", "rule", "scene", "shots", "message"), "episode": "Episode {n}",
           "across": "Across episodes", "waived": "[waived] ", "none": "No findings."},
    "zh": {"columns": ("级别", "规则", "场次", "镜号", "问题"), "episode": "第 {n} 集",
           "across": "跨集", "waived": "[已豁免] ", "none": "没有发现问题。"},
}
"""The table's own words; severities stay as ``--fail-on`` spells them."""


@dataclass(frozen=True)
class Columns:
    """Widths of the table's columns, in terminal cells."""

    severity: int
    rule: int
    scene: int
    shots: int
    message: int

    @classmethod
    def fit(cls, findings: Sequence[Finding], titles: Sequence[str], width: int) -> Columns:
        """Columns as wide as their longest cell (scene and shots capped); the message takes the rest."""
        def widest(cells: list[str], title: str, cap: int = 1_000) -> int:
            return min(max([display_width(title), *map(display_width, cells)]), cap)

        severity = widest([f.severity.value for f in findings], titles[0])
        rule = widest([f.rule for f in findings], titles[1])
        scene = widest([f.scene or "" for f in findings], titles[2], MAX_SCENE_WIDTH)
        shots = widest([_joined(f.codes) for f in findings], titles[3], MAX_SHOTS_WIDTH)
        used = len(INDENT) + severity + rule + scene + shots + 4 * len(GAP)
        return cls(severity, rule, scene, shots, max(width - used, MIN_MESSAGE_WIDTH))

    def line(self, cells: Sequence[str]) -> str:
        """One table line: the four fixed cells padded, then the message cell."""
        widths = (self.severity, self.rule, self.scene, self.shots)
        fixed = GAP.join(_fitted(cell, size) for cell, size in zip(cells, widths, strict=False))
        return (INDENT + fixed + GAP + cells[4]).rstrip()

    def hint(self, text: str) -> list[str]:
        """The hint's lines: from the rule column to the end of the message column."""
        start = len(INDENT) + self.severity + len(GAP)
        width = self.rule + self.scene + self.shots + self.message + 3 * len(GAP) - len(HINT_MARK)
        lead = " " * start
        return [lead + (HINT_MARK if i == 0 else " " * len(HINT_MARK)) + line
                for i, line in enumerate(_wrapped(text, width, MAX_HINT_LINES)) if line]


def render_text(report: CheckReport, language: str, width: int = 100) -> str:
    """The report as a terminal table grouped by episode, ending with the summary line."""
    words = WORDS.get(language, WORDS["en"])
    if not report.findings:
        return f"{words['none']}\n\n{summary_line(report.summary())}\n"
    columns = Columns.fit(report.findings, words["columns"], width)
    lines = [columns.line([title.upper() for title in words["columns"]])]
    for episode, findings in _by_episode(report.findings):
        heading = words["across"] if episode is None else words["episode"].format(n=episode)
        lines += ["", heading]
        for finding in findings:
            lines += _rows(finding, columns, language, words["waived"])
    return "\n".join([*lines, "", summary_line(report.summary())]) + "\n"


def _rows(finding: Finding, columns: Columns, language: str, waived_mark: str) -> list[str]:
    """The lines of one finding: its cells and message, then the hint indented under the message."""
    message = (waived_mark if finding.waived else "") + finding.message.get(language)
    message_lines = wrap(message, columns.message, MAX_MESSAGE_LINES)
    cells = [finding.severity.value, finding.rule, finding.scene or "", _shots_cell(finding.codes, columns.shots)]
    lines = [columns.line([*cells, message_lines[0]])]
    lines += [columns.line(["", "", "", "", line]) for line in message_lines[1:]]
    return lines + columns.hint(finding.hint.get(language))


@lru_cache(maxsize=1024)
def _fitted(cell: str, width: int) -> str:
    """A fixed column's cell cut and padded to ``width``: a table repeats a few severities, rules and scenes."""
    return pad(truncate(cell, width), width)


@lru_cache(maxsize=1024)
def _wrapped(text: str, width: int, max_lines: int) -> tuple[str, ...]:
    """``wrap`` of a hint: every finding of a rule has the same one, mostly."""
    return tuple(wrap(text, width, max_lines))


def _by_episode(findings: Sequence[Finding]) -> list[tuple[int | None, list[Finding]]]:
    """Findings grouped by episode in order of first appearance, those across episodes last."""
    groups: dict[int | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.episode, []).append(finding)
    return sorted(groups.items(), key=lambda item: item[0] is None)


def _joined(codes: Sequence[str]) -> str:
    return ", ".join(codes)


def _shots_cell(codes: Sequence[str], width: int) -> str:
    """The shot codes that fit in ``width`` cells, then ``+N`` for the rest."""
    if display_width(_joined(codes)) <= width:
        return _joined(codes)
    cell = truncate(f"{codes[0]} +{len(codes) - 1}", width)
    for shown in range(2, len(codes)):
        longer = f"{_joined(codes[:shown])} +{len(codes) - shown}"
        if display_width(longer) > width:
            break
        cell = longer
    return cell
