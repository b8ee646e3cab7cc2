"""Whether a server address and token can be used, checked as the ComfyUI adapter checks them."""

from __future__ import annotations

from .comfyui import ComfyUI


def check_connection(server: str, token: str) -> None:
    """Raise InputError for an address that is not http:// or https://, or a token that is not
    printable ASCII: the adapter's own checks, so the editor refuses what ``shotgraph generate`` would."""
    ComfyUI(server, token).close()
