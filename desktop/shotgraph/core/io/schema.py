"""The JSON Schema of ``.shotgraph`` files, and the committed copy that makes format changes deliberate.

A test compares ``project_json_schema()`` with ``resources/schema/shotgraph.schema.json``;
after a deliberate model change, regenerate the copy with::

    python -m shotgraph.core.io.schema --write

and consider whether older files need a migration step (see ``migrations``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ...resources import resource
from ..model import Project
from .atomic import atomic_write
from .store import FORMAT_MARKER

REGENERATE = "python -m shotgraph.core.io.schema --write"


def project_json_schema() -> dict[str, Any]:
    """The JSON Schema a project file satisfies: the model's, plus the ``format`` marker."""
    schema = Project.model_json_schema()
    marker = {"const": FORMAT_MARKER, "description": "Marks the file as a ShotGraph project."}
    schema["properties"] = {"format": marker, **schema["properties"]}
    schema["required"] = ["format", "schema_version", *schema.get("required", [])]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as committed: indented by two, UTF-8 text, trailing newline."""
    return json.dumps(project_json_schema(), indent=2, ensure_ascii=False) + "\n"


def committed_schema_path() -> Path:
    """The committed copy of the schema, in ShotGraph's resources folder."""
    return resource("schema", "shotgraph.schema.json")


def write_schema(path: str | Path | None = None) -> Path:
    """Write the current schema to ``path`` (the committed copy by default)."""
    path = Path(path) if path is not None else committed_schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(path, schema_text().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Print the schema, or with ``--write`` refresh the committed copy."""
    parser = argparse.ArgumentParser(prog="python -m shotgraph.core.io.schema", description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write it over the committed copy")
    parser.add_argument("--path", type=Path, default=None, help="write it to this file instead")
    options = parser.parse_args(argv)
    if options.write or options.path is not None:
        print(f"wrote {write_schema(options.path)}")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
