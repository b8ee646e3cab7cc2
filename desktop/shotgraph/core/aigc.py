"""The implicit AI-content label (the ``AIGC`` metadata entry) of an episode and of its clips, in one place.

Every file ShotGraph writes for an episode — disclosure manifest, timelines, animatic — embeds
the same label, built here. ``ContentProducer`` names the generation service provider: for a
clip, the provider code of the AI model the shot used (the project's provider table), else the
episode's; for the whole episode, the episode's own, else the first provider code among its
AI and hybrid shots in creation order. As on a first write, an empty ``ContentPropagator`` and ``PropagateID``
repeat ``ContentProducer`` and ``ProduceID``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from shotgraph.core.model import AIProvider, Episode, Mode, Project, Shot, model_key

AIGC_KEY = "AIGC"
"""The metadata key the implicit label is stored under."""

AIGC_FIELDS = ("Label", "ContentProducer", "ProduceID", "ReservedCode1",
               "ContentPropagator", "PropagateID", "ReservedCode2")
"""The label's fields, in the order the standard lists them."""

LABEL_VALUES = ("1", "2", "3")
"""``Label``: AI-generated or synthesised, may be, suspected."""

_RECOMMENDED = re.compile(r"[!#-\[\]-~]+")
"""Printable ASCII without space, ``"`` and ``\\``: the code points the standard recommends for values."""


def contains_ai(episode: Episode) -> bool:
    """True when any shot of the episode is AI-generated or composited over an AI plate."""
    return any(shot.mode is not Mode.LIVE for shot in episode.shots)


def first_generated(shots: Iterable[Shot]) -> Shot | None:
    """The first AI or hybrid shot of ``shots`` (an episode's shots in episode order, say)."""
    return next((shot for shot in shots if shot.mode is not Mode.LIVE), None)


def is_recommended_value(value: str) -> bool:
    """True for a non-empty value of printable ASCII without space, ``"`` and ``\\``."""
    return _RECOMMENDED.fullmatch(value) is not None


def provider_of(project: Project, model: str | None) -> AIProvider | None:
    """The provider-table entry of an AI model (compared ignoring case and outer spaces); None if unlisted."""
    if not model or not model.strip():
        return None
    key = model_key(model)
    return next((entry for entry in project.ai_providers if model_key(entry.model) == key), None)


def provider_code(project: Project, shot: Shot) -> str:
    """The provider code of the model a shot used; "" when the table does not give one."""
    entry = provider_of(project, shot.ai.model) if project.ai_providers else None
    return entry.code.strip() if entry is not None else ""


def implicit_label(project: Project, episode: Episode) -> dict[str, str] | None:
    """The label's fields for an episode with AI content and a disclosure; None otherwise."""
    if episode.disclosure is None or not contains_ai(episode):
        return None
    fields = _configured(episode)
    if not fields["ContentProducer"]:
        codes = (provider_code(project, shot) for shot in episode.shots if shot.mode is not Mode.LIVE)
        fields["ContentProducer"] = next((code for code in codes if code), "")
    return _first_write(fields)


def clip_label(project: Project, episode: Episode, shot: Shot) -> dict[str, str] | None:
    """The label of one AI or hybrid shot's clip, its producer from the shot's model; None for a live
    shot or an episode without a label."""
    return clip_labels(project, episode, [shot]).get(shot.id)


def clip_labels(project: Project, episode: Episode, shots: Iterable[Shot] | None = None) -> dict[str, dict[str, str]]:
    """``clip_label`` of each AI and hybrid shot of ``shots`` (default: the episode's), by shot id."""
    label = implicit_label(project, episode)
    if label is None:
        return {}
    configured = _configured(episode)
    return {shot.id: _first_write({**configured, "ContentProducer": clip_producer(project, shot, label)})
            for shot in (episode.shots if shots is None else shots) if shot.mode is not Mode.LIVE}


def clip_producer(project: Project, shot: Shot, episode_label: dict[str, str]) -> str:
    """A clip's ``ContentProducer``: its model's provider code, else its episode label's."""
    return provider_code(project, shot) or episode_label["ContentProducer"]


def implicit_label_text(label: dict[str, str]) -> str:
    """The exact text to embed: ``{"AIGC":{…}}``, compact, fields in the standard's order."""
    return json.dumps({AIGC_KEY: {name: label[name] for name in AIGC_FIELDS}},
                      ensure_ascii=False, separators=(",", ":"))


def _configured(episode: Episode) -> dict[str, str]:
    assert episode.disclosure is not None
    fields = episode.disclosure.metadata.model_dump()
    return {name: str(fields[name]).strip() for name in AIGC_FIELDS}


def _first_write(fields: dict[str, str]) -> dict[str, str]:
    """ShotGraph writes the label first, so it is also the propagator unless one is configured."""
    fields["ContentPropagator"] = fields["ContentPropagator"] or fields["ContentProducer"]
    fields["PropagateID"] = fields["PropagateID"] or fields["ProduceID"]
    return fields
