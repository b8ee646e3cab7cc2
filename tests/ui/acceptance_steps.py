"""A new user's first episode, told once as data and played by two drivers: one with the mouse and the
window's actions, one with the keyboard alone.

``SCENARIO`` says what the user builds (scenes, characters, looks, eight shots, an axis crossing and a
wardrobe change); ``build_episode`` plays it step by step through a driver. Each driver only presses
keys, clicks widgets or triggers actions, and reads what the window shows; neither calls the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QLabel, QMenu, QWidget

from shotgraph.core.model import Angle, IntExt, Mode, Movement, ScreenPos, ShotSize, Side, TimeOfDay
from shotgraph.ui.findings.model import FindingRole
from shotgraph.ui.findings.waive import WaiveDialog
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.structure import SceneDialog

# -- the scenario -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SceneSpec:
    int_ext: IntExt
    location: str
    time_of_day: TimeOfDay
    cast: tuple[str, ...] = ()


@dataclass(frozen=True)
class CastSpec:
    name: str
    look: str | None = None
    position: ScreenPos | None = None


@dataclass(frozen=True)
class ShotSpec:
    scene: int
    mode: Mode
    size: ShotSize
    duration: str
    angle: Angle | None = None
    movement: Movement | None = None
    cast: tuple[CastSpec, ...] = ()
    emotion: int | None = None
    side: Side | None = None
    plate_from: int | None = None
    """The shot (by its place in the scenario) whose picture is this hybrid shot's plate."""


@dataclass(frozen=True)
class Scenario:
    scenes: tuple[SceneSpec, ...]
    looks: dict[str, tuple[str, ...]]
    shots: tuple[ShotSpec, ...]
    crossing: tuple[int, Side, int, Side]
    """Two consecutive shots and the camera sides that cross the axis between them."""
    wardrobe_change: tuple[int, CastSpec]
    """A shot and the character it gives another look than the shot before."""
    waiver_note: str = "deliberate: she turns away from him"
    characters: tuple[str, ...] = field(default=())


LIN, CHEN = "林晚", "陈墨"
WHITE, RED = "white dress", "red coat"
SCENARIO = Scenario(
    scenes=(SceneSpec(IntExt.EXT, "river bank", TimeOfDay.DAY, (LIN, CHEN)),
            SceneSpec(IntExt.INT, "apartment", TimeOfDay.NIGHT)),
    characters=(LIN, CHEN),
    looks={LIN: (WHITE, RED)},
    shots=(
        ShotSpec(0, Mode.AI, ShotSize.EWS, "4", Angle.OVERHEAD, Movement.DRONE),
        ShotSpec(0, Mode.AI, ShotSize.WS, "3", Angle.HIGH, Movement.PAN),
        ShotSpec(0, Mode.LIVE, ShotSize.CU, "2.5", Angle.EYE, Movement.STATIC,
                 (CastSpec(LIN, WHITE, ScreenPos.L),), emotion=3),
        ShotSpec(0, Mode.LIVE, ShotSize.CU, "2", Angle.EYE, Movement.DOLLY_IN,
                 (CastSpec(CHEN, None, ScreenPos.R),), emotion=2),
        ShotSpec(0, Mode.HYBRID, ShotSize.MS, "3", Angle.EYE, Movement.STATIC,
                 (CastSpec(LIN, WHITE, ScreenPos.C),), plate_from=0),
        ShotSpec(1, Mode.LIVE, ShotSize.WS, "4", Angle.EYE, Movement.HANDHELD,
                 (CastSpec(LIN, RED, ScreenPos.L), CastSpec(CHEN, None, ScreenPos.R))),
        ShotSpec(1, Mode.LIVE, ShotSize.MCU, "3", Angle.OTS, Movement.STATIC, (CastSpec(CHEN, None, ScreenPos.R),)),
        ShotSpec(1, Mode.AI, ShotSize.INSERT, "1.5", Angle.HIGH, Movement.ZOOM),
    ),
    crossing=(2, Side.A, 3, Side.B),
    wardrobe_change=(4, CastSpec(LIN, RED)),
)


