"""Every user command of the main window, defined once and shown by every view and menu."""

from PySide6.QtWidgets import QMainWindow

from ..bridge import DocumentBridge
from .clipboard import SHOTS_CLIP_MIME, ClipboardCommands
from .menus import EDIT_MENU, PROJECT_MENU, STRIP_MENU
from .registry import SEPARATOR, Command, CommandRegistry
from .shots import MODE_COMMANDS, ShotCommands
from .structure import StructureCommands

__all__ = ["EDIT_MENU", "MODE_COMMANDS", "PROJECT_MENU", "SEPARATOR", "SHOTS_CLIP_MIME", "STRIP_MENU", "Command",
           "CommandRegistry", "WindowCommands"]


class WindowCommands(CommandRegistry):
    """The registry of one main window with its shot, clipboard, scene and episode commands."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge) -> None:
        super().__init__(window, bridge)
        self.shots = ShotCommands(self)
        self.clipboard = ClipboardCommands(self)
        self.structure = StructureCommands(self)
        self.refresh()
