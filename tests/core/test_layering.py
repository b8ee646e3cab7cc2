"""The house rule that keeps the core headless: core and exports never import Qt."""

from __future__ import annotations

import subprocess
import sys

IMPORT_ALL_AND_REPORT_QT = """
import importlib, pkgutil, sys
import shotgraph.core, shotgraph.exports, shotgraph.cli
for package in (shotgraph.core, shotgraph.exports):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
shotgraph.cli.build_parser()
print(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6"))))
"""


def test_core_exports_and_command_line_load_without_qt():
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL_AND_REPORT_QT],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
