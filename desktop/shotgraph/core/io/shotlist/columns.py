"""The columns of a shot list (docs/shotlist.md): names, aliases, parsers, and header matching."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import values as v
from .values import fold


@dataclass(frozen=True)
class Column:
    """One known column: its canonical English header, Chinese aliases, English variants, parser."""

    name: str
    zh: tuple[str, ...]
    parse: Callable[[str], object]
    en: tuple[str, ...] = ()

    @property
    def zh_header(self) -> str:
        """The header written by a Chinese export: the first alias."""
        return self.zh[0]


COLUMNS: tuple[Column, ...] = (
    Column("episode", ("集", "集数"), v.EPISODE, ("ep", "episode number")),
    Column("scene", ("场", "场次"), v.name, ("scene #", "scene number")),
    Column("shot", ("镜号",), v.name, ("shot #", "shot number")),
    Column("mode", ("类型", "制作方式"), v.MODE),
    Column("location", ("地点", "场景"), v.name),
    Column("int_ext", ("内外",), v.INT_EXT, ("int/ext", "i/e")),
    Column("time", ("时间",), v.TIME, ("time of day",)),
    Column("size", ("景别",), v.SIZE, ("shot size", "shot type")),
    Column("angle", ("角度",), v.ANGLE, ("camera angle",)),
    Column("movement", ("运镜",), v.MOVEMENT, ("camera movement", "move")),
    Column("side", ("机位",), v.SIDE),
    Column("lens", ("焦距",), v.LENS, ("focal length",)),
    Column("duration", ("时长",), v.DURATION, ("length",)),
    Column("characters", ("人物",), v.characters, ("cast",)),
    Column("motion", ("动向",), v.motion),
    Column("wardrobe", ("服装",), v.wardrobe),
    Column("props", ("道具",), v.props),
    Column("story_day", ("剧情日",), v.STORY_DAY),
    Column("emotion", ("情绪",), v.EMOTION),
    Column("dialogue", ("台词",), v.text),
    Column("description", ("画面内容", "内容"), v.text, ("action",)),
    Column("ai_model", ("AI模型",), v.name),
    Column("ai_style", ("风格",), v.name),
    Column("ai_seed", ("种子",), v.SEED),
    Column("ai_refs", ("角色参考",), v.ai_refs),
    Column("ai_prompt", ("提示词",), v.text),
    Column("plate", ("背景板",), v.plate),
    Column("fg_kelvin", ("前景色温",), v.KELVIN),
    Column("plate_kelvin", ("背景色温",), v.KELVIN),
    Column("setup", ("机位组",), v.name),
    Column("after", ("接",), v.after),
    Column("intent", ("意图",), v.intents),
    Column("notes", ("备注",), v.text),
)

_BY_NAME: dict[str, Column] = {column.name: column for column in COLUMNS}
_BY_HEADER: dict[str, Column] = {
    fold(header): column for column in COLUMNS for header in (column.name, *column.zh, *column.en)
}


@dataclass(frozen=True)
class HeaderMap:
    """Which cell index holds which known column, and the unknown columns kept as extras."""

    known: dict[str, int]
    """Canonical column name -> cell index."""
    headers: dict[str, str]
    """Canonical column name -> the header as written, for messages."""
    extra: list[tuple[int, str]]
    """(cell index, header as written) of the unknown columns, in file order."""


class HeaderError(ValueError):
    """The header row cannot be used; the message says why."""


def column(name: str) -> Column:
    """The known column with this canonical name."""
    return _BY_NAME[name]


def is_known_header(header: str) -> bool:
    """Whether a header names a known column in any accepted spelling."""
    return fold(header) in _BY_HEADER


def _listed(headers: list[str], most: int = 12) -> str:
    """The headers as a message lists them: the first few, each cut short, then how many more."""
    shown = [header.strip()[:30] for header in headers if header.strip()]
    more = f" and {len(shown) - most:,} more" if len(shown) > most else ""
    return ", ".join(shown[:most]) + more


def map_headers(headers: list[str]) -> HeaderMap:
    """Match a header row to the known columns; ``shot`` is required, duplicates are refused.

    Columns with a blank header are ignored.
    """
    known: dict[str, int] = {}
    written: dict[str, str] = {}
    extra: list[tuple[int, str]] = []
    for index, raw in enumerate(headers):
        header = raw.strip()
        if not header:
            continue
        match = _BY_HEADER.get(fold(header))
        key = match.name if match else header
        if key in written:
            raise HeaderError(f"columns {written[key][:40]!r} and {header[:40]!r} both mean {key[:40]!r}; "
                              "keep one of them")
        written[key] = header
        if match:
            known[match.name] = index
        else:
            extra.append((index, header))
    if "shot" not in known:
        raise HeaderError(f"no shot column (shot, 镜号, shot #); the header row has: {_listed(headers)}")
    headers_known = {name: written[name] for name in known}
    return HeaderMap(known, headers_known, extra)