def build_episode(driver: Driver, scenario: Scenario = SCENARIO) -> list[str]:
    """Play the scenario from File ▸ New; the ids of the shots made, in the scenario's order."""
    driver.new_project()
    for number, scene in enumerate(scenario.scenes):
        if number == 0:
            driver.edit_first_scene(scene)
        else:
            driver.add_scene(scene)
    for character, looks in scenario.looks.items():
        driver.add_looks(character, looks)
    shot_ids: list[str] = []
    for shot in scenario.shots:
        shot_ids.append(driver.add_shot(shot, shot_ids))
        driver.edit_shot(shot, shot_ids)
    first, side_a, second, side_b = scenario.crossing
    driver.set_side(shot_ids[first], side_a)
    driver.set_side(shot_ids[second], side_b)
    shot, cast = scenario.wardrobe_change
    driver.set_look(shot_ids[shot], cast)
    return shot_ids


# -- typing and choosing, shared by both drivers ---------------------------------------------


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into the focused ``widget``: Latin letters as keys, Chinese through the input method."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def combo_index(combo: QComboBox, value: object) -> int:
    """Where ``value`` is listed: the inspector's combos keep values beside their labels."""
    values = getattr(combo, "_values", None)
    if values is not None:
        return values.index(value)
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(str(value))
    assert index >= 0, f"{value!r} is not offered by {combo.accessibleName()}"
    return index


def pick_in_popup(qtbot, combo: QComboBox, index: int) -> None:
    """With the combo's list open, walk to ``index`` with the arrow keys and press Return."""
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible())
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


def finding_index(qtbot, panel, rule: str):
    """The findings table's row of the ``rule``'s finding, once it is listed."""
    proxy = panel.proxy

    def rows() -> list[int]:
        return [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(FindingRole).rule == rule]

    qtbot.waitUntil(lambda: bool(rows()))
    return proxy.index(rows()[0], 1)


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def wait_for_dialog(qtbot, kind: type) -> QDialog:
    found: list[QDialog] = []

    def shown() -> bool:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        found[:] = dialogs
        return bool(dialogs)

    qtbot.waitUntil(shown)
    return found[-1]


# -- the drivers --------------------------------------------------------------------------------


