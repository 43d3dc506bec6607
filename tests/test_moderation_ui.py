"""The Moderering tab as a user meets it: the form, paste, capture, region selector, log, detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication
from test_moderation_log import deletion, make_page

from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog
from mtk_admin_desktop.ui.moderation.log_model import COL_ARCHIVE, COL_GROUND, COL_TEXT, ModerationLogModel
from mtk_admin_desktop.ui.moderation.moderation_page import ModerationPage
from mtk_admin_desktop.ui.moderation.region_selector import RegionSelector

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)


def comment_image(width: int = 300, height: int = 120) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(10, 10, 100, 40, QColor("#3050a0"))
    painter.fillRect(150, 60, 100, 40, QColor("#a03050"))
    painter.end()
    return image


@pytest.fixture
def page(qtbot, context):
    make_page(context)
    widget = ModerationPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_log_model_passes_qtmodeltester(qtmodeltester, context):
    page_id = make_page(context)
    context.moderation.add_entry(deletion(page_id, comment_text="x\x00y \u202eevil"))
    context.moderation.add_entry(
        deletion(page_id, action="hidden", ground=None, comment_text="", screenshots=["a" * 64])
    )
    model = ModerationLogModel()
    entries = context.moderation.entries()
    model.set_entries(
        entries,
        {page_id: "Hovedside"},
        {e.id: context.moderation.archive_status(e.id) for e in entries},
        set(),
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    texts = [model.data(model.index(r, COL_TEXT)) for r in range(2)]
    assert any("␀" in t and "<U+202E>" in t for t in texts)
    assert any("1" in t for t in texts)  # the screenshot-only entry says how many images


def test_r13_register_deletion_with_pasted_screenshot_as_a_user_would(qtbot, page, context, language):
    """Ctrl+N, fill in, paste a screenshot, save: the log shows the entry "to be archived"."""
    language("nb")
    QGuiApplication.clipboard().setImage(comment_image())
    seen: dict[str, object] = {}

    def act() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, EntryDialog) and w.isVisible()
        )
        seen["dialog"] = dialog
        dialog.page_combo.setCurrentIndex(dialog.page_combo.findText("Midt-Telemark kommune"))
        qtbot.keyClicks(dialog.author_edit, "Ola Sint")
        dialog.text_edit.setFocus()
        qtbot.keyClicks(dialog.text_edit, "Rådmannen er en idiot ")
        dialog.text_edit.insertPlainText("😡")  # pasted: QTest cannot type characters beyond the BMP
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("deleted"))
        # Deleting without a ground is refused: Save stays disabled and the rule is shown.
        seen["blocked"] = not dialog.save_button.isEnabled()
        seen["finding"] = dialog.findings_list.item(0).text()
        dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("personangrep"))
        qtbot.keyClicks(dialog.justification_edit, "Personangrep")
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
        seen["shots"] = dialog.shot_list.count()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    page.primary_action()  # the real ask(): returns when the dialog is closed
    assert seen["blocked"] is True
    assert "R13" in str(seen["finding"]) and "personangrep" in str(seen["finding"]).lower()
    assert seen["shots"] == 1
    entries = context.moderation.entries()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.ground == "personangrep" and entry.comment_text == "Rådmannen er en idiot 😡"
    assert len(entry.screenshots) == 1
    stored = QImage(str(context.moderation.screenshot_path(entry.screenshots[0])))
    assert stored.size() == comment_image().size()
    assert stored.pixelColor(20, 20) == QColor("#3050a0")
    row = page.model.row_of(entry.id)
    assert row == 0
    assert page.model.data(page.model.index(row, COL_ARCHIVE)) == "Skal arkiveres"
    assert page.model.data(page.model.index(row, COL_GROUND)) == "Personangrep"
    assert page.selected_id() == entry.id
    assert len(page.detail.screenshot_labels) == 1
    assert page.detail.screenshot_labels[0].pixmap().size() == stored.size()  # full size


def test_r7_5_capture_of_blank_screen_is_refused_and_offers_paste(qtbot, page, context, monkeypatch):
    """The offscreen platform grabs nothing: say so, never keep a blank image, and come back."""
    from mtk_admin_desktop.ui.moderation import screen_capture

    monkeypatch.setattr(screen_capture.ScreenCapturer, "SETTLE_MS", 10)
    dialog = EntryDialog(context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    blank = QImage(200, 100, QImage.Format.Format_RGB32)
    blank.fill(QColor("black"))
    from PySide6.QtGui import QPixmap, QScreen

    monkeypatch.setattr(QScreen, "grabWindow", lambda self, *a: QPixmap.fromImage(blank))
    hidden_during = []
    monkeypatch.setattr(
        screen_capture,
        "grab_screen",
        _spy(screen_capture.grab_screen, lambda: hidden_during.append(dialog.isVisible())),
    )
    dialog.capture_screen()
    qtbot.waitUntil(lambda: dialog.capture_message.isVisible(), timeout=5000)
    assert hidden_during == [False]  # the form was out of the picture when the grab was taken
    assert dialog.isVisible()
    assert dialog.shot_list.count() == 0
    assert "paste" in dialog.capture_message.text().lower()
    assert context.store.rows("screenshots") == []


def _spy(fn, before):
    def wrapped(*args, **kwargs):
        before()
        return fn(*args, **kwargs)

    return wrapped


def test_r7_5_capture_then_region_is_kept(qtbot, page, context, monkeypatch):
    from PySide6.QtGui import QPixmap, QScreen

    from mtk_admin_desktop.ui.moderation import entry_dialog, screen_capture

    monkeypatch.setattr(screen_capture.ScreenCapturer, "SETTLE_MS", 10)
    monkeypatch.setattr(QScreen, "grabWindow", lambda self, *a: QPixmap.fromImage(comment_image()))
    monkeypatch.setattr(
        entry_dialog.RegionSelector,
        "ask",
        classmethod(lambda cls, image, screen=None, parent=None: image.copy(QRect(150, 60, 100, 40))),
    )
    dialog = EntryDialog(context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capture_screen()
    qtbot.waitUntil(lambda: dialog.shot_list.count() == 1, timeout=5000)
    assert dialog.grabs[0].image.pixelColor(5, 5) == QColor("#a03050")
    assert dialog.grabs[0].image.size().width() == 100


def test_paste_without_image_and_bad_file_say_so(qtbot, page, context, tmp_path):
    dialog = EntryDialog(context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    # setText, not setMimeData(QMimeData()): the clipboard owns mime data it is given, and the
    # Python wrapper freeing it too crashed the test process at exit.
    QGuiApplication.clipboard().setText("bare tekst")
    dialog.paste_image()
    assert dialog.capture_message.isVisible() and dialog.shot_list.count() == 0
    (tmp_path / "x.png").write_bytes(b"not really a png")
    dialog.add_file(str(tmp_path / "x.png"))
    assert "x.png" in dialog.capture_message.text()
    assert dialog.shot_list.count() == 0


def test_region_selector_keyboard_and_mouse(qtbot):
    image = comment_image()
    selector = RegionSelector(image)
    qtbot.addWidget(selector)
    selector.resize(image.size())
    selector.show()
    qtbot.keyClick(selector, Qt.Key.Key_Return)
    assert selector.result_image is not None and selector.result_image.size() == image.size()

    cancelled = RegionSelector(image)
    qtbot.addWidget(cancelled)
    cancelled.resize(image.size())
    cancelled.show()
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    assert cancelled.result_image is None

    dragged = RegionSelector(image)
    qtbot.addWidget(dragged)
    dragged.resize(image.size())
    dragged.show()
    qtbot.mousePress(dragged, Qt.MouseButton.LeftButton, pos=QPoint(150, 60))
    qtbot.mouseMove(dragged, QPoint(200, 80))
    qtbot.mouseRelease(dragged, Qt.MouseButton.LeftButton, pos=QPoint(250, 100))
    assert dragged.result_image is not None
    assert dragged.result_image.size().width() == 100 and dragged.result_image.size().height() == 40
    assert dragged.result_image.pixelColor(0, 0) == QColor("#a03050")

    keys = RegionSelector(image)
    qtbot.addWidget(keys)
    keys.resize(image.size())
    keys.show()
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # keyboard alone marks a region…
    qtbot.keyClick(keys, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    assert keys.result_image is not None
    assert keys.result_image.width() == image.width() // 2 - 10


def test_r13_correction_keeps_both_and_detail_links_them(qtbot, page, context, monkeypatch):
    page_id = make_page(context)
    first = context.moderation.add_entry(deletion(page_id, ground="navngir_tredjepersoner")).entry_id
    page.refresh()
    page.select_entry(first)

    def fake_ask(cls, ctx, parent=None, corrects=None):
        dialog = cls(ctx, parent, corrects)
        assert dialog.text_edit.toPlainText() == "Rådmannen er en idiot"
        dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("personangrep"))
        dialog.save()
        return dialog.saved_id

    monkeypatch.setattr(EntryDialog, "ask", classmethod(fake_ask))
    page.correct_selected()
    assert page.model.rowCount() == 2
    second = page.selected_id()
    assert second != first and context.moderation.entry(second).corrects_id == first
    page.select_entry(first)
    assert "(corrected)" in page.model.data(page.model.index(page.model.row_of(first), 0))


def test_r13_verify_from_the_tab_names_a_tampered_entry(qtbot, page, context):
    page_id = make_page(context)
    entry_id = context.moderation.add_entry(deletion(page_id)).entry_id
    context.store.db.execute("UPDATE moderation_entries SET comment_text = 'x' WHERE id = ?", [entry_id])
    page.verify()
    qtbot.waitUntil(lambda: page.last_verification is not None, timeout=10000)
    assert page.last_verification.failed_ids() == [entry_id]
    assert entry_id[:8] in page.verify_label.text()


def test_filters_and_counts(qtbot, page, context):
    page_id = make_page(context)
    context.moderation.add_entry(deletion(page_id))
    context.moderation.add_entry(deletion(page_id, action="reported", ground=None, comment_text="spam spam"))
    page.refresh()
    assert page.model.rowCount() == 2
    page.ground_filter.setCurrentIndex(page.ground_filter.findData("none"))
    assert page.model.rowCount() == 1
    page.ground_filter.setCurrentIndex(0)
    page.search_edit.setText("SPAM")
    assert page.model.rowCount() == 1
    page.search_edit.clear()
    page.archive_filter.setCurrentIndex(page.archive_filter.findData("pending"))
    assert page.model.rowCount() == 1
    assert ": 1" in page.counts_label.text()
