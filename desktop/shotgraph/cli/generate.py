"""``shotgraph generate``: send a project's AI shots to a ComfyUI server and bring the takes back.

One line per draw on stdout as it ends; the project is saved when each draw is queued and when
each take comes back, so draws in flight are picked up by the next run. Ctrl+C stops: the draw
in flight is cancelled on the server, so it costs nothing more, and the takes already back stay.
Exit 0 when every draw came back, 2 for bad input, 3 when the server failed one, 130 when stopped.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from shotgraph.core.io.errors import InputError

if TYPE_CHECKING:
    from shotgraph.core.generation.comfyui import ComfyUI
    from shotgraph.core.generation.draws import DrawOutcome
    from shotgraph.core.generation.engine import Progress, ProgressCallback
    from shotgraph.core.generation.preflight import Preflight
    from shotgraph.core.io.project_file import ProjectFile
    from shotgraph.core.model import Episode, Project

EPILOG = """\
exit status: 0 every draw came back as a take, 2 bad input (project, episode, template,
workflow file, server address), 3 the server could not be reached or a draw failed,
130 stopped with Ctrl+C (the draw in flight is cancelled on the server; takes back stay).

examples:
  shotgraph generate series.shotgraph --import-template txt2img_api.json --name 文生图
  shotgraph generate series.shotgraph --episode 3 --draws 4 --server http://192.168.1.20:8188
  shotgraph generate series.shotgraph --episode 3 --shot 3-12 --dry-run
