"""The start-up benchmark measures the tab it means to (issue 19): what it writes is what the window
restores, and only that tab's page is built before the first paint."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtk_admin_desktop.ui.main_window import TABS, MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_startup import TABS as BENCH_TABS  # noqa: E402
from bench_startup import set_last_tab  # noqa: E402


def test_bench_tab_names_are_the_window_s_tabs_in_order(language) -> None:
    language("nb")
    assert [tab.title() for tab in TABS] == list(BENCH_TABS)


@pytest.mark.parametrize("index", range(len(TABS)))
def test_the_last_tab_the_bench_sets_is_the_one_the_window_opens_and_builds_alone(
    qtbot, context, data_dir, index
) -> None:
    set_last_tab(data_dir, index)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == index
    assert [i for i, page in enumerate(window._pages) if page is not None] == [index]
