"""The daily loop (issue 18): I dag, plan versus published, preview and copy, the archive's published URL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from test_archive_export import add_entry, add_page

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.planning import OSLO, format_planned, new_post, week_of
from mtk_admin_desktop.services.planning import PlanningError
from tests.helpers import oslo_in

pytestmark = pytest.mark.today
FB = "https://www.facebook.com/MidtTelemarkKommune/posts/pfbid0abc"


def _post(context, page_id: str, when: dt.datetime, **values) -> str:
    post = new_post(
        page_id=page_id,
        title=values.pop("title", "Vinterdrift"),
        text="Brøytinga starter.",
        responsible="Kari Nordbø",
        website={"mode": "planned"},
        planned_at=format_planned(when),
    )
    post.update(values)
    return context.planning.save_post(post)


def _png(tmp_path, name: str = "bilde.png"):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    path = tmp_path / name
    image.save(str(path))
    return path


# -- plan versus published ---------------------------------------------------------------------------


def test_r11_counts_published_for_past_days_and_planned_for_future(context) -> None:
    page = add_page(context)
    now = clock.now_oslo()
    monday = now.date() - dt.timedelta(days=now.date().weekday())
    yesterday_or_monday = dt.datetime.combine(monday, dt.time(9), OSLO) - dt.timedelta(days=7)
    last_week = week_of(yesterday_or_monday.date())
    a = _post(context, page, yesterday_or_monday)
    _post(context, page, yesterday_or_monday + dt.timedelta(hours=1))
    assert context.planning.quota(last_week).count == 0  # planned in the past, never published
    context.planning.mark_published(a, FB, yesterday_or_monday)
    assert context.planning.quota(last_week).count == 1
    stored = context.planning.post(a)
    assert stored["status"] == "publisert" and stored["published_url"] == FB
    future = dt.datetime.combine(monday + dt.timedelta(days=14), dt.time(10), OSLO)
    _post(context, page, future)
    assert context.planning.quota(week_of(future.date())).count == 1  # the future counts what is planned


def test_mark_published_refuses_what_is_not_a_facebook_post(context) -> None:
    page = add_page(context)
    post = _post(context, page, clock.now_oslo())
    with pytest.raises(PlanningError) as caught:
        context.planning.mark_published(post, "https://www.facebook.com/MidtTelemarkKommune")
    assert "not a post" in caught.value.text.english()
    assert context.planning.post(post)["published_url"] is None


def test_archive_post_item_carries_the_published_url_and_stays_valid(context, shared_dir) -> None:
    from mtk_admin_desktop.services.archive_xml import DocumentFile, arkivmelding_bytes, validate_with_xsd

    page = add_page(context)
    post = _post(context, page, clock.now_oslo(), archive_worthy=1, archive_reason="Viktig vedtak")
    context.planning.mark_published(post, FB)
    row = context.store.get("posts", post)
    pages = {p["id"]: p for p in context.store.rows("pages")}
    item = context.archive.build_item("post", row, context.store, pages)
    doc = DocumentFile(
        "items/1/dokument.pdf", "dokument.pdf", "Innlegg", "application/pdf", "0" * 64, 10, True
    )
    xml = arkivmelding_bytes(item, [doc])
    assert f"Publisert på Facebook: {FB}".encode() in xml
    errors = validate_with_xsd(xml, shared_dir / "schemas" / "fiks-arkiv-v2")
    assert errors == []


# -- the today report ----------------------------------------------------------------------------------


def test_today_lists_what_needs_attention_with_targets(context) -> None:
    page = add_page(context)
    now = clock.now_oslo()
    due = _post(
        context,
        page,
        oslo_in(dt.timedelta(minutes=30)),
        title="Uten alt-tekst",
        attachments=[{"type": "image", "name": "x.jpg", "alt_text": ""}],
    )  # R12.1 error
    missed = _post(context, page, now - dt.timedelta(days=2), title="Glemt")
    done = _post(context, page, now - dt.timedelta(days=1), title="Ute")
    context.planning.mark_published(done, FB, now - dt.timedelta(days=1))
    add_entry(context, page)  # a deleted comment to archive (R13)
    report = context.today.collect()
    by_section = {s: report.section(s) for s in ("due", "unpublished", "archive")}
    assert [line.target.item_id for line in by_section["due"]] == [due]
    assert by_section["due"][0].severity.key == "error"  # R12.1 (and R10: Kari has no role here)
    assert [line.target.item_id for line in by_section["unpublished"]] == [missed]  # not the published one
    assert "1 moderation entry to archive" in by_section["archive"][0].text.english()
    assert [line.target.item_id for line in report.reminders] == [due]  # due within the hour, with an error
    assert len(report.meters) == 2 and report.meters[0].week == week_of(now.date())
    assert report.news_status is not None and "No website news feed" in report.news_status.english()


def test_today_reads_bounded_rows_whatever_the_history(context) -> None:
    """Six years of posts cost the today report no more work than a few: SQLite's VM steps are counted."""
    page = add_page(context)
    now = clock.now_oslo()
    for day in range(3):
        _post(context, page, now + dt.timedelta(days=day - 1, hours=1))

    def steps() -> int:
        counted = [0]

        def tick() -> int:
            counted[0] += 1
            return 0

        context.store.db.conn.set_progress_handler(tick, 100)
        try:
            context.today.collect()
        finally:
            context.store.db.conn.set_progress_handler(None, 100)
        return counted[0]

    few = steps()
    with context.store.transaction() as tx:  # 2,000 posts from 30 days to six years back
        for n in range(2000):
            when = now - dt.timedelta(days=30 + n)
            tx.create(
                "posts",
                {
                    "page_id": page,
                    "planned_at": format_planned(when),
                    "title": f"Gammel {n}",
                    "text": "x",
                    "kind": "nyhet",
                    "status": "publisert",
                    "website": {"mode": "url", "url": f"https://mt.no/a/{n}"},
                },
            )
    many = steps()
    assert many <= few * 1.3 + 50, (few, many)


