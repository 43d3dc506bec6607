"""R2 the other way in the planner (issue 18 item 4): the strip over the calendar and its one button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.ui.planning.planning_page import PlanningPage
from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

pytestmark = pytest.mark.today  # the demo's news are dated around today


@pytest.fixture
def demo(context):
    from mtk_admin_desktop.demo import populate

    populate(context)
    return context


def _page(qtbot, context) -> PlanningPage:
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _save_the_editor_when_it_opens(qtbot, seen: list[dict]) -> None:
    """Once the modal editor is up: note what it was pre-filled with, then press Save as a user would."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PostEditorDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(
            {
                "title": dialog.title_edit.text(),
                "text": dialog.text_edit.toPlainText(),
                "website_mode": dialog.website_mode.currentData(),
                "website_url": dialog.website_url.text(),
                "page_id": dialog.page_combo.currentData(),
            }
        )
        dialog.save()

    QTimer.singleShot(0, act)


def test_r2_strip_shows_news_without_a_post_and_plans_one_pre_filled(qtbot, demo) -> None:
    missing = demo.news.news_without_post()
    assert len(missing) >= 2  # the demo has news with and without posts
    page = _page(qtbot, demo)
    panel = page.news_panel
    assert panel.isVisible()
    assert panel.label.text().startswith(f"R2: {len(missing)} website news items without a post")
    newest = max(missing, key=lambda item: item.published_at)
    assert panel.newest() == newest and newest.title in panel.label.text()

    seen: list[dict] = []
    _save_the_editor_when_it_opens(qtbot, seen)
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0]["title"] == newest.title and newest.link in seen[0]["text"]
    assert seen[0]["website_mode"] == "url" and seen[0]["website_url"] == newest.link
    assert seen[0]["page_id"] == demo.planning.main_page().id
    assert newest not in demo.news.news_without_post()
    assert panel.newest() != newest
    assert panel.label.text().startswith(f"R2: {len(missing) - 1} website news item")

    # Plan the rest: the strip goes away when nothing is missing.
    for _ in range(len(missing) - 1):
        _save_the_editor_when_it_opens(qtbot, seen)
        panel.plan_button.click()
    assert demo.news.news_without_post() == []
    assert not panel.isVisible()


def test_r2_strip_follows_posts_saved_elsewhere_and_hides_without_news(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert not page.news_panel.isVisible()  # no feed fetched: nothing to say
    from mtk_admin_desktop.demo import populate

    populate(context)
    page.refresh()
    panel = page.news_panel
    assert panel.isVisible()
    before = len(panel.items)
    item = panel.newest()
    # A post saved anywhere on this context (the I dag view, say) is heard without a page refresh.
    from mtk_admin_desktop.domain.news import plan_values

    context.planning.save_post({**new_post(), **plan_values(item), "responsible": "Kari Nordbø"})
    assert len(panel.items) == before - 1 and panel.newest() != item


def test_today_and_planner_plan_with_the_same_function(qtbot, demo, monkeypatch) -> None:
    """One way to plan a post for a news item: both views go through plan_post_for_news."""
    from mtk_admin_desktop.ui.planning import news_panel
    from mtk_admin_desktop.ui.today.today_page import TodayPage

    calls: list[str] = []
    monkeypatch.setattr(
        news_panel, "plan_post_for_news", lambda ctx, news_id, parent=None: calls.append(news_id)
    )
    today = TodayPage(demo)
    qtbot.addWidget(today)
    qtbot.waitUntil(lambda: today.report is not None, timeout=20000)
    item = demo.news.news_without_post()[0]
    today.plan_news(item.id)
    page = _page(qtbot, demo)
    page.news_panel.plan_newest()
    assert calls == [item.id, page.news_panel.newest().id]


def test_r2_strip_in_bokmal(qtbot, demo, language) -> None:
    language("nb")
    page = _page(qtbot, demo)
    count = len(demo.news.news_without_post())
    text = page.news_panel.label.text()
    assert text.startswith(f"R2: {count} nyheter på nettsiden uten innlegg · nyeste: «")
    assert page.news_panel.plan_button.text() == "Planlegg innlegg for denne saken"
