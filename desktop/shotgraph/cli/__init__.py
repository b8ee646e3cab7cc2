"""The command line: ``shotgraph [FILE]`` opens the editor, sub-commands work headless.

Exit statuses: 0 done, 1 ``check`` found what ``--fail-on`` names,
2 bad input, 3 any other failure. Every failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shotgraph.cli.parser import build_parser
from shotgraph.core.io.errors import InputError, ShotGraphError

if TYPE_CHECKING:
    from shotgraph.core.io.project_file import ProjectFile
    from shotgraph.core.io.scripts import HeadingPattern
    from shotgraph.core.model import Project

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT, EXIT_FAILED = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Run as the program (no ``argv``: the ``shotgraph`` script, ``python -m shotgraph``),
    ``check`` keeps the cyclic garbage collector off until the process ends: what it read is
    freed with the process instead of being walked by a last collection first, which on a
    6,000-shot series takes a fifth of the command.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if argv is None and args_list[:1] == ["check"]:
        gc.disable()
        atexit.register(gc.freeze)
    try:
        return _dispatch(args_list)
    except ShotGraphError as error:
        _say_error(str(error))
        return error.exit_status
    except KeyboardInterrupt:
        _say_error("interrupted")
        return 130
    except OSError as error:
        _say_error(f"{error.filename or 'shotgraph'}: {error.strerror or error}")
        return EXIT_FAILED
    except Exception as error:  # a bug: still one line, never a traceback
        _say_error(f"internal error: {type(error).__name__}: {error} (please report this)")
        return EXIT_FAILED


def _dispatch(argv: list[str]) -> int:
    if argv and not argv[0].startswith("-") and argv[0] not in _COMMANDS:
        return _open_editor(Path(argv[0]))
    parser = build_parser(argv[0] if argv and argv[0] in _COMMANDS else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        return _open_editor(None)
    return _COMMANDS[args.command](args)


def _run_generate(args: argparse.Namespace) -> int:
    from shotgraph.cli.generate import run_generate

    return run_generate(args)


def _run_schedule(args: argparse.Namespace) -> int:
    import datetime as dt

    from shotgraph.cli.schedule_table import render_json, render_text
    from shotgraph.core.io.inputs import read_project_or_shotlist
    from shotgraph.core.io.project_file import ProjectFile
    from shotgraph.core.planning.scheduler import apply_plan

    if args.write and args.file.suffix.lower() != ".shotgraph":
        raise InputError(args.file, "--write saves into a project (.shotgraph); import the shot list first")
    file = ProjectFile(args.file) if args.write else None
    project = file.load() if file is not None else read_project_or_shotlist(args.file)
    existing = len(project.days)
    planned, days = apply_plan(project, start=dt.date.today())
    if file is not None and days:
        _write_schedule(file, planned)
    if args.json:
        _print_utf8(render_json(str(args.file), days, args.write and bool(days)))
    else:
        _print_text(render_text(days, sum(len(s.shot_ids) for d in days for s in d.setups), existing))
    return EXIT_OK


def _write_schedule(file: ProjectFile, planned: Project) -> None:
    """Save the planned days into the project, never over a version saved since it was read."""
    from shotgraph.core.io.atomic import ChangedOnDisk, ReadOnlyFile

    try:
        file.save(planned)
    except ReadOnlyFile as error:
        raise ReadOnlyFile(error.file, "the project is read-only, so nothing was written; make it writable to "
                                       "save the planned days into it, or leave out --write to only see them") from None
    except ChangedOnDisk as error:
        raise ChangedOnDisk(error.file, "the project changed on disk since it was read (another program or "
                                        "person saved it), so nothing was written; run the command again to "
                                        "plan on the new version") from None


def _run_demo(args: argparse.Namespace) -> int:
    from shotgraph.demo import write_demo

    for path in write_demo(args.output, overwrite=args.force):
        print(path)
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    """Load, read, check and print with the cyclic collector paused: on a 6,000-shot series its
    passes over the model classes and the project would cost more than the printing itself."""
    from shotgraph.core.gcpause import collector_paused

    path = Path(args.file)
    if args.sheet is not None and path.suffix.lower() != ".xlsx":
        raise InputError(path, "--sheet applies only to .xlsx files")
    with collector_paused():
        from shotgraph.cli.check_report import CheckReport
        from shotgraph.cli.check_table import render_text
        from shotgraph.core.io.inputs import read_project_or_shotlist

        project = read_project_or_shotlist(path, sheet=args.sheet)
        report = CheckReport.of(args.file, project, args.rule, args.episode)
        language = args.lang or str(project.language)
        if args.json:
            _print_utf8(report.to_json(language))
        else:
            width = max(shutil.get_terminal_size((100, 24)).columns, 60)
            _print_text(render_text(report, language, width))
        return EXIT_FOUND if report.fails(args.fail_on) else EXIT_OK


def _print_utf8(text: str) -> None:
    """Print as UTF-8 whatever the terminal's locale: JSON readers expect it."""
    _reconfigure_stdout(encoding="utf-8")
    print(text)


