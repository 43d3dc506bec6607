"""Reads that benchmarks showed were per-row (bench/, docs/performance.md) stay batched and stay right."""

from __future__ import annotations

from test_archive_export import add_entry, add_page

from mtk_admin_desktop.domain.archive import status_row_id
from mtk_admin_desktop.ui.moderation.moderation_page import ModerationPage


def _mark(context, entry_id: str, status: str) -> None:
    context.store.create(
        "archive_status",
        {"kind": "moderation", "item_id": entry_id, "status": status, "package_id": "p1"},
        row_id=status_row_id("moderation", entry_id),
    )


def _entries(context) -> dict[str, str]:
    page = add_page(context)
    ids = {
        "pending": add_entry(context, page),
        "exported": add_entry(context, page),
        "journalfort": add_entry(context, page),
        "not needed": add_entry(context, page, action="hidden", ground=None),
        "worthy": add_entry(context, page, action="hidden", ground=None, worthy=1),
    }
    _mark(context, ids["exported"], "exported")
    _mark(context, ids["journalfort"], "journalfort")
    return ids


def test_r13_batch_archive_statuses_match_one_by_one(context) -> None:
    ids = _entries(context)
    rows = context.moderation.entries()
    batch = context.archive.statuses_of("moderation", [r.row() for r in rows])
    assert batch == {r.id: context.archive.status_of("moderation", r.id) for r in rows}
    assert context.moderation.archive_statuses(rows) == {
        r.id: context.moderation.archive_status(r.id) for r in rows
    }
    assert batch[ids["pending"]] == "pending"
    assert batch[ids["exported"]] == "exported"
    assert batch[ids["journalfort"]] == "journalfort"
    assert batch[ids["not needed"]] is None
    assert batch[ids["worthy"]] == "pending"
    # The log's archive filter gives the same entries as before.
    assert [e.id for e in context.moderation.entries(archive_status="none")] == [ids["not needed"]]
    assert {e.id for e in context.moderation.entries(archive_status="pending")} == {
        ids["pending"],
        ids["worthy"],
    }


def test_r13_moderation_log_asks_archive_status_once_not_per_entry(qtbot, context, monkeypatch) -> None:
    ids = _entries(context)
    original = context.store.get("moderation_entries", ids["pending"])
    values = {k: v for k, v in original.items() if k != "id" and not k.startswith("_")}
    correction = context.store.create("moderation_entries", {**values, "corrects_id": ids["pending"]})
    assert correction

    calls: list[str] = []
    for service, name in ((context.archive, "status_of"), (context.moderation, "archive_status")):
        real = getattr(service, name)
        monkeypatch.setattr(
            service, name, lambda *a, _real=real, _n=name, **k: calls.append(_n) or _real(*a, **k)
        )
    page = ModerationPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 6
    assert calls == []  # one batch read of the statuses, not one (or two) lookups per entry
    assert context.moderation.corrected_ids() == {ids["pending"]}


def test_r11_holidays_come_from_the_library_but_not_on_the_start_up_path() -> None:
    import subprocess
    import sys

    # Importing the planning domain (as the window does at start-up) does not load `holidays`
    # (it loads every country); the first working-day question does, and gets the library's answer.
    code = (
        "import sys, datetime as dt; from mtk_admin_desktop.domain import planning; "
        "assert 'holidays' not in sys.modules; "
        "assert planning.public_holiday(dt.date(2026, 5, 14)); assert 'holidays' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_starting_the_window_parses_options_without_loading_the_commands() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from mtk_admin_desktop import cli\n"
        "seen = []\n"
        "cli._run_gui = lambda data_dir, demo=False, language=None, start_tab=None: "
        "seen.append((data_dir, language)) or 0\n"
        "assert cli.main(['--data-dir', 'X', '--lang', 'nn']) == 0\n"
        "assert seen == [('X', 'nn')], seen\n"
        "from mtk_admin_desktop.commands import AREAS\n"
        "loaded = [a for a in AREAS if 'mtk_admin_desktop.commands.' + a in sys.modules]\n"
        "assert not loaded, 'commands loaded'\n"
        "assert cli.main(['--data-dir', 'X', 'nosuchcommand']) == 0\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # The unknown command goes to the full parser, which refuses it (exit 2) and names the commands.
    assert done.returncode == 2, done.stderr
    assert "invalid choice: 'nosuchcommand'" in done.stderr
    assert "commands loaded" not in done.stderr
