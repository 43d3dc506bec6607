"""One worker pattern and no reach-through (issue 14, items 3 and 6).

Read from the source with ``ast``: the UI uses services, never ``context.store`` / ``context.blobs``;
background jobs open ``context.for_worker()`` instead of passing a connection down; services have no
``store=None`` parameter for a worker's connection. And the pattern itself, run for real: a job on its
own context writes what the window then reads, closes its connection, and the window hears its own
writes through ``context.on_store_changed``.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from mtk_admin_desktop.ui.worker import Job, run_job

PACKAGE = Path(__file__).resolve().parent.parent / "mtk_admin_desktop"

#: UI files that still reach through the context, each with its follow-up. Empty it as they move.
REACH_THROUGH_ALLOWED: set[str] = set()
#: UI files whose background job still opens a connection and passes it down. Empty it as they move.
OPEN_WORKER_STORE_ALLOWED: set[str] = set()
#: Service methods that still take a worker's connection (none: every job has its own context).
STORE_PARAMETER_ALLOWED: set[tuple[str, str]] = set()


def _sources(under: str) -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted((PACKAGE / under).rglob("*.py"))
    ]


def _reach_throughs(tree: ast.Module) -> list[str]:
    """Every ``<something>.store`` / ``<something>.blobs`` read or write (``self.context.store``,
    ``context.blobs``, ``ctx.store``): a widget goes through a service instead."""
    return [
        f"{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("store", "blobs")
    ]


def test_the_ui_never_reaches_through_the_context_to_the_store_or_blobs():
    found = {
        rel: hits
        for rel, tree in _sources("ui")
        if (hits := _reach_throughs(tree)) and rel not in REACH_THROUGH_ALLOWED
    }
    assert found == {}, "use (or add) a service method instead"


def test_the_reach_through_check_sees_every_form():
    tree = ast.parse(
        "self.context.store.get_local('x')\ncontext.blobs.verify(sha)\n"
        "context.store.author = 'Kari'\nctx.store.rows('pages')\nself.context.archive.packages()\n"
    )
    assert sorted(_reach_throughs(tree)) == [
        "1: self.context.store",
        "2: context.blobs",
        "3: context.store",
        "4: ctx.store",
    ]


def test_the_allow_lists_hold_only_files_that_still_need_them():
    """An entry that is no longer needed goes (so the lists only shrink)."""
    sources = dict(_sources("ui"))
    for rel in REACH_THROUGH_ALLOWED:
        assert _reach_throughs(sources[rel]), f"{rel} no longer reaches through: take it off the list"
    for rel in OPEN_WORKER_STORE_ALLOWED:
        assert "open_worker_store" in ast.unparse(sources[rel]), f"{rel}: take it off the list"


def test_background_jobs_use_for_worker_not_a_connection_passed_down():
    wrong = []
    for rel, tree in _sources("ui"):
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "open_worker_store":
                if rel not in OPEN_WORKER_STORE_ALLOWED:
                    wrong.append(f"{rel}:{node.lineno}")
            if isinstance(node, ast.keyword) and node.arg == "store" and rel not in OPEN_WORKER_STORE_ALLOWED:
                if not (isinstance(node.value, ast.Constant) and isinstance(node.value.value, bool)):
                    wrong.append(f"{rel}:{node.value.lineno} store=")
    assert wrong == []


def _store_none_parameters() -> set[tuple[str, str]]:
    found = set()
    for rel, tree in _sources("services"):
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            args = node.args
            positional = args.posonlyargs + args.args
            defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
            pairs = list(zip(positional, defaults, strict=True)) + list(
                zip(args.kwonlyargs, args.kw_defaults, strict=True)
            )
            for arg, default in pairs:
                if arg.arg == "store" and isinstance(default, ast.Constant) and default.value is None:
                    found.add((rel, node.name))
    return found


def test_services_take_no_store_none_parameter_for_a_worker_connection():
    assert _store_none_parameters() <= STORE_PARAMETER_ALLOWED


# -- the pattern itself ---------------------------------------------------------------------------


def _run(qtbot, fn):
    results: list[object] = []
    errors: list[str] = []
    job = run_job(fn, on_done=results.append, on_error=lambda message, trace: errors.append(trace))
    qtbot.waitUntil(lambda: bool(results or errors), timeout=20000)
    assert errors == []
    return job, results[0]


def test_a_job_on_its_own_context_writes_what_the_window_reads_and_closes_its_connection(qtbot, context):
    context.settings.set("user.name", "Kari Nordbø")
    seen: dict[str, object] = {}

    def work(job: Job) -> str:
        with context.for_worker() as worker:
            seen["thread"] = threading.current_thread()
            seen["worker"] = worker
            assert worker.store is not context.store
            # Same credentials and paths, its own connection, the author from the settings.
            assert worker.credentials is context.credentials and worker.paths == context.paths
            seen["author"] = worker.store.author
            worker.archive.set_last_target("/media/usb")
        return "done"

    _job, result = _run(qtbot, work)
    assert result == "done"
    assert seen["thread"] is not threading.main_thread()
    assert seen["author"] == "Kari Nordbø"
    assert context.archive.last_target() == "/media/usb"
    with pytest.raises(Exception, match="closed"):
        seen["worker"].store.db.execute("SELECT 1")  # type: ignore[attr-defined]


def test_a_failing_job_closes_its_context_too(qtbot, context):
    opened = []

    def work(job: Job) -> None:
        with context.for_worker() as worker:
            opened.append(worker)
            raise RuntimeError("the USB stick went away")

    failures: list[str] = []
    run_job(work, on_error=lambda message, _trace: failures.append(message))
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert failures == ["the USB stick went away"]
    with pytest.raises(Exception, match="closed"):
        opened[0].store.db.execute("SELECT 1")


def test_on_store_changed_hears_own_writes_until_stopped(context):
    heard: list[frozenset[str]] = []
    stop = context.on_store_changed(heard.append)
    context.archive.set_last_target("/tmp")  # local state only: no synced table changed
    context.settings.set("org.nettredaktor", "Ola")
    assert heard and "shared_settings" in heard[-1]
    stop()
    stop()  # twice is harmless
    heard.clear()
    context.settings.set("org.nettredaktor", "Kari")
    assert heard == []


def test_saving_the_name_makes_it_the_author_of_later_changes(context):
    context.settings.set("user.name", "Ola Nordmann")
    context.settings.set("org.nettredaktor", "Kari")
    author = context.store.db.execute(
        "SELECT author FROM ops WHERE tbl = 'shared_settings' ORDER BY rowid DESC LIMIT 1"
    ).fetchone()[0]
    assert author == "Ola Nordmann"
    with context.for_worker() as worker:  # a job started afterwards writes under the same name
        assert worker.store.author == "Ola Nordmann"


def test_the_last_export_target_is_remembered_per_laptop(context):
    assert context.archive.last_target() == ""
    context.archive.set_last_target("/media/kari/USB")
    assert context.archive.last_target() == "/media/kari/USB"
    # Not synced: no op is written for it.
    assert context.store.db.execute("SELECT count(*) FROM ops WHERE value LIKE '%USB%'").fetchone()[0] == 0


def test_a_damaged_screenshot_is_told_and_a_draft_comes_back_without_it(context):
    moderation = context.moderation
    sha = moderation.keep_draft_screenshot(b"\x89PNG\r\n\x1a\n screenshot of a comment")
    assert moderation.verify_screenshot(sha)
    assert moderation.draft_screenshot(sha) == b"\x89PNG\r\n\x1a\n screenshot of a comment"
    moderation.screenshot_path(sha).write_bytes(b"\x89PNG\r\n\x1a\n changed afterwards")
    assert not moderation.verify_screenshot(sha)
    assert moderation.draft_screenshot(sha) is None
    assert moderation.draft_screenshot("0" * 64) is None  # never on this laptop
