"""``make screenshots``: PNGs of the editor's main views on the demo, for the README and the guide.

Run ``python -m shotgraph.ui.screenshots docs/screenshots`` (offscreen works: no display needed).
Settings go to a temporary folder, so the user's own window layout and language are untouched.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TypeVar

import av
from PIL import Image, ImageEnhance, ImageOps
from PySide6.QtCore import QCoreApplication, QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTreeWidget, QWidget

from shotgraph.core.edits import UpdateShot
from shotgraph.core.io.scripts import NoHeadingsError, read_script
from shotgraph.core.model import Mode, Provenance, Take
from shotgraph.demo import demo_project_path
from shotgraph.exports.callsheet import write_callsheet

from .animatic_preview import play_episode
from .application import running_application
from .canvas.context_menu import open_canvas_menu
from .editors.page import RecordPage
from .legend import show_legend
from .main_window import MainWindow
from .preferences import apply_preferences, apply_saved_preferences
from .schedule.day_dialog import DayDialog
from .script_headings import SceneHeadingsDialog
from .script_import import ScriptPreview
from .structure import open_scene_dialog
from .takes_compare import open_compare_takes
from .thumbnails import finish_reading
from .welcome import show_welcome

SIZE = (1440, 900)
LAPTOP = (1366, 728)
"""A 1366×768 laptop screen less its taskbar."""


Present = TypeVar("Present")


def present(value: Present | None) -> Present:
    """``value``, which the demo project and the steps before have made sure is there."""
    assert value is not None
    return value


def settle(rounds: int = 30) -> None:
    """Let queued events, debounced refreshes and repaints run, and every frame they asked for arrive."""
    for _ in range(rounds):
        QApplication.processEvents()
    running_application().thread().msleep(120)
    for _ in range(rounds):
        QApplication.processEvents()
    finish_reading()
    for _ in range(rounds):
        QApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def take_all(folder: Path) -> list[Path]:
    """Every view in English, then in Chinese (names ending "-zh"), then the window in dark mode."""
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.open_project(demo_project_path())
    window.resize(*SIZE)
    window.show()
    written = take_views(window, folder, "")
    written.append(show_callsheet(window, folder, "intl", "callsheet"))
    written.append(show_callsheet(window, folder, "cn", "callsheet-cn"))
    written.append(show_animatic_preview(window, folder, "animatic-preview"))
    window = apply_preferences(window, "zh_CN", "light")
    written += take_views(window, folder, "-zh")
    window.tabs.setCurrentWidget(window.grid)
    written.append(save(window, folder, "window-zh"))
    window = apply_preferences(window, "en", "dark")
    window.tabs.setCurrentWidget(window.canvas)
    written.append(save(window, folder, "window-dark"))
    apply_preferences(window, "en", "light")
    return written


def take_views(window: MainWindow, folder: Path, suffix: str) -> list[Path]:
    """The views the guide shows, each saved as NAME + ``suffix``.png."""
    first = window.bridge.episode_order(present(window.project).episodes[0])
    # name, tab shown (None: as it is), docks raised in order, shots selected (None: as they are)
    shots: list[tuple[str, QWidget | None, list[QDockWidget], list[str] | None]] = [
        ("graph", window.canvas, [], [first[2].id]),
        ("storyboard", window.grid, [], [first[13].id]),
        ("schedule", window.schedule, [], None),
        ("scene-diagram", window.canvas, [window.diagram_dock], [first[12].id]),
        ("budget", None, [window.budget_dock, window.details_dock], [s.id for s in first[:6]]),
    ]
    written = []
    for name, tab, docks, selection in shots:
        if tab is not None:
            window.tabs.setCurrentWidget(tab)
        if selection is not None:
            window.bridge.select(selection)
        for dock in docks:
            dock.raise_()
        written.append(save(window, folder, name + suffix))
    written.append(show_findings(window, folder, suffix))
    written.append(show_card_menu(window, first[3].id, folder, "card-menu" + suffix))
    scene = open_scene_dialog(window.bridge, window, scene_id=first[0].scene_id)
    written.append(show_dialog(scene, folder, "scene-dialog" + suffix))
    written.append(show_dialog(show_legend(window), folder, "legend" + suffix))
    written.append(show_day_editor(window, folder, "day-editor" + suffix))
    written.append(show_new_project(folder, "new-project" + suffix))
    written.append(show_disclosure(window, folder, suffix))
    written.append(show_dialog(window.help.show_shortcuts(), folder, "shortcuts" + suffix))
    written.append(show_dialog(show_welcome(window), folder, "welcome" + suffix))
    window.findings_dock.raise_()
    editor = present(window.panel_editors.open(first[8].id))
    editor.resize(900, 860)
    written.append(show_dialog(editor, folder, "panel-editor" + suffix))
    written += show_script_import(window, folder, suffix)
    written.append(show_compare_takes(folder, "compare-takes" + suffix))
    return written


SCRIPT_IN_KNOWN_LAYOUTS = """《山村来信》
编剧：许知远

