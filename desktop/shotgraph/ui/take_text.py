"""How a take is described on screen: its number and mark, its seed and model, what it cost, and where
and when it was drawn; and a shot's count of takes kept and draws tried."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.core.model import Shot, Take
from shotgraph.core.planning.budget import money


def _say(text: str) -> str:
    return QCoreApplication.translate("", text)


def takes_heading(shot: Shot) -> str:
    """"1-03: 4 takes kept · draws tried: 6"."""
    return _say("{code}: {count} takes kept · draws tried: {tried}").format(
        code=shot.code, count=len(shot.ai.takes), tried=shot.ai.takes_tried)


def take_title(number: int, chosen: bool) -> str:
    """"Take 3", or "Take 3 ★ chosen"."""
    title = _say("Take {number}").format(number=number)
    return _say("{take} ★ chosen").format(take=title) if chosen else title


def seed_text(take: Take) -> str:
    """"seed 1234", or "no seed"."""
    return _say("seed {seed}").format(seed=take.seed) if take.seed is not None else _say("no seed")


def take_facts(take: Take, currency: str) -> list[str]:
    """The short lines under a take: seed, model, compute seconds and cost (or that it was added by hand)."""
    seed = seed_text(take)
    provenance = take.provenance
    if provenance is None:
        return [seed, _say("added by hand")]
    lines = [seed, provenance.model or _say("model unknown")]
    lines.append(_say("{seconds} s compute · {cost}").format(seconds=f"{provenance.compute_seconds:g}",
                                                             cost=money(provenance.cost, currency, 2)))
    return lines


def take_provenance(take: Take, currency: str) -> str:
    """Everything known of where the take came from, one fact a line (a tooltip)."""
    seed = str(take.seed) if take.seed is not None else "—"
    provenance = take.provenance
    if provenance is None:
        return "\n".join([_say("Seed: {value}").format(value=seed), _say("Added by hand: no generation record.")])
    workflow = provenance.workflow or "—"
    if provenance.workflow_sha256:
        workflow = f"{workflow} ({provenance.workflow_sha256[:12]})"
    facts = [
        (_say("Seed: {value}"), seed),
        (_say("Model: {value}"), provenance.model or "—"),
        (_say("Server: {value}"), provenance.server or "—"),
        (_say("Workflow: {value}"), workflow),
        (_say("Job: {value}"), provenance.prompt_id or "—"),
        (_say("Started: {value}"), _when(provenance.started)),
        (_say("Finished: {value}"), _when(provenance.finished)),
        (_say("Compute: {value} s"), f"{provenance.compute_seconds:g}"),
        (_say("Cost: {value}"), money(provenance.cost, currency, 2)),
    ]
    return "\n".join(text.format(value=value) for text, value in facts)


def _when(iso: str) -> str:
    """An ISO 8601 time as a person reads it: "2026-12-04 14:13:30"."""
    return iso[:19].replace("T", " ") if iso else "—"
