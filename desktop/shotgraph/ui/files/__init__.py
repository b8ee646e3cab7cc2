"""The File menu: projects opened, saved, imported, exported, autosaved and recovered without loss."""

from .controller import FileController, empty_project

__all__ = ["FileController", "empty_project"]
