"""Camera language: the same framing over and over tires an audience scrolling vertical episodes.

A shot's *signature* is its size, angle and movement, all three known; messages
show it as ``MS/EYE/STATIC``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .facts import EpisodeFacts, Framing, ProjectFacts
from .findings import Hit, Severity, Text
from .registry import Scope, rule

RUN_LENGTH = 4
"""Shots in a row with one signature before style.repetition fires."""
MONOTONY_MIN_SHOTS = 10
MONOTONY_SHARE = (2, 5)
"""style.monotony fires when one signature covers more than 2/5 (40 %) of an episode."""
FORMULA_LENGTH = 6
FORMULA_EPISODES = 3


def is_signature(framing: Framing) -> bool:
    return None not in framing


def shown(framing: Framing) -> str:
    return "/".join(part.value for part in framing if part is not None)


@rule("style.repetition", Severity.INFO, Scope.EPISODE,
      message=Text("{count} shots in a row ({shots}) have the same framing {signature}",
                   "连续 {count} 个镜头（{shots}）的景别、角度和运镜完全相同（{signature}）"),
      hint=Text("Change the size, angle or movement of a shot in the middle of the run",
                "在这串镜头中间换一个景别、角度或运镜，打破重复"))
def repetition(episode: EpisodeFacts) -> Iterator[Hit]:
    """Four or more identical framings in a row feel like one long static shot. Vary one of them."""
    order = episode.order
    for start, end, sig in _runs(episode.framings):
        if end - start >= RUN_LENGTH:
            shots = tuple(shot.id for shot in order[start:end])
            yield Hit(shots, evidence=(shown(sig), *shots), values={"count": end - start, "signature": shown(sig)})


def _runs(sigs: Sequence[Framing]) -> Iterator[tuple[int, int, Framing]]:
    """Maximal runs ``[start, end)`` of one known signature."""
    start, count = 0, len(sigs)
    while start < count:
        sig, end = sigs[start], start + 1
        while end < count and sigs[end] == sig:
            end += 1
        if is_signature(sig):
            yield start, end, sig
        start = end


@rule("style.monotony", Severity.INFO, Scope.EPISODE,
      message=Text("{count} of the episode's {total} shots ({percent} %) use the framing {signature}: {shots}",
                   "本集 {total} 个镜头中有 {count} 个（{percent}%）使用同一种镜头语言 {signature}：{shots}"),
      hint=Text("Give some of these shots another size, angle or movement",
                "给其中一部分镜头换景别、角度或运镜"))
def monotony(episode: EpisodeFacts) -> Iterator[Hit]:
    """One framing for most of an episode makes it visually flat. Spread the coverage."""
    order = episode.order
    total = len(order)
    if total < MONOTONY_MIN_SHOTS:
        return
    sigs = episode.framings
    share, whole = MONOTONY_SHARE
    for sig, count in Counter(sigs).items():
        if count * whole > total * share and is_signature(sig):
            shots = tuple(shot.id for shot, s in zip(order, sigs, strict=True) if s == sig)
            values = {"count": count, "total": total, "percent": round(100 * count / total), "signature": shown(sig)}
            yield Hit(shots, evidence=(shown(sig), total, *shots), values=values)


@rule("style.formula", Severity.INFO, Scope.PROJECT,
      message=Text("Episodes {episodes} repeat the same {length}-shot camera pattern {pattern}: {shots}",
                   "第 {episodes} 集重复了同一个 {length} 镜头的套路 {pattern}：{shots}"),
      hint=Text("Restage the sequence in some of these episodes so each feels its own",
                "在其中几集里重新设计这段镜头调度，让每集都有新鲜感"),
      reads=lambda episode, shot: (shot.camera.size, shot.camera.angle, shot.camera.movement))
def formula(project: ProjectFacts) -> Iterator[tuple[None, Hit]]:
    """The same six-shot pattern across episodes reads as a template. Restage some of them.

    Each episode's 6-grams of signatures are indexed once (first occurrence per episode),
    so the check is linear in the number of shots. A longer repeated sequence is one
    finding, not one per shifted window: a 6-gram is left out when, in every episode
    sharing it, it starts one shot after a reported 6-gram shared by exactly those episodes.
    """
    episodes = project.in_order()
    sigs = [episode.framings for episode in episodes]
    index = _first_occurrences(sigs)
    for gram, where in index.items():
        if len(where) >= FORMULA_EPISODES and not _continues(gram, where, sigs, index):
            yield None, _formula_hit(gram, where, episodes)


def _first_occurrences(sigs: list[tuple[Framing, ...]]) -> dict[tuple[Framing, ...], dict[int, int]]:
    """For each 6-gram shared by enough episodes: episode index → where it first starts."""
    grams = [_episode_grams(episode_sigs) for episode_sigs in sigs]
    counts: Counter[tuple[Framing, ...]] = Counter()
    for episode_grams in grams:
        counts.update(episode_grams.keys())
    shared = {gram for gram, count in counts.items() if count >= FORMULA_EPISODES}
    index: dict[tuple[Framing, ...], dict[int, int]] = {}
    for e, episode_grams in enumerate(grams):
        for gram, start in episode_grams.items():
            if gram in shared:
                index.setdefault(gram, {})[e] = start
    return index


@lru_cache(maxsize=4096)
def _episode_grams(episode_sigs: tuple[Framing, ...]) -> dict[tuple[Framing, ...], int]:
    """One episode's 6-grams of known signatures and where each first starts.

    Cached by the episode's framings, so after an edit only the edited episode is indexed again.
    """
    grams: dict[tuple[Framing, ...], int] = {}
    known = 0
    for i, sig in enumerate(episode_sigs):
        known = known + 1 if None not in sig else 0
        if known >= FORMULA_LENGTH:
            start = i - FORMULA_LENGTH + 1
            grams.setdefault(episode_sigs[start:i + 1], start)
    return grams


def _continues(gram: tuple[Framing, ...], where: dict[int, int], sigs: list[tuple[Framing, ...]],
               index: dict[tuple[Framing, ...], dict[int, int]]) -> bool:
    """Whether this 6-gram is a reported one shifted by a shot, in exactly the same episodes."""
    first, start = next(iter(where.items()))
    if start == 0 or not is_signature(sigs[first][start - 1]):
        return False
    previous = (sigs[first][start - 1], *gram[:-1])
    before = index.get(previous)
    return before is not None and before.keys() == where.keys() and all(
        before[e] == s - 1 for e, s in where.items())


def _formula_hit(gram: tuple[Framing, ...], where: dict[int, int], episodes: list[EpisodeFacts]) -> Hit:
    shots = tuple(shot.id for e, start in where.items()
                  for shot in episodes[e].order[start:start + FORMULA_LENGTH])
    numbers = ", ".join(str(episodes[e].number) for e in where)
    values = {"episodes": numbers, "length": FORMULA_LENGTH, "pattern": " | ".join(map(shown, gram))}
    return Hit(shots, evidence=(*map(shown, gram), *shots), values=values, scene=None)