"""


def add_generate(commands: argparse._SubParsersAction) -> None:
    """The ``generate`` sub-command's arguments."""
    gen = commands.add_parser(
        "generate", help="send an episode's AI shots to a ComfyUI server, N draws each, and save the takes",
        description="Send the AI and hybrid shots of an episode to a ComfyUI server through a workflow\n"
        "template, N draws each with new seeds, and save each result as a take of its shot\n"
        "(see docs/generation.md). --import-template adds a template to the project instead.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    gen.add_argument("file", type=Path, metavar="PROJECT", help="a project (.shotgraph)")
    gen.add_argument("--import-template", type=Path, metavar="WORKFLOW",
                     help="add an API-format ComfyUI workflow (Export (API)) to the project as a template")
    gen.add_argument("--name", metavar="NAME", help="the imported template's name (default: the file's name)")
    gen.add_argument("--episode", type=int, metavar="N", help="the episode whose AI shots to send")
    gen.add_argument("--shot", action="append", default=[], metavar="CODE",
                     help="only the shot with this code (repeatable)")
    gen.add_argument("--draws", type=int, default=1, metavar="K", help="draws per shot (default 1)")
    gen.add_argument("--template", metavar="NAME", help="the workflow template (default: the project's first)")
    gen.add_argument("--server", metavar="URL", help="the ComfyUI address (default: the project's setting)")
    gen.add_argument("--token", metavar="TOKEN", help="a bearer token for the server (default: the project's)")
    gen.add_argument("--anyway", action="store_true", help="send shots that have error findings too")
    gen.add_argument("--dry-run", action="store_true", help="only print the preflight and the estimate")


def run_generate(args: argparse.Namespace) -> int:
    """Import a template, or send the episode's shots; the exit status."""
    from shotgraph.core.generation.comfyui import ComfyUI
    from shotgraph.core.generation.draws import Batch, resume_jobs
    from shotgraph.core.generation.preflight import generated_shots, preflight
    from shotgraph.core.generation.templates import find_template, load_template
    from shotgraph.core.io.project_file import ProjectFile

    if args.file.suffix.lower() != ".shotgraph":
        raise InputError(args.file, "generate works on a project (.shotgraph); import the shot list first")
    file = ProjectFile(args.file)
    project = file.load()
    folder = args.file.resolve().parent
    if args.import_template is not None:
        return _import(file, project, folder, args)
    episode = _episode(project, args)
    template = find_template(project, args.template, args.file)
    workflow = load_template(folder, template)
    shots = generated_shots(episode, args.shot)
    if not shots:
        raise InputError(args.file, f"episode {episode.number} has no AI or hybrid shot"
                                    + (f" with the code {', '.join(args.shot)}" if args.shot else ""))
    check = preflight(project, shots, args.draws, args.anyway)
    _print_preflight(check, args.draws, project.budget.currency)
    if args.dry_run:
        return 0
    if not check.ready:
        raise InputError(args.file, "no shot is ready to send (see above)")
    settings = project.generation
    engine = ComfyUI(args.server or settings.server, args.token if args.token is not None else settings.token)
    try:
        progress = progress_printer(sys.stderr)
        batch = Batch(project, folder, engine, template, workflow, saved=lambda: file.save(project),
                      on_progress=progress)
        outcomes = [*resume_jobs(project, folder, engine, progress)]
        for outcome in outcomes:
            _print_outcome(outcome, "picked up")
        for outcome in batch.run(check.ready, args.draws):
            _print_outcome(outcome, f"draw {outcome.draw}/{args.draws}")
            outcomes.append(outcome)
    except KeyboardInterrupt:
        cancelled = _cancel_in_flight(project, engine)
        file.save(project)
        kept = sum(1 for o in outcomes if o.take is not None)
        print(f"\nshotgraph: stopped; {cancelled} draw(s) in flight cancelled on the server, "
              f"{kept} take(s) brought back and saved", file=sys.stderr)
        return 130
    finally:
        engine.close()
    failed = sum(1 for o in outcomes if o.take is None)
    if failed:
        print(f"shotgraph: {failed} of {len(outcomes)} draws failed", file=sys.stderr)
        return 3
    return 0


def _cancel_in_flight(project: Project, engine: ComfyUI) -> int:
    """Cancel on the server every draw of the project sent to it and not back yet, and forget them;
    how many. A draw the server cannot be told about is forgotten all the same (it ends by itself)."""
    from shotgraph.core.generation.draws import forget_job
    from shotgraph.core.generation.engine import GenerationError

    jobs = [job for job in project.generation.jobs if job.server == engine.server]
    for job in jobs:
        with contextlib.suppress(GenerationError):
            engine.cancel(job.prompt_id)
        forget_job(project, job)
    return len(jobs)


def progress_printer(stream: TextIO) -> ProgressCallback | None:
    """On a terminal, the running node and its steps, rewritten in place on one line; else nothing."""
    if not stream.isatty():
        return None

    def show(progress: Progress) -> None:
        steps = f" step {progress.value}/{progress.maximum}" if progress.maximum else ""
        stream.write(f"\r  node {progress.node}{steps}\033[K")
        stream.flush()

    return show


def _import(file: ProjectFile, project: Project, folder: Path, args: argparse.Namespace) -> int:
    from shotgraph.core.generation.templates import import_template

    template = import_template(project, folder, args.import_template, args.name)
    file.save(project)
    print(f"{args.file}: template {template.name!r} ({template.file}), bound:")
    for binding in template.bindings:
        print(f"  {binding.role.value}: node {binding.node} input {binding.input}")
    return 0


def _episode(project: Project, args: argparse.Namespace) -> Episode:
    if args.episode is None:
        raise InputError(None, "give the episode to send with --episode N, or a workflow with --import-template")
    if args.draws < 1 or args.draws > 100:
        raise InputError(None, f"--draws {args.draws}: give 1 to 100 draws per shot")
    for episode in project.episodes:
        if episode.number == args.episode:
            return episode
    numbers = ", ".join(str(e.number) for e in project.episodes) or "none"
    raise InputError(args.file, f"has no episode {args.episode} (episodes: {numbers})")


def _print_preflight(check: Preflight, draws: int, currency: str) -> None:
    for code, reasons in check.blocked.items():
        print(f"{code}: held back: {'; '.join(map(str, reasons))}")
    print(f"{len(check.ready)} shot(s) × {draws} draw(s), estimated cost {check.estimate:,.2f} {currency}")


def _print_outcome(outcome: DrawOutcome, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    head = f"{outcome.shot_code} {label} seed {outcome.seed}"
    take = outcome.take
    if take is None:
        print(f"{head}: failed: {outcome.error}", flush=True)
        return
    proof = take.provenance
    spent = f" ({proof.compute_seconds:g} s, cost {proof.cost:g})" if proof is not None else ""
    print(f"{head}: {take.video or take.image}{spent}", flush=True)
