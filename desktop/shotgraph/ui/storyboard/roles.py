"""The data roles of the storyboard model beyond Qt's own."""

from PySide6.QtCore import Qt

ShotRole = Qt.ItemDataRole.UserRole + 1
"""The shot's id."""
PanelRole = Qt.ItemDataRole.UserRole + 2
"""The Shot itself, for the panel painter."""
BadgeRole = Qt.ItemDataRole.UserRole + 3
"""The shot's findings ``Badge``, None without findings."""
