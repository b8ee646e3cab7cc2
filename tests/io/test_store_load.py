"""Opening project files: what a user sees for each kind of bad file, and that nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.series import make_series
from shotgraph.core.io import store, validating
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import dumps_project, load_project, loads_project
from shotgraph.core.model import SCHEMA_VERSION

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def valid_document() -> dict[str, Any]:
    """A small valid project (2 episodes × 5 shots, Chinese text) as parsed JSON."""
    return json.loads(dumps_project(make_series(episodes=2, shots_per_episode=5)))


def write(folder: Path, content: dict[str, Any] | list[Any] | str | bytes, name: str = "剧集.shotgraph") -> Path:
    path = folder / name
    if isinstance(content, dict | list):
        content = json.dumps(content, ensure_ascii=False, indent=2)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def refused(path: Path) -> str:
    """The message of opening ``path``, after checking it names the file and nothing changed on disk."""
    before = snapshot(path.parent)
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert snapshot(path.parent) == before
    assert caught.value.exit_status == 2
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    return message


def refused_document(tmp_path: Path, document: dict[str, Any]) -> str:
    return refused(write(tmp_path, document))


def test_valid_file_opens(tmp_path: Path) -> None:
    project = make_series(episodes=2, shots_per_episode=5)
    path = write(tmp_path, dumps_project(project))
    assert load_project(path) == project


def test_text_and_bytes_both_load() -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3))
    assert loads_project(text, "a.shotgraph") == loads_project(text.encode("utf-8"), "a.shotgraph")


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3))
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_project(path).title == "基准剧集 Benchmark Series"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.shotgraph"
    with pytest.raises(InputError, match="no such file") as caught:
        load_project(path)
    assert str(caught.value).startswith(str(path))
    assert list(tmp_path.iterdir()) == []


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "series.shotgraph"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder") as caught:
        load_project(folder)
    assert str(caught.value).startswith(str(folder))


def test_truncated_json_says_where_it_ends(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3))
    cut = text[: len(text) // 2]
    message = refused(write(tmp_path, cut))
    assert "truncated" in message
    assert f"line {cut.count(chr(10)) + 1}, column" in message


def test_corrupt_json_gives_line_and_column(tmp_path: Path) -> None:
    lines = dumps_project(make_series(episodes=1, shots_per_episode=3)).splitlines()
    lines[4] = lines[4].rstrip(",")
    message = refused(write(tmp_path, "\n".join(lines)))
    assert "invalid JSON (Expecting ',' delimiter)" in message
    assert ": line 6, column 3: " in message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    message = refused(write(tmp_path, PNG_BYTES, "frame.png"))
    assert "a binary file" in message
    assert "not a ShotGraph project" in message


def test_non_utf8_text_names_the_line(tmp_path: Path) -> None:
    text = '{\n  "schema_version": 1,\n  "format": "shotgraph",\n  "title": "' + "镜头表"
    message = refused(write(tmp_path, text.encode("gbk") + b'"\n}\n'))
    assert "not UTF-8" in message
    assert "line 4, column 13" in message


def test_a_string_where_a_number_goes(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][3]["duration_s"] = "long"
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[3].duration_s: input should be a valid number" in message
    assert "(got 'long')" in message


def test_a_bad_choice_lists_what_is_accepted(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][3]["camera"]["size"] = "huge"
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[3].camera.size: " in message
    assert "'EWS', 'WS', 'FS'" in message
    assert "(got 'huge')" in message


def test_unknown_field_is_named(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][1]["shots"][0]["colour"] = "red"
    message = refused_document(tmp_path, document)
    assert "episodes[1].shots[0].colour: unknown field" in message


def test_missing_required_field(tmp_path: Path) -> None:
    document = valid_document()
    del document["episodes"][0]["shots"][2]["scene_id"]
    assert "episodes[0].shots[2].scene_id: required but missing" in refused_document(tmp_path, document)


def test_chinese_key_is_quoted_in_the_path(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][0]["extra"] = {"备注": 5}
    assert 'episodes[0].shots[0].extra["备注"]: ' in refused_document(tmp_path, document)


def test_several_problems_name_the_first_and_count_the_rest(tmp_path: Path) -> None:
    document = valid_document()
    for shot in document["episodes"][0]["shots"]:
        shot["emotion"] = 9
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[0].emotion: input should be less than or equal to 3 (got 9)" in message
    assert "(and 4 more: episodes[0].shots[1].emotion, episodes[0].shots[2].emotion, " in message


def test_duplicate_ids(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][1]["shots"][2]["id"] = document["episodes"][0]["shots"][1]["id"]
    message = refused_document(tmp_path, document)
    assert "episodes[1].shots[2].id: duplicate id 'sh_1_1' (also at episodes[0].shots[1].id)" in message


def test_duplicate_shot_codes(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][4]["code"] = "2"
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[4].code: episode 1 already has a shot '2'" in message


def test_edge_to_a_missing_shot(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["edges"][2]["target"] = "sh_gone"
    message = refused_document(tmp_path, document)
    assert "episodes[0].edges[2].target: no shot has id 'sh_gone'" in message


@pytest.mark.parametrize("image", ["/home/editor/frame.png", "C:\\frames\\frame.png", "\\\\server\\f.png"])
def test_absolute_image_path(tmp_path: Path, image: str) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][1]["frame"] = image
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[1].frame: a media path must be relative to the project folder" in message


@pytest.mark.parametrize("image", ["../x.png", "frames/../../x.png", "..\\x.png"])
def test_path_leaving_the_project_folder(tmp_path: Path, image: str) -> None:
    document = valid_document()
    document["characters"][0]["reference_images"] = ["ok/face.png", image]
    message = refused_document(tmp_path, document)
    assert "characters[0].reference_images[1]: a media path must stay inside the project folder" in message


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_PROJECT_BYTES", 1024 * 1024)
    path = write(tmp_path, b" " * (1024 * 1024 + 1))
    assert "the file is 1.0 MB; a ShotGraph project of up to 1.0 MB is read" in refused(path)


def test_newer_schema_version(tmp_path: Path) -> None:
    document = valid_document()
    document["schema_version"] = 7
    message = refused_document(tmp_path, document)
    assert f"made by a newer ShotGraph (format 7); this version reads up to {SCHEMA_VERSION}: please update" in message


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, True, None])
def test_impossible_schema_version(tmp_path: Path, version: object) -> None:
    document = valid_document()
    document["schema_version"] = version
    assert ": schema_version: " in refused_document(tmp_path, document)


def test_missing_schema_version(tmp_path: Path) -> None:
    document = valid_document()
    del document["schema_version"]
    assert "has no schema_version" in refused_document(tmp_path, document)


@pytest.mark.parametrize(("content", "kind"), [([1, 2], "list"), ("text", "string"), (3, "number")])
def test_json_that_is_not_an_object(tmp_path: Path, content: object, kind: str) -> None:
    message = refused(write(tmp_path, json.dumps(content)))
    assert f"not a ShotGraph project (the file holds a JSON {kind}, not an object)" in message


@pytest.mark.parametrize("marker", [None, "otio", ""])
def test_json_without_the_marker(tmp_path: Path, marker: str | None) -> None:
    document = valid_document()
    document.pop("format") if marker is None else document.update(format=marker)
    assert 'not a ShotGraph project (no "format": "shotgraph" marker)' in refused_document(tmp_path, document)


def test_other_json_is_not_a_project(tmp_path: Path) -> None:
    assert "not a ShotGraph project" in refused(write(tmp_path, {"name": "package", "version": "1.0"}))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_device_is_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        load_project("/dev/zero")


def test_a_seed_beyond_64_bits_is_refused_where_it_is(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][2]["ai"] = {"seed": 2**64 - 1}
    message = refused_document(tmp_path, document)
    assert "episodes[0].shots[2].ai.seed: input should be less than or equal to 9223372036854775807" in message


def test_a_large_project_with_thousands_of_problems_names_the_first_in_file_order(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][1]["emotion"] = 9
    document["episodes"][1]["edges"] = [{"id": f"e{i}", "kind": "cut", "source": "sh_2_0", "target": i}
                                        for i in range(20_000)]
    message = refused_document(tmp_path, document)
    assert ": episodes[0].shots[1].emotion: input should be less than or equal to 3 (got 9) (and 100+ more: " in message
    assert "episodes[1].edges[0].target, episodes[1].edges[1].target, episodes[1].edges[2].target, …)" in message


@pytest.mark.parametrize("whole_document", [True, False])
def test_a_large_valid_project_opens_the_same_in_one_call_or_in_parts(monkeypatch: pytest.MonkeyPatch,
                                                                       whole_document: bool) -> None:
    if not whole_document:
        monkeypatch.setattr(validating, "WHOLE_DOCUMENT_VALUES", 0)
    project = make_series(episodes=12, shots_per_episode=60)
    text = dumps_project(project)
    loaded = loads_project(text, "big.shotgraph")
    assert loaded == project
    assert dumps_project(loaded) == text


def test_hundreds_of_problems_are_counted_exactly(tmp_path: Path) -> None:
    document = valid_document()
    for episode in document["episodes"]:
        episode["edges"] += [{"id": f"x{i}", "kind": "cut", "source": "a", "target": i} for i in range(150)]
    message = refused_document(tmp_path, document)
    assert "episodes[0].edges[4].target: input should be a valid string (got 0) (and 299 more: " in message


def test_a_repeated_field_is_refused_rather_than_one_value_lost(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3))
    text = text.replace('"title": "第1集",', '"title": "第1集",\n      "title": "第一集",', 1)
    message = refused(write(tmp_path, text))
    assert ": episodes[0].title: this field appears twice in one record" in message


def test_a_number_too_long_for_python_is_refused_where_it_is(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3)).replace('"number": 1', '"number": ' + "1" * 5000)
    message = refused(write(tmp_path, text))
    assert ": episodes[0].number: " in message and "(got a number of 5,000 digits)" in message


def test_nan_is_refused_where_it_is(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3))
    text = text.replace('"duration_s": ', '"duration_s": NaN, "x": ', 1)
    message = refused(write(tmp_path, text))
    assert ": episodes[0].shots[0].duration_s: input should be a finite number (got nan)" in message


def test_a_lone_surrogate_is_refused_where_it_is(tmp_path: Path) -> None:
    text = dumps_project(make_series(episodes=1, shots_per_episode=3)).replace('"第1集"', '"第\\udc001集"', 1)
    assert ": episodes[0].title: text with a lone surrogate escape" in refused(write(tmp_path, text))


def test_text_with_a_lone_surrogate_given_directly_is_refused_as_not_utf8() -> None:
    with pytest.raises(InputError, match="a.shotgraph: line 1, column 2: not UTF-8"):
        loads_project('{\ud800"', "a.shotgraph")


def test_a_key_with_a_newline_is_shown_on_one_line(tmp_path: Path) -> None:
    document = valid_document()
    document["episodes"][0]["shots"][0]["extra"] = {"x" * 600 + "\n": "note"}
    message = refused_document(tmp_path, document)
    assert "\n" not in message and '\\u000a' not in message and len(message) < 400
    assert 'episodes[0].shots[0].extra["xxxxx' in message and '…"] (key): string should have at most 500' in message


def test_an_unforeseen_failure_is_an_input_error_naming_the_file(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(document: dict[str, Any], file: object) -> dict[str, Any]:
        raise KeyError("scenes")

    monkeypatch.setattr(store.migrations, "upgrade", broken)
    message = refused(write(tmp_path, valid_document()))
    assert "cannot be read as a ShotGraph project ('scenes')" in message


def test_a_damaged_autosave_is_refused_like_a_project(tmp_path: Path) -> None:
    from shotgraph.core.io.recovery import find_recovery

    damaged = '{"schema_version": 1, "format": "shotgraph", "title": "a", "title": "b"}'
    write(tmp_path, damaged, ".剧集.shotgraph.recovery")
    found = find_recovery(tmp_path / "剧集.shotgraph")
    assert found is not None
    with pytest.raises(InputError, match=r"\.剧集\.shotgraph\.recovery: title: this field appears twice"):
        found.load()
