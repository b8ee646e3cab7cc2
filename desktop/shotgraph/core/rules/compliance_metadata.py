"""Compliance: the implicit AI-content label (GB 45438-2025 Annex E), the AI provider table and the
registration number for the opening titles."""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.aigc import (
    LABEL_VALUES,
    clip_producer,
    first_generated,
    is_recommended_value,
    provider_code,
)
from shotgraph.core.model import Mode, Shot, model_key

from .facts import EpisodeFacts, ProjectFacts
from .findings import Hit, Severity, Text
from .registry import GENERATED_SHOTS, Scope, rule

_CODED = ("ContentProducer", "ProduceID")
"""The fields that must be filled with the standard's recommended characters."""


@rule("compliance.implicit-label", Severity.ERROR, Scope.EPISODE,
      message=Text("The episode has AI-generated shots (first: {shots}) but no implicit AI-content label (AIGC "
                   "metadata) to embed in its file",
                   "本集含AI生成镜头（首个：{shots}），但没有要写入文件元数据的AI内容隐式标识（AIGC）"),
      hint=Text("Turn on the episode's AI-content disclosure and fill in its AIGC metadata",
                "开启本集的AI内容标识，并填写AIGC元数据"))
def implicit_label_missing(episode: EpisodeFacts) -> Iterator[Hit]:
    """The implicit label is a duty of its own, even when the visible label is missing. Configure it."""
    first = first_generated(episode.order)
    if first is not None and episode.episode.disclosure is None:
        yield Hit((first.id,), evidence=(first.mode,))


@rule("compliance.implicit-label", Severity.ERROR, Scope.EPISODE,
      message=Text("The implicit AI-content label's Label is “{label}”; it must be 1, 2 or 3 (first AI shot: {shots})",
                   "AI内容隐式标识的 Label 为“{label}”，只能是 1、2 或 3（首个AI镜头：{shots}）"),
      hint=Text("Set Label to 1 (AI-generated), 2 (may be) or 3 (suspected)",
                "把 Label 设为 1（AI生成合成）、2（可能）或 3（疑似）"))
def implicit_label_value(episode: EpisodeFacts) -> Iterator[Hit]:
    """The standard knows three values of Label: 1 is, 2 may be, 3 is suspected to be AI-generated."""
    first, label = episode.labelled
    if first is not None and label is not None and label["Label"] not in LABEL_VALUES:
        yield Hit((first.id,), evidence=(label["Label"],), values={"label": label["Label"]})


@rule("compliance.implicit-label", Severity.ERROR, Scope.EPISODE,
      message=Text("The implicit AI-content label needs ContentProducer and ProduceID in printable ASCII without "
                   "spaces, \" or \\ (now: {wrong}) (first AI shot: {shots})",
                   "AI内容隐式标识的 ContentProducer 和 ProduceID 须为不含空格、\" 和 \\ 的可打印 ASCII 字符"
                   "（当前：{wrong}）（首个AI镜头：{shots}）"),
      hint=Text("Give each AI model its provider's code in the project's AI provider table, or the episode a "
                "provider code, and fill in ProduceID",
                "在项目的AI服务提供者表中为每个模型填写提供者编码，或为本集填写提供者编码，并填写 ProduceID"))
def implicit_label_codes(episode: EpisodeFacts) -> Iterator[Hit]:
    """A provider's name in Chinese, or an empty id, cannot be read back by platforms. Use codes."""
    first, label = episode.labelled
    project = episode.project.project
    if first is None or label is None:
        return
    wrong = [f'{name}="{label[name]}"' for name in _CODED if not is_recommended_value(label[name])]
    for shot in episode.order if project.ai_providers else ():  # without the table every clip has the label's
        producer = clip_producer(project, shot, label) if shot.mode is not Mode.LIVE else label["ContentProducer"]
        if producer != label["ContentProducer"] and not is_recommended_value(producer):
            wrong.append(f'{shot.code} ContentProducer="{producer}"')
    if wrong:
        yield Hit((first.id,), evidence=tuple(wrong), values={"wrong": ", ".join(wrong)})


@rule("compliance.ai-provider", Severity.WARNING, Scope.EPISODE,
      message=Text("{model}, which made {shots}, has no provider code in the project's AI provider table",
                   "生成 {shots} 的模型 {model} 在项目的AI服务提供者表中没有提供者编码"),
      hint=Text("Add {model} to the AI provider table with its provider's name and code",
                "在AI服务提供者表中添加 {model} 及其提供者名称和编码"))
def ai_provider(episode: EpisodeFacts) -> Iterator[Hit]:
    """The implicit label of a generated clip names the provider of its model. List every model.

    One finding per unlisted model of the episode, naming the AI and hybrid shots that use it.
    """
    project = episode.project.project
    unlisted: dict[str, list[Shot]] = {}
    for shot in episode.in_modes(GENERATED_SHOTS):
        model = (shot.ai.model or "").strip()
        if model and not (project.ai_providers and provider_code(project, shot)):
            unlisted.setdefault(model_key(model), []).append(shot)
    for shots in unlisted.values():
        model = (shots[0].ai.model or "").strip()
        yield Hit(tuple(shot.id for shot in shots), evidence=(model_key(model),), values={"model": model})


@rule("compliance.registration", Severity.WARNING, Scope.PROJECT,
      message=Text("The project has AI-generated shots (first: {shots}) but no registration or licence number "
                   "for the opening titles",
                   "项目含AI生成镜头（首个：{shots}），但没有用于片头的备案号或许可证号"),
      hint=Text("Enter the drama's registration (备案) or licence number in the project settings",
                "在项目设置中填写本剧的备案号或许可证号"),
      reads=lambda _episode, shot: shot.mode)
def registration(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Hit]]:
    """An AI micro-drama without its registration number in the opening titles cannot go online."""
    if project.project.registration_number.strip():
        return
    for episode in project.in_order():
        first = first_generated(episode.order)
        if first is not None:
            yield episode, Hit((first.id,), evidence=(first.mode,))
            return
