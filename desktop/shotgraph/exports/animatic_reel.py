"""An episode's animatic as frames in time: which shot plays when, and when the AI label and titles show.

The exported MP4 and the editor's preview both play a ``Reel``, so they agree frame for frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from shotgraph.core.graph import picture_order
from shotgraph.core.model import Episode, LabelPosition, Project, Shot
from shotgraph.core.planning.budget import seconds_of
from shotgraph.core.visible_label import MIN_LABEL_SECONDS

TITLE_SECONDS = 3.0
"""How long the opening titles (series, episode, registration number) show over the first shot."""


@dataclass(frozen=True)
class Overlays:
    """What is drawn over the shot's picture on a frame."""

    label: bool = False
    titles: bool = False


@dataclass(frozen=True)
class Clip:
    """One shot on the reel: frames ``first`` up to (not including) ``end``."""

    shot: Shot
    first: int
    end: int


def frame_rate(project: Project) -> Fraction:
    """The project's delivery frame rate as an exact fraction (29.97 → 2997/100)."""
    return Fraction(project.delivery.fps).limit_denominator(1001)


@dataclass(frozen=True)
class Reel:
    """The shots of an episode in picture order, each for its planned duration, at ``rate`` frames a second."""

    episode: Episode
    rate: Fraction
    clips: tuple[Clip, ...]
    label_spans: tuple[tuple[int, int], ...]
    titles_end: int

    @classmethod
    def of(cls, episode: Episode, rate: Fraction) -> Reel:
        clips, seconds = [], 0.0
        for shot in picture_order(episode):
            first = round(seconds * rate)
            seconds += seconds_of(shot)
            if round(seconds * rate) > first:
                clips.append(Clip(shot, first, round(seconds * rate)))
        total = clips[-1].end if clips else 0
        titles_end = min(total, math.ceil(TITLE_SECONDS * rate))
        return cls(episode, rate, tuple(clips), _label_spans(episode, rate, total), titles_end)

    @property
    def frames(self) -> int:
        """How many frames the reel plays."""
        return self.clips[-1].end if self.clips else 0

    def overlays_at(self, frame: int) -> Overlays:
        """What is drawn over the picture on ``frame``."""
        return Overlays(label=any(start <= frame < end for start, end in self.label_spans),
                        titles=frame < self.titles_end)

    def runs(self, clip: Clip) -> list[tuple[int, int, Overlays]]:
        """The clip cut where its overlays change: ``(first, end, overlays)`` runs of identical frames."""
        cuts = {clip.first, clip.end, self.titles_end, *(edge for span in self.label_spans for edge in span)}
        edges = sorted(frame for frame in cuts if clip.first <= frame <= clip.end)
        return [(start, end, self.overlays_at(start)) for start, end in zip(edges, edges[1:], strict=False)]

    def clip_index(self, frame: int) -> int:
        """The index of the clip playing on ``frame`` (the last one past the end)."""
        return next((i for i, clip in enumerate(self.clips) if frame < clip.end), len(self.clips) - 1)

    def timecode(self, frame: int) -> str:
        """``HH:MM:SS:FF`` of ``frame``: hours, minutes, seconds and the frame within the second."""
        seconds = math.floor(frame / self.rate)
        within = min(frame - math.ceil(seconds * self.rate), math.ceil(self.rate) - 1)
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}:{within:02d}"


def _label_spans(episode: Episode, rate: Fraction, total: int) -> tuple[tuple[int, int], ...]:
    """The frames the visible AI label covers: from frame 0 (whatever start is set: the standard asks for
    the opening frames) for its duration and at least 2 s, and also at the end or throughout when asked."""
    disclosure = episode.disclosure
    if disclosure is None or not total:
        return ()
    if disclosure.position is LabelPosition.THROUGHOUT:
        return ((0, total),)
    length = min(total, math.ceil(max(MIN_LABEL_SECONDS, disclosure.duration_s) * rate))
    if disclosure.position is LabelPosition.START_AND_END:
        return (0, length), (total - length, total)
    return ((0, length),)