# 第 1 集

**1-1 日 外 乡村公路**
人物：阿秀、群演若干
△一辆大巴车在乡村公路上颠簸前行。
阿秀：（望着窗外）到了。

1-2 农家小院 夜内
出场人物：阿秀、阿秀娘
阿秀娘：回来就好。
♪ 远处传来几声狗叫
阿秀：
娘，我不走了。

1-3
场景：日 内/外 乡村公路/大巴车
人物：前场所有人、几个村民
手机屏幕上显示：老板来电
旁白：那天，她没有接这个电话。
"""
SCRIPT_IN_AN_UNKNOWN_LAYOUT = """夜航
Scene 1: 码头 夜
人物：林晚、陈墨
林晚：船还没来。
陈墨：再等等。
Scene 2: 船舱 夜
陈墨：坐下吧。
"""


def show_script_import(window: MainWindow, folder: Path, suffix: str) -> list[Path]:
    """File ▸ Import Script…: the preview of a script in several layouts, and the dialog for a
    script whose headings ShotGraph does not know, with its first heading picked."""
    with tempfile.TemporaryDirectory() as scratch:
        known, unknown = Path(scratch) / "山村来信.txt", Path(scratch) / "夜航.txt"
        known.write_text(SCRIPT_IN_KNOWN_LAYOUTS, encoding="utf-8")
        unknown.write_text(SCRIPT_IN_AN_UNKNOWN_LAYOUT, encoding="utf-8")
        preview = ScriptPreview(read_script(known), known, window)
        present(preview.findChild(QTreeWidget)).expandAll()
        written = [show_dialog(preview, folder, "script-preview" + suffix)]
        try:
            read_script(unknown)
        except NoHeadingsError as error:
            dialog = SceneHeadingsDialog(unknown, error, window)
            dialog.show()
            heading = present(dialog.lines.topLevelItem(1))
            dialog.lines.setCurrentItem(heading)
            dialog.use_line(heading)
            written.append(show_dialog(dialog, folder, "script-headings" + suffix))
    return written


def show_findings(window: MainWindow, folder: Path, suffix: str) -> Path:
    """The findings panel with the axis crossing chosen, its shots framed on the graph."""
    window.tabs.setCurrentWidget(window.canvas)
    window.findings_dock.raise_()
    window.details_dock.raise_()
    table = window.findings.table
    for row in range(table.model().rowCount()):
        index = table.model().index(row, 0)
        table.setCurrentIndex(index)
        finding = window.findings.current_finding()
        if finding is not None and finding.rule == "continuity.axis":
            window.findings.finding_activated.emit(finding)
            break
    return save(window, folder, "findings" + suffix)


def show_new_project(folder: Path, name: str) -> Path:
    """File ▸ New with its first two shots added, and the empty graph's menu offering more."""
    window = MainWindow()
    window.resize(*LAPTOP)
    window.show()
    window.files.new_project()
    window.commands.trigger("add_shot")
    window.commands.trigger("add_shot")
    window.bridge.select([])
    settle()
    corner = window.canvas.viewport().rect().bottomLeft() + QPoint(160, -160)
    path = save_with_menu(window, open_canvas_menu(window.canvas, window.commands, window.bridge, corner), folder,
                          name)
    window.bridge.mark_saved()
    window.close()
    return path


def show_card_menu(window: MainWindow, shot_id: str, folder: Path, name: str) -> Path:
    """A card's context menu, opened from the keyboard, drawn over the window it belongs to."""
    window.tabs.setCurrentWidget(window.canvas)
    window.bridge.select([shot_id])
    window.canvas.frame_shots([shot_id])
    settle()
    return save_with_menu(window, open_canvas_menu(window.canvas, window.commands, window.bridge, None), folder, name)


def save_with_menu(window: MainWindow, menu: QMenu, folder: Path, name: str) -> Path:
    """The window with an open menu drawn where it pops up (a menu is a window of its own)."""
    settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    path = folder / f"{name}.png"
    picture.save(str(path))
    print(path)
    return path


