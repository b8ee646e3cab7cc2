"""Reading the XML parts of a workbook safely: each part streamed, checked and let go of as it is read.

Every part of the archive is checked before any is parsed (encryption, compression, size
once decompressed, all XML together). While a part streams, its bytes are checked before
the parser sees them: no document type declaration (whose entities could expand without
bound), UTF-8 only, and no run of more than ``MAX_TAG_BYTES`` without a tag (so no element
carries millions of attributes, and no text node is larger than a budget). Elements are
released as soon as they are read, so a part's memory is that of one row, not of the part.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from shotgraph.core.io.budgets import MAX_EXPANDED_BYTES, check_zip_part
from shotgraph.core.io.errors import InputError

MAX_XML_BYTES = 4 * MAX_EXPANDED_BYTES
"""All the XML parts of a workbook together, decompressed."""
MAX_TAG_BYTES = 2**20
"""Bytes between two tags: longer than any cell's text or any element's attributes."""
MAX_HELD_ELEMENTS = 1_000_000
"""Elements held at once: a row of a spreadsheet's 16,384 cells needs a few ten thousand."""

_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")
_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")
_UTF8_NAMES = (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def open_workbook_archive(path: Path, data: bytes) -> zipfile.ZipFile:
    """The workbook's archive with every part checked; an InputError for anything a workbook is not."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise InputError(path, f"not a readable .xlsx workbook ({error}); accepted: a workbook saved as .xlsx "
                               "by Excel, WPS, Numbers or LibreOffice") from None
    xml_bytes = 0
    for info in archive.infolist():
        check_zip_part(path, info)
        if info.filename.endswith((".xml", ".rels")):
            xml_bytes += info.file_size
    if xml_bytes > MAX_XML_BYTES:
        raise InputError(path, f"the workbook's XML holds {xml_bytes / 2**20:.0f} MB once decompressed; up to "
                               f"{MAX_XML_BYTES / 2**20:.0f} MB is read")
    return archive


def has_part(archive: zipfile.ZipFile, name: str) -> bool:
    try:
        archive.getinfo(name)
    except KeyError:
        return False
    return True


def local_name(tag: str) -> str:
    """An element's name without its namespace: ``{…/main}row`` is ``row``."""
    return tag[tag.rfind("}") + 1:]


def stream_elements(path: Path, archive: zipfile.ZipFile, name: str, wanted: frozenset[str]
                    ) -> Iterator[ElementTree.Element]:
    """Each complete element of part ``name`` whose local name is ``wanted`` (the outermost one
    when they nest), in document order; everything read is released once yielded or passed."""
    if not has_part(archive, name):
        raise InputError(path, f"the part {name} is missing; the workbook is damaged")
    with archive.open(name) as raw:
        source = _GuardedPart(path, name, raw)
        try:
            yield from _released(path, name, ElementTree.iterparse(source, events=("start", "end")), wanted)
        except ElementTree.ParseError as error:
            line, column = error.position
            detail = str(error).split(":")[0]
            raise InputError(path, f"not well-formed XML ({detail}); the workbook is damaged",
                             f"{name}, line {line:,}, column {column:,}") from None


def _released(path: Path, name: str, events: Iterator[tuple[str, ElementTree.Element]], wanted: frozenset[str]
              ) -> Iterator[ElementTree.Element]:
    open_elements: list[ElementTree.Element] = []
    open_wanted = held = 0
    for event, element in events:
        is_wanted = local_name(element.tag) in wanted
        if event == "start":
            open_elements.append(element)
            open_wanted += is_wanted
            held += open_wanted > 0
            if len(open_elements) + held > MAX_HELD_ELEMENTS:
                raise InputError(path, f"an element holds more than {MAX_HELD_ELEMENTS:,} others; "
                                       "the workbook is damaged or not a table", name)
            continue
        open_elements.pop()
        open_wanted -= is_wanted
        if open_wanted:
            continue
        if is_wanted:
            yield element
            held = 0
        if open_elements:
            open_elements[-1].remove(element)


class _GuardedPart(io.RawIOBase):
    """A part's bytes as the XML parser reads them, each piece checked first."""

    def __init__(self, path: Path, name: str, raw: IO[bytes]) -> None:
        super().__init__()
        self.path, self.name, self.raw = path, name, raw
        self.started = False
        self.since_tag = 0
        self.tail = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            piece = self.raw.read(min(size, 2**16) if size and size > 0 else 2**16)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise InputError(self.path, f"the part {self.name} cannot be read ({error}); the workbook is "
                                        "damaged") from None
        self._check(piece)
        return piece

    def _check(self, piece: bytes) -> None:
        if not self.started and piece:
            self.started = True
            self._check_encoding(piece)
        if b"\x00" in piece:
            self._refuse("is not UTF-8 text; accepted: parts in UTF-8, as Excel writes them")
        window = self.tail + piece
        if any(marker in window for marker in _FORBIDDEN):
            self._refuse("declares a document type; a workbook part never does, and ShotGraph reads none")
        self.tail = piece[-len(_FORBIDDEN[0]):]
        self._check_tag_lengths(piece)

    def _check_tag_lengths(self, piece: bytes) -> None:
        """No run between two ``<`` longer than the limit, across pieces (a piece is far shorter)."""
        first = piece.find(b"<")
        if first < 0:
            gap = self.since_tag = self.since_tag + len(piece)
        else:
            gap = self.since_tag + first
            self.since_tag = len(piece) - piece.rfind(b"<") - 1
        if gap > MAX_TAG_BYTES:
            self._refuse(f"holds a tag or text longer than {MAX_TAG_BYTES / 2**20:.0f} MB; no cell holds as much")

    def _check_encoding(self, piece: bytes) -> None:
        declared = _DECLARED_ENCODING.match(piece.removeprefix(b"\xef\xbb\xbf"))
        if piece.startswith((b"\xff\xfe", b"\xfe\xff")) or (declared and declared[1].lower() not in _UTF8_NAMES):
            self._refuse("is not UTF-8 text; accepted: parts in UTF-8, as Excel writes them")

    def _refuse(self, message: str) -> None:
        raise InputError(self.path, f"the part {self.name} {message}")