class Driver:
    """What a user does; the drivers differ in how (mouse and actions, or keys)."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window

    # reading what the window shows -------------------------------------------------------

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    @property
    def inspector(self):
        return self.window.details.form

    def scene_ids(self) -> list[str]:
        return [scene.id for scene in self.window.bridge.episode.scenes]

    # steps: each driver implements them ----------------------------------------------------

    def new_project(self) -> None:
        raise NotImplementedError

    def edit_first_scene(self, scene: SceneSpec) -> None:
        raise NotImplementedError

    def add_scene(self, scene: SceneSpec) -> None:
        raise NotImplementedError

    def add_looks(self, character: str, looks: tuple[str, ...]) -> None:
        raise NotImplementedError

    def add_shot(self, shot: ShotSpec, made: list[str]) -> str:
        raise NotImplementedError

    def edit_shot(self, shot: ShotSpec, made: list[str]) -> None:
        """Fill the inspector for the shot just added (it is selected)."""
        self.choose(self.inspector.mode, shot.mode)
        self.type_into(self.inspector.duration, shot.duration)
        self.choose(self.inspector.size, shot.size)
        if shot.angle is not None:
            self.choose(self.inspector.angle, shot.angle)
        if shot.movement is not None:
            self.choose(self.inspector.movement, shot.movement)
        if shot.emotion is not None:
            self.choose(self.inspector.emotion, shot.emotion)
        for cast in shot.cast:
            self.add_character(cast)
        if shot.plate_from is not None:
            self.choose_plate(made[shot.plate_from])

    def add_character(self, cast: CastSpec) -> None:
        editor = self.inspector.characters
        self.choose(editor.add_combo, cast.name, by_text=True)
        self.set_character_fields(cast)

    def set_character_fields(self, cast: CastSpec) -> None:
        if cast.position is not None:
            self.choose(self.row_editor(cast.name, "position"), cast.position)
        if cast.look is not None:
            self.choose(self.row_editor(cast.name, "wardrobe_id"), self.look_id(cast.name, cast.look))

    def row_editor(self, name: str, key: str) -> QComboBox:
        for row in self.inspector.characters.rows:
            if row.grid.itemAtPosition(0, 0).widget().text() == name:  # the row's heading
                return row.editors[key]
        raise AssertionError(f"{name} has no row in the inspector")

    def look_id(self, character: str, look: str) -> str:
        """The wardrobe look of that name, as the inspector's look combo offers it."""
        combo = self.row_editor(character, "wardrobe_id")
        index = combo.findText(look)
        assert index >= 0, (look, [combo.itemText(i) for i in range(combo.count())], self.window.project.wardrobe)
        return combo._values[index]

    def choose_plate(self, source_id: str) -> None:
        self.choose(self.inspector.plate_shot, source_id)

    def set_side(self, shot_id: str, side: Side) -> None:
        self.select_shot(shot_id)
        self.choose(self.inspector.side, side)

    def set_look(self, shot_id: str, cast: CastSpec) -> None:
        self.select_shot(shot_id)
        self.choose(self.row_editor(cast.name, "wardrobe_id"), self.look_id(cast.name, cast.look))

    def select_shot(self, shot_id: str) -> None:
        raise NotImplementedError

    def choose(self, combo: QComboBox, value: object, *, by_text: bool = False) -> None:
        raise NotImplementedError

    def type_into(self, line: QWidget, text: str) -> None:
        raise NotImplementedError

    # the findings, the schedule and the files ----------------------------------------------

    def select_finding(self, rule: str) -> None:
        raise NotImplementedError

    def waive_current_finding(self, note: str) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError

    def plan_days(self) -> None:
        raise NotImplementedError

    def export(self, name: str) -> None:
        raise NotImplementedError

    def save_as(self) -> None:
        raise NotImplementedError

    # helpers ----------------------------------------------------------------------------

    def fill_waive_dialog_when_shown(self, note: str, confirm) -> list[BaseException]:
        """The Waive dialog blocks: fill it once it shows (typing the note), then confirm it. A step that
        fails closes the dialog, so the test fails instead of waiting for ever; the failure is returned."""
        failures: list[BaseException] = []

        def fill(tries: int = 100) -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, WaiveDialog) and tries:
                QTimer.singleShot(20, lambda: fill(tries - 1))  # not asked yet
                return
            try:
                assert isinstance(dialog, WaiveDialog), dialog
                self.qtbot.waitUntil(lambda: self.focused() is dialog.note_edit)  # the note has the cursor
                type_text(self.qtbot, dialog.note_edit, note)
                confirm(dialog)
            except BaseException as failure:  # noqa: BLE001 - handed back to the test
                failures.append(failure)
                if isinstance(dialog, QDialog):
                    dialog.reject()
        QTimer.singleShot(20, fill)
        return failures

    def scene_dialog(self) -> SceneDialog:
        return wait_for_dialog(self.qtbot, SceneDialog)


