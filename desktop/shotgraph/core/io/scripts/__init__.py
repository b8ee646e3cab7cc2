"""Importing scripts (Fountain, Chinese micro-drama, Word) as projects, as docs/scripts.md describes."""

from .heading_pattern import HeadingPattern
from .reading import (
    SCRIPT_SUFFIXES,
    NoHeadingsError,
    ScriptImport,
    looks_like_script,
    parse_script,
    read_script,
)

__all__ = ["SCRIPT_SUFFIXES", "HeadingPattern", "NoHeadingsError", "ScriptImport", "looks_like_script",
           "parse_script", "read_script"]
