"""The interface language: English or Simplified Chinese, chosen in Preferences or taken from the system.

The Chinese texts live in ``resources/translations/shotgraph_zh_CN.qm`` (made by ``make translations``
from the ``.ts`` file translators edit); Qt's own dialogs and buttons use Qt's qtbase translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QUndoStack

from shotgraph.resources import resource

from .edit_labels import edit_label

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("system", "en", "zh_CN")
"""The system's language (Chinese for any Chinese locale, else English), English, Simplified Chinese."""

_installed: list[QTranslator] = []
_language = "en"


class _ShotGraphTranslator(QTranslator):
    """Finds texts lupdate filed without a context (module-level ``tr`` helpers) under any context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        return found or super().translate("", source, disambiguation, n) or None


def translation_file(language: str = "zh_CN") -> Path:
    """The compiled ShotGraph translation for ``language``."""
    return resource("translations", f"shotgraph_{language}.qm")


def language_setting() -> str:
    value = QSettings().value(LANGUAGE_KEY, "system")
    return value if value in LANGUAGES else "system"


def resolve_language(choice: str) -> str:
    """"en" or "zh_CN" for a setting; "system" follows the system locale's language."""
    if choice in ("en", "zh_CN"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    """The language the interface shows now ("en" until a translation is installed)."""
    return _language


def install_language(choice: str) -> str:
    """Show every text made from now on in ``choice``'s language; returns "en" or "zh_CN"."""
    global _language
    app = QCoreApplication.instance()
    assert app is not None, "translators are installed on a running application"
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    language = resolve_language(choice)
    if language != "en":
        _installed.extend(_load_translators(app, language))
    for translator in _installed:
        app.installTranslator(translator)
    _language = language if _installed else "en"
    return _language


def _load_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """ShotGraph's own texts and Qt's (buttons, standard dialogs) in ``language``, those that exist."""
    own, qt = _ShotGraphTranslator(app), QTranslator(app)
    loaded = [own.load(str(translation_file(language))),
              qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    return [translator for translator, ok in zip((own, qt), loaded, strict=True) if ok]


def retranslate_undo_stack(stack: QUndoStack) -> None:
    """Name the edits already on the stack in the language now installed."""
    for index in range(stack.count()):
        command = stack.command(index)
        edit = getattr(command, "edit", None)
        if edit is not None:
            command.setText(edit_label(edit))
