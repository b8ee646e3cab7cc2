"""The text of a Word (.docx) script: its paragraphs, one per line, read without trusting the file.

A .docx is a ZIP archive whose ``word/document.xml`` holds the paragraphs. The part is
inflated only up to the budget it declares, then parsed as a stream (no tree is built),
so a small file that would inflate to gigabytes, an endless paragraph or an XML bomb is
refused with a message instead of taking the machine's memory. A Word document has no
DTD, so any DOCTYPE or entity declaration is refused rather than expanded.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.parsers import expat

from shotgraph.core.io.budgets import MAX_EXPANDED_BYTES, MAX_LINE_CHARS, read_zip_part
from shotgraph.core.io.errors import InputError

_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH, _TEXT = f"{_WORD}p", f"{_WORD}t"
_BODY = "word/document.xml"
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an encrypted Word file (or an old .doc) begins: an OLE compound file, not a ZIP archive."""
_ZIP = b"PK"
MAX_DEPTH = 256
"""How deeply elements may nest: Word documents nest a few dozen levels at most."""
_LINE_BREAKS = str.maketrans({char: " " for char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"})
_CHUNK = 1 << 20
_ACCEPTED = "a Word document (.docx) saved without a password"


def docx_text(path: Path, data: bytes, max_chars: int) -> str:
    """The document's paragraphs, one per line, so that line N of the text is paragraph N."""
    if data.startswith(_COMPOUND_FILE):
        raise InputError(path, "an encrypted or old-format Word file (.doc), not a .docx; "
                               f"ShotGraph reads {_ACCEPTED}")
    if not data.startswith(_ZIP):
        raise InputError(path, f"not a readable .docx document (not a ZIP archive); ShotGraph reads {_ACCEPTED}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = read_zip_part(path, archive, _BODY, MAX_EXPANDED_BYTES)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
        raise InputError(path, f"not a readable .docx document ({error}); ShotGraph reads {_ACCEPTED}") from None
    return "\n".join(_Paragraphs(path, max_chars).read(body))


class _Paragraphs:
    """Collects the text of each ``w:p`` as expat streams through the document.

    A paragraph inside another (a text box anchored in a paragraph) is a paragraph of its own,
    placed where it starts; its text does not repeat in the paragraph around it.
    """

    def __init__(self, path: Path, max_chars: int) -> None:
        self.path, self.max_chars = path, max_chars
        self.paragraphs: list[str] = []
        self.open: list[tuple[int, list[str], list[int]]] = []
        """Each open paragraph: its number (index), its text so far, and that text's length."""
        self.depth = 0
        self.in_text = 0
        self.chars = 0

    def read(self, body: bytes) -> list[str]:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = self._refuse_doctype
        parser.EntityDeclHandler = self._refuse_doctype
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        try:
            for start in range(0, len(body), _CHUNK):
                parser.Parse(body[start:start + _CHUNK], False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            where = f"{_BODY} line {error.lineno}, column {error.offset + 1}"
            raise InputError(self.path, f"not a readable .docx document (damaged XML: "
                                        f"{expat.ErrorString(error.code)})", where) from None
        return self.paragraphs

    def _refuse_doctype(self, *_: object) -> None:
        raise InputError(self.path, "not a readable .docx document: it declares a DTD or entities, "
                                    "which Word documents never do", _BODY)

    def _start(self, name: str, _attributes: dict) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise InputError(self.path, f"not a readable .docx document: its elements nest more than "
                                        f"{MAX_DEPTH} levels deep", _BODY)
        if name == _PARAGRAPH:
            self.open.append((len(self.paragraphs), [], [0]))
            self.paragraphs.append("")
        elif name == _TEXT:
            self.in_text += 1

    def _end(self, name: str) -> None:
        self.depth -= 1
        if name == _PARAGRAPH:
            index, parts, _ = self.open.pop()
            self.paragraphs[index] = "".join(parts).translate(_LINE_BREAKS)
        elif name == _TEXT:
            self.in_text -= 1

    def _text(self, data: str) -> None:
        if not self.in_text or not self.open:
            return
        index, parts, length = self.open[-1]
        length[0] += len(data)
        self.chars += len(data)
        if length[0] > MAX_LINE_CHARS:
            raise InputError(self.path, f"the paragraph is more than {MAX_LINE_CHARS:,} characters long; "
                                        f"paragraphs of up to {MAX_LINE_CHARS:,} characters are read",
                             f"paragraph {index + 1}")
        if self.chars > self.max_chars:
            raise InputError(self.path, f"the document holds more than {self.max_chars:,} characters of text; "
                                        f"scripts of up to {self.max_chars:,} characters are read",
                             f"paragraph {index + 1}")
        parts.append(data)