# -- the I dag tab ------------------------------------------------------------------------------------


def _demo_window(qtbot, context):
    from mtk_admin_desktop.demo import populate
    from mtk_admin_desktop.ui.main_window import MainWindow

    populate(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.page(0)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    return window, page


def test_window_opens_on_today_and_lines_go_where_they_are_fixed(qtbot, context, monkeypatch) -> None:
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    window, page = _demo_window(qtbot, context)
    assert window.tabs.currentIndex() == 0 and window.tabs.tabText(0).startswith("&0")
    assert [window.tabs.tabText(i)[:2] for i in range(5)] == ["&0", "&1", "&2", "&3", "&4"]
    sections = {line.section for line in page.lines()}
    assert {"news", "counterpart", "unpublished", "pages"} <= sections  # the demo shows R2 both ways
    opened: list[str | None] = []
    monkeypatch.setattr(
        PostEditorDialog,
        "ask",
        classmethod(lambda cls, ctx, pid=None, init=None, parent=None: opened.append(pid)),
    )
    line = page.report.section("counterpart")[0]
    page.select_line(line)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 2 and opened == [line.target.item_id]
    register_line = page.report.section("clearance")[0]
    window.open_target(register_line.target)
    assert window.tabs.currentIndex() == 1
    assert window.page(1)._current_id == register_line.target.item_id


def test_plan_a_post_for_a_news_item_is_pre_filled(qtbot, context, monkeypatch) -> None:
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    window, page = _demo_window(qtbot, context)
    seen: list[dict] = []

    def fake_ask(cls, ctx, post_id=None, initial=None, parent=None):
        seen.append(initial)
        return ctx.planning.save_post({**new_post(), **initial, "responsible": "Kari Nordbø"})

    monkeypatch.setattr(PostEditorDialog, "ask", classmethod(fake_ask))
    line = next(x for x in page.report.section("news") if "Stengt veg" in x.text.english())
    page.select_line(line)
    assert page.plan_button.isEnabled()
    page.plan_button.click()
    item = context.news.item(line.target.item_id)
    assert seen[0]["title"] == item.title and item.link in seen[0]["text"]
    assert seen[0]["website"] == {"mode": "url", "url": item.link, "reason": ""}
    qtbot.waitUntil(
        lambda: (
            not page.is_loading()
            and all("Stengt veg" not in x.text.english() for x in page.report.section("news"))
        ),
        timeout=20000,
    )


def test_reminder_banner_when_a_post_due_within_the_hour_has_an_error(qtbot, context) -> None:
    from mtk_admin_desktop.ui.today.today_page import TodayPage

    page_id = add_page(context)
    _post(
        context,
        page_id,
        oslo_in(dt.timedelta(minutes=40)),
        title="Snart",
        attachments=[{"type": "image", "name": "x.jpg", "alt_text": ""}],
    )
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.reminder.isVisible() and "Snart" in page.reminder.text()


# -- preview and copy -----------------------------------------------------------------------------------


def _editor(qtbot, context, tmp_path, alt: str = "Brøytebil i snøen"):
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    page = add_page(context)
    image = context.planning.add_image(_png(tmp_path))
    image["alt_text"] = alt
    text = "Brøytinga starter klokka 05.\n\nLes om rekkefølgen: https://www.midt-telemark.kommune.no/broyting"
    post = _post(context, page, clock.now_oslo() + dt.timedelta(days=1), text=text, attachments=[image])
    dialog = PostEditorDialog(context, post)
    qtbot.addWidget(dialog)
    return dialog, text, image


def test_preview_shows_the_post_as_on_facebook_and_copies_exactly(
    qtbot, context, tmp_path, monkeypatch
) -> None:
    from mtk_admin_desktop.ui.planning.post_preview import PostPreview

    monkeypatch.setattr(PostPreview, "confirm_copy", classmethod(lambda cls, parent, n: True))  # R10 here
    dialog, text, image = _editor(qtbot, context, tmp_path)
    preview = dialog.fb_preview
    html = preview.view.toHtml()
    assert "Brøytinga starter klokka 05." in preview.view.toPlainText()
    assert 'href="https://www.midt-telemark.kommune.no/broyting"' in html
    assert "Brøytebil i snøen" in preview.view.toPlainText() and "<img" in html
    assert "https://www.midt-telemark.kommune.no/broyting" in preview.view.toPlainText()  # link placeholder
    assert preview.count_label.text().startswith(f"{len(text)} ")
    clipboard = QGuiApplication.clipboard()
    assert preview.copy_text() and clipboard.text() == text
    assert preview.copy_image()
    copied = clipboard.image()
    assert (copied.width(), copied.height()) == (40, 30)
    assert preview.alt_edit.text() == "Brøytebil i snøen"
    preview.copy_alt()
    assert clipboard.text() == "Brøytebil i snøen"
    dialog.reject()  # stops the editor's pending check before the store closes


def test_copying_a_post_with_errors_asks_first(qtbot, context, tmp_path, monkeypatch) -> None:
    from mtk_admin_desktop.ui.planning.post_preview import PostPreview

    dialog, text, _ = _editor(qtbot, context, tmp_path, alt="")  # R12.1: an error
    asked: list[int] = []
    monkeypatch.setattr(
        PostPreview, "confirm_copy", classmethod(lambda cls, parent, n: asked.append(n) or False)
    )
    QGuiApplication.clipboard().setText("før")
    assert not dialog.fb_preview.copy_text()
    assert asked == [2] and QGuiApplication.clipboard().text() == "før"  # R12.1 and R10
    monkeypatch.setattr(PostPreview, "confirm_copy", classmethod(lambda cls, parent, n: True))
    assert dialog.fb_preview.copy_text() and QGuiApplication.clipboard().text() == text
    dialog.reject()


def test_mark_published_in_the_editor(qtbot, context, tmp_path) -> None:
    dialog, _, _ = _editor(qtbot, context, tmp_path)
    preview = dialog.fb_preview
    preview.url_edit.setText("https://example.com/post/1")
    assert not preview.mark_published() and "not a Facebook address" in preview.publish_state.text()
    preview.url_edit.setText(FB)
    assert preview.mark_published()
    assert dialog.status_combo.currentData() == "publisert"
    stored = context.planning.post(dialog.post_id)
    assert stored["published_url"] == FB and stored["published_at"]
    dialog.reject()


def test_planning_migration_2_adds_the_published_fields_to_an_old_store(tmp_path) -> None:
    import sqlite3

    from mtk_admin_desktop.storage import migrations
    from mtk_admin_desktop.storage.store import Store, connect

    path = tmp_path / "old.sqlite"
    store = Store.open(path)
    post = store.create("posts", {"title": "Fra i fjor", "kind": "nyhet", "status": "publisert"})
    store.close()
    with sqlite3.connect(path) as db:  # as a store written before issue 18 looked
        db.execute("ALTER TABLE posts DROP COLUMN published_url")
        db.execute("ALTER TABLE posts DROP COLUMN published_at")
        db.execute("UPDATE schema_version SET version = 1 WHERE area = 'planning'")
    db = connect(path)  # migrates
    assert {"published_url", "published_at"} <= set(db["posts"].columns_dict)
    assert migrations.versions(db)["planning"] == 2
    db.close()
    store = Store.open(path)
    assert store.get("posts", post)["title"] == "Fra i fjor"
    store.update("posts", post, {"published_url": FB})
    assert store.get("posts", post)["published_url"] == FB
    store.close()
