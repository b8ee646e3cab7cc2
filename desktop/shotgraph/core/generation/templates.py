"""A project's workflow templates: imported into its media folder, found by name, read back."""

from __future__ import annotations

import json
from pathlib import Path

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project, WorkflowTemplate

from .media import WORKFLOWS_FOLDER, safe_stem, write_media
from .workflow import automatic_bindings, read_workflow, workflow_hash


def import_template(project: Project, folder: Path, source: Path, name: str | None = None) -> WorkflowTemplate:
    """Copy the API-format workflow ``source`` into the media folder as a template with its automatic
    bindings; a template of the same name is replaced (its edited bindings with it)."""
    template = stored_template(folder, source, name)
    project.generation.templates[:] = with_template(project.generation.templates, template)
    return template


def stored_template(folder: Path, source: Path, name: str | None = None) -> WorkflowTemplate:
    """The workflow ``source`` checked and copied into the media folder, as a template not yet in a project."""
    workflow = read_workflow(source)
    name = (name or source.stem).strip() or "workflow"
    relative = f"{WORKFLOWS_FOLDER}/{safe_stem(name, 'workflow')}.json"
    text = json.dumps(workflow, ensure_ascii=False, indent=1)
    write_media(folder, relative, [text.encode("utf-8")])
    return WorkflowTemplate(name=name, file=relative, sha256=workflow_hash(workflow),
                            bindings=automatic_bindings(workflow))


def with_template(templates: list[WorkflowTemplate], template: WorkflowTemplate) -> list[WorkflowTemplate]:
    """The templates with ``template`` added last, replacing one of the same name."""
    return [t for t in templates if t.name != template.name] + [template]


def find_template(project: Project, name: str | None, where: Path) -> WorkflowTemplate:
    """The template called ``name`` (the first one when no name is given); bad input when there is none."""
    templates = project.generation.templates
    if not templates:
        raise InputError(where, "has no workflow template; import one first: "
                                "shotgraph generate PROJECT --import-template WORKFLOW.json")
    if name is None:
        return templates[0]
    for template in templates:
        if template.name == name:
            return template
    known = ", ".join(t.name for t in templates)
    raise InputError(where, f"has no workflow template called {name!r} (it has: {known})")


def load_template(folder: Path, template: WorkflowTemplate) -> dict:
    """The template's workflow, read and checked again as any file from outside."""
    return read_workflow(folder / template.file)
