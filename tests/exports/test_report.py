"""The continuity report read back: one row per finding, waived ones marked with their note."""

from __future__ import annotations

import csv

import pytest
from pdf_reading import font_files, footers_are_right, page_texts

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Waiver
from shotgraph.core.rules.engine import check_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def waived_demo():
    """The demo with its first finding waived."""
    demo = load_project(demo_project_path())
    first = check_project(demo)[0]
    waiver = Waiver(id="w1", rule=first.rule, fingerprint=first.fingerprint, shots=list(first.codes),
                    note="闪回，有意换装 flashback")
    return demo.model_copy(update={"waivers": [waiver]})


def test_csv_has_a_row_per_finding_and_marks_the_waived_one(tmp_path, waived_demo):
    findings = check_project(waived_demo)
    export("report", waived_demo, tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == len(findings)
    assert [(r["rule"], r["shots"]) for r in rows] == [(f.rule, ", ".join(f.codes)) for f in findings]
    waived = [r for r in rows if r["waived"] == "yes"]
    assert len(waived) == 1 and waived[0]["waiver_note"] == "闪回，有意换装 flashback"
    assert all(r["waiver_note"] == "" for r in rows if r["waived"] != "yes")
    assert "穿帮" in rows[0]["message"]


def test_pdf_lists_every_finding_by_episode_and_scene(tmp_path, waived_demo):
    findings = check_project(waived_demo)
    path = tmp_path / "report.pdf"
    export("report", waived_demo, path, paper="letter")
    text = "".join(page_texts(path))
    assert text.count("WARNING 警告") + text.count("ERROR 错误") + text.count("INFO 提示") == len(findings)
    assert text.replace("\n", "").count("WAIVED 已豁免: 闪回，有意换装 flashback") == 1
    assert "(1 waived 已豁免)" in text
    assert text.find("Episode 第1集") < text.find("Scene 场 3") < text.find("Episode 第2集")
    assert footers_are_right(path) and all(embedded for _, embedded in font_files(path))


def test_a_project_without_findings_says_so(tmp_path):
    project = load_project(demo_project_path()).model_copy(update={"episodes": [], "days": []})
    export("report", project, tmp_path / "report.pdf")
    export("report", project, tmp_path / "report.csv")
    assert "No findings 没有问题" in "".join(page_texts(tmp_path / "report.pdf"))
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").strip().count("\n") == 0
