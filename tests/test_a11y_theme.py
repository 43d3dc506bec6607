"""Issue 9: colours follow the system palette (dark and high-contrast themes stay readable); the app's
own colours come only from ``ui/palette.py`` pairs, whose contrast ``test_a11y_contrast`` checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from test_a11y_dialogs import FACTORIES

from mtk_admin_desktop.demo import populate
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.main_window import MainWindow

UI = Path(__file__).resolve().parent.parent / "mtk_admin_desktop" / "ui"
COLOUR_LITERAL = re.compile(r"""#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*["'\d]|GlobalColor\.""")


def test_no_colour_is_hard_coded_outside_the_palette_module() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "palette.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if COLOUR_LITERAL.search(line.split("#", 1)[0] if line.lstrip().startswith("#") else line):
                if not line.lstrip().startswith("#"):
                    found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == [], "use a ui/palette.py pair or the system palette"


def dark_palette() -> QPalette:
    """A dark theme like the ones Windows and KDE ship (light text on near-black)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e1e1e", QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#121212", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#f0f0f0", QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#f0f0f0", QPalette.ColorRole.Highlight: "#3d8ee6",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.ToolTipBase: "#2d2d2d",
        QPalette.ColorRole.ToolTipText: "#f0f0f0", QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Mid: "#5a5a5a", QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


@pytest.fixture
def dark_theme(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


_RULE = re.compile(r"\{([^}]*)\}")


def style_problems(widget: QWidget) -> list[str]:
    """A style sheet that sets a text colour without its background (or the reverse) relies on the theme."""
    sheet = widget.styleSheet()
    if not sheet:
        return []
    blocks = _RULE.findall(sheet) or [sheet]
    problems = []
    for block in blocks:
        colour = re.search(r"(?<![-\w])color\s*:\s*([^;]+)", block)
        background = re.search(r"background(?:-color)?\s*:\s*([^;]+)", block)
        if colour and not background and "transparent" not in colour.group(1):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: colour without background")
        if colour and background and background.group(1).strip() != "transparent":
            ratio = palette.contrast_ratio(QColor(colour.group(1).strip()).name(),
                                           QColor(background.group(1).strip()).name())
            if ratio < 4.5:
                problems.append(f"{type(widget).__name__}: contrast {ratio:.2f} in {block.strip()!r}")
    return problems


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    if isinstance(value, (Qt.GlobalColor, str)):
        return QColor(value)
    return None


def model_problems(view: QAbstractItemView, window_palette: QPalette) -> list[str]:
    """Cells with their own text colour need their own background too, with 4.5:1 between them."""
    model = view.model()
    if model is None:
        return []
    problems = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(root), 60)):
        for column in range(columns):
            index = model.index(row, column)
            fg = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
            bg = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
            if fg is None and bg is None:
                continue
            fg = fg or window_palette.color(QPalette.ColorRole.Text)
            bg = bg or window_palette.color(QPalette.ColorRole.Base)
            ratio = palette.contrast_ratio(fg.name(), bg.name())
            if ratio < 4.5:
                problems.append(f"{type(model).__name__} ({row}, {column}): "
                                f"{fg.name()} on {bg.name()} = {ratio:.2f}")
    return problems


def theme_problems(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        problems += style_problems(widget)
        if isinstance(widget, QAbstractItemView):
            problems += model_problems(widget, widget.palette())
    return problems


def test_every_tab_is_readable_in_a_dark_theme(qtbot, context, dark_theme) -> None:
    populate(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        # Widgets shown only in some states (banners, error lines) are checked too: they exist already.
        problems += theme_problems(window.pages[index])
    assert problems == []


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_dialog_is_readable_in_a_dark_theme(qtbot, context, tmp_path, dark_theme, name) -> None:
    populate(context)
    dialog = FACTORIES[name](context, tmp_path)
    qtbot.addWidget(dialog)
    assert theme_problems(dialog) == []


def test_the_dark_theme_reaches_the_widgets(qtbot, context, dark_theme) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    base = window.pages[0].palette().color(QPalette.ColorRole.Base)
    assert base.name() == "#121212"
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == "#f0f0f0"