def _print_text(text: str) -> None:
    """Print in the terminal's encoding; a character it cannot show becomes a replacement mark."""
    _reconfigure_stdout(errors="replace")
    sys.stdout.write(text)


def _reconfigure_stdout(**options: str) -> None:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(**options)


def _run_import(args: argparse.Namespace) -> int:
    from shotgraph.core.io.atomic import atomic_write
    from shotgraph.core.io.inputs import is_script

    _refuse_existing(args.output, args.force)
    if args.output.suffix.lower() != ".shotgraph":
        raise InputError(args.output, "a project file name must end in .shotgraph")
    project = _import_script(args) if args.scene_heading is not None or is_script(args.file) else _import_shotlist(args)
    atomic_write(args.output, _openable_file(project, args.file), backup=True)
    shots = sum(len(e.shots) for e in project.episodes)
    print(f"{args.output}: {shots} shots in {len(project.episodes)} episode(s) from {args.file}")
    return EXIT_OK


def _openable_file(project: Project, source: Path) -> bytes:
    """The project file's bytes, once loading has accepted them; bad input (never written) if it would not."""
    from shotgraph.core.io import store

    data = store.dumps_project(project).encode("utf-8")
    if len(data) > store.MAX_PROJECT_BYTES:
        raise InputError(source, f"makes a project of {len(data) / 2**20:.1f} MB, over the "
                                 f"{store.MAX_PROJECT_BYTES / 2**20:g} MB limit of a project file, so nothing "
                                 "was written; import it in parts")
    try:
        store.loads_project(data, source)
    except InputError as error:
        raise InputError(source, f"makes a project ShotGraph could not open again ({error.message}), "
                                 "so nothing was written", error.where) from None
    return data


def _import_shotlist(args: argparse.Namespace) -> Project:
    from shotgraph.core.io.shotlist import read_shotlist

    result = read_shotlist(args.file, sheet=args.sheet, lenient=args.lenient)
    for skipped in result.skipped:
        _say_error(f"skipped: {skipped}")
    if result.unlisted:
        _say_error(f"skipped: and {result.unlisted:,} more cells or rows")
    return result.project


def _import_script(args: argparse.Namespace) -> Project:
    from shotgraph.core.io.scripts import SCRIPT_SUFFIXES, read_script

    if args.sheet is not None:
        raise InputError(args.file, "--sheet applies only to .xlsx files")
    headings = None
    if args.scene_heading is not None:
        if args.file.suffix.lower() not in SCRIPT_SUFFIXES:
            raise InputError(args.file, f"--scene-heading applies only to scripts ({', '.join(SCRIPT_SUFFIXES)})")
        headings = _scene_headings(args.scene_heading)
    result = read_script(args.file, headings)
    for line in result.unread:
        _say_error(f"{args.file}: {line} (kept as a scene note)")
    return result.project


def _scene_headings(example: str) -> HeadingPattern:
    """The scene headings ``--scene-heading`` teaches; bad input when no layout can be learnt from it."""
    from shotgraph.core.io.scripts import HeadingPattern

    try:
        return HeadingPattern.from_example(example)
    except ValueError as error:
        raise InputError(None, f"--scene-heading: {error}") from None


