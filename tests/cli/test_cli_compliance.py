"""``shotgraph check --fail-on error`` refuses an episode with AI shots until its labels meet GB 45438-2025."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shotgraph.cli import main
from shotgraph.core.io.store import save_project
from shotgraph.core.model import Project

COMPLIANT = {
    "id": "pr_label", "title": "标识测试", "registration_number": "（浙）网微剧备字（2026）第0001号",
    "ai_providers": [{"model": "seedance-2.0", "provider": "北京某科技有限公司", "code": "001191110108MA01"}],
    "episodes": [{
        "id": "ep1", "number": 1, "scenes": [{"id": "sc1", "code": "1"}],
        "shots": [{"id": "sh1", "code": "1", "scene_id": "sc1", "mode": "live"},
                  {"id": "sh2", "code": "2", "scene_id": "sc1", "mode": "ai", "ai": {"model": "seedance-2.0"}}],
        "edges": [{"id": "ed1", "kind": "cut", "source": "sh1", "target": "sh2"}],
        "disclosure": {"label_text": "本片含AI生成内容", "start_s": 0, "duration_s": 3, "text_height_px": 60,
                       "metadata": {"Label": "1", "ProduceID": "LABEL-E01"}},
    }],
}


def write(tmp_path: Path, *, providers: bool = True, **disclosure) -> Path:
    data = json.loads(json.dumps(COMPLIANT))
    data["ai_providers"] = data["ai_providers"] if providers else []
    if disclosure.pop("remove", False):
        data["episodes"][0]["disclosure"] = None
    else:
        metadata = disclosure.pop("metadata", {})
        data["episodes"][0]["disclosure"].update(disclosure)
        data["episodes"][0]["disclosure"]["metadata"].update(metadata)
    path = tmp_path / "标识.shotgraph"
    save_project(Project.model_validate(data), path, backup=False)
    return path


def check(capsys, path: Path, fail_on: str = "error") -> tuple[int, set[str]]:
    status = main(["check", str(path), "--json", "--fail-on", fail_on])
    found = json.loads(capsys.readouterr().out)["findings"]
    return status, {f["rule"] for f in found if f["severity"] == "error"}


def test_labels_that_meet_the_standard_pass(capsys, tmp_path):
    assert check(capsys, write(tmp_path), fail_on="warning") == (0, set())


@pytest.mark.parametrize(("broken", "rules"), [
    ({"remove": True}, {"compliance.ai-disclosure", "compliance.implicit-label"}),
    ({"duration_s": 1.5}, {"compliance.ai-disclosure"}),
    ({"start_s": 4}, {"compliance.label-spec"}),
    ({"text_height_px": 40}, {"compliance.label-spec"}),
    ({"label_text": "本片使用了特效"}, {"compliance.label-spec"}),
    ({"metadata": {"Label": "yes"}}, {"compliance.implicit-label"}),
    ({"metadata": {"ProduceID": ""}}, {"compliance.implicit-label"}),
    ({"metadata": {"ContentProducer": "杭州某影业有限公司"}}, {"compliance.implicit-label"}),
], ids=["no disclosure", "1.5 s", "starts at 4 s", "40 px", "wording", "Label yes", "no ProduceID",
        "Chinese producer"])
def test_each_shortfall_fails_the_check(capsys, tmp_path, broken, rules):
    assert check(capsys, write(tmp_path, **broken)) == (1, rules)


def test_the_label_that_used_to_pass_now_fails(capsys, tmp_path):
    path = write(tmp_path, providers=False, label_text="x",
                 metadata={"Label": "yes", "ContentProducer": "", "ProduceID": ""})
    status = main(["check", str(path), "--json", "--lang", "zh"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert status == 1
    assert sorted(f["rule"] for f in found) == ["compliance.ai-provider", "compliance.implicit-label",
                                                "compliance.implicit-label", "compliance.label-spec"]
    assert any("“x”" in f["message"] and "生成" in f["message"] for f in found)


def test_a_missing_registration_number_warns_without_failing_on_errors(capsys, tmp_path):
    path = tmp_path / "no-number.shotgraph"
    data = {**COMPLIANT, "registration_number": ""}
    save_project(Project.model_validate(data), path, backup=False)
    assert main(["check", str(path), "--fail-on", "error"]) == 0
    assert main(["check", str(path), "--fail-on", "warning", "--rule", "compliance.registration"]) == 1
    assert "备案号" in capsys.readouterr().out


def test_a_provider_table_listing_a_model_twice_is_refused_naming_the_file(capsys, tmp_path):
    path = write(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["ai_providers"].append({"model": " Seedance-2.0", "provider": "", "code": ""})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "标识.shotgraph" in err and "ai_providers" in err and "listed twice" in err
    assert "Traceback" not in err
