"""The generation settings the editor changes: one undoable step each, the rest of the settings kept,
and an address or token refused as ``shotgraph generate`` refuses it."""

from __future__ import annotations

import pytest
from document_fixtures import check_undo_redo, sample_document

from shotgraph.core.edits import EditError
from shotgraph.core.edits.generation import UpdateGenerationSettings
from shotgraph.core.model import WorkflowTemplate


def test_generation_settings_change_alone_and_keep_the_templates() -> None:
    doc = sample_document()
    doc.project.generation.templates = [WorkflowTemplate(name="文生图", file="media/workflows/a.json")]
    changes = check_undo_redo(doc, UpdateGenerationSettings({"server": "https://comfy.example:8443",
                                                             "overspend_margin": 0.35, "chain_first_frame": True}))
    settings = doc.project.generation
    assert changes.settings and (settings.server, settings.overspend_margin) == ("https://comfy.example:8443", 0.35)
    assert settings.chain_first_frame and [t.name for t in settings.templates] == ["文生图"]


@pytest.mark.parametrize(("change", "reason"), [
    ({"server": "192.168.1.20:8188"}, "not an http:// or https:// address"),
    ({"server": "ftp://comfy.example"}, "not an http:// or https:// address"),
    ({"token": "密钥"}, "only ASCII letters, digits and punctuation"),
    ({"token": "a b"}, "only ASCII letters, digits and punctuation"),
    ({"cost_per_compute_second": -1}, "cost_per_compute_second"),
    ({"jobs": []}, "not a generation setting"),
])
def test_generation_settings_refuse_what_generate_would_refuse(change, reason) -> None:
    doc = sample_document()
    with pytest.raises(EditError, match=reason):
        doc.apply(UpdateGenerationSettings(change))
    assert doc.project.generation.server == "http://127.0.0.1:8188" and doc.project.generation.token == ""
