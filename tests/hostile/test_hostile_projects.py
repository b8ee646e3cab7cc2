"""Hostile project files a collaborator could send: each is refused in one line naming the file
and the place, or opens correctly, within the memory and time budgets.

Every file is generated here; none is stored. The largest stay under the 24 MB a project may be.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.series import make_series
from hostile.harness import assert_refused, assert_within_budget, run_shotgraph
from shotgraph.core.io.project_json import MAX_JSON_OBJECTS, MAX_JSON_VALUES
from shotgraph.core.io.store import MAX_PROJECT_BYTES, dumps_project
from shotgraph.core.io.validating import WHOLE_DOCUMENT_VALUES


def small_project() -> dict[str, Any]:
    return json.loads(dumps_project(make_series(episodes=1, shots_per_episode=4)))


def project_text(change: Callable[[dict[str, Any]], None] | None = None) -> str:
    document = small_project()
    if change is not None:
        change(document)
    return json.dumps(document, ensure_ascii=False)


def with_field(raw: str) -> str:
    """The small project with one more top-level member, written as raw JSON text."""
    return project_text()[:-1] + f", {raw}}}"


def bad_edges(count: int) -> str:
    """A project whose first episode holds ``count`` edges of an unknown kind (about 60 bytes each)."""
    edge = '{{"id": "e{}", "kind": "bogus", "source": "sh_1_0", "target": "sh_1_1"}}'
    edges = ", ".join(edge.format(i) for i in range(count))
    return project_text().replace('"edges": [', f'"edges": [{edges}, ', 1)


def write(folder: Path, text: str | bytes, name: str = "hostile.shotgraph") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    return path


def check(folder: Path, text: str | bytes, name: str = "hostile.shotgraph"):
    path = write(folder, text, name)
    return path, run_shotgraph("check", path.name, cwd=folder)


def test_200k_bad_edges_are_refused_unparsed(tmp_path: Path) -> None:
    text = bad_edges(200_000)
    assert len(text) > 9 * 2**20
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert f"a ShotGraph project holds at most {MAX_JSON_OBJECTS:,}" in outcome.stderr
    assert outcome.peak_bytes < 400 * 2**20


def test_bad_edges_by_the_hundred_thousand_name_the_first_and_count_the_rest_in_little_memory(
        tmp_path: Path) -> None:
    path, outcome = check(tmp_path, bad_edges(MAX_JSON_OBJECTS - 1_000))
    assert_refused(outcome, path)
    assert "episodes[0].edges[0].kind: input should be 'cut', 'plate' or 'alt' (got 'bogus')" in outcome.stderr
    assert "(and 100+ more: episodes[0].edges[1].kind, " in outcome.stderr
    assert outcome.peak_bytes < 400 * 2**20


def test_unknown_fields_by_the_hundred_thousand_are_counted_not_kept(tmp_path: Path) -> None:
    keys = ", ".join(f'"k{i}": {i}' for i in range(300_000))
    text = project_text().replace('"code": "1"', f'"code": "1", {keys}', 1)
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert "episodes[0].scenes[0].k0: unknown field" in outcome.stderr and "(and 100+ more" in outcome.stderr


def test_the_worst_file_read_in_one_call_stays_within_budget(tmp_path: Path) -> None:
    """Empty edges just under the size validated in one call: four problems per edge, all counted."""
    empties = ", ".join(["{}"] * (WHOLE_DOCUMENT_VALUES // 2 - 1_000))
    text = project_text().replace('"edges": [', f'"edges": [{empties}, ', 1)
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert "episodes[0].edges[0].id: required but missing (and " in outcome.stderr
    assert "+ more: episodes[0].edges[0].kind, episodes[0].edges[0].source, " in outcome.stderr
    assert outcome.peak_bytes < 600 * 2**20


def test_the_most_values_a_project_may_hold_stay_within_budget(tmp_path: Path) -> None:
    empties = ", ".join(["[]"] * (MAX_JSON_VALUES // 2 - 10_000))
    path, outcome = check(tmp_path, with_field(f'"waivers": [{empties}]'))
    assert_refused(outcome, path)
    assert "waivers[0]: input should be a valid dictionary" in outcome.stderr


def test_more_values_than_a_project_holds_are_refused_unparsed(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, with_field('"waivers": [' + "[]," * MAX_JSON_VALUES + "[]]"))
    assert_refused(outcome, path)
    assert f"a ShotGraph project holds at most {MAX_JSON_VALUES:,}" in outcome.stderr
    assert outcome.peak_bytes < 400 * 2**20


def minimal_shots(count: int) -> str:
    """A valid project whose one episode holds ``count`` shots of nothing but an id, a code and a scene."""
    def change(document: dict[str, Any]) -> None:
        episode = document["episodes"][0]
        scene = episode["scenes"][0]["id"]
        episode["shots"] = [{"id": f"s{i}", "code": str(i), "scene_id": scene} for i in range(count)]
        episode["edges"] = []

    return project_text(change)


def test_the_most_records_a_project_may_hold_are_checked_within_budget(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, minimal_shots(MAX_JSON_OBJECTS - 1_000))
    assert outcome.status in (0, 1), outcome.describe()
    assert_within_budget(outcome)
    assert outcome.peak_bytes < 900 * 2**20


def test_more_records_than_a_project_holds_are_refused_unparsed(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, minimal_shots(MAX_JSON_OBJECTS + 1))
    assert_refused(outcome, path)
    assert f"a ShotGraph project holds at most {MAX_JSON_OBJECTS:,}" in outcome.stderr
    assert outcome.peak_bytes < 400 * 2**20


def test_a_5000_digit_number_is_refused_where_it_is(tmp_path: Path) -> None:
    text = project_text().replace('"duration_s": ', '"duration_s": ' + "9" * 5000 + ', "was": ', 1)
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert "episodes[0].shots[0].duration_s: " in outcome.stderr and "a number of 5,000 digits" in outcome.stderr


def test_a_number_of_millions_of_digits_is_refused_quickly(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, with_field('"title2": ' + "7" * 20_000_000))
    assert_refused(outcome, path)
    assert "title2" in outcome.stderr
    path, outcome = check(tmp_path, with_field('"notes2": 1.' + "5" * 20_000_000), "float.shotgraph")
    assert_refused(outcome, path)


@pytest.mark.parametrize("shape", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_deep_nesting_is_refused(tmp_path: Path, shape: str) -> None:
    path, outcome = check(tmp_path, shape)
    assert_refused(outcome, path)
    path, outcome = check(tmp_path, with_field(f'"notes": {shape}'), "inside.shotgraph")
    assert_refused(outcome, path)


def test_nesting_just_under_what_json_reads_is_named_briefly(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, with_field('"notes": ' + "[" * 900 + "]" * 900))
    assert_refused(outcome, path)
    assert "notes: input should be a valid string" in outcome.stderr and len(outcome.stderr) < 400


def test_a_string_of_20_million_characters_is_refused_in_a_short_line(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, project_text(lambda d: d.update(notes="说" * 7_000_000)))
    assert_refused(outcome, path)
    assert "notes: string should have at most 20000 characters" in outcome.stderr and len(outcome.stderr) < 400


def test_a_file_over_the_project_limit_is_refused_unread(tmp_path: Path) -> None:
    text = project_text(lambda d: d.update(notes="x" * (MAX_PROJECT_BYTES + 1)))
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert f"a ShotGraph project of up to {MAX_PROJECT_BYTES / 2**20:g} MB is read" in outcome.stderr


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ud800\\u0041"])
def test_a_lone_surrogate_is_refused_where_it_is(tmp_path: Path, escape: str) -> None:
    text = project_text(lambda d: d.update(title="T")).replace('"title": "T"', f'"title": "a{escape}b"')
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert ": title: text with a lone surrogate escape" in outcome.stderr


def test_a_lone_surrogate_in_a_key_is_shown_escaped(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, with_field('"bad\\ud800\\n\\u0007key": 1'))
    assert_refused(outcome, path)
    assert ': ["bad\\ud800\\u000a\\u0007key"] (key): text with a lone surrogate escape' in outcome.stderr


def test_a_surrogate_pair_is_a_character_and_loads(tmp_path: Path) -> None:
    text = project_text(lambda d: d.update(title="T")).replace('"title": "T"', '"title": "\\ud83c\\udfac"')
    path, outcome = check(tmp_path, text)
    assert outcome.status in (0, 1) and not outcome.stderr, outcome.describe()  # checked: 1 is its findings
    assert_within_budget(outcome)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_not_a_number_is_refused_where_it_is(tmp_path: Path, literal: str) -> None:
    text = project_text().replace('"duration_s": ', f'"duration_s": {literal}, "was": ', 1)
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert "episodes[0].shots[0].duration_s: input should be a finite number" in outcome.stderr


def test_a_repeated_key_is_refused_rather_than_losing_the_first(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, with_field('"episodes": []'))
    assert_refused(outcome, path)
    assert ": episodes: this field appears twice in one record, so one of its values would be lost" in outcome.stderr


def test_a_repeated_key_deep_inside_is_located(tmp_path: Path) -> None:
    text = project_text().replace('"code": "2"', '"code": "2", "code": "2B"', 1)
    path, outcome = check(tmp_path, text)
    assert_refused(outcome, path)
    assert ": episodes[0].shots[1].code: this field appears twice" in outcome.stderr


def test_a_project_of_a_newer_format_asks_for_an_update(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, project_text(lambda d: d.update(schema_version=99)))
    assert_refused(outcome, path)
    assert "made by a newer ShotGraph (format 99)" in outcome.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_project_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "pipe.shotgraph"
    os.mkfifo(path)
    outcome = run_shotgraph("check", path.name, cwd=tmp_path, timeout=20)
    assert_refused(outcome, path)
    assert "not a regular file" in outcome.stderr and outcome.seconds < 10


def test_a_valid_project_still_opens(tmp_path: Path) -> None:
    path, outcome = check(tmp_path, project_text())
    assert outcome.status in (0, 1), outcome.describe()
    assert_within_budget(outcome)


@pytest.mark.parametrize(("kind", "suffix"), [("ics", ".ics"), ("xmeml", ".xml"), ("edl", ".edl")])
def test_control_characters_in_a_sent_project_export_cleanly(tmp_path: Path, kind: str, suffix: str) -> None:
    def control(document: dict[str, Any]) -> None:
        document["title"] = "片名\u0000\u0007\u001b\r\n续"
        document["episodes"][0]["title"] = "集\u0000"
        document["episodes"][0]["shots"][0]["code"] = "1\u001b\n"

    path = write(tmp_path, project_text(control))
    outcome = run_shotgraph("export", kind, path.name, "-o", f"out{suffix}", cwd=tmp_path)
    assert outcome.status == 0, outcome.describe()
    assert_within_budget(outcome)
    written = (tmp_path / f"out{suffix}").read_bytes()
    assert not [byte for byte in written if byte < 0x20 and byte not in b"\t\r\n"]
    assert written.isascii() if kind == "edl" else "片名 续".encode() in written  # an EDL is plain ASCII
