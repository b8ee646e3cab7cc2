"""The layers of ShotGraph, read from every import statement in desktop/shotgraph.

core and exports run headless (no Qt, no editor) and never import the command line (cli);
core does not depend on the exports; reading and writing files (core/io) does not depend on
the rules. Imports inside functions count, and relative imports are resolved to the module
they name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "shotgraph"
QT_OR_EDITOR = ("PySide6", "shiboken6", "shotgraph.ui")

CONTRACTS = [
    ("shotgraph.core", QT_OR_EDITOR),
    ("shotgraph.exports", QT_OR_EDITOR),
    ("shotgraph.core", ("shotgraph.exports",)),
    ("shotgraph.core.io", ("shotgraph.core.rules",)),
    ("shotgraph.core", ("shotgraph.cli",)),
    ("shotgraph.exports", ("shotgraph.cli",)),
]
"""(layer, what it must not import): a module name or any module below it."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> set[str]:
    """Every module an import in ``path`` may load."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    return resolved_imports(path.read_text(encoding="utf-8"), package)


def resolved_imports(source: str, package: str) -> set[str]:
    """The modules the imports of ``source`` (a module of ``package``) name, wherever they stand;
    ``from a import b`` names both ``a`` and ``a.b``, as ``b`` may be a module."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if within(module_name(path), layer):
            found += [f"{module_name(path)} imports {name}" for name in sorted(imported_names(path))
                      if any(within(name, prefix) for prefix in forbidden)]
    return found


@pytest.mark.parametrize(("layer", "forbidden"), CONTRACTS,
                         ids=[f"{layer} without {forbidden[-1]}" for layer, forbidden in CONTRACTS])
def test_layer_never_imports_what_sits_above_it(layer, forbidden):
    assert violations(layer, forbidden) == []


def test_imports_inside_functions_and_relative_imports_are_resolved():
    source = "def later():\n    from ..rules import engine\n    from . import store\nimport PySide6.QtGui\n"
    names = resolved_imports(source, "shotgraph.core.io")
    assert {"shotgraph.core.rules", "shotgraph.core.rules.engine", "shotgraph.core.io.store", "PySide6.QtGui"} <= names
    assert resolved_imports("from .. import exports\n", "shotgraph.core.io") >= {"shotgraph.core.exports"}
    assert resolved_imports("from ... import exports\n", "shotgraph.core.io") >= {"shotgraph.exports"}
    assert module_name(PACKAGE / "core" / "io" / "__init__.py") == "shotgraph.core.io"
