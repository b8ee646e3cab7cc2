"""The arguments of ``shotgraph`` and its sub-commands, parsed by argparse."""

from __future__ import annotations

import argparse
from pathlib import Path

from shotgraph import __version__

FAIL_ON = ("error", "warning", "info", "never")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of ``shotgraph`` and all its sub-commands.

    ``command`` names the sub-command about to run, if known: the export kinds are looked up
    only for ``export``, so ``--version``, ``--help`` and the other commands start without
    loading the exporters and the libraries they use.
    """
    parser = argparse.ArgumentParser(
        prog="shotgraph",
        description="Shot planning for hybrid live-action and AI short dramas. "
        "With no command, or with a project FILE, opens the desktop editor.",
    )
    parser.add_argument("--version", action="version", version=f"shotgraph {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_demo(commands)
    _add_check(commands)
    _add_import(commands)
    _add_export(commands, with_kinds=command == "export")
    _add_schedule(commands)
    _add_generate(commands)
    commands.add_parser("schema", help="print the JSON Schema of the project file")
    return parser


def _add_demo(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="write the bundled demo project to a folder")
    demo.add_argument("-o", "--output", type=Path, default=Path("shotgraph-demo"), metavar="DIR",
                      help="folder to write into (default: ./shotgraph-demo)")
    demo.add_argument("--force", action="store_true", help="replace a demo already in DIR")


CHECK_EPILOG = """\
summary line: N errors, N warnings, N info (N waived). The first three count the
unwaived findings of each severity; "waived" counts the waived findings of any
severity. Waived findings are listed, marked as waived, and never fail the check.

exit status: 0 nothing at --fail-on or worse, 1 an unwaived finding at --fail-on
or worse, 2 bad input (file, --rule or --episode), 3 any other failure.

examples:
  shotgraph check series.shotgraph
  shotgraph check list.csv --rule continuity --rule graph.plate --fail-on warning
  shotgraph check list.xlsx --sheet 第3集 --episode 3 --json
"""


def _add_check(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check", help="check a project or a shot list (CSV, TSV, XLSX) and print the findings",
        description="Check a project or a shot list against the rule catalogue and print the\n"
        "findings, grouped by episode, in the project's language.",
        epilog=CHECK_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("file", metavar="FILE", help="a project (.shotgraph) or a shot list (.csv, .tsv, .txt, .xlsx)")
    check.add_argument("--json", action="store_true",
                       help='print one JSON object: {"file", "summary", "findings"} (UTF-8)')
    _add_check_options(check)


def _add_check_options(check: argparse.ArgumentParser) -> None:
    check.add_argument("--fail-on", choices=FAIL_ON, default="error", metavar="LEVEL",
                       help="exit 1 when an unwaived finding is at LEVEL or worse: "
                       "error (default), warning, info, or never")
    check.add_argument("--rule", action="append", default=[], metavar="PREFIX",
                       help="only rules with this id or under it, by whole dotted parts: continuity "
                       "selects continuity.axis, continuity.axis only itself (repeatable)")
    check.add_argument("--episode", type=int, metavar="N",
                       help="only episode N, and findings across episodes that involve its shots")
    check.add_argument("--lang", choices=("zh", "en"),
                       help="messages in Chinese or English (default: the project's language)")
    check.add_argument("--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)")


def _add_import(commands: argparse._SubParsersAction) -> None:
    imp = commands.add_parser(
        "import", help="turn a shot list (CSV, TSV, XLSX) or a script (Fountain, Chinese .txt/.docx) into a project")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="PROJECT",
                     help="the .shotgraph file to write")
    imp.add_argument("--lenient", action="store_true",
                     help="import the good cells and report each bad one instead of refusing the file")
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)")
    imp.add_argument("--scene-heading", metavar="LINE",
                     help="a line of the script that is a scene heading (\"（三）客厅 夜\", \"Scene 12: office\"): "
                     "every line laid out like it starts a scene, for a script whose headings ShotGraph does not know")
    imp.add_argument("--force", action="store_true", help="replace PROJECT if it exists (never a read-only one)")


def _add_export(commands: argparse._SubParsersAction, with_kinds: bool = True) -> None:
    if not with_kinds:
        commands.add_parser("export", help="export a project to PDF, spreadsheet, timeline, calendar, MP4 … "
                            "(shotgraph export --help lists the kinds)")
        return
    from shotgraph.exports import exporters
    from shotgraph.exports.callsheet_formats import FORMATS as CALLSHEET_FORMATS

    kinds = exporters()
    exp = commands.add_parser("export", help="export a project: " + ", ".join(kinds))
    exp.add_argument("kind", choices=list(kinds), metavar="KIND", help=", ".join(kinds))
    exp.add_argument("file", type=Path, metavar="FILE", help="a project or a shot list")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                     help="the file to write; for animatic, a folder: one MP4 per episode, animatic-E01.mp4 …")
    exp.add_argument("--headers", choices=["en", "zh"], default="en",
                     help="shot-list column headers in English or Chinese (csv, xlsx)")
    exp.add_argument("--episode", type=int, metavar="N",
                     help="only episode N (otio, edl, xmeml, storyboard, animatic)")
    exp.add_argument("--day", metavar="N",
                     help="only shooting day N, counted from 1, or a day id (callsheet, boards)")
    exp.add_argument("--paper", choices=["a4", "letter"], help="page size of PDFs (default a4)")
    exp.add_argument("--style", choices=["cn", "intl"],
                     help="call-sheet layout: the Chinese 通告单 or the international sheet (callsheet; "
                     "default cn for a Chinese project, else intl)")
    exp.add_argument("--per-page", type=int, choices=range(2, 7), metavar="2-6",
                     help="storyboard panels per page, row by row (storyboard, boards, callsheet --with-boards; "
                     "default 6)")
    exp.add_argument("--with-boards", action="store_true",
                     help="add each day's shooting board after its call sheet (callsheet)")
    exp.add_argument("--format", choices=list(CALLSHEET_FORMATS),
                     help="call sheets as a PDF (default), one PNG per page named OUT-day-02-p1.png, or an XLSX "
                     "workbook with one sheet a day (callsheet)")
    exp.add_argument("--no-subtitles", action="store_true",
                     help="leave the shot codes and dialogue out of the picture (animatic)")
    exp.add_argument("--force", action="store_true", help="replace OUT if it exists (never a read-only one)")


def _add_schedule(commands: argparse._SubParsersAction) -> None:
    plan = commands.add_parser(
        "schedule", help="plan the live-action shooting days (--write saves them into the project)",
        description="Plan the live and hybrid shots that are on no shooting day onto new days after the\n"
        "existing ones, and print each new day: setups with times, scenes, shots, INT/EXT, D/N,\n"
        "minutes, cast, each actor's call and release, and the day's length against the maximum.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    plan.add_argument("file", type=Path, metavar="FILE", help="a project (.shotgraph) or a shot list")
    plan.add_argument("--write", action="store_true", help="save the planned days into the project FILE")
    plan.add_argument("--json", action="store_true", help="print one JSON object: {\"file\", \"written\", \"days\"}")


def _add_generate(commands: argparse._SubParsersAction) -> None:
    from shotgraph.cli.generate import add_generate

    add_generate(commands)
