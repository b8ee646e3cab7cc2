"""Importing scripts (Fountain, Chinese micro-drama, Word) as projects, as docs/scripts.md describes."""

from .reading import SCRIPT_SUFFIXES, ScriptImport, looks_like_script, parse_script, read_script

__all__ = ["SCRIPT_SUFFIXES", "ScriptImport", "looks_like_script", "parse_script", "read_script"]
