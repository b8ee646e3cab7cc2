"""Sending AI shots to a generator from the editor: the Send dialog, the background queue, the
Generation panel, and the controller that records what comes back (docs/generation.md)."""

from .controller import GenerationController

__all__ = ["GenerationController"]
