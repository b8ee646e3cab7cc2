"""Undoable edits of a ShotGraph document, one small module per area.

Every edit has a ``name`` (an ``EditName``: an English pattern and the values filling it) and
``redo(doc)``/``undo(doc)`` returning a ``Changes`` record; ``Document.apply`` runs them.
"""

from .base import Compound, Edit, EditError, EditName, Macro
from .cast import (
    AddCharacter,
    AddLocation,
    AddPerson,
    AddProp,
    AddWardrobeLook,
    RemoveCharacter,
    RemoveLocation,
    RemovePerson,
    RemoveProp,
    RemoveWardrobeLook,
    UpdateCharacter,
    UpdateLocation,
    UpdatePerson,
    UpdateProp,
    UpdateWardrobeLook,
)
from .days import (
    AddDay,
    AddSetup,
    MoveSetup,
    MoveShotsToDay,
    MoveShotsToSetup,
    RemoveDay,
    RemoveSetup,
    UnscheduleShots,
    UpdateDay,
    UpdateSetup,
)
from .edges import Link, ReorderShots, Unlink
from .episodes import AddEpisode, MoveEpisode, RemoveEpisode, UpdateEpisode
from .project import UpdateProjectSettings
from .scenes import AddScene, MoveScene, RemoveScene, UpdateScene
from .shots import (
    AddShot,
    DuplicateShot,
    MoveShotsToScene,
    RemoveShots,
    SetMode,
    UpdateShot,
    UpdateShots,
    next_free_code,
)
from .waivers import Unwaive, UpdateWaiver, Waive

__all__ = [
    "AddCharacter", "AddDay", "AddEpisode", "AddLocation", "AddPerson", "AddProp", "AddScene", "AddSetup",
    "AddShot", "AddWardrobeLook", "Compound", "DuplicateShot", "Edit", "EditError", "EditName", "Link", "Macro",
    "MoveEpisode", "MoveScene", "MoveSetup", "MoveShotsToDay", "MoveShotsToScene", "MoveShotsToSetup",
    "RemoveCharacter", "RemoveDay",
    "RemoveEpisode", "RemoveLocation", "RemovePerson", "RemoveProp", "RemoveScene", "RemoveSetup",
    "RemoveShots", "RemoveWardrobeLook", "ReorderShots", "SetMode", "Unlink", "UnscheduleShots", "Unwaive",
    "UpdateCharacter", "UpdateDay", "UpdateEpisode", "UpdateLocation", "UpdatePerson", "UpdateProjectSettings",
    "UpdateProp", "UpdateScene", "UpdateSetup", "UpdateShot", "UpdateShots", "UpdateWardrobeLook",
    "UpdateWaiver", "Waive", "next_free_code",
]
