"""The committed JSON Schema keeps every change of the file format deliberate."""

from __future__ import annotations

import json
from pathlib import Path

from shotgraph.core.io.schema import REGENERATE, committed_schema_path, main, project_json_schema, schema_text


def test_committed_schema_matches_the_model() -> None:
    committed = committed_schema_path().read_text(encoding="utf-8")
    assert committed == schema_text(), (
        f"The project model changed but {committed_schema_path()} did not. If the format change is "
        f"deliberate, regenerate it with `{REGENERATE}` and add a migration step if older files need one."
    )


def test_schema_describes_the_file_marker_and_version() -> None:
    schema = project_json_schema()
    assert list(schema["properties"])[:2] == ["format", "schema_version"]
    assert schema["properties"]["format"]["const"] == "shotgraph"
    assert {"format", "schema_version", "id"} <= set(schema["required"])
    assert schema["additionalProperties"] is False


def test_write_option_writes_what_the_test_compares(tmp_path: Path) -> None:
    target = tmp_path / "schema" / "shotgraph.schema.json"
    assert main(["--write", "--path", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Project"
