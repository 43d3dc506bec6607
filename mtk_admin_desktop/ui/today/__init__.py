"""UI of the today area (I dag): what needs attention now, each line a link to where it is fixed."""

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.ui.tabs import Tab


def _title() -> str:
    return QCoreApplication.translate("TodayPage", "Today")


# The main window's first tab; its page module is imported when the tab is first shown.
TAB = Tab("mtk_admin_desktop.ui.today.today_page", "TodayPage", "today", _title)