def show_compare_takes(folder: Path, name: str) -> Path:
    """View ▸ Compare Takes… on a laptop screen: the demo's first AI shot with four takes drawn from its
    frame (one a video, one added by hand), the second chosen."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "demo"
        shutil.copytree(demo_project_path().parent, copy)
        window = MainWindow()
        window.resize(*LAPTOP)
        window.show()
        window.open_project(copy / demo_project_path().name)
        shot = next(s for s in present(window.project).episodes[0].shots if s.mode is Mode.AI)
        takes = _demo_takes(copy, present(shot.frame), shot.ai.model or "")
        ai = shot.ai.model_copy(update={"takes": takes, "chosen_take_id": takes[1].id, "takes_tried": 6})
        window.bridge.push(UpdateShot(shot.id, {"ai": ai}))
        window.bridge.select([shot.id])
        dialog = open_compare_takes(window.bridge, window)
        assert dialog is not None
        dialog.resize(*LAPTOP)
        dialog.tiles.setCurrentRow(3)
        path = save(dialog, folder, name)
        dialog.close()
        window.bridge.mark_saved()
        window.close()
    return path


def _demo_takes(folder: Path, frame: str, model: str) -> list[Take]:
    """Takes made from the storyboard frame as a generator might return them: regraded, mirrored, moving."""
    source = Image.open(folder / frame, formats=["PNG"]).convert("RGB")
    looks = [ImageEnhance.Color(source).enhance(1.8), ImageOps.mirror(source),
             ImageEnhance.Brightness(source).enhance(0.7), ImageOps.autocontrast(source, cutoff=4)]
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    takes = []
    for number, look in enumerate(looks, start=1):
        seed = 20261200 + number * 7
        provenance = Provenance(server="http://192.168.1.20:8188", prompt_id=f"5f1c-{number:02d}", workflow="图生视频",
                                workflow_sha256="9c41e7" * 10, model=model, started=f"2026-12-04T10:0{number}:00",
                                finished=f"2026-12-04T10:0{number}:48", compute_seconds=44 + number * 3.5,
                                cost=round(0.9 + number * 0.15, 2))
        relative = f"media/takes/1-01-{number}.png"
        if number == 3:
            relative = f"media/takes/1-01-{number}.mp4"
            _write_video(folder / relative, look)
        else:
            look.save(folder / relative)
        video = relative.endswith(".mp4")
        takes.append(Take(id=f"tk_demo_{number}", image=None if video else relative, video=relative if video else None,
                          seed=seed, provenance=None if number == 4 else provenance))
    return takes


def _write_video(path: Path, picture: Image.Image) -> None:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=12)
        stream.width, stream.height, stream.pix_fmt = picture.width, picture.height, "yuv420p"
        for number in range(6):
            frame = av.VideoFrame.from_image(picture).reformat(format="yuv420p")
            frame.pts = number
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def show_day_editor(window: MainWindow, folder: Path, name: str) -> Path:
    """The first shooting day's editor over the Schedule tab."""
    window.tabs.setCurrentWidget(window.schedule)
    window.schedule.operations.edit_day(present(window.project).days[0].id)
    return show_dialog(present(window.findChild(DayDialog)), folder, name)


def show_disclosure(window: MainWindow, folder: Path, suffix: str) -> Path:
    """Project ▸ Episodes… on the last episode: its AI label and AIGC metadata."""
    editor = window.project_menu.open_editor("episodes")
    editor.resize(900, 640)
    page = editor.pages["episodes"]
    assert isinstance(page, RecordPage)
    episodes = page.list
    episodes.setCurrentRow(episodes.count() - 1)
    return show_dialog(editor, folder, "ai-disclosure" + suffix)


def show_animatic_preview(window: MainWindow, folder: Path, name: str) -> Path:
    """View ▸ Play Episode from the first shot, a second in: the AI label, the opening titles, the subtitles."""
    project = present(window.project)
    window.bridge.select([window.bridge.episode_order(project.episodes[0])[0].id])
    preview = present(play_episode(window, window.bridge))
    preview.resize(432, 860)
    preview.player.seek(round(project.delivery.fps * 1.2))
    path = save(preview, folder, name)
    preview.close()
    return path


def show_dialog(dialog: QWidget, folder: Path, name: str) -> Path:
    """A dialog or editor window as it is now, then closed."""
    path = save(dialog, folder, name)
    dialog.close()
    return path


def show_callsheet(window: MainWindow, folder: Path, style: str, name: str) -> Path:
    """The first page of the demo's call sheet in ``style`` ("intl" or the Chinese "cn"), as printed."""
    import pypdfium2

    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "call-sheet.pdf"
        write_callsheet(present(window.project), pdf, base=window.bridge.folder, style=style)
        page = pypdfium2.PdfDocument(str(pdf))[0]
        path = folder / f"{name}.png"
        page.render(scale=1.6).to_pil().save(path, format="PNG")
    print(path)
    return path


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    QCoreApplication.setOrganizationName("ShotGraphScreenshots")
    with tempfile.TemporaryDirectory() as settings:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        apply_saved_preferences(app)
        take_all(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
