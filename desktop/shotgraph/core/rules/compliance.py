"""Compliance: AI-content labelling and actors' consent to an AI likeness."""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.model import Mode, Shot

from .facts import EpisodeFacts
from .findings import Hit, Severity, Text
from .registry import Scope, rule

MIN_LABEL_SECONDS = 2.0
"""How long the visible AI-content label must show at least."""

_AI = Mode.AI
_GENERATED = frozenset({Mode.AI, Mode.HYBRID})


@rule("compliance.ai-disclosure", Severity.ERROR, Scope.EPISODE,
      message=Text("The episode has AI-generated shots (first: {shots}) but no visible AI-content label "
                   "of at least 2 s (now: {label})",
                   "本集含AI生成镜头（首个：{shots}），但没有显示至少 2 秒的AI内容标识（当前：{label}）"),
      hint=Text("Add the episode's AI-content disclosure: label text, position and a duration of 2 s or more",
                "为本集设置AI内容标识：标识文字、显示位置，显示时长不少于 2 秒"))
def ai_disclosure(episode: EpisodeFacts) -> Iterator[Hit]:
    """Platforms refuse episodes with AI content that is not labelled. Configure the disclosure."""
    disclosure = episode.episode.disclosure
    if disclosure is not None and disclosure.duration_s >= MIN_LABEL_SECONDS:
        return
    first = next((shot for shot in episode.order if shot.mode in _GENERATED), None)
    if first is not None:
        seconds = None if disclosure is None else disclosure.duration_s
        label = "—" if seconds is None else f"{seconds:g} s"
        yield Hit((first.id,), evidence=(first.mode, seconds), values={"label": label})


@rule("compliance.likeness-consent", Severity.ERROR, Scope.SHOT,
      message=Text("AI shot {shots} generates the likeness of {names} without the actor's recorded consent",
                   "AI镜头 {shots} 生成了 {names} 的演员肖像，但没有记录演员的AI肖像授权"),
      hint=Text("Record the actor's written consent to an AI likeness, or film the shot live",
                "取得并登记演员的AI肖像书面授权，或改为实拍"))
def likeness_consent(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Generating a real actor's face needs their written consent. Record it or shoot live."""
    if shot.mode is not _AI or not shot.characters:
        return None
    characters = episode.project.characters
    missing = [c.character_id for c in shot.characters
               if (character := characters.get(c.character_id)) is not None
               and character.actor_id is not None and not character.likeness_consent]
    if not missing:
        return None
    names = ", ".join(characters[character_id].name for character_id in missing)
    return Hit((shot.id,), evidence=(shot.mode, *missing), values={"names": names})
