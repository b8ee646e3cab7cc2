"""The implicit AI-content label (the ``AIGC`` metadata entry) of an episode, in one place.

Every file ShotGraph writes for an episode — disclosure manifest, timelines, animatic — embeds
the same label, built here.
"""

from __future__ import annotations

import json

from shotgraph.core.model import Episode, Mode, Project

AIGC_KEY = "AIGC"
"""The metadata key the implicit label is stored under."""

AIGC_FIELDS = ("Label", "ContentProducer", "ProduceID", "ReservedCode1",
               "ContentPropagator", "PropagateID", "ReservedCode2")
"""The label's fields, in the order the standard lists them."""


def contains_ai(episode: Episode) -> bool:
    """True when any shot of the episode is AI-generated or composited over an AI plate."""
    return any(shot.mode is not Mode.LIVE for shot in episode.shots)


def implicit_label(project: Project, episode: Episode) -> dict[str, str] | None:
    """The label's fields for an episode with AI content and a disclosure; None otherwise."""
    del project  # the provider table of the project refines the producer fields
    if episode.disclosure is None or not contains_ai(episode):
        return None
    fields = episode.disclosure.metadata.model_dump()
    return {name: str(fields[name]) for name in AIGC_FIELDS}


def implicit_label_text(label: dict[str, str]) -> str:
    """The exact text to embed: ``{"AIGC":{…}}``, compact, fields in the standard's order."""
    return json.dumps({AIGC_KEY: {name: label[name] for name in AIGC_FIELDS}},
                      ensure_ascii=False, separators=(",", ":"))
