"""Compliance: the visible AI-content label (GB 45438-2025) and actors' consent to an AI likeness.

The implicit label, the AI provider table and the registration number are checked in
``compliance_metadata``, loaded with this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.aigc import first_generated
from shotgraph.core.model import Disclosure, Shot
from shotgraph.core.visible_label import (
    MIN_LABEL_SECONDS,
    min_text_height_px,
    names_ai_generation,
    on_opening_frames,
)

from . import compliance_metadata  # noqa: F401  (registers the implicit-label rules)
from .facts import EpisodeFacts
from .findings import Hit, Severity, Text
from .registry import AI_SHOTS, Scope, rule


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
    first = first_generated(episode.order)
    if first is not None:
        seconds = None if disclosure is None else disclosure.duration_s
        label = "—" if seconds is None else f"{seconds:g} s"
        yield Hit((first.id,), evidence=(first.mode, seconds), values={"label": label})


def _labelled(episode: EpisodeFacts) -> tuple[Shot, Disclosure] | None:
    """The first AI or hybrid shot and the visible label of an episode that has both."""
    disclosure = episode.episode.disclosure
    first = first_generated(episode.order) if disclosure is not None else None
    return None if first is None or disclosure is None else (first, disclosure)


@rule("compliance.label-spec", Severity.ERROR, Scope.EPISODE,
      message=Text("The AI-content label starts at {start} s: it must show on the episode's opening frames "
                   "(first AI shot: {shots})",
                   "AI内容标识从 {start} 秒才出现，须在本集起始画面显示（首个AI镜头：{shots}）"),
      hint=Text("Set the label's start to 0 s", "把标识的出现时间设为 0 秒"))
def label_on_opening_frames(episode: EpisodeFacts) -> Iterator[Hit]:
    """GB 45438-2025 puts the visible label on a video's opening frames. Start it at 0 s."""
    if (found := _labelled(episode)) and not on_opening_frames(found[1].start_s):
        first, disclosure = found
        yield Hit((first.id,), evidence=(disclosure.start_s,), values={"start": f"{disclosure.start_s:g}"})


@rule("compliance.label-spec", Severity.ERROR, Scope.EPISODE,
      message=Text("The AI-content label's text is {height} px high, under 5 % of the frame's shorter side "
                   "({width}×{frame_height}: at least {minimum} px) (first AI shot: {shots})",
                   "AI内容标识文字高 {height} 像素，低于画面短边的 5%（{width}×{frame_height}：至少 {minimum} 像素）"
                   "（首个AI镜头：{shots}）"),
      hint=Text("Raise the label's text height to {minimum} px or more", "把标识文字高度调到 {minimum} 像素或以上"))
def label_text_height(episode: EpisodeFacts) -> Iterator[Hit]:
    """Small print does not count as a label: the text must be at least 5 % of the shorter side."""
    delivery = episode.project.project.delivery
    minimum = min_text_height_px(delivery)
    if (found := _labelled(episode)) and found[1].text_height_px < minimum:
        first, disclosure = found
        yield Hit((first.id,), evidence=(disclosure.text_height_px, delivery.width, delivery.height),
                  values={"height": disclosure.text_height_px, "minimum": minimum, "width": delivery.width,
                          "frame_height": delivery.height})


@rule("compliance.label-spec", Severity.ERROR, Scope.EPISODE,
      message=Text("The AI-content label “{text}” does not say AI (AI or 人工智能) and generated "
                   "(生成 or 合成) (first AI shot: {shots})",
                   "AI内容标识“{text}”未同时写明“AI”或“人工智能”与“生成”或“合成”（首个AI镜头：{shots}）"),
      hint=Text("Word the label like 本片含AI生成内容 or AI生成", "标识文字可写作“本片含AI生成内容”或“AI生成”"))
def label_wording(episode: EpisodeFacts) -> Iterator[Hit]:
    """A label must name what it labels: AI (人工智能) and generated (生成) or synthesised (合成)."""
    if (found := _labelled(episode)) and not names_ai_generation(found[1].label_text):
        first, disclosure = found
        yield Hit((first.id,), evidence=(disclosure.label_text,), values={"text": disclosure.label_text})


@rule("compliance.likeness-consent", Severity.ERROR, Scope.SHOT, modes=AI_SHOTS,
      message=Text("AI shot {shots} generates the likeness of {names} without the actor's recorded consent",
                   "AI镜头 {shots} 生成了 {names} 的演员肖像，但没有记录演员的AI肖像授权"),
      hint=Text("Record the actor's written consent to an AI likeness, or film the shot live",
                "取得并登记演员的AI肖像书面授权，或改为实拍"))
def likeness_consent(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Generating a real actor's face needs their written consent. Record it or shoot live."""
    if not shot.characters:
        return None
    characters = episode.project.characters
    missing = [c.character_id for c in shot.characters
               if (character := characters.get(c.character_id)) is not None
               and character.actor_id is not None and not character.likeness_consent]
    if not missing:
        return None
    names = ", ".join(characters[character_id].name for character_id in missing)
    return Hit((shot.id,), evidence=(shot.mode, *missing), values={"names": names})