class MouseDriver(Driver):
    """Menus and commands by their actions, widgets by clicks, combos by their list and the arrow keys."""

    def new_project(self) -> None:
        self.window.files.new_action.trigger()

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def click_tree_scene(self, number: int) -> None:
        tree = self.window.tree
        item = tree.topLevelItem(0).child(number)
        tree.scrollToItem(item)
        self.click(tree.viewport(), tree.visualItemRect(item).center())

    def edit_first_scene(self, scene: SceneSpec) -> None:
        self.click_tree_scene(0)
        self.window.commands.action("edit_scene").trigger()
        self.fill_scene(self.scene_dialog(), scene)

    def add_scene(self, scene: SceneSpec) -> None:
        self.window.commands.action("add_scene").trigger()
        self.fill_scene(self.scene_dialog(), scene)

    def fill_scene(self, dialog: SceneDialog, scene: SceneSpec) -> None:
        self.choose(dialog.int_ext, scene.int_ext)
        self.type_into(dialog.location.lineEdit(), scene.location, enter=False)
        self.choose(dialog.time_of_day, scene.time_of_day)
        for name in scene.cast:
            self.click(dialog.cast.entry)
            type_text(self.qtbot, dialog.cast.entry, name)
            self.click(dialog.cast.add_button)
        self.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        self.qtbot.waitUntil(lambda: closed(dialog))

    def add_looks(self, character: str, looks: tuple[str, ...]) -> None:
        self.window.project_menu.entries["characters"].trigger()
        editor = self.window.project_menu.editor
        page = editor.pages["characters"]
        self.qtbot.waitUntil(editor.isActiveWindow)
        item = page.list.findItems(character, Qt.MatchFlag.MatchExactly)[0]
        self.click(page.list.viewport(), page.list.visualItemRect(item).center())
        for look in looks:
            self.click(page.child.add_button)
            name = QApplication.focusWidget()
            assert page.child.form.isAncestorOf(name), name  # Add puts the cursor in the new look's name
            type_text(self.qtbot, name, look)
            self.qtbot.keyClick(name, Qt.Key.Key_Return)
        self.click(next(b for b in editor.findChildren(QAbstractButton) if b.accessibleName() == editor.tr("Close")))
        self.qtbot.waitUntil(lambda: not editor.isVisible())

    def add_shot(self, shot: ShotSpec, made: list[str]) -> str:
        if made and self.window.bridge.document.shot(made[-1]).scene_id == self.scene_ids()[shot.scene]:
            self.select_shot(made[-1])
        else:
            self.click_tree_scene(shot.scene)
        self.window.commands.action("add_shot").trigger()
        [shot_id] = self.window.bridge.selected
        return shot_id

    def select_shot(self, shot_id: str) -> None:
        self.click(self.window.tabs.tabBar(), self.window.tabs.tabBar().tabRect(0).center())
        canvas = self.window.canvas
        card = canvas.graph_scene.cards[shot_id]
        centre = card.mapToScene(card.card_rect().center())
        canvas.centerOn(centre)
        self.click(canvas.viewport(), canvas.mapFromScene(centre))
        assert list(self.window.bridge.selected) == [shot_id]

    def choose(self, combo: QComboBox, value: object, *, by_text: bool = False) -> None:
        index = combo.findText(value) if by_text else combo_index(combo, value)
        if self.window.details.isAncestorOf(combo):
            self.window.details.widget(1).ensureWidgetVisible(combo)
        self.click(combo)
        pick_in_popup(self.qtbot, combo, index)

    def type_into(self, line: QWidget, text: str, *, enter: bool = True) -> None:
        self.click(line)
        self.qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(self.qtbot, line, text)
        if enter:
            self.qtbot.keyClick(line, Qt.Key.Key_Return)

    def select_finding(self, rule: str) -> None:
        panel = self.window.findings
        index = finding_index(self.qtbot, panel, rule)
        panel.table.scrollTo(index)
        self.click(panel.table.viewport(), panel.table.visualRect(index).center())

    def waive_current_finding(self, note: str) -> None:
        failures = self.fill_waive_dialog_when_shown(note, lambda dialog: self.click(dialog.waive_button))
        self.click(self.window.findings.waive_button)
        if failures:
            raise failures[0]

    def undo(self) -> None:
        self.window.undo_action.trigger()

    def redo(self) -> None:
        self.window.redo_action.trigger()

    def plan_days(self) -> None:
        board = self.window.schedule
        self.click(self.window.tabs.tabBar(), self.window.tabs.tabBar().tabRect(2).center())
        self.click(board.plan_button)
        dialog = board.operations.dialog
        assert dialog is not None
        self.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        self.qtbot.waitUntil(lambda: board.operations.dialog is None)

    def export(self, name: str) -> None:
        menu = self.window.files.exports.menu
        menu.popup(self.window.mapToGlobal(QPoint(40, 40)))
        self.qtbot.waitUntil(menu.isVisible)
        action = next(a for a in menu.actions() if a.objectName() == f"export_{name}")
        self.click(menu, menu.actionGeometry(action).center())

    def save_as(self) -> None:
        self.window.files.save_as_action.trigger()


def mnemonic(action: QAction | str) -> Qt.Key:
    """The letter that picks ``action`` (or a text) in its menu, as the user sees it underlined."""
    text = action if isinstance(action, str) else action.text()
    sequence = QKeySequence.mnemonic(text)
    assert not sequence.isEmpty(), f"“{text}” has no underlined letter"
    return Qt.Key(sequence[0].key())


def command_name(action: QAction) -> str:
    """An action's name in any language: "add_scene"; "plate" and "export" for the entries of those submenus."""
    name = action.objectName()
    for family in ("plate", "export"):
        if name.startswith(f"{family}_"):
            return family
    return name or action.text()


def active_menu() -> QMenu | None:
    popup = QApplication.activePopupWidget()
    return popup if isinstance(popup, QMenu) else None


