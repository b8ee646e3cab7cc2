"""The shot-graph canvas: shots as cards, cuts, plates and alternatives as edges."""

from .view import GraphCanvas

__all__ = ["GraphCanvas"]