def _run_export(args: argparse.Namespace) -> int:
    from shotgraph.core.io.inputs import read_project_or_shotlist
    from shotgraph.exports import export, exporters
    from shotgraph.exports.callsheet_formats import FORMATS

    if args.kind == "animatic":
        return _write_animatic(args)
    _refuse_existing(args.output, args.force)
    if args.format is not None and args.kind != "callsheet":
        raise InputError(None, "--format is for call sheets (callsheet)")
    file_format = args.format or "pdf"
    suffixes = (FORMATS[file_format],) if args.kind == "callsheet" else exporters()[args.kind].suffixes
    if args.output.suffix.lower() not in suffixes:
        raise InputError(args.output, f"{args.kind} files end in {' or '.join(suffixes)}")
    project = read_project_or_shotlist(args.file)
    options = exporters()[args.kind].options(headers=args.headers, episode=args.episode, day=args.day,
                                              paper=args.paper, per_page=args.per_page, style=args.style,
                                              with_boards=args.with_boards or None,
                                              base=Path(args.file).resolve().parent)
    if args.kind == "callsheet" and file_format != "pdf":
        return _write_callsheet_format(args, project, file_format, options)
    if args.kind == "edl":
        _refuse_existing_lists(project, args)
    for written in export(args.kind, project, args.output, **options):
        print(written)
    return EXIT_OK


def _write_animatic(args: argparse.Namespace) -> int:
    """One MP4 per episode into the folder OUT; each file written is printed."""
    from shotgraph.core.io.atomic import refuse_read_only
    from shotgraph.core.io.inputs import read_project_or_shotlist
    from shotgraph.exports.animatic import animatic_paths, write_animatic

    if args.output.exists() and not args.output.is_dir():
        raise InputError(args.output, "is a file; the animatic is written into a folder, one MP4 per episode")
    if args.output.suffix.lower() == ".mp4" and not args.output.is_dir():
        raise InputError(args.output, "the animatic is written into a folder, one MP4 per episode "
                                      "(animatic-E01.mp4 …); give a folder, not a file name")
    project = read_project_or_shotlist(args.file)
    targets = [path for path in animatic_paths(project, args.output, args.episode) if path.exists()]
    if targets and not args.force:
        raise InputError(targets[0], "already exists; add --force to replace the animatic")
    for path in targets:
        refuse_read_only(path)
    for written in write_animatic(project, args.output, base=Path(args.file).resolve().parent,
                                  episode=args.episode, subtitles=not args.no_subtitles):
        print(written)
    return EXIT_OK


def _write_callsheet_format(args: argparse.Namespace, project, file_format: str, options: dict) -> int:
    """Call sheets as PNG pages or an XLSX workbook; each file written is printed."""
    from shotgraph.exports.callsheet_formats import existing_pages, write_callsheets

    if args.with_boards:
        raise InputError(None, "--with-boards is for PDF call sheets")
    pages = existing_pages(args.output) if file_format == "png" and not args.force else []
    if pages:
        raise InputError(pages[0], "already exists; add --force to replace the call sheet's pages")
    for written in write_callsheets(project, args.output, file_format=file_format, **options):
        print(written)
    return EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    from shotgraph.core.io.schema import project_json_schema

    print(json.dumps(project_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _refuse_existing_lists(project, args: argparse.Namespace) -> None:
    """Each episode's EDL (``OUT-E01.edl`` …) is replaced only with --force, like OUT itself."""
    from shotgraph.exports.timeline_edl import edl_paths

    for path in edl_paths(project, args.output, args.episode):
        _refuse_existing(path, args.force)


def _refuse_existing(path: Path, force: bool) -> None:
    """An existing OUT is replaced only with --force, and a read-only one not even then."""
    from shotgraph.core.io.atomic import refuse_read_only

    if path.exists() and not force:
        raise InputError(path, "already exists; add --force to replace it")
    refuse_read_only(path)


def _open_editor(path: Path | None) -> int:
    if path is not None and not path.exists():
        raise InputError(path, "no such file")
    if not _has_display():
        _say_error(
            "no display: the editor needs a desktop session. Everything else works from the "
            "command line, for example:\n  shotgraph demo -o demo\n  shotgraph import list.csv "
            "-o series.shotgraph\n  shotgraph export csv series.shotgraph -o list.csv\n"
            "See shotgraph --help."
        )
        return EXIT_FAILED
    from shotgraph.ui.app import run

    return run(path)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _say_error(message: str) -> None:
    print(f"shotgraph: {message}", file=sys.stderr)


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "check": _run_check,
    "import": _run_import,
    "export": _run_export,
    "schema": _run_schema,
    "schedule": _run_schedule,
    "generate": _run_generate,
}