def built_as_told(project, shot_ids: list[str], scenario: Scenario = SCENARIO) -> None:
    """The project holds what the scenario told the user to build, field by field."""
    episode = project.episodes[0]
    locations = {location.id: location.name for location in project.locations}
    for scene, spec in zip(episode.scenes, scenario.scenes, strict=True):
        assert (scene.int_ext, locations[scene.location_id], scene.time_of_day) == (
            spec.int_ext, spec.location, spec.time_of_day)
    characters = {character.id: character.name for character in project.characters}
    assert sorted(characters.values()) == sorted(scenario.characters)
    looks = {look.id: (characters[look.character_id], look.name) for look in project.wardrobe}
    assert sorted(looks.values()) == sorted((c, name) for c, names in scenario.looks.items() for name in names)
    shots = {shot.id: shot for shot in episode.shots}
    first, side_a, second, side_b = scenario.crossing
    changed, new_look = scenario.wardrobe_change
    plates = {(edge.source, edge.target) for edge in episode.edges if edge.kind.value == "plate"}
    for number, (shot_id, spec) in enumerate(zip(shot_ids, scenario.shots, strict=True)):
        shot = shots[shot_id]
        assert shot.scene_id == episode.scenes[spec.scene].id
        assert (shot.mode, shot.camera.size, shot.camera.angle, shot.camera.movement) == (
            spec.mode, spec.size, spec.angle, spec.movement)
        assert shot.duration_s == float(spec.duration) and shot.emotion == spec.emotion
        side = {first: side_a, second: side_b}.get(number)
        assert shot.camera.side == side
        cast = {c.name: c for c in spec.cast}
        if number == changed:
            cast[new_look.name] = CastSpec(new_look.name, new_look.look, cast[new_look.name].position)
        seen = {characters[c.character_id]: (c.position, looks[c.wardrobe_id][1] if c.wardrobe_id else None)
                for c in shot.characters}
        assert seen == {name: (c.position, c.look) for name, c in cast.items()}
        if spec.plate_from is not None:
            assert (shot_ids[spec.plate_from], shot_id) in plates


def buddy_key(field: QWidget) -> Qt.Key | None:
    """The underlined letter of the label that names ``field`` in its dialog, if it has one."""
    for label in field.window().findChildren(QLabel):
        if label.buddy() is field and label.isVisible():
            sequence = QKeySequence.mnemonic(label.text())
            return None if sequence.isEmpty() else Qt.Key(sequence[0].key())
    return None


