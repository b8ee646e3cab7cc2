"""Decoding the text files users bring (shot lists, scripts): UTF-8 with or without BOM,
UTF-16 with BOM, or GB18030/GBK as Chinese Excel and Windows editors save them.

``decode_chunks`` decodes piece by piece, so a large shot list never exists twice in memory
(bytes and text); ``decode_text`` gives the whole text at once for scripts.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

CHUNK_BYTES = 1 << 20
"""Bytes decoded at a time."""

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_BOM_CHAR = "\ufeff"


def decode_text(path: Path, data: bytes, what: str = "text file") -> str:
    """The text of a file in one of the accepted encodings, else an InputError saying it is not a ``what``."""
    return "".join(decode_chunks(path, data, what))


def decode_chunks(path: Path, data: bytes, what: str = "text file") -> Iterator[str]:
    """The text of a file, piece by piece, once its whole content is known to decode.

    Byte order marks at the start are dropped, however many an editor wrote: a second one
    would otherwise hide in the first header or heading.
    """
    encoding, start = _encoding(path, data, what)
    return _without_leading_boms(_decoded(data, start, encoding))


def _encoding(path: Path, data: bytes, what: str) -> tuple[str, int]:
    """The encoding of ``data`` and where its text starts (after a BOM); InputError when none fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            _check(path, _scan(data, len(bom), encoding), encoding, what)
            return encoding, len(bom)
    if b"\x00" in data:
        raise InputError(path, _not_text(what))
    if _scan(data, 0, "utf-8") is not None:
        return "utf-8", 0
    characters = _scan(data, 0, "gb18030", every_character=True)
    if characters is not None and not _plausible_chinese(characters):
        characters = None
    _check(path, characters, "UTF-8 or GB18030", what)
    return "gb18030", 0


def _scan(data: bytes, start: int, encoding: str, *, every_character: bool = False) -> set[str] | None:
    """What ``data`` holds once decoded strictly, or None when it does not decode: its distinct
    characters, or (unless ``every_character``) only whether it holds a NUL."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    seen: set[str] = set()
    try:
        for offset in range(start, len(data) + 1, CHUNK_BYTES):
            text = decoder.decode(data[offset:offset + CHUNK_BYTES], final=offset + CHUNK_BYTES >= len(data))
            seen.update(text if every_character else "\x00" if "\x00" in text else "")
    except UnicodeDecodeError:
        return None
    return seen


def _decoded(data: bytes, start: int, encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    for offset in range(start, len(data), CHUNK_BYTES):
        yield decoder.decode(data[offset:offset + CHUNK_BYTES])
    yield decoder.decode(b"", final=True)


def _without_leading_boms(chunks: Iterator[str]) -> Iterator[str]:
    started = False
    for chunk in chunks:
        if not started:
            chunk = chunk.lstrip(_BOM_CHAR)
            started = bool(chunk)
        if chunk:
            yield chunk


def _not_text(what: str) -> str:
    return f"not a text {what}; accepted encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK"


def _check(path: Path, characters: set[str] | None, encoding: str, what: str) -> None:
    if characters is None:
        raise InputError(path, f"cannot be decoded as {encoding}; {_not_text(what)}")
    if "\x00" in characters:
        raise InputError(path, _not_text(what))


def _plausible_chinese(characters: set[str]) -> bool:
    """Whether GB18030-decoded text looks like Chinese rather than another 8-bit encoding.

    Chinese text uses mostly common characters (both bytes of their GB code ≥ 0xA1);
    Latin-1 or similar text read as GB18030 turns into rare characters and symbols.
    """
    rare = common = 0
    for char in characters:
        if char.isascii():
            continue
        code = char.encode("gb18030")
        if len(code) == 2 and code[0] >= 0xA1 and code[1] >= 0xA1:
            common += 1
        else:
            rare += 1
    return rare <= common // 4
