"""Every CSV export keeps a crew's formula-like text as text when the file opens in Excel or WPS."""

from __future__ import annotations

import csv

import pytest

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Waiver
from shotgraph.core.rules.engine import check_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export

LINK = '=HYPERLINK("http://x.example","点我")'


@pytest.fixture
def demo():
    return load_project(demo_project_path())


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_ai_jobs_csv_writes_a_formula_prompt_as_text(tmp_path, demo):
    shot = next(s for s in demo.episodes[0].shots if s.mode is Mode.AI)
    shot.ai.prompt, shot.description = LINK, "-2+3 雨夜"
    export("ai-jobs", demo, tmp_path / "jobs.csv")
    row = next(r for r in read_csv(tmp_path / "jobs.csv") if r["shot"] == shot.code)
    assert (row["prompt"], row["description"]) == ("'" + LINK, "'-2+3 雨夜")


def test_report_csv_writes_a_formula_waiver_note_as_text(tmp_path, demo):
    first = check_project(demo)[0]
    demo.waivers = [Waiver(id="w1", rule=first.rule, fingerprint=first.fingerprint, shots=list(first.codes),
                           note="@导演 同意")]
    export("report", demo, tmp_path / "report.csv")
    waived = [r for r in read_csv(tmp_path / "report.csv") if r["waived"] == "yes"]
    assert [r["waiver_note"] for r in waived] == ["'@导演 同意"]


def test_budget_csv_writes_a_formula_title_as_text_and_costs_as_numbers(tmp_path, demo):
    demo.episodes[0].title = "+1+1 第一集"
    export("budget", demo, tmp_path / "budget.csv")
    first = read_csv(tmp_path / "budget.csv")[0]
    assert first["title"] == "'+1+1 第一集"
    assert float(first["total"]) > 0