class KeyboardDriver(Driver):
    """Every step by keys: menus by Alt and their underlined letters (or the arrow keys where a command
    has none, noted in ``unlettered``), fields by their labels' letters or Tab, combos by their lists."""

    TAB_LIMIT = 250

    def __init__(self, qtbot, window: MainWindow) -> None:
        super().__init__(qtbot, window)
        self.unlettered: list[str] = []
        self.tab_log: list[tuple[str, int]] = []
        """Each control reached by Tab and how many presses it took."""

    # pressing ----------------------------------------------------------------------------

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        """Press a key where the keyboard is, once a window has it again (a window just closed gives it
        back a moment later on a busy machine)."""
        def target() -> QWidget | None:
            return QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        self.qtbot.waitUntil(lambda: target() is not None, timeout=5000)
        self.qtbot.keyClick(target(), key, modifiers)
        QApplication.processEvents()

    @property
    def file_menu(self) -> QMenu:
        return self.window.findChild(QMenu, "file_menu")

    def back_to_window(self) -> None:
        """A closed dialog gives the keyboard back to the main window (the window manager's part, which the
        headless platform leaves undone)."""
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        self.qtbot.waitUntil(lambda: self.window.isActiveWindow() and self.focused() is not None)

    def tab_to(self, target: QWidget) -> None:
        """Press Tab until the focus is on ``target`` — the way a keyboard user reaches any control."""
        for presses in range(self.TAB_LIMIT):
            if self.focused() is target:
                self.tab_log.append((target.accessibleName() or type(target).__name__, presses))
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {target.accessibleName() or target}")

    def reach(self, field: QWidget) -> None:
        """Go to a field by its label's letter (Alt+letter), else by Tab."""
        key = buddy_key(field)
        if key is not None:
            self.press(key, Qt.KeyboardModifier.AltModifier)
        if self.focused() is not field:
            self.tab_to(field)

    def type(self, text: str) -> None:
        type_text(self.qtbot, self.focused(), text)

    # menus ---------------------------------------------------------------------------------

    def menu_command(self, menu: QMenu, *path: QAction) -> None:
        """Alt+the menu's letter, then each action's letter (or the arrows to it when it has none)."""
        self.press(mnemonic(menu.menuAction()), Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
        self.wait_for_menu_window(menu)
        self.run_in_menu(menu, *path)

    def wait_for_menu_window(self, menu: QMenu) -> None:
        """Headless Qt activates a menu's window a moment after showing it: wait until it has."""
        self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is menu.windowHandle())

    def run_in_menu(self, menu: QMenu, *path: QAction) -> None:
        for action in path:
            self.pick_in_menu(menu, action)
            if action.menu() is not None:
                menu = action.menu()
                self.qtbot.waitUntil(lambda menu=menu: QApplication.activePopupWidget() is menu)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    def pick_in_menu(self, menu: QMenu, action: QAction) -> None:
        sequence = QKeySequence.mnemonic(action.text())
        usable = [a for a in menu.actions() if a.isVisible() and a.isEnabled() and not a.isSeparator()]
        letters = [QKeySequence.mnemonic(a.text()) for a in usable]
        if not sequence.isEmpty() and letters.count(sequence) == 1:
            self.qtbot.keyClick(menu, Qt.Key(sequence[0].key()))
            if action.menu() is not None and not action.menu().isVisible():
                self.qtbot.keyClick(menu, Qt.Key.Key_Return)  # the letter chose the submenu; Return opens it
            return
        self.unlettered.append(command_name(action))
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is action:
                break
            self.qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is action, f"the arrows never reach {action.text()}"
        self.qtbot.keyClick(menu, Qt.Key.Key_Right if action.menu() else Qt.Key.Key_Return)

    def context_menu_of_focus(self) -> QMenu:
        self.press(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        return QApplication.activePopupWidget()

    # views -----------------------------------------------------------------------------------

    def focus_view(self, view: QWidget) -> None:
        """Tab round to a view (the canvas, the tree); the Graph tab is brought up by its letter."""
        if view is self.window.canvas and self.window.tabs.currentWidget() is not view:
            self.press(mnemonic(self.window.tabs.tabText(0)), Qt.KeyboardModifier.AltModifier)
        self.tab_to(view)

    def choose_tree_scene(self, number: int) -> None:
        tree = self.window.tree
        self.focus_view(tree)
        scene_id = self.scene_ids()[number]
        for _ in range(20):
            if self.window.bridge.scene_id == scene_id:
                return
            self.press(Qt.Key.Key_Down)
        raise AssertionError("the arrows never reach the scene in the Episodes tree")

    def select_shot(self, shot_id: str) -> None:
        self.focus_view(self.window.canvas)
        order = [shot.id for shot in self.window.bridge.episode.shots]
        for _ in range(2 * len(order) + 2):
            selected = list(self.window.bridge.selected)
            if selected == [shot_id]:
                return
            here = order.index(selected[0]) if selected else -1
            self.press(Qt.Key.Key_Right if here < order.index(shot_id) else Qt.Key.Key_Left)
        raise AssertionError("the arrow keys never reach the shot")

    # steps -------------------------------------------------------------------------------------

    def new_project(self) -> None:
        self.menu_command(self.file_menu, self.window.files.new_action)

    def edit_first_scene(self, scene: SceneSpec) -> None:
        self.choose_tree_scene(0)
        self.menu_command(self.window.project_menu, self.window.commands.action("edit_scene"))
        self.fill_scene(self.scene_dialog(), scene)

    def add_scene(self, scene: SceneSpec) -> None:
        self.menu_command(self.window.project_menu, self.window.commands.action("add_scene"))
        self.fill_scene(self.scene_dialog(), scene)

    def fill_scene(self, dialog: SceneDialog, scene: SceneSpec) -> None:
        self.qtbot.waitUntil(lambda: dialog.isActiveWindow() and self.focused() is dialog.code)
        self.choose(dialog.int_ext, scene.int_ext)
        self.reach(dialog.location)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(scene.location)
        self.choose(dialog.time_of_day, scene.time_of_day)
        if scene.cast:
            self.reach(dialog.cast.list)
            self.tab_to(dialog.cast.entry)
            for name in scene.cast:
                self.type(name)
                self.press(Qt.Key.Key_Return)  # adds the name, ticked
        self.press(Qt.Key.Key_Return)  # on an empty line: the dialog's OK
        self.qtbot.waitUntil(lambda: closed(dialog))
        self.back_to_window()

    def add_looks(self, character: str, looks: tuple[str, ...]) -> None:
        self.menu_command(self.window.project_menu, self.window.project_menu.entries["characters"])
        editor = self.window.project_menu.editor
        self.qtbot.waitUntil(editor.isActiveWindow)
        page = editor.pages["characters"]
        self.tab_to(page.list)
        for _ in range(page.list.count() + 1):
            if page.list.currentItem() is not None and page.list.currentItem().text() == character:
                break
            self.press(Qt.Key.Key_Down)
        for look in looks:
            self.tab_to(page.child.add_button)
            self.press(Qt.Key.Key_Space)
            assert page.child.form.isAncestorOf(self.focused())
            self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.type(look)
            self.press(Qt.Key.Key_Return)
        self.press(Qt.Key.Key_Escape)
        self.qtbot.waitUntil(lambda: closed(editor))
        self.back_to_window()

    def add_shot(self, shot: ShotSpec, made: list[str]) -> str:
        if made and self.window.bridge.document.shot(made[-1]).scene_id == self.scene_ids()[shot.scene]:
            self.select_shot(made[-1])
        else:
            self.choose_tree_scene(shot.scene)
        self.press(Qt.Key.Key_Insert)
        [shot_id] = self.window.bridge.selected
        return shot_id

    def choose_plate(self, source_id: str) -> None:
        """From the shot's context menu: Add Plate From ▸ the source shot."""
        self.focus_view(self.window.canvas)
        menu = self.context_menu_of_focus()
        plate = self.window.commands.action("add_plate")
        self.pick_in_menu(menu, plate)
        submenu = plate.menu()
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is submenu)
        source = next(a for a in submenu.actions() if a.objectName() == f"plate_from_{source_id}")
        self.run_in_menu(submenu, source)

    def choose(self, combo: QComboBox, value: object, *, by_text: bool = False) -> None:
        index = combo.findText(value) if by_text else combo_index(combo, value)
        self.reach(combo)
        self.press(Qt.Key.Key_F4)  # opens the list
        pick_in_popup(self.qtbot, combo, index)

    def type_into(self, line: QWidget, text: str) -> None:
        self.reach(line)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)
        self.press(Qt.Key.Key_Return)

    def select_finding(self, rule: str) -> None:
        panel = self.window.findings
        finding_index(self.qtbot, panel, rule)
        self.tab_to(panel.table)
        for _ in range(panel.proxy.rowCount() + 1):
            if (current := panel.current_finding()) is not None and current.rule == rule:
                return
            self.press(Qt.Key.Key_Down)
        raise AssertionError("the arrows never reach the finding")

    def waive_current_finding(self, note: str) -> None:
        def confirm(dialog: QDialog) -> None:
            self.tab_to(dialog.waive_button)  # out of the note, past Cancel
            self.press(Qt.Key.Key_Space)
        self.tab_to(self.window.findings.waive_button)
        failures = self.fill_waive_dialog_when_shown(note, confirm)
        self.press(Qt.Key.Key_Space)
        self.back_to_window()
        if failures:
            raise failures[0]

    def undo(self) -> None:
        self.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def redo(self) -> None:
        self.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    def plan_days(self) -> None:
        board = self.window.schedule
        self.press(mnemonic(self.window.tabs.tabText(2)), Qt.KeyboardModifier.AltModifier)
        assert self.window.tabs.currentWidget() is board
        self.tab_to(board.plan_button)
        self.press(Qt.Key.Key_Space)
        self.qtbot.waitUntil(lambda: board.operations.dialog is not None and board.operations.dialog.isActiveWindow())
        self.press(Qt.Key.Key_Return)  # the defaults: the first date offered, every episode
        self.qtbot.waitUntil(lambda: board.operations.dialog is None)
        self.back_to_window()

    def export(self, name: str) -> None:
        self.focus_view(self.window.canvas)
        file_menu = self.file_menu
        exports = self.window.findChild(QMenu, "export_menu")
        self.press(mnemonic(file_menu.menuAction()), Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is file_menu)
        self.wait_for_menu_window(file_menu)
        self.pick_in_menu(file_menu, exports.menuAction())
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is exports)
        self.run_in_menu(exports, exports.findChild(QAction, f"export_{name}"))

    def save_as(self) -> None:
        self.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
