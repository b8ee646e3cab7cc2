"""Where generation files go in the project folder: safe names, inside the folder, bounded size."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from shotgraph.core.io.errors import InputError, OutputError
from shotgraph.core.io.images import media_file

TAKES_FOLDER = "media/takes"
WORKFLOWS_FOLDER = "media/workflows"
MAX_OUTPUT_BYTES = 2 * 2**30
"""The largest generated file brought back: a minute of 4K video at a high bitrate."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
VIDEO_SUFFIXES = (".mp4", ".webm", ".mov", ".gif")


def safe_stem(text: str, fallback: str = "file") -> str:
    """``text`` as a file name part: letters (Chinese too), digits, - and _ only, at most 60 characters."""
    stem = re.sub(r"[^\w-]+", "_", text, flags=re.UNICODE).strip("_.")[:60]
    return stem or fallback


def output_suffix(filename: str) -> str | None:
    """The file's suffix when it is a picture or video ShotGraph keeps as a take, else None."""
    suffix = PurePosixPath(filename).suffix.lower()
    return suffix if suffix in IMAGE_SUFFIXES + VIDEO_SUFFIXES else None


def write_media(folder: Path, relative: str, chunks: Iterable[bytes]) -> str:
    """Write ``chunks`` to ``folder/relative`` all at once (a temporary file renamed), never through a
    link out of the folder; the relative path written."""
    target = folder / relative
    try:
        media_file(folder, str(PurePosixPath(relative).parent))
        target.parent.mkdir(parents=True, exist_ok=True)
        media_file(folder, relative)
    except InputError:
        raise OutputError(target, "the project's media folder leads outside the project folder") from None
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return relative
