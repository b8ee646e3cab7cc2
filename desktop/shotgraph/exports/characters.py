"""Characters a file format cannot hold, taken out of the text ShotGraph writes into it.

A title typed or imported with a control character (NUL, BEL, ESC, a stray carriage
return) would make an iCalendar or XML file invalid, cut a timeline name short
(OpenTimelineIO stops at NUL) or break an EDL, whose fields are one line each. Tabs and
line breaks are kept where the format has room for them; everything else of the kind is
dropped, since no reader could show it.
"""

from __future__ import annotations

import re
from typing import Any

_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BREAKS_AND_TABS = re.compile("(?:[ \t]*(?:\r\n|[\r\n\t\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))+[ \t]*")
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0 and C1 controls, DEL, lone surrogates and the two non-characters XML 1.0 refuses; tabs and
line breaks are not among them, as they are kept or turned into spaces."""


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` without control characters; each line break becomes ``\\n``.

    With ``one_line`` (a name), line breaks and tabs become one space between the words they part.
    """
    text = _FORBIDDEN.sub("", text)
    if not one_line:
        return _LINE_BREAK.sub("\n", text)
    return _BREAKS_AND_TABS.sub(" ", text).strip()


def printable_data(value: Any) -> Any:
    """``value`` with every string in it (dict keys too, lists and dicts at any depth) made printable."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable_data(key): printable_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [printable_data(item) for item in value]
    return value
