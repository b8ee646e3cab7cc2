"""The Chinese catalogue covers every text of the editor, and the compiled .qm is up to date.

When a test here fails after new texts were added, run ``make translations``, translate the new
entries of ``resources/translations/shotgraph_zh_CN.ts`` (Qt Linguist or any editor), and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shotgraph.resources import resource

BIN = Path(sys.executable).parent
TS = resource("translations", "shotgraph_zh_CN.ts")
QM = resource("translations", "shotgraph_zh_CN.qm")
LUPDATE_OPTIONS = ("-extensions", "py", "-tr-function-alias", "tr+=_tr,tr+=_say", "-locations", "none")
"""As the Makefile's ``translations`` target runs lupdate."""
UI = Path(__file__).resolve().parents[2] / "desktop" / "shotgraph" / "ui"


def untranslated(ts: Path) -> list[str]:
    """``context: source`` of every message still waiting for a translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            done = (translation.text or "").strip() or any(f.text for f in translation.iter("numerusform"))
            if translation.get("type") == "unfinished" or not done:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        pytest.skip(f"{name} is not installed beside Python")
    return str(found)


def test_every_message_of_the_catalogue_is_translated():
    assert untranslated(TS) == []


def test_the_catalogue_holds_every_text_of_the_editor(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    subprocess.run([tool("pyside6-lupdate"), *LUPDATE_OPTIONS, str(UI), "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert untranslated(fresh) == [], "new texts: run make translations and translate them"


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    compiled = tmp_path / QM.name
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert QM.read_bytes() == compiled.read_bytes(), "run make translations to compile the .ts again"


def test_the_chinese_texts_keep_their_placeholders():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            forms = message.findall("translation/numerusform") or message.findall("translation")
            for translation in (form.text or "" for form in forms):
                if translation:
                    assert _placeholders(source) == _placeholders(translation), source


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d|\[\*\]", text))
