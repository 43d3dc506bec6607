"""Issue 9: every dialog of the application, with demo data, has named controls, a full focus chain
without traps, closes on Esc and confirms on Enter."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from a11y_tools import (
    focus_traps,
    invisible_focus,
    mnemonic_clashes,
    skipped_by_focus_chain,
    unnamed_controls,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox, QPushButton

import mtk_admin_desktop.ui as ui_package
from mtk_admin_desktop.demo import populate


def all_dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in a module under ``mtk_admin_desktop.ui``."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[cls.__name__] = cls
    # A base shared by several dialogs (AskBeforeDiscard) is walked through the dialogs built on it.
    bases = {base for cls in found.values() for base in cls.__mro__[1:]}
    return {name: cls for name, cls in found.items() if cls not in bases}


def _csv(context: Any, tmp_path: Path) -> Path:
    path = tmp_path / "plan.csv"
    context.planning.export_csv(path)
    return path


def _screenshot() -> QImage:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    return image


# How to build each dialog with demo data; a dialog added later without an entry here fails the test.
FACTORIES: dict[str, Callable[[Any, Path], QDialog]] = {
    "PostEditorDialog": lambda c, t: _cls("PostEditorDialog")(c),
    "CsvImportDialog": lambda c, t: _cls("CsvImportDialog")(c, _csv(c, t)),
    "CrisisDialog": lambda c, t: _cls("CrisisDialog")(c),
    "HelpDialog": lambda c, t: _cls("HelpDialog")(),
    "RegionSelector": lambda c, t: _cls("RegionSelector")(_screenshot()),
    "EntryDialog": lambda c, t: _cls("EntryDialog")(c),
    "SettingsDialog": lambda c, t: _cls("SettingsDialog")(c),
    "RoleDialog": lambda c, t: _cls("RoleDialog")(),
    "ReviewDialog": lambda c, t: _cls("ReviewDialog")(None, "Test Testesen"),
    "YearlyListDialog": lambda c, t: _cls("YearlyListDialog")(None, 2026),
    "ConflictsDialog": lambda c, t: _cls("ConflictsDialog")(c),
    "ArchiveExportDialog": lambda c, t: _cls("ArchiveExportDialog")(c),
    "JournalDialog": lambda c, t: _cls("JournalDialog")("Innlegg 12. mars"),
    "ScreeningDialog": lambda c, t: _cls("ScreeningDialog")("Innlegg 12. mars"),
}


def _cls(name: str) -> type[QDialog]:
    return all_dialog_classes()[name]


@pytest.fixture(scope="module")
def dialog_names() -> list[str]:
    return sorted(all_dialog_classes())


def test_every_dialog_of_the_application_is_walked() -> None:
    assert set(all_dialog_classes()) == set(FACTORIES)


@pytest.fixture
def demo_context(context):
    populate(context)
    return context


def _open(qtbot, demo_context, tmp_path: Path, name: str) -> QDialog:
    dialog = FACTORIES[name](demo_context, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_dialog_controls_are_named_reachable_and_no_editor_traps_focus(
    qtbot, demo_context, tmp_path, name
) -> None:
    dialog = _open(qtbot, demo_context, tmp_path, name)
    assert unnamed_controls(dialog) == []
    assert skipped_by_focus_chain(dialog) == []
    assert focus_traps(dialog) == []


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_esc_closes_the_dialog(qtbot, demo_context, tmp_path, name) -> None:
    dialog = _open(qtbot, demo_context, tmp_path, name)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isHidden()
    assert dialog.result() == QDialog.DialogCode.Rejected


def _confirm_button(dialog: QDialog) -> QAbstractButton | None:
    """The button Enter should press: the button box's accept (or, without one, close) button."""
    for box in dialog.findChildren(QDialogButtonBox):
        for role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
                     QDialogButtonBox.ButtonRole.RejectRole):
            buttons = [b for b in box.buttons() if box.buttonRole(b) == role and b.isVisible()]
            if buttons:
                return buttons[0]
    return None


@pytest.mark.parametrize("name", sorted(set(FACTORIES) - {"RegionSelector"}))
def test_enter_presses_the_confirm_button(qtbot, demo_context, tmp_path, name) -> None:
    dialog = _open(qtbot, demo_context, tmp_path, name)
    button = _confirm_button(dialog)
    assert isinstance(button, QPushButton), f"{name} has no confirm button"
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    if button.isEnabled():
        # Enter from the dialog's first field (where the user starts typing) reaches the default button.
        start = dialog.focusWidget() or dialog
        qtbot.keyClick(start, Qt.Key.Key_Return)
        assert pressed, f"Enter in {name} (focus on {type(start).__name__}) did not press {button.text()!r}"
    else:
        # Disabled until the form is complete: it must still be the default, so Enter works then.
        assert button.isDefault() or button.autoDefault()


def test_region_selector_enter_keeps_the_whole_image(qtbot, demo_context, tmp_path) -> None:
    dialog = _open(qtbot, demo_context, tmp_path, "RegionSelector")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("code", ["en", "nb", "nn"])
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_no_two_controls_of_a_dialog_share_a_mnemonic(
    qtbot, demo_context, tmp_path, language, name, code
) -> None:
    language(code)
    dialog = _open(qtbot, demo_context, tmp_path, name)
    assert mnemonic_clashes(dialog) == []


@pytest.mark.parametrize("name", sorted(set(FACTORIES) - {"RegionSelector"}))
def test_focus_is_visible_in_every_dialog(qtbot, demo_context, tmp_path, name) -> None:
    dialog = _open(qtbot, demo_context, tmp_path, name)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    visited, invisible = invisible_focus(qtbot, dialog)
    assert visited >= 1
    assert invisible == []
