"""The plain-Python reference checker (tests/benchmarks/reference_checker.py) counts, rule by rule,
the findings ``shotgraph check`` reports on a shot list, so timing one against the other is fair."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmarks.reference_checker import RULES, count_findings
from benchmarks.series import make_series
from shotgraph.core.io.shotlist import read_shotlist, write_csv
from shotgraph.core.rules import check_project

MIXED = """\
episode,scene,shot,mode,location,time,size,angle,movement,side,lens,characters,motion,wardrobe,props,story_day,\
emotion,dialogue,ai_model,ai_style,ai_refs,plate,fg_kelvin,plate_kelvin,after,intent
1,1,1,live,Office,DAY,MS,EYE,STATIC,A,35,Lin@L>R; Chen@R>L,Lin>R,Lin=suit,cup=full,1,,,,,,,,,,
1,1,2,live,Office,DAY,MS,EYE,STATIC,B,35,Lin@R>R; Chen@L>L,Lin>L,Lin=coat,cup=empty,1,,,,,,,,,,
1,1,3,ai,Office,NIGHT,CU,EYE,STATIC,B,35,Lin>R,,,,1,3,Lin: where are you?,m1,s1,Lin=ref1,,,,,
1,1,4,ai,Street,DAY,CU,EYE,STATIC,B,35,Chen>R,,,,1,2,hello,m2,s1,,,,,,
1,1,5,hybrid,Office,DAY,WS,HIGH,PAN,B,85,Lin,,,,1,,,m1,,Lin=ref2,3,3000,6500,,
1,1,6,hybrid,Office,DAY,MS,EYE,STATIC,B,35,Lin,,,,1,,,,,,,,,,
1,1,7,live,Office,DAY,MS,EYE,STATIC,B,35,Lin,,,,1,,,,,,,,,,ending
1,1,8,live,Office,DAY,MS,EYE,STATIC,B,35,Lin,,,,1,,,,,,,,,-,
1,1,9,live,Office,DAY,MS,EYE,STATIC,B,35,Lin,,Lin=suit,,1,,,,,,,,,9,flashback
1,2,1,live,Street,NIGHT,ECU,LOW,STATIC,A,50,Chen@L>L,,,,1,,,,,,,,,,
1,2,2,live,Street,NIGHT,EWS,LOW,STATIC,A,50,Chen@L>L,,,,1,,,,,,,,,,montage
2,1,1,ai,Roof,DAY,WS,EYE,DRONE,,,,,,,2,,,m3,,,,,,,
2,1,2,live,Roof,DAY,MS,EYE,STATIC,A,35,Lin@L>R,,Lin=coat,,2,,,,,,,,,,
2,1,3,live,Roof,DAY,MS,EYE,STATIC,A,35,Lin@L>R,,Lin=coat,,2,,,,,,,,,1,
3,1,1,ai,Lab,DAY,WS,EYE,STATIC,,,Lin,,,,3,,,m1,,Lin=ref1,,,,,
3,1,2,ai,Lab,DAY,MS,HIGH,PAN,,,Lin,,,,3,,,m1,,Lin=ref2,,,,3,
3,1,3,ai,Lab,DAY,CU,LOW,TILT,,,Lin,,,,3,,,m1,,Lin=ref1,,,,2,
"""
"""Three episodes that raise most rules a shot list can: crossed axis and screen direction, changed
wardrobe and prop, time and place overrides, AI drift, lip sync, plate mismatch, loops, a dead end, shots cut off."""


def shotgraph_counts(path: Path) -> Counter[str]:
    findings = check_project(read_shotlist(path).project)
    return Counter({rule: 0 for rule in RULES}) + Counter(finding.rule for finding in findings)


@pytest.mark.parametrize("series", ["benchmark", "mixed"])
def test_reference_checker_counts_what_shotgraph_check_finds(series: str, tmp_path: Path):
    path = tmp_path / "list.csv"
    if series == "benchmark":
        write_csv(make_series(), path, headers="zh")
    else:
        path.write_text(MIXED, encoding="utf-8")
    expected = shotgraph_counts(path)
    assert set(expected) <= set(RULES), "ShotGraph found a rule the reference does not count"
    assert dict(count_findings(str(path))) == {rule: expected[rule] for rule in RULES}
    assert sum(expected.values()) > 0


def test_the_mixed_list_raises_most_rules_the_reference_counts(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text(MIXED, encoding="utf-8")
    raised = {rule for rule, count in shotgraph_counts(path).items() if count}
    assert len(raised) >= 25, sorted(set(RULES) - raised)
