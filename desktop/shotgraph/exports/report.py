"""The continuity report for editors: every finding with its waiver, by episode and scene.

One kind, two files by suffix: ``.pdf`` prints tables per episode and scene (waived
findings marked WAIVED with the waiver's note), ``.csv`` gives one row per finding.
Messages follow the project language.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from reportlab.platypus import Flowable

from shotgraph.core.model import Project
from shotgraph.core.rules.engine import check_project
from shotgraph.core.rules.findings import Finding

from . import Exporter, Progress, register
from .pdf.document import MARGIN, build_pdf, paper_size, para
from .pdf.tables import empty_line, grid, heading
from .tables import write_csv_rows

CSV_COLUMNS = ("episode", "scene", "rule", "severity", "shots", "message", "hint", "waived", "waiver_note")
SEVERITY_WORDS = {"error": "ERROR 错误", "warning": "WARNING 警告", "info": "INFO 提示"}


def report_rows(project: Project, findings: list[Finding]) -> list[dict[str, object]]:
    """One row per finding, in reading order, with the note of the waiver that accepts it."""
    notes = {w.fingerprint: w.note for w in project.waivers}
    language = project.language.value
    return [{"episode": f.episode, "scene": f.scene, "rule": f.rule, "severity": f.severity.value,
             "shots": ", ".join(f.codes), "message": f.message.get(language), "hint": f.hint.get(language),
             "waived": "yes" if f.waived else "", "waiver_note": notes.get(f.fingerprint, "") if f.waived else ""}
            for f in findings]


def write_report(project: Project, path: str | Path, *, progress: Progress | None = None,
                 paper: str = "a4") -> None:
    """The report as a PDF, or as CSV for a ``.csv`` file."""
    if progress is not None:
        progress(0, 2)
    rows = report_rows(project, check_project(project))
    if progress is not None:
        progress(1, 2)
    if Path(path).suffix.lower() == ".csv":
        write_csv_rows(path, CSV_COLUMNS, [[row[c] for c in CSV_COLUMNS] for row in rows])
    else:
        width = paper_size(paper)[0] - 2 * MARGIN
        build_pdf(path, report_story(project, rows, width), paper=paper,
                  title=f"{project.title} continuity report 连贯性报告")
    if progress is not None:
        progress(2, 2)


def report_story(project: Project, rows: list[dict[str, object]], width: float) -> list[Flowable]:
    """Title, counts, then a table per episode and scene; project-wide findings last."""
    waived = sum(1 for row in rows if row["waived"])
    counts = {s: sum(1 for row in rows if row["severity"] == s) for s in SEVERITY_WORDS}
    summary = (f"{counts['error']} errors 错误 · {counts['warning']} warnings 警告 · {counts['info']} info 提示 "
               f"({waived} waived 已豁免)")
    story: list[Flowable] = [para(f"{project.title} — Continuity report 连贯性报告", 16, "title"), para(summary, 9)]
    if not rows:
        return [*story, *heading("No findings 没有问题"), empty_line("Every rule passes. 所有规则均通过。")]
    ordered = sorted(rows, key=lambda row: row["episode"] is None)
    for episode, episode_rows in groupby(ordered, key=lambda row: row["episode"]):
        story += heading(f"Episode 第{episode}集 · EP{episode}" if episode is not None
                         else "Across episodes 跨集")
        for scene, scene_rows in groupby(episode_rows, key=lambda row: row["scene"]):
            label = f"Scene 场 {scene}" if scene is not None else "Across scenes 跨场"
            story.append(_table(label, list(scene_rows), width))
    return story


def _table(label: str, rows: list[dict[str, object]], width: float) -> Flowable:
    body = [[SEVERITY_WORDS[str(row["severity"])], row["shots"], f"{row['message']}\n→ {row['hint']}",
             str(row["rule"]), _waiver_cell(row)] for row in rows]
    header = [label, "Shots 镜号", "Finding 问题 → what to do 处理", "Rule 规则", "Waiver 豁免"]
    return grid(header, body, [f * width for f in (0.13, 0.09, 0.42, 0.18, 0.18)], size=7.5)


def _waiver_cell(row: dict[str, object]) -> str:
    if not row["waived"]:
        return ""
    return f"WAIVED 已豁免: {row['waiver_note']}" if row["waiver_note"] else "WAIVED 已豁免"


register(Exporter("report", (".pdf", ".csv"), "continuity report: every finding and its waiver (PDF or CSV)",
                  write_report, "continuity-report"))
