"""The sync state in the status bar ("synced 2 min ago", "offline: 14 changes waiting", conflicts).

The widget also owns the background sync: at start, about three seconds after an edit, every minute,
on F9, and a last push when the window closes. Each sync runs as a background job on a context of its
own (``ui.worker.run_job`` with ``context.for_worker()``); the window never waits for the share.

The sync area (its engine, and through the signing of segments ``cryptography``: ~0.1 s of imports) is
not needed to paint the window: its first state is read in the background some time after start, where
the first sync runs too (issue 19: start-up). Until then the widget says only what the settings say.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QToolButton, QWidget

from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.worker import Job, run_job

if TYPE_CHECKING:
    from mtk_admin_desktop.services.sync_engine import SyncReport

DEBOUNCE_MS = 3000
POLL_MS = 60_000
START_DELAY_MS = 1500

log = logging.getLogger(__name__)


class SyncStatusWidget(QWidget):
    """Shows the sync state and runs the sync in the background.

    Signals:
        synced(object): a sync finished; carries its :class:`SyncReport`.
    """

    synced = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._job: Job | None = None
        self._again = False
        self._closed = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon_label = QLabel(self)
        self.icon_label.setAccessibleName(self.tr("Sync state icon"))
        layout.addWidget(self.icon_label)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.label)
        self._build_actions()
        self.button = QToolButton(self)
        self.button.setIcon(icon("sync"))
        self.button.setText(self.tr("Sync"))
        self.button.setAccessibleName(self.tr("Sync menu"))
        self.button.setToolTip(self.tr("Sync now (F9) and shared-folder actions"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.setDefaultAction(self.sync_now_action)
        for action in (self.init_action, self.join_action, self.conflicts_action):
            self.button.addAction(action)
        layout.addWidget(self.button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.sync_now)
        self._poll.start()
        unsubscribe = self._stop_listening = context.on_store_changed(self._store_changed)
        # A widget dropped without shutdown() must not be called by the store afterwards.
        self.destroyed.connect(lambda *_: unsubscribe())
        self._state_job: Job | None = None
        # What the settings say now; the full state (last run, changes waiting, conflicts) comes from the
        # first sync, or from a background read of the log when no folder is set.
        self.label.setText(
            self.tr("Syncing…")
            if self._folder()
            else QCoreApplication.translate("Sync", "Sync: no shared folder set")
        )
        self._set_icon("info")
        self.conflicts_action.setEnabled(False)
        # Never after the widget is gone (the receiver is the widget).
        QTimer.singleShot(START_DELAY_MS, self, self._start_sync if self._folder() else self._first_state)

    def _folder(self) -> str:
        """The shared folder set (what ``SyncService.folder`` reads, without loading the sync area)."""
        return str(self.context.settings.get("sync.folder") or "")

    def _first_state(self) -> None:
        """Read the sync state in the background (loading the sync area there), then show it."""
        if self._closed or self._job is not None or self._state_job is not None:
            return
        context = self.context

        def work(job: Job) -> dict[str, Any]:
            with context.for_worker() as worker:
                return worker.sync.status()

        def done(status: dict[str, Any]) -> None:
            self._state_job = None
            if not self._closed:
                self.update_state(status)

        def failed(message: str, _trace: str) -> None:
            self._state_job = None
            log.warning("reading the sync state failed: %s", message)

        self._state_job = run_job(work, done, failed)

    def _build_actions(self) -> None:
        self.sync_now_action = QAction(icon("sync"), self.tr("Sync &now"), self)
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.setStatusTip(self.tr("Send and fetch changes through the shared folder"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.init_action = QAction(self.tr("&Initialise shared folder…"), self)
        self.init_action.triggered.connect(self.initialise_folder)
        self.join_action = QAction(self.tr("&Choose shared folder…"), self)
        self.join_action.triggered.connect(self.choose_folder)
        self.conflicts_action = QAction(self.tr("C&onflicts…"), self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        window = self.parent()
        if isinstance(window, QMainWindow):
            bar = window.menuBar()
            existing = bar.actions()
            menu = bar.addMenu(self.tr("S&ync"))
            if existing:  # before Help, where people look for it
                bar.insertMenu(existing[-1], menu)
            menu.addAction(self.sync_now_action)
            menu.addSeparator()
            menu.addAction(self.init_action)
            menu.addAction(self.join_action)
            menu.addAction(self.conflicts_action)
            window.addAction(self.sync_now_action)

    # -- running ---------------------------------------------------------------------------------

    def _start_sync(self) -> None:
        if not self._closed:
            self.sync_now()

    def _store_changed(self, _tables: frozenset[str]) -> None:
        if self._folder() and not self._closed:
            self._debounce.start()
        self.update_state()

    def is_running(self) -> bool:
        return self._job is not None

    def sync_now(self) -> None:
        """Start a sync in the background (or once more after the one running)."""
        if self._closed:
            return
        if not self._folder():
            self.update_state()
            return
        if self._job is not None:
            self._again = True
            return
        self.label.setText(self.tr("Syncing…"))
        context = self.context

        def work(job: Job) -> SyncReport:
            with context.for_worker() as worker:
                return worker.sync.run()

        self._job = run_job(work, self._finished, self._failed)

    def _finished(self, report: SyncReport) -> None:
        self._job = None
        if self._closed:
            return
        self.update_state()
        if report.tables:
            refresh = getattr(self.window(), "refresh_all", None)
            if callable(refresh):
                refresh()
        if report.new_device_id:
            self._show_message(
                self.tr(
                    "Another installation used this laptop's identity; this laptop took a "
                    "new one. Nothing was lost."
                )
            )
        self.synced.emit(report)
        if self._again:
            self._again = False
            self.sync_now()

    def _failed(self, message: str, _trace: str) -> None:
        self._job = None
        if self._closed:
            return
        self.update_state()
        self.label.setText(self.tr("Sync failed: %1").replace("%1", message))
        self._set_icon("error")

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until the running sync (if any) is done; for closing and for tests."""
        done = True
        for job in (self._job, self._state_job):
            if job is not None:
                done = job.done.wait(timeout_s) and done
        return done

    def _show_message(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    # -- state -----------------------------------------------------------------------------------

    def update_state(self, status: dict[str, Any] | None = None) -> None:
        """Show the status from the log and the store (cheap: no share access); ``status`` if read."""
        sync = self.context.sync
        status = status if status is not None else sync.status()
        self.label.setText(sync.status_text(status))
        problems = sync.problem_texts(status)
        tip = [self.tr("Shared folder: %1").replace("%1", status["folder"] or self.tr("none"))]
        tip += problems
        self.label.setToolTip("\n".join(tip))
        self.conflicts_action.setEnabled(status["conflicts"] > 0)
        if not status["folder"] or status["last_state"] is None:
            self._set_icon("info")
        elif status["last_state"] != "ok" or status["read_only"]:
            self._set_icon("warning")
        elif status["conflicts"] or problems:
            self._set_icon("warning")
        else:
            self._set_icon("ok")

    def _set_icon(self, name: str) -> None:
        self.icon_label.setPixmap(icon(name).pixmap(16, 16))
        # The colour of the icon is never the only sign: the text says the same, and so does this name.
        self.icon_label.setAccessibleDescription(name)

    # -- folder and conflicts --------------------------------------------------------------------

    def initialise_folder(self) -> None:
        from mtk_admin_desktop.ui.sync.folder_dialog import SharedFolderDialog  # dialogs load on use

        folder = SharedFolderDialog.ask_folder(self, self.tr("Initialise shared folder"))
        if not folder:
            return
        if not SharedFolderDialog.confirm(
            self,
            self.tr(
                "Make %1 a new shared folder? Other laptops then join it by choosing the same folder. "
                "Only do this once, for a folder that is not shared yet."
            ).replace("%1", folder),
        ):
            return
        from mtk_admin_desktop.services.sync_engine import SyncError

        try:
            self.context.sync.init_share(folder)
        except (SyncError, OSError) as exc:
            text = exc.text if isinstance(exc, SyncError) else None
            from mtk_admin_desktop.i18n import tr_text

            QMessageBox.warning(
                self, self.tr("Initialise shared folder"), tr_text(text) if text else str(exc)
            )
            return
        self.update_state()
        self.sync_now()

    def choose_folder(self) -> None:
        from mtk_admin_desktop.ui.sync.folder_dialog import SharedFolderDialog

        folder = SharedFolderDialog.ask_folder(self, self.tr("Choose shared folder"))
        if not folder:
            return
        sync = self.context.sync
        share_id = sync.folder_share_id(folder)
        if share_id is None:
            QMessageBox.warning(
                self,
                self.tr("Choose shared folder"),
                self.tr(
                    "%1 is not a shared folder (or it is not available). Choose the folder another laptop "
                    "initialised, or initialise a new one."
                ).replace("%1", folder),
            )
            return
        enrolled = sync.joined_share_id()
        if (
            enrolled
            and enrolled != share_id
            and not SharedFolderDialog.confirm(
                self,
                self.tr(
                    "This laptop has synced with another shared folder. Switch to %1? Changes from here are "
                    "sent there; nothing is deleted."
                ).replace("%1", folder),
            )
        ):
            return
        sync.join(folder)
        self.update_state()
        self.sync_now()

    def show_conflicts(self) -> None:
        from mtk_admin_desktop.ui.sync.conflicts_dialog import ConflictsDialog

        ConflictsDialog.ask(self.context, self)
        self.update_state()

    def shutdown(self) -> None:
        """Called when the window closes: wait for a running sync, then a last push (never blocks long)."""
        self._closed = True
        self._debounce.stop()
        self._poll.stop()
        self._stop_listening()
        self.wait(20.0)
        if not self._folder():
            return
        try:
            with self.context.for_worker() as worker:
                worker.sync.run(push=True, pull=False)
        except Exception:  # noqa: BLE001 - closing the window must never fail because of the share
            log.warning("the last push when closing failed", exc_info=True)
