"""One entry in full: every field, its seal, archive status, corrections, and the screenshots at full size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain.moderation import action_text, ground_text, visible_text
from mtk_admin_desktop.domain.records import ModerationEntry
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.moderation import OSLO
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.moderation.log_model import archive_label


def _local_time(iso: str | None) -> str:
    import datetime as dt

    if not iso:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return visible_text(iso, limit=40)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


def _clear_layout(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())


class EntryDetail(QWidget):
    """Shows one entry read-only; the text is shown safely (control characters visible, direction isolated).

    Signals:
        open_entry(str): the user asked to see another entry (the one corrected, or a correction).
    """

    open_entry = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry: ModerationEntry | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        show_focus_frame(self.scroll_area)  # a Tab stop (it scrolls by keys), so its focus must show
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Entry details"))
        outer.addWidget(self.scroll_area)
        self.body = QWidget(self.scroll_area)
        self.scroll_area.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.empty = QLabel(self.tr("Choose an entry in the log to see it in full."), self.body)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)
        self.screenshot_labels: list[QLabel] = []

    def _clear(self) -> None:
        # Hidden at once: deleteLater only runs when control returns to the event loop.
        _clear_layout(self.layout_)
        self.screenshot_labels = []

    def show_entry(self, entry_id: str | None) -> None:
        service = self.context.moderation
        self.entry = service.entry(entry_id) if entry_id else None
        self._clear()
        if self.entry is None:
            self.empty = QLabel(self.tr("Choose an entry in the log to see it in full."), self.body)
            self.layout_.addWidget(self.empty)
            self.layout_.addStretch(1)
            return
        e = self.entry
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.layout_.addLayout(columns)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, value: str) -> QLabel:
            widget = QLabel(value, self.body)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            caption = QLabel(label, self.body)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(caption, widget)
            return widget

        row(self.tr("Registered:"), _local_time(e.created_at))
        row(self.tr("Page:"), service.page_name(e.page_id))
        row(self.tr("Post:"), visible_text(e.post_ref or "—", limit=300))
        row(self.tr("Comment by:"), visible_text(e.comment_author or "—", limit=200))
        row(self.tr("Posted at:"), _local_time(e.comment_posted_at))
        row(self.tr("Action:"), i18n.tr_text(action_text(e.action)))
        row(self.tr("Ground:"), i18n.tr_text(ground_text(e.ground)))
        row(self.tr("Justification:"), visible_text(e.justification or "—", limit=2000))
        roles = {
            "hovedadministrator": self.tr("main administrator"),
            "administrator": self.tr("administrator"),
            "redaktor": self.tr("editor"),
        }
        role = roles.get(e.moderator_role or "", self.tr("no role on the page"))
        row(self.tr("Moderator:"), f"{e.moderator or '—'} ({role})")
        if e.approved_by:
            row(self.tr("Approved by:"), e.approved_by)
        status = service.archive_status(e.id)
        archive_text = archive_label(status)
        details = service.archive_details(e.id) or {}
        if status in ("exported", "journalfort") and details.get("package_id"):
            archive_text += " · " + self.tr("package {package}").format(package=details["package_id"])
        if status == "journalfort":
            ref = details.get("archive_reference") or details.get("journal_number")
            if ref:
                archive_text += " · " + self.tr("archive reference {ref}").format(ref=ref)
        if e.archive_reason:
            archive_text += " · " + e.archive_reason
        row(self.tr("Archive:"), archive_text)
        if e.signature:
            seal = self.tr("Signed by device {device}; hash {hash}…").format(
                device=e.signer_device[:8], hash=e.entry_hash[:16]
            )
        else:
            seal = self.tr("Unsigned (saved on a computer without a keyring); hash {hash}…").format(
                hash=e.entry_hash[:16]
            )
        row(self.tr("Seal:"), seal)
        left.addLayout(form)

        if e.corrects_id:
            button = QPushButton(self.tr("This entry corrects an earlier one: show it"), self.body)
            button.clicked.connect(lambda _=False, i=e.corrects_id: self.open_entry.emit(i))
            left.addWidget(button)
        for correction in service.corrections_of(e.id):
            button = QPushButton(
                self.tr("Corrected by the entry of {when}: show it").format(
                    when=_local_time(correction.created_at)
                ),
                self.body,
            )
            button.clicked.connect(lambda _=False, i=correction.id: self.open_entry.emit(i))
            left.addWidget(button)

        caption = QLabel(self.tr("Comment text as captured:"), self.body)
        left.addWidget(caption)
        self.text_view = QPlainTextEdit(self.body)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Comment text as captured"))
        caption.setBuddy(self.text_view)
        # Large texts are shown in full but made safe; the stored text itself is never altered.
        self.text_view.setPlainText(visible_text(e.comment_text))
        self.text_view.setMinimumHeight(80)
        self.text_view.setMaximumHeight(140)
        left.addWidget(self.text_view)

        shots = list(e.screenshots)
        if shots:
            right.addWidget(QLabel(self.tr("Screenshots (full size):"), self.body))
        for sha in shots:
            info = service.screenshot_info(sha) or {}
            meta = self.tr("Captured {when} on {screen} by {user}@{host}").format(
                when=_local_time(info.get("captured_at")),
                screen=info.get("screen") or "?",
                user=info.get("user") or "?",
                host=info.get("host") or "?",
            )
            right.addWidget(QLabel(meta, self.body))
            label = QLabel(self.body)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            ok = service.verify_screenshot(sha)
            pixmap = QPixmap(str(service.screenshot_path(sha))) if ok else QPixmap()
            if pixmap.isNull():
                label.setText(self.tr("⚠ Screenshot {sha} is missing or damaged.").format(sha=sha[:12]))
            else:
                label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Screenshot {sha}").format(sha=sha[:12]))
            self.screenshot_labels.append(label)
            right.addWidget(label)
        left.addStretch(1)
        right.addStretch(1)
