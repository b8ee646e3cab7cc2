"""Decoding the text files users bring (shot lists, scripts): UTF-8 with or without BOM,
UTF-16 with BOM, or GB18030/GBK as Chinese Excel and Windows editors save them."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError


def decode_text(path: Path, data: bytes, what: str = "text file") -> str:
    """The text of a file in one of the accepted encodings, else an InputError saying it is not a ``what``."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _checked(path, _strict(data[len(bom):], encoding), encoding, what)
    if b"\x00" in data:
        raise InputError(path, _not_text(what))
    text = _strict(data, "utf-8")
    if text is None:
        text = _strict(data, "gb18030")
        if text is not None and not _plausible_chinese(text):
            text = None
    return _checked(path, text, "UTF-8 or GB18030", what)


def _not_text(what: str) -> str:
    return f"not a text {what}; accepted encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _checked(path: Path, text: str | None, encoding: str, what: str) -> str:
    if text is None:
        raise InputError(path, f"cannot be decoded as {encoding}; {_not_text(what)}")
    if "\x00" in text:
        raise InputError(path, _not_text(what))
    return text


def _plausible_chinese(text: str) -> bool:
    """Whether GB18030-decoded text looks like Chinese rather than another 8-bit encoding.

    Chinese text uses mostly common characters (both bytes of their GB code ≥ 0xA1);
    Latin-1 or similar text read as GB18030 turns into rare characters and symbols.
    """
    rare = common = 0
    for char in set(text):
        if char.isascii():
            continue
        code = char.encode("gb18030")
        if len(code) == 2 and code[0] >= 0xA1 and code[1] >= 0xA1:
            common += 1
        else:
            rare += 1
    return rare <= common // 4
