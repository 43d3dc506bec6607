"""Accessibility checks shared by the issue-9 tests: accessible names and the focus chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QAbstractSlider)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name (own name, buddy label or button text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def _internal(widget: QWidget) -> bool:
    """Qt's own sub-widgets (a spin box's line edit, a tab bar's scroll buttons, scroll bars)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)) or (
        parent is not None and parent.objectName().startswith("qt_"))


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Visible, enabled, keyboard-focusable controls below ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _internal(widget):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r}) in " \
           f"{type(widget.window()).__name__}/{type(widget.parentWidget()).__name__}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could only call 'button' or 'edit'."""
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w)]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from ``root``'s first control, until it cycles."""
    window = root.window()
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if id(widget) in seen:
            break
        seen.add(id(widget))
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window)
                and widget.isEnabled()):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def skipped_by_focus_chain(root: QWidget) -> list[str]:
    """Controls below ``root`` that Tab never reaches."""
    reachable = {id(w) for w in focus_chain(root)}
    return [describe(w) for w in interactive_widgets(root) if id(w) not in reachable]


def focus_traps(root: QWidget) -> list[str]:
    """Controls that swallow Tab: text editors that insert a tab, tables that walk their cells with it
    (a table of 200 rows would take 1,000 presses to leave; arrow keys move between cells anyway)."""
    return [describe(w) for w in interactive_widgets(root)
            if (isinstance(w, (QTextEdit, QPlainTextEdit)) and not w.tabChangesFocus() and not w.isReadOnly())
            or (isinstance(w, QAbstractItemView) and w.tabKeyNavigation())]


def announced_names(widget: QWidget) -> set[str]:
    """Every name a screen reader may announce for ``widget``: its own name and its labels' texts.

    On Linux Qt reports a combo box's current text as its name and its label through the
    "labelled by" relation, so a label is found either way.
    """
    names = {accessible_name(widget), (widget.accessibleName() or "").strip()}
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None:
        for other, _relation in iface.relations(QAccessible.Relation.Label):
            if other is not None:
                names.add(other.text(QAccessible.Text.Name).replace("&", "").strip())
    return {n.rstrip(":").strip() for n in names if n}


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Letters used as the Alt mnemonic by two visible controls of one window (Alt would only cycle)."""
    from PySide6.QtWidgets import QLabel

    seen: dict[str, str] = {}
    clashes = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _internal(widget):
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is None:
                continue
        elif not isinstance(widget, QAbstractButton):
            continue
        text = widget.text().replace("&&", "")
        at = text.find("&")
        if at < 0 or at + 1 >= len(text):
            continue
        letter = text[at + 1].lower()
        if letter in seen:
            clashes.append(f"Alt+{letter}: {seen[letter]!r} and {text!r}")
        else:
            seen[letter] = text
    return clashes


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose one-line text is wider than the room they got (cut off)."""
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QRadioButton

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1 or _internal(widget):
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText or not widget.text():
                continue
            if widget.text().startswith("<") or "\n" in widget.text():
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            if not widget.text():
                continue
            # The style's own size for this text: less room than that cuts it.
            room = widget.width() - (widget.sizeHint().width() - widget.fontMetrics().horizontalAdvance(
                widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
        else:
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = widget.fontMetrics().horizontalAdvance(text)
        if need > room + 1:
            found.append(f"{describe(widget)}: needs {need}px, has {room}px")
    return found


def render_at_scale(out_dir: str) -> int:
    """Render every tab and the main dialogs in bokmål (run with QT_SCALE_FACTOR=2); print clipped texts.

    Run in a subprocess of its own: the scale factor is read once, when the application starts.
    """
    import os
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.demo import populate
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog
    from mtk_admin_desktop.ui.main_window import MainWindow
    from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog
    from mtk_admin_desktop.ui.register.register_dialogs import RoleDialog
    from mtk_admin_desktop.ui.screen_fit import screen_of
    from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    i18n.install("nb", app)
    large = os.environ.get("MTK_A11Y_FONT_PT")
    if large:  # a large system font instead of (or with) scaling
        font = app.font()
        font.setPointSizeF(float(large))
        app.setFont(font)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    context = AppContext.open(Path(tempfile.mkdtemp()), credentials=MemoryCredentials())
    context.settings.set("user.name", "Kari Nordbø")
    populate(context)
    problems = 0
    window = MainWindow(context)
    window.showMaximized()
    window.resize(screen_of(window).availableGeometry().size())

    def shoot(widget: QWidget, name: str) -> None:
        nonlocal problems
        for _ in range(5):
            app.processEvents()
        if out_dir != "-":
            widget.grab().save(str(out / f"scale200-{name}.png"))
        for line in clipped_texts(widget):
            problems += 1
            print(f"{name}: {line}")
        room = screen_of(widget).availableGeometry()
        if widget.width() > room.width() or widget.height() > room.height():
            problems += 1
            print(f"{name}: {widget.width()}x{widget.height()} does not fit the screen's {room.width()}x"
                  f"{room.height()}")

    for index, name in enumerate(("i-dag", "sider", "planlegging", "moderering", "arkiv")):
        window.tabs.setCurrentIndex(index)
        shoot(window, name)
    dialogs = (("innlegg", PostEditorDialog(context, parent=window)),
               ("moderering-oppforing", EntryDialog(context, window)),
               ("arkiv-eksport", ArchiveExportDialog(context, parent=window)),
               ("innstillinger", SettingsDialog(context, window)),
               ("rolle", RoleDialog(window)))
    for name, dialog in dialogs:
        dialog.show()
        shoot(dialog, name)
        dialog.close()
    window.close()
    context.close()
    return problems


if __name__ == "__main__":
    import sys

    raise SystemExit(1 if render_at_scale(sys.argv[1] if len(sys.argv) > 1 else "-") else 0)


def invisible_focus(qtbot, root: QWidget) -> tuple[int, list[str]]:
    """Walk ``root`` with Tab; the controls that look the same with and without the focus.

    Real Tab presses, not setFocus(): styles draw the focus frame only after keyboard navigation.
    Returns how many controls were compared, and the ones whose focus could not be seen.
    """
    from PySide6.QtWidgets import QApplication

    invisible: list[str] = []
    visited = 0
    for _ in range(len(focus_chain(root)) + 5):
        start = QApplication.focusWidget() or root
        qtbot.keyClick(start, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not (widget is root or root.isAncestorOf(widget)):
            continue
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)  # move on, then look at it again without the focus
        if QApplication.focusWidget() is widget:
            continue
        visited += 1
        # A dialog's default button keeps its highlight without the focus (Enter presses it either way).
        from PySide6.QtWidgets import QDialog, QPushButton

        if isinstance(widget, QPushButton) and widget.isDefault() and isinstance(widget.window(), QDialog):
            continue
        if widget.grab().toImage() == focused:
            invisible.append(describe(widget))
        qtbot.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    return visited, invisible
