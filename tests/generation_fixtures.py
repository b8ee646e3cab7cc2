"""A small project and the workflow files the generation tests send."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.model import (
    AIGeneration,
    Character,
    CharacterInShot,
    Episode,
    Mode,
    Project,
    Scene,
    Shot,
)

WORKFLOWS = Path(__file__).parent / "data" / "generation"


def small_project() -> Project:
    """Episode 1: two AI shots ready to send, one without a prompt, one AI shot of a character
    without identity reference, and a live shot."""
    scene = Scene(id="sc1", code="1")
    shots = [
        Shot(id="s1", code="1-1", scene_id="sc1", mode=Mode.AI, duration_s=4,
             ai=AIGeneration(prompt="雨夜的上海外滩，霓虹倒影", negative_prompt="文字, 水印")),
        Shot(id="s2", code="1-2", scene_id="sc1", mode=Mode.HYBRID, ai=AIGeneration(prompt="empty street at dawn")),
        Shot(id="s3", code="1-3", scene_id="sc1", mode=Mode.AI),
        Shot(id="s4", code="1-4", scene_id="sc1", mode=Mode.AI, ai=AIGeneration(prompt="她回头"),
             characters=[CharacterInShot(character_id="c1")]),
        Shot(id="s5", code="1-5", scene_id="sc1", mode=Mode.LIVE),
    ]
    return Project(id="p1", title="雨夜", characters=[Character(id="c1", name="林晓")],
                   episodes=[Episode(id="e1", number=1, scenes=[scene], shots=shots)])


def send_from_editor(window, monkeypatch, shots, draws: int) -> None:
    """Send ``shots`` from the main window as the Send dialog's Send button does, ``draws`` each."""
    from shotgraph.ui.generation.send_dialog import SendDialog  # Qt, only for the editor's tests

    def accept(dialog: SendDialog) -> bool:
        dialog.draws.setValue(draws)
        dialog._on_send()
        return dialog.order is not None

    monkeypatch.setattr(SendDialog, "exec", accept)
    assert window.generation.send(shots)
