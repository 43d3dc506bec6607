"""UI of the archive area."""

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.ui.tabs import Tab


def _title() -> str:
    return QCoreApplication.translate("ArchivePage", "Archive")


# The main window's tab for this area; its page module is imported when the tab is first shown.
TAB = Tab("mtk_admin_desktop.ui.archive.archive_page", "ArchivePage", "archive", _title)
