"""Translations: which language to speak, compiling and loading the catalogues, translating Text.

The source strings are English. ``i18n/<area>_<lang>.ts`` hold the translations per area (so the areas'
catalogues are maintained independently); they are compiled to ``.qm`` beside them. Bokmål is the
default; Qt's own ``qtbase`` catalogue is loaded for nynorsk, and our small ``qtbase_nb.ts`` gives Qt's
standard buttons and dialogs in bokmål, which Qt itself does not ship.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mtk_admin_desktop.domain.tr import Text
from mtk_admin_desktop.paths import i18n_dir

SUPPORTED = ("nb", "nn", "en")
_installed: list[QTranslator] = []
_current = "en"


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to use for a setting of ``system``/``nb``/``nn``/``en``.

    ``system`` follows the computer where it says nynorsk, bokmål or English (legacy ``no`` is bokmål);
    any other system language gives bokmål, the municipality's working language.
    """
    if setting in SUPPORTED:
        return setting
    locale = system_locale or QLocale.system()
    name = locale.name().split("_")[0].lower()
    if name == "nn":
        return "nn"
    if name == "en":
        return "en"
    return "nb"


def lrelease_path() -> str | None:
    """The ``lrelease`` that comes with PySide6, if this is not a frozen bundle."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    candidate = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return str(candidate) if candidate.exists() else None


def compile_catalogues(directory: Path | None = None, force: bool = False) -> list[Path]:
    """Compile every ``.ts`` in ``directory`` whose ``.qm`` is missing or older; returns the ``.qm`` made."""
    directory = directory or i18n_dir()
    made = []
    tool = lrelease_path()
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            break
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made.append(qm)
    return made


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Load the catalogues for ``language`` into the running application; returns the language used."""
    global _current
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = language
    if not getattr(sys, "frozen", False):
        try:
            compile_catalogues()
        except (OSError, subprocess.CalledProcessError):
            pass  # a read-only install: use the .qm files that are there
    QLocale.setDefault(QLocale(language if language != "en" else "en_GB"))
    if language == "en":
        return language
    files = sorted(i18n_dir().glob(f"*_{language}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    if language == "nn":
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", qt_dir):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> str:
    return _current


def tr_text(text: Text) -> str:
    """Translate a domain :class:`Text` into the installed language and fill its placeholders."""
    translated = QCoreApplication.translate(text.context, text.source)
    if text.params:
        # A placeholder's value may be a Text of its own (a reason inside a sentence): translated too.
        params = {k: tr_text(v) if isinstance(v, Text) else v for k, v in text.params.items()}
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.source.format(**params)
    return translated


def tr(context: str, source: str, **params: object) -> str:
    """``QCoreApplication.translate`` with ``{named}`` placeholders, for non-QObject code."""
    return tr_text(Text(context, source, dict(params)))
