"""Names screen readers say for controls whose words alone are not enough."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Screen readers say a button's words without the & of its shortcut."""
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
