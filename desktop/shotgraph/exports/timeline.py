"""Editorial timelines: OpenTimelineIO, CMX 3600 EDL and Final Cut Pro 7 XML, all through
OpenTimelineIO's own adapters and all built from the same episode timelines (``timeline_otio``).

OTIO and FCP 7 XML hold one timeline per episode; an EDL is one file per episode
(``timeline_edl``). ``fcpxml`` is the FCP 7 XML export's earlier name, kept so scripts that use it
go on working; it is not Final Cut Pro X's ``.fcpxml``, which ShotGraph does not write.
"""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.model import Project

from . import Exporter, Progress, register
from .timeline_edl import write_edl
from .timeline_otio import adapter_text, chosen_episodes, episode_timelines, one_or_all
from .timeline_xmeml import write_xmeml


def write_otio(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
               progress: Progress | None = None) -> None:
    """One timeline per episode (a collection of them when there are several)."""
    path = Path(path)
    timelines = episode_timelines(project, chosen_episodes(project, episode), base, progress)
    atomic_write(path, adapter_text(one_or_all(project, timelines), path, "otio_json").encode())


register(Exporter("otio", (".otio",), "OpenTimelineIO timeline, one per episode", write_otio, "timeline"))
register(Exporter("edl", (".edl",), "CMX 3600 edit decision list, one file per episode", write_edl, "timeline"))
register(Exporter("xmeml", (".xml",), "Final Cut Pro 7 XML (Premiere Pro, DaVinci Resolve), a sequence per episode",
                  write_xmeml, "timeline"))
register(Exporter("fcpxml", (".xml",), "the earlier name of xmeml: writes Final Cut Pro 7 XML, not Final Cut Pro X's "
                  ".fcpxml", write_xmeml, "timeline", alias_of="xmeml"))
