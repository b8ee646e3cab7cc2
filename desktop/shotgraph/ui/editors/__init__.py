"""Editors of the project itself: settings, episodes, characters and looks, props, locations, cast and crew."""

from .dialog import ProjectEditor, ProjectMenu, install_project_menu

__all__ = ["ProjectEditor", "ProjectMenu", "install_project_menu"]
