"""The PySide6 editor: the only part of ShotGraph that imports Qt."""
