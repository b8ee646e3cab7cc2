"""The shot inspector in the right dock: every field of the selected shots, editable."""

from .panel import Inspector

__all__ = ["Inspector"]
