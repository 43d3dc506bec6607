"""Words and keys (issue 17): every visible string is in the catalogues, in bokmål and nynorsk.

The catalogue check (tools/i18n.py check) only sees strings the translation tool finds; a string built
inside an f-string (the Help headings, "Open the visual profile") was in no catalogue and showed in
English under bokmål. Here every tab and every dialog is opened in English and in nb/nn, and what it shows
is compared: a text shown the same in English and Norwegian that is English words (not a name, a number
or data), or a catalogue's English source shown untranslated, fails the test. Dates are dd.mm.åååå.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from test_a11y_dialogs import FACTORIES

pytestmark = pytest.mark.today

ROOT = Path(__file__).resolve().parent.parent

#: Words that are the same in English and Norwegian, names and codes: not untranslated text.
SAME_IN_BOTH = {
    "ok", "facebook", "instagram", "linkedin", "youtube", "x", "twitter", "snapchat", "tiktok", "telegram",
    "csv", "pdf", "pdf/a", "zip", "ics", "url", "status", "logo", "e-post", "english", "norsk bokmål",
    "norsk nynorsk", "fiks arkiv", "sha-256", "ed25519", "midt-telemark kommune", "kommunedirektør",
    "nettredaktør", "kriseledelsen", "kommunikasjon", "mtk admin desktop", "noark", "…", "r11",
}
_NAMEISH = re.compile(
    r"^[\W\d_]*$|^R\d+(\.\d+)?\b|^https?://|^www\.|@|\.(png|pdf|csv|ics|zip)$|^[\w.-]+\.(no|com|org)\b", re.I
)
#: English function words: a text containing two of them reads as English.
_ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|was|not|this|with|from|by|on|in|an|be|or|as|it|has|have|open|"
    r"save|cancel|add|remove|choose|new|edit|page|pages|post|posts|week|month|list|today|settings|"
    r"help|advice|things|remember|access|changes|visual|profile|review|reviews|roles|details)\b",
    re.I,
)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    out = []
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(model.columnCount(QModelIndex())):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                out.append(value)
    return out


def visible_texts(root: QWidget) -> set[str]:
    """The interface's own words in ``root``: labels, buttons, titles, tabs, menus, headers, tooltips."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextBrowser):
            texts += [block for block in widget.toPlainText().split("\n")]
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                texts.append(action.text())
                menu = action.menu()
                if menu is not None:
                    texts += [a.text() for a in menu.actions()]
        if isinstance(widget, QTableView | QTreeView):
            texts += _model_texts(widget.model())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return {t for t in (_plain(x) for x in texts) if t}


def catalogue_sources() -> dict[str, set[str]]:
    """English source texts (without mnemonics) whose bokmål or nynorsk translation differs."""
    out: dict[str, set[str]] = {"nb": set(), "nn": set()}
    for lang in out:
        for ts in (ROOT / "i18n").glob(f"*_{lang}.ts"):
            if ts.name.startswith("qtbase"):
                continue
            for message in ET.parse(ts).getroot().iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                words = "".join(translation.itertext()) if translation is not None else ""
                if "{" not in source and "%" not in source and _plain(words) != _plain(source):
                    out[lang].add(_plain(source))
    return out


def untranslated(english: set[str], norwegian: set[str], sources: set[str]) -> list[str]:
    """Texts shown in Norwegian that are English: a known source untranslated, or English words that
    appear the same in the English interface."""
    bad = {t for t in norwegian if t in sources}
    for text in english & norwegian:
        low = text.lower().rstrip(":")
        if low in SAME_IN_BOTH or _NAMEISH.search(text) or len(text) < 3:
            continue
        if len(_ENGLISH.findall(text)) >= 1 and not re.search(r"[æøåÆØÅ]", text):
            bad.add(text)
    return sorted(bad)


def _window_texts(qtbot, context) -> set[str]:
    from mtk_admin_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page in window.pages:  # every tab built and filled
        page.refresh()
    texts = visible_texts(window)
    window.close()
    return texts


@pytest.fixture
def sources() -> dict[str, set[str]]:
    return catalogue_sources()


@pytest.fixture
def demo(context):
    from mtk_admin_desktop.demo import populate

    populate(context)
    return context


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_every_tab_speaks_norwegian(qtbot, demo, language, sources, lang) -> None:
    english = _window_texts(qtbot, demo)
    language(lang)
    norwegian = _window_texts(qtbot, demo)
    assert untranslated(english, norwegian, sources[lang]) == []


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_dialog_speaks_norwegian(qtbot, demo, language, sources, tmp_path, name, lang) -> None:
    def texts() -> set[str]:
        dialog = FACTORIES[name](demo, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        found = visible_texts(dialog)
        dialog.close()
        return found

    english = texts()
    language(lang)
    norwegian = texts()
    assert untranslated(english, norwegian, sources[lang]) == []


def test_the_checker_catches_an_english_heading(qtbot) -> None:
    """The test above can fail: an English heading in a Norwegian window is found."""
    label = QLabel("<h2>Good advice and things to remember</h2>")
    qtbot.addWidget(label)
    shown = visible_texts(label)
    assert untranslated(shown, shown, set()) == ["Good advice and things to remember"]
    assert untranslated(set(), {"Save"}, {"Save"}) == ["Save"]
