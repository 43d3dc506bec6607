"""The start-up benchmark measures the tab it means to (issue 19): ``--tab N`` opens the window on tab N,
and only that tab's page is built before the first paint; without it the window opens on I dag (18)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtk_admin_desktop.ui.main_window import TABS, TODAY_INDEX, MainWindow
from tests.helpers import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_startup import TABS as BENCH_TABS  # noqa: E402


def test_bench_tab_names_are_the_window_s_tabs_in_order(language) -> None:
    language("nb")
    assert [tab.title() for tab in TABS] == list(BENCH_TABS)


@pytest.mark.parametrize("index", range(len(TABS)))
def test_the_tab_asked_for_is_the_one_the_window_opens_and_builds_alone(qtbot, context, index) -> None:
    window = MainWindow(context, start_tab=index)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == index
    assert [i for i, page in enumerate(window._pages) if page is not None] == [index]


def test_the_window_opens_on_i_dag_whatever_tab_was_open_last(qtbot, context) -> None:
    context.settings.set("ui.last_tab", 3)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == TODAY_INDEX


def test_the_command_line_refuses_a_tab_that_does_not_exist(data_dir) -> None:
    code, _out, err = run_cli("--tab", "9", data_dir=data_dir)
    assert code == 2 and "--tab" in err
