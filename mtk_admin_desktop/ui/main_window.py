"""The main window: I dag and the four tabs (each page built when first shown), menus, status bar, signals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from mtk_admin_desktop import APP_NAME, __version__, log
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui import archive, moderation, planning, register, today
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.screen_fit import place_main_window
from mtk_admin_desktop.ui.sync.status_widget import SyncStatusWidget
from mtk_admin_desktop.ui.tabs import Tab

# The tabs in order. A tab's page module is imported and its page built when the tab is first shown.
# I dag (today) comes first and is what the window opens on; its shortcut is Ctrl+0, so the four areas
# keep Ctrl+1–4 (a tab's number is its index).
TABS: list[Tab] = [today.TAB, register.TAB, planning.TAB, moderation.TAB, archive.TAB]
TODAY_INDEX = 0
#: The tab of each area a today line can point to.
AREA_TABS = {"register": 1, "planning": 2, "moderation": 3, "archive": 4}


class MainWindow(QMainWindow):
    """The application window: tabs I dag, Sider, Planlegging, Moderering, Arkiv; menus; a status bar."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, start_tab: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        #: The tab to open on instead of I dag (``mtk-admin --tab N``); None or out of range: I dag.
        self.start_tab = start_tab if start_tab is not None and 0 <= start_tab < len(TABS) else None
        self.setWindowTitle(APP_NAME + (self.tr(" (demo data)") if context.demo else ""))
        self.setWindowIcon(icon("app"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.setCentralWidget(self.tabs)
        # A tab's page is built when the tab is first shown: start-up builds only the one the user
        # sees (the others read thousands of rows each). Until then the tab holds an empty holder.
        self._pages: list[BasePage | None] = [None] * len(TABS)
        self._holders: list[QWidget] = []
        for number, tab in enumerate(TABS):
            holder = QWidget(self.tabs)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, icon(tab.icon_name), f"&{number} {tab.title()}")
            self.tabs.setTabToolTip(number, f"{tab.title()} (Ctrl+{number})")
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        self.page(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- construction ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(icon("add"), self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(self.tr("Create a new item on the current tab"))
        self.new_action.triggered.connect(lambda: self.current_page().primary_action())
        file_menu.addAction(self.new_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_asking)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, tab in enumerate(TABS):
            action = QAction(tab.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, i=number: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("Guideline and &advice"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.open_help)
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        self.log_folder_action = QAction(self.tr("Show &log folder"), self)
        self.log_folder_action.triggered.connect(self.show_log_folder)
        help_menu.addAction(self.log_folder_action)
        self.error_report_action = QAction(self.tr("&Copy error report"), self)
        self.error_report_action.triggered.connect(self.copy_error_report)
        help_menu.addAction(self.error_report_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        if self.context.demo:
            demo = QLabel(self.tr("Demo data in %1").replace("%1", str(self.context.paths.data_dir)), self)
            demo.setAccessibleName(self.tr("Demo data notice"))
            bar.addWidget(demo)
        self.sync_status = SyncStatusWidget(self.context, self)
        bar.addPermanentWidget(self.sync_status)

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.get("ui.geometry")
        saved = QByteArray.fromBase64(geometry.encode("ascii")) if isinstance(geometry, str) else None
        place_main_window(self, saved)
        # The window opens on I dag (issue 18: what needs me now comes first), not on the last tab;
        # ``mtk-admin --tab NAME`` opens another (a shortcut IT makes, the start-up benchmark).
        self.tabs.setCurrentIndex(self.start_tab if self.start_tab is not None else TODAY_INDEX)

    # -- behaviour -------------------------------------------------------------------------------

    def page(self, index: int) -> BasePage:
        """The page of tab ``index``, built (and so filled) on first use."""
        page = self._pages[index]
        if page is None:
            page = TABS[index].page_class()(self.context, self._holders[index])
            holder_layout = self._holders[index].layout()
            assert holder_layout is not None  # made with a QVBoxLayout in __init__
            holder_layout.addWidget(page)
            page.show()  # at once, not when the layout's queued show arrives (focus chain, tests)
            page.status_message.connect(self.show_message)
            page.data_changed.connect(self._refresh_others)
            if index == TODAY_INDEX:
                page.open_target.connect(self.open_target)  # type: ignore[attr-defined]
            self._pages[index] = page
        return page

    @property
    def pages(self) -> list[BasePage]:
        """Every tab's page (building those not shown yet)."""
        return [self.page(i) for i in range(len(TABS))]

    def built_pages(self) -> list[BasePage]:
        return [p for p in self._pages if p is not None]

    def current_page(self) -> BasePage:
        return self.page(self.tabs.currentIndex())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_all(self) -> None:
        for page in self.built_pages():
            page.refresh()

    def _refresh_others(self) -> None:
        sender = self.sender()
        for page in self.built_pages():
            if page is not sender:
                page.refresh()

    def _tab_changed(self, index: int) -> None:
        if not 0 <= index < len(TABS):
            return
        page = self._pages[index]
        if page is None:
            self.page(index)  # a new page fills itself
        else:
            page.refresh()

    def open_target(self, target: Any) -> None:
        """Go to where a today line is fixed: switch to its area's tab and select the thing there."""
        if target.area == "sync":
            self.sync_status.show_conflicts()
            return
        index = AREA_TABS.get(target.area)
        if index is None:
            return
        self.tabs.setCurrentIndex(index)
        page: Any = self.page(index)
        if target.area == "planning" and target.day:
            page.show_day(dt.date.fromisoformat(target.day))
            if target.kind == "post" and target.item_id:
                page.open_post(target.item_id)
        elif target.area == "register" and target.item_id:
            row = page.model.row_of(target.item_id)  # as a click would: the form loads (or asks first)
            if row >= 0:
                page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
        elif target.area == "moderation":
            if target.item_id:
                page.select_entry(target.item_id)
            if target.kind == "verify":
                page.verify()  # the log's check, with what does not hold, shown on the tab

    def open_settings(self) -> None:
        from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

        if SettingsDialog.ask(self.context, self):
            self.refresh_all()

    def open_help(self) -> None:
        from mtk_admin_desktop.ui.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def show_log_folder(self) -> bool:
        """Open the log folder in the file manager (for IT); says where it is if none opens."""
        folder = log.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            QMessageBox.information(
                self, APP_NAME, self.tr("The log is in this folder:\n%1").replace("%1", str(folder)))
        return opened

    def copy_error_report(self) -> str:
        """Put version, system and the last lines of the log on the clipboard, for an e-mail to IT."""
        report = log.error_report()
        QGuiApplication.clipboard().setText(report)
        self.statusBar().showMessage(
            self.tr("Error report copied: paste it into an e-mail to IT."), 8000)
        return report

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About %1").replace("%1", APP_NAME),
            self.tr("<p><b>%1</b> %2</p><p>Midt-Telemark kommune's guideline for social media, as a tool "
                    "for the people who run the municipality's pages.</p><p>Data: %3</p>")
            .replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", str(self.context.paths.data_dir)))

    def quit_asking(self) -> None:
        """File → Quit: like the window's close button, unsaved edits are asked about."""
        self._ask_on_close = True
        try:
            self.close()
        finally:
            self._ask_on_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # The user closing the window is asked about unsaved edits; a close by the program (a test,
        # the session ending) keeps them as drafts, offered back next time.
        ask = event.spontaneous() or getattr(self, "_ask_on_close", False)
        for page in self.built_pages():
            if not page.may_close(ask):
                event.ignore()
                return
        settings = self.context.settings
        settings.set("ui.geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        settings.set("ui.last_tab", self.tabs.currentIndex())
        self.sync_status.shutdown()
        super().closeEvent(event)
