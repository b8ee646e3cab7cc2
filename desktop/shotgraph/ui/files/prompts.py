"""Every question and message the File menu puts to the user, one small function each.

Tests replace these functions (monkeypatch) so that no dialog ever blocks them; the
controllers call them through this module, never by a copied name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shotgraph.core.io.shotlist import CellProblem

from .import_errors import ImportErrorsDialog

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


def _tr(text: str) -> str:
    """Translate in the empty context, where the catalogue tool files module-level ``_tr`` texts."""
    return QCoreApplication.translate("", text)


def ask_save_changes(parent: QWidget, name: str) -> str:
    """SAVE, DISCARD or CANCEL: what to do with unsaved work before it would be closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Unsaved changes"),
                      _tr("“{name}” has changes that are not saved.").format(name=name), parent=parent)
    box.setInformativeText(_tr("Save them before closing?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setAccessibleName(_tr("Unsaved changes"))
    box.exec()
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(box.standardButton(box.clickedButton()), CANCEL)


def recovery_box(parent: QWidget | None, name: str, saved_at: dt.datetime) -> QMessageBox:
    """The question offering autosaved work back after a crash (Restore or Discard)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Recover unsaved work"),
                      _tr("ShotGraph closed before “{name}” was saved.").format(name=name), parent=parent)
    box.setInformativeText(_tr("Work autosaved at {time} can be restored. Discarding deletes it for good.")
                           .format(time=saved_at.strftime("%Y-%m-%d %H:%M:%S")))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Discard)
    restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    restore.setAccessibleName(_tr("Restore the autosaved work"))
    box.setDefaultButton(restore)
    box.setAccessibleName(_tr("Recover unsaved work"))
    return box


def ask_restore(parent: QWidget | None, name: str, saved_at: dt.datetime) -> bool:
    """True to restore the autosaved work, False to discard it."""
    box = recovery_box(parent, name, saved_at)
    box.exec()
    return box.clickedButton() is box.defaultButton()


def ask_reload(parent: QWidget, path: Path) -> bool:
    """True to reload a project another program changed (losing ours), False to keep ours."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Changed on disk"),
                      _tr("{file} was changed by another program.").format(file=path), parent=parent)
    box.setInformativeText(_tr("Reload it and lose your changes, or keep yours (the next save overwrites it)?"))
    reload = box.addButton(_tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setAccessibleName(_tr("Changed on disk"))
    box.exec()
    return box.clickedButton() is reload


def overwrite_box(parent: QWidget | None, path: Path) -> QMessageBox:
    """The question when the file changed on disk since it was opened or saved: Overwrite, Save As… or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Changed on disk"),
                      _tr("{file} was changed by another program since you opened or saved it.").format(file=path),
                      parent=parent)
    box.setInformativeText(_tr("Overwrite their version with yours, save yours under another name, or cancel "
                               "and keep both as they are?"))
    overwrite = box.addButton(_tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite.setObjectName(OVERWRITE)
    save_as = box.addButton(_tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    save_as.setObjectName(SAVE_AS)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.setAccessibleName(_tr("Changed on disk"))
    return box


def ask_overwrite(parent: QWidget | None, path: Path) -> str:
    """OVERWRITE, SAVE_AS or CANCEL: what to do with a save that would replace someone else's version."""
    box = overwrite_box(parent, path)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in (OVERWRITE, SAVE_AS) else CANCEL


def ask_replace_read_only(parent: QWidget | None, path: Path) -> bool:
    """True to replace a read-only file anyway (it stays read-only), False to leave it alone."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Read-only file"),
                      _tr("{file} is read-only.").format(file=path), parent=parent)
    box.setInformativeText(_tr("Replace it anyway? It stays read-only. Cancel leaves it as it is; "
                               "you can then save under another name."))
    replace = box.addButton(_tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAccessibleName(_tr("Read-only file"))
    box.exec()
    return box.clickedButton() is replace


FILES_LISTED = 8
"""A question or a message names this many files, then counts the rest."""


def file_names(files: list[Path]) -> str:
    """``a.mp4, b.mp4 and 3 more``."""
    names = ", ".join(path.name for path in files[:FILES_LISTED])
    more = len(files) - FILES_LISTED
    return names if more <= 0 else _tr("{names} and {count} more").format(names=names, count=more)


def ask_replace_files(parent: QWidget, folder: Path, existing: list[Path]) -> bool:
    """True when the user agrees to replace the files an export would write over in ``folder``."""
    answer = QMessageBox.question(parent, _tr("Replace Files?"), _tr(
        "{folder} already holds {files}. Replace them?").format(folder=folder, files=file_names(existing)))
    return answer == QMessageBox.StandardButton.Yes


def say(parent: QWidget | None, title: str, text: str) -> None:
    """An information message with one OK button."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A failure the user must know about (a save or export that did not happen)."""
    QMessageBox.critical(parent, title, text)


def import_errors_box(parent: QWidget | None, path: Path, problems: list[CellProblem],
                      unlisted: int = 0) -> ImportErrorsDialog:
    return ImportErrorsDialog(path, problems, parent, unlisted)


def ask_lenient_import(parent: QWidget | None, path: Path, problems: list[CellProblem], unlisted: int = 0) -> bool:
    """Show each bad cell of a shot list (and how many more there are); True to import the rest anyway."""
    return import_errors_box(parent, path, problems, unlisted).exec() == ImportErrorsDialog.DialogCode.Accepted


def choose_project_to_open(parent: QWidget, start: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Open Project"), start, _tr("ShotGraph projects (*.shotgraph)"))
    return Path(name) if name else None


def choose_project_to_save(parent: QWidget, start: str) -> Path | None:
    kinds = _tr("ShotGraph projects (*.shotgraph)")
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save Project As"), start, kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".shotgraph" else path.with_name(path.name + ".shotgraph")


def choose_shotlist(parent: QWidget, start: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import Shot List"), start,
                                          _tr("Shot lists (*.csv *.tsv *.txt *.xlsx)"))
    return Path(name) if name else None


def choose_export_file(parent: QWidget, title: str, start: str, suffixes: tuple[str, ...]) -> Path | None:
    patterns = " ".join(f"*{suffix}" for suffix in suffixes)
    kinds = _tr("Export files ({patterns})").format(patterns=patterns)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + suffixes[0])
