"""Graph structure: every episode must be one cut path from one start, and hybrids need plates."""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.model import Intent, Shot

from .facts import EpisodeFacts
from .findings import Hit, Severity, Text
from .registry import HYBRID_SHOTS, Scope, rule


@rule("graph.cycle", Severity.ERROR, Scope.EPISODE,
      message=Text("Shots {shots} cut back into each other in a loop",
                   "镜头 {shots} 的剪接首尾相连成环"),
      hint=Text("Remove one cut edge of the loop so the episode plays in one direction",
                "删除环中的一条剪接线，让本集按一个方向播放"))
def cycle(episode: EpisodeFacts) -> Iterator[Hit]:
    """A cut path that returns to an earlier shot cannot be played. Break the loop.

    One finding per loop of several shots, and one per shot cut to itself (also when
    that shot sits in a larger loop: both cuts must go).
    """
    if episode.graph.acyclic:
        return
    import networkx as nx  # only an episode whose cuts loop needs it (core/graph.py)

    cuts = episode.graph.cut_graph()
    loops = [sorted(c, key=episode.graph.creation_index) for c in nx.strongly_connected_components(cuts)
             if len(c) > 1]
    loops += [[shot_id] for shot_id, target in nx.selfloop_edges(cuts)]
    for shots in sorted(loops, key=lambda shots: episode.graph.creation_index(shots[0])):
        yield Hit(tuple(shots), evidence=tuple(shots))


@rule("graph.start", Severity.ERROR, Scope.EPISODE,
      message=Text("The episode has {count} starting shots ({shots}); it needs exactly one",
                   "本集有 {count} 个起始镜头（{shots}），应当只有一个"),
      hint=Text("Cut every shot but the opening one from a shot before it",
                "除开场镜头外，每个镜头都应接在某个镜头之后"))
def start(episode: EpisodeFacts) -> Iterator[Hit]:
    """An episode plays from one opening shot; none or several means cuts are missing."""
    starts = episode.graph.starts()
    if len(starts) != 1:
        shots = starts or [shot.id for shot in episode.episode.shots]
        yield Hit(tuple(shots), evidence=tuple(shots), values={"count": len(starts)})


@rule("graph.unreachable", Severity.WARNING, Scope.EPISODE,
      message=Text("Shot {shots} cannot be reached from the opening shot",
                   "从开场镜头无法到达镜头 {shots}"),
      hint=Text("Cut to it from a shot on the main path, or remove it",
                "从主线上的某个镜头剪接到它，或删除它"))
def unreachable(episode: EpisodeFacts) -> Iterator[Hit]:
    """A loop of shots cut off from the rest never plays. Join it to the main path.

    Without a loop every shot is reached: walking back along the cuts from any shot ends at
    a shot nothing cuts to, and there is only the one.
    """
    starts = episode.graph.starts()
    if len(starts) != 1 or episode.graph.acyclic:
        return
    reached = episode.graph.reachable_from(starts[0])
    for shot in episode.episode.shots:
        if shot.id not in reached:
            yield Hit((shot.id,), evidence=(shot.id,))


@rule("graph.dead-end", Severity.WARNING, Scope.EPISODE,
      message=Text("Shot {shots} ends a branch: nothing cuts from it",
                   "镜头 {shots} 之后没有任何剪接，分支在此中断"),
      hint=Text("Cut from it to the next shot, or mark it as an ending (intent ending)",
                "从它剪接到下一个镜头，或标记为结尾（意图 ending）"))
def dead_end(episode: EpisodeFacts) -> Iterator[Hit]:
    """Only the last shot may end the episode; other ends are usually forgotten cuts."""
    graph = episode.graph
    ends = graph.ends()
    if len(graph.starts()) != 1 or not graph.acyclic or len(ends) < 2:
        return
    last = episode.order[-1].id
    for shot_id in ends:
        if shot_id != last and Intent.ENDING not in episode.shots[shot_id].intent:
            yield Hit((shot_id,), evidence=(shot_id, False))


@rule("graph.plate", Severity.ERROR, Scope.SHOT, modes=HYBRID_SHOTS,
      message=Text("Hybrid shot {shots} has no background plate",
                   "混合镜头 {shots} 没有背景板"),
      hint=Text("Link the AI shot that supplies its plate, or name a plate asset",
                "连接提供背景板的AI镜头，或填写背景板素材名"))
def plate(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """A hybrid shot composites actors over a plate; without one it cannot be finished."""
    if not shot.plate_asset and not episode.graph.plate_sources(shot.id):
        return Hit((shot.id,), evidence=(shot.mode, shot.plate_asset))
    return None
