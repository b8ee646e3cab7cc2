"""The welcome view: on a first run (and from Help ▸ Welcome) it offers the demo, a new project,
opening or importing a file, and the recent projects — each through the File menu's own work, so
unsaved changes and bad files are handled exactly as there."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from shotgraph.demo import demo_project_path
from shotgraph.resources import resource

from .files import recent

if TYPE_CHECKING:
    from .main_window import MainWindow

SHOW_AT_STARTUP_KEY = "welcome/show_at_startup"
ICON_SIZES = (64, 128, 256)


def shown_at_startup() -> bool:
    """Whether the user asked to see the welcome view at every start without a file."""
    return bool(QSettings().value(SHOW_AT_STARTUP_KEY, False, type=bool))


def shotgraph_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"shotgraph-{size}.png")))
    return icon


def _same_file(a: Path | None, b: Path) -> bool:
    return a is not None and a.resolve() == b.resolve()


def arrow_icon(colour: QColor) -> QIcon:
    """A chevron in ``colour``: the command links' own arrow is black, unreadable on a dark palette."""
    pixmap = QPixmap(40, 40)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline([QPointF(15, 8), QPointF(27, 20), QPointF(15, 32)])
    painter.end()
    return QIcon(pixmap)


class RecentDelegate(QStyledItemDelegate):
    """A recent project as two lines: its file name in bold, its folder below in a quieter colour."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(option.rect.width(), 2 * height + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        path = Path(str(index.data(Qt.ItemDataRole.UserRole)))
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        for font, colour, top, value in ((bold, text, 0, path.name), (option.font, quiet, line + 2, str(path.parent))):
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetrics(font).elidedText(value, Qt.TextElideMode.ElideMiddle, rect.width())
            painter.drawText(rect.adjusted(0, top, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             elided)
        painter.restore()


class RecentList(QListWidget):
    """The recent projects; Enter opens the current one without also pressing the dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class WelcomeView(QDialog):
    """Over the editor: where to start. It closes once a choice has opened something, and stays on cancel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.editor, self.files = window, window.files
        self.setObjectName("welcome_view")
        self.setWindowTitle(self.tr("Welcome to ShotGraph"))
        self.setAccessibleName(self.tr("Welcome to ShotGraph"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(18)
        layout.addLayout(self._header())
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._start_column(), 3)
        body.addLayout(self._recent_column(), 2)
        layout.addLayout(body, 1)
        layout.addLayout(self._footer())
        self.demo_button.setFocus()
        self.resize(820, 520)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        icon = QLabel(self)
        icon.setPixmap(shotgraph_icon().pixmap(80, 80))
        icon.setAccessibleName(self.tr("ShotGraph icon"))
        title = QLabel(self.tr("Welcome to ShotGraph"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        description = QLabel(self.tr("Plan the shots of your vertical micro-drama as a graph — live, AI or "
                                     "hybrid — from the script to the storyboard, the schedule and the call sheet."),
                             self)
        description.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addStretch(1)
        texts.addWidget(title)
        texts.addWidget(description)
        texts.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(18)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(texts, 1)
        return header

    def _start_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self._heading(self.tr("Start")))
        self.demo_button = self._button(
            self.tr("&Explore the demo project"), self.tr("Explore the demo project"),
            self.tr("A two-episode micro-drama with storyboard frames, to try everything safely."), "welcome_demo")
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.new_button = self._button(self.tr("&New project"), self.tr("New project"),
                                       self.tr("An empty project with one episode and one scene."), "welcome_new")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button = self._button(self.tr("&Open…"), self.tr("Open a project"),
                                        self.tr("A ShotGraph project (.shotgraph) on your computer."), "welcome_open")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.shotlist_button = self._button(
            self.tr("Import a &shot list…"), self.tr("Import a shot list"),
            self.tr("A CSV, TSV, TXT or Excel shot list becomes a new project."), "welcome_import_shotlist")
        self.shotlist_button.clicked.connect(self._on_shotlist_button_clicked)
        self.script_button = self._button(
            self.tr("Import a s&cript…"), self.tr("Import a script"),
            self.tr("A Fountain, Word or Chinese script becomes a first shot graph."), "welcome_import_script")
        self.script_button.clicked.connect(self._on_script_button_clicked)
        for button in (self.demo_button, self.new_button, self.open_button, self.shotlist_button, self.script_button):
            column.addWidget(button)
        column.addStretch(1)
        return column

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _button(self, text: str, name: str, description: str, object_name: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setIcon(arrow_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        return button

    def _recent_column(self) -> QVBoxLayout:
        self.recent_list = RecentList(self)
        self.recent_list.setObjectName("welcome_recent")
        self.recent_list.setAccessibleName(self.tr("Recent projects"))
        self.recent_list.setAccessibleDescription(self.tr("Double-click or press Enter to open a project."))
        self.recent_list.setItemDelegate(RecentDelegate(self.recent_list))
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        heading = self._heading(self.tr("&Recent projects"))
        heading.setBuddy(self.recent_list)
        self.no_recent = QLabel(self.tr("No recent projects yet. The projects you open or save appear here."), self)
        self.no_recent.setWordWrap(True)
        self.no_recent.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(self.recent_list, 1)
        column.addWidget(self.no_recent, 1)
        return column

    def _footer(self) -> QHBoxLayout:
        self.startup_box = QCheckBox(self.tr("Show at s&tartup"), self)
        self.startup_box.setAccessibleName(self.tr("Show the welcome at startup"))
        self.startup_box.setChecked(shown_at_startup())
        self.startup_box.toggled.connect(self._on_startup_box_toggled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the welcome"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.startup_box)
        footer.addStretch(1)
        footer.addWidget(buttons)
        return footer

    def refresh(self) -> None:
        """List the recent projects as they are now (name, then folder)."""
        self.recent_list.clear()
        for path in recent.recent_files():
            item = QListWidgetItem(self.tr("{name} in {folder}").format(name=path.name, folder=path.parent))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the arrows when the appearance switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            icon = arrow_icon(self.palette().color(QPalette.ColorRole.ButtonText))
            for button in self.findChildren(QCommandLinkButton):
                button.setIcon(icon)

    # -- choices --------------------------------------------------------------------------

    def _finish(self, done: bool) -> None:
        """Close once the choice opened something; a cancelled or failed one leaves the welcome up."""
        if done:
            self.accept()
        else:
            self.refresh()

    def _on_demo_button_clicked(self) -> None:
        demo = demo_project_path()
        self._finish(_same_file(self.editor.path, demo) or self.files.open_file(demo))

    def _on_new_button_clicked(self) -> None:
        self._finish(self.files.new_project())

    def _on_open_button_clicked(self) -> None:
        self._finish(self.files.choose_and_open())

    def _on_shotlist_button_clicked(self) -> None:
        self._finish(self.files.choose_and_import_shotlist())

    def _on_script_button_clicked(self) -> None:
        self._finish(self.files.scripts.choose_and_import())

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self._finish(self.files.open_recent(Path(str(item.data(Qt.ItemDataRole.UserRole)))))

    def _on_startup_box_toggled(self, checked: bool) -> None:
        QSettings().setValue(SHOW_AT_STARTUP_KEY, checked)


def show_welcome(window: MainWindow) -> WelcomeView:
    """Show the welcome view over ``window`` (the same one again if it was shown before), recent list refreshed."""
    view = window.findChild(WelcomeView)
    if view is None:
        view = WelcomeView(window)
    view.refresh()
    view.open()
    view.raise_()
    view.activateWindow()
    return view


def install_welcome_action(window: MainWindow) -> QAction:
    """Put Help ▸ Welcome first in the window's Help menu."""
    action = QAction(QCoreApplication.translate("WelcomeView", "&Welcome"), window)
    action.setObjectName("welcome_action")
    action.triggered.connect(lambda: show_welcome(window))
    actions = window.help_menu.actions()
    if actions:
        window.help_menu.insertAction(actions[0], action)
    else:
        window.help_menu.addAction(action)
    return action
