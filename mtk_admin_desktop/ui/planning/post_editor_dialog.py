"""The post editor: every field of a planned post, with the guideline's findings updating as you type."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding
from mtk_admin_desktop.domain.planning import (
    KINDS,
    STATUSES,
    WEBSITE_MODES,
    format_planned,
    new_post,
    parse_planned,
    week_days,
    week_of,
)
from mtk_admin_desktop.domain.planning_rules import (
    DAY_MAX,
    WEEK_MAX,
    WEEK_MIN,
    CheckContext,
    check_post_quota,
)
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.domain.rules import rule
from mtk_admin_desktop.icons import icon, severity_icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.planning import PlanningError
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.planning.calendar_views import severity_word
from mtk_admin_desktop.ui.screen_fit import fit_to_screen
from mtk_admin_desktop.ui.widgets import name_combo
from mtk_admin_desktop.ui.widgets.dates import DateTimeEdit, format_date, guard_wheel
from mtk_admin_desktop.ui.widgets.unsaved import AskBeforeDiscard, DraftKeeper, RestoreQuestion

DEBOUNCE_MS = 300


class PostEditorDialog(AskBeforeDiscard):
    """Create or edit one post; saving is always possible (as a draft), whatever the findings say.

    Signals:
        findings_updated(list): the findings of the form as it is now (after each debounced check).
    """

    findings_updated = Signal(list)

    def __init__(
        self,
        context: AppContext,
        post_id: str | None = None,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        restore: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.planning
        self.post_id = post_id
        self.saved_id: str | None = None
        self.findings: list[Finding] = []
        self.last_check_ms = 0.0
        self._closed = False
        self._check_context: CheckContext | None = None
        self._check_context_page: str | None = None
        post = new_post(**(self.service.post(post_id) or {} if post_id else {}))
        if initial:
            post.update(initial)
        if not post.get("responsible"):
            post["responsible"] = context.settings.get("user.name") or ""
        # A draft left by a crash or a power cut while this post was open: offer it back.
        self.drafts = DraftKeeper(
            context, "post", post_id, self._draft_values, self.is_dirty, self.draft_title, self
        )
        self.restored = False
        restore_undated = None
        pending = self.drafts.pending()
        if pending is not None:
            if restore or RestoreQuestion.ask(parent, pending):
                values = dict(pending.values)
                restore_undated = bool(values.pop("_undated", False))
                post.update(values)
                self.restored = True
            else:
                self.drafts.service.discard("post", post_id)
        self._week_posts: dict[tuple[Any, str], list[dict[str, Any]]] = {}
        self.quota_findings: list[Finding] = []
        self.attachments: list[dict[str, Any]] = [dict(a) for a in post.get("attachments") or []]
        self.setWindowTitle(self.tr("Edit post") if post_id else self.tr("New post"))
        fit_to_screen(self, 1040, 700)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_check)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(splitter)
        self.tabs.setAccessibleName(self.tr("Post fields"))
        # Each tab scrolls: at 200 % scaling (960×540) the form is taller than the dialog.
        self.tabs.addTab(_scrolled(self._build_post_tab(post)), self.tr("Post"))
        self.tabs.addTab(_scrolled(self._build_media_tab()), self.tr("Images and media"))
        self.tabs.addTab(self._build_links_tab(post), self.tr("Links"))
        self.tabs.addTab(_scrolled(self._build_more_tab(post)), self.tr("Website, archive, crisis"))
        # Preview, copy and "mark published" (issue 18): a self-contained tab, fed after every check.
        from mtk_admin_desktop.ui.planning.post_preview import PostPreview

        self.fb_preview = PostPreview(context, self.tabs)
        self.fb_preview.load_post(post_id, post)
        self.tabs.addTab(self.fb_preview, self.tr("Preview and copy"))
        self.findings_updated.connect(lambda found: self.fb_preview.update_post(self.values(), found))
        self.fb_preview.published.connect(self._published)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._build_findings_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 400])

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        # A colour pair, not a red text colour alone: red on a dark theme's window would be unreadable.
        self.error_label.setStyleSheet(palette.alert_css())
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._refresh_attachments()
        if restore_undated is not None:
            self.undated.setChecked(restore_undated)
        guard_wheel(self)  # scrolling the form never changes a page, kind, status or date
        self._initial = self.values()
        self._connect_changes()
        self.run_check()

    # -- building the form -------------------------------------------------------------------------

    def _build_post_tab(self, post: dict[str, Any]) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.page_combo = QComboBox(tab)
        self.page_combo.addItem(self.tr("(no page)"), None)
        for page in self.service.pages():
            label = page.name or "?"
            if page.is_main:
                label += " · " + self.tr("main page")
            self.page_combo.addItem(label, page.id)
        index = self.page_combo.findData(post.get("page_id"))
        self.page_combo.setCurrentIndex(max(index, 0))
        form.addRow(self._label(self.tr("&Page:"), self.page_combo), self.page_combo)

        when_row = QHBoxLayout()
        self.when_edit = DateTimeEdit(tab)
        planned = parse_planned(post.get("planned_at"))
        start = planned or (clock.now_oslo() + dt.timedelta(days=1)).replace(hour=10, minute=0)
        self.when_edit.set_value(start)
        self.undated = QCheckBox(self.tr("No date yet"), tab)
        self.undated.setChecked(planned is None and post_has_no_date(post))
        self.when_edit.setEnabled(not self.undated.isChecked())
        self.undated.toggled.connect(lambda on: self.when_edit.setEnabled(not on))
        when_row.addWidget(self.when_edit, 1)
        when_row.addWidget(self.undated)
        form.addRow(self._label(self.tr("&When (Oslo time):"), self.when_edit), when_row)

        self.title_edit = QLineEdit(post.get("title") or "", tab)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        self.text_edit = QPlainTextEdit(post.get("text") or "", tab)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(180)
        form.addRow(self._label(self.tr("Te&xt:"), self.text_edit), self.text_edit)

        self.kind_combo = QComboBox(tab)
        for key, label in KINDS.items():
            self.kind_combo.addItem(QCoreApplication.translate("Planning", label), key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(post.get("kind")), 0))
        form.addRow(self._label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        self.status_combo = QComboBox(tab)
        for key, label in STATUSES.items():
            self.status_combo.addItem(QCoreApplication.translate("Planning", label), key)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(post.get("status")), 0))
        form.addRow(self._label(self.tr("St&atus:"), self.status_combo), self.status_combo)

        self.responsible_combo = QComboBox(tab)
        self.responsible_combo.setEditable(True)
        self._fill_people()
        self.responsible_combo.setEditText(post.get("responsible") or "")
        form.addRow(self._label(self.tr("&Responsible:"), self.responsible_combo), self.responsible_combo)
        return tab

    def _build_media_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.attachment_list = QListWidget(tab)
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        left.addWidget(self.attachment_list, 1)
        buttons = QHBoxLayout()
        self.add_image_button = QPushButton(icon("camera"), self.tr("Add &image…"), tab)
        self.add_video_button = QPushButton(self.tr("Add &video…"), tab)
        self.add_audio_button = QPushButton(self.tr("Add a&udio…"), tab)
        self.remove_attachment_button = QPushButton(self.tr("Remove"), tab)
        for button in (
            self.add_image_button,
            self.add_video_button,
            self.add_audio_button,
            self.remove_attachment_button,
        ):
            buttons.addWidget(button)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        self.detail = QGroupBox(self.tr("Selected attachment"), tab)
        form = self.detail_form = QFormLayout(self.detail)
        self.preview = QLabel(self.detail)
        self.preview.setMinimumSize(240, 160)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Image preview"))
        form.addRow(self.preview)
        self.alt_edit = QPlainTextEdit(self.detail)
        self.alt_edit.setTabChangesFocus(True)
        self.alt_edit.setMaximumHeight(70)
        form.addRow(self._label(self.tr("&Alternative text:"), self.alt_edit), self.alt_edit)
        self.contains_text_check = QCheckBox(self.tr("The image contains text"), self.detail)
        form.addRow(self.contains_text_check)
        self.image_text_edit = QLineEdit(self.detail)
        form.addRow(self._label(self.tr("Text in the image:"), self.image_text_edit), self.image_text_edit)
        self.photographer_edit = QLineEdit(self.detail)
        form.addRow(
            self._label(self.tr("Photographer or source:"), self.photographer_edit), self.photographer_edit
        )
        self.licence_edit = QLineEdit(self.detail)
        self.licence_edit.setPlaceholderText(
            self.tr("e.g. own photo, CC BY 4.0, consent from the people shown")
        )
        form.addRow(self._label(self.tr("Licence or consent:"), self.licence_edit), self.licence_edit)
        self.captions_check = QCheckBox(self.tr("The video is captioned"), self.detail)
        form.addRow(self.captions_check)
        self.transcript_check = QCheckBox(self.tr("The audio has a transcript"), self.detail)
        form.addRow(self.transcript_check)
        layout.addWidget(self.detail, 1)

        self.add_image_button.clicked.connect(self.add_image)
        # A video or a sound is named by its file, so a finding says which one ("Video intervju.mp4 …").
        self.add_video_button.clicked.connect(lambda: self.add_media("video"))
        self.add_audio_button.clicked.connect(lambda: self.add_media("audio"))
        self.remove_attachment_button.clicked.connect(self._remove_attachment)
        self.attachment_list.currentRowChanged.connect(self._show_attachment)
        for edit in (self.image_text_edit, self.photographer_edit, self.licence_edit):
            edit.textEdited.connect(self._store_attachment)
        self.alt_edit.textChanged.connect(self._store_attachment)
        for box in (self.contains_text_check, self.captions_check, self.transcript_check):
            box.toggled.connect(self._store_attachment)
        return tab

    def _build_links_tab(self, post: dict[str, Any]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(self.tr('Link text says where the link goes (not "click here").'), tab)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.links_table = QTableWidget(0, 2, tab)
        self.links_table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.links_table.setHorizontalHeaderLabels([self.tr("Address (URL)"), self.tr("Link text")])
        self.links_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.links_table.setAccessibleName(self.tr("Links"))
        for link in post.get("links") or []:
            self._append_link(link.get("url") or "", link.get("text") or "")
        layout.addWidget(self.links_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add &link"), tab)
        remove = QPushButton(self.tr("Remove link"), tab)
        add.clicked.connect(self._add_link)
        remove.clicked.connect(self._remove_link)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _build_more_tab(self, post: dict[str, Any]) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        website = post.get("website") or {}
        self.website_mode = QComboBox(tab)
        self.website_mode.addItem(self.tr("Not recorded"), "")
        for key, label in WEBSITE_MODES.items():
            self.website_mode.addItem(QCoreApplication.translate("Planning", label), key)
        self.website_mode.setCurrentIndex(max(self.website_mode.findData(website.get("mode") or ""), 0))
        form.addRow(self._label(self.tr("&Website counterpart:"), self.website_mode), self.website_mode)
        self.website_url = QLineEdit(website.get("url") or "", tab)
        self.website_url.setPlaceholderText("https://www.midt-telemark.kommune.no/…")
        form.addRow(self._label(self.tr("Website URL:"), self.website_url), self.website_url)
        self.website_reason = QLineEdit(website.get("reason") or "", tab)
        form.addRow(self._label(self.tr("Why not relevant:"), self.website_reason), self.website_reason)
        self.communication_check = QCheckBox(
            self.tr("Send to Kommunikasjon (of interest to more residents)"), tab
        )
        self.communication_check.setChecked(bool(post.get("send_to_communication")))
        form.addRow(self.communication_check)
        self.archive_check = QCheckBox(self.tr("Worth archiving"), tab)
        self.archive_check.setChecked(bool(post.get("archive_worthy")))
        form.addRow(self.archive_check)
        self.archive_reason = QLineEdit(post.get("archive_reason") or "", tab)
        form.addRow(self._label(self.tr("Archive reason:"), self.archive_reason), self.archive_reason)
        self.crisis_check = QCheckBox(self.tr("Approved by the crisis management (kriseledelsen)"), tab)
        self.crisis_check.setChecked(bool(post.get("crisis_approved")))
        form.addRow(self.crisis_check)
        self.crisis_by = QLineEdit(post.get("crisis_approved_by") or "", tab)
        form.addRow(self._label(self.tr("Approved by:"), self.crisis_by), self.crisis_by)
        return tab

    def _build_findings_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.quota_label = QLabel(panel)
        self.quota_label.setWordWrap(True)
        self.quota_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quota_label.hide()
        layout.addWidget(self.quota_label)
        self.findings_title = QLabel(panel)
        self.findings_title.setWordWrap(True)
        layout.addWidget(self.findings_title)
        self.findings_list = QListWidget(panel)
        self.findings_list.setWordWrap(True)
        # Long messages wrap instead of hiding behind a horizontal scroll bar.
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.findings_list.setSpacing(2)
        self.findings_list.setAccessibleName(self.tr("Findings"))
        self.findings_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_title.setBuddy(self.findings_list)
        self.findings_list.itemActivated.connect(self.go_to_finding)
        self.findings_list.itemClicked.connect(self.go_to_finding)
        layout.addWidget(self.findings_list, 1)
        self.quote_label = QLabel(panel)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_label.setAccessibleName(self.tr("The guideline's words"))
        self.findings_list.currentRowChanged.connect(self._show_quote)
        layout.addWidget(self.quote_label)
        return panel

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        name = text.replace("&", "").rstrip(":")
        if isinstance(buddy, QComboBox):
            name_combo(buddy, name)
        else:
            buddy.setAccessibleName(name)
        return label

    def _fill_people(self) -> None:
        page_id = self.page_combo.currentData()
        current = self.responsible_combo.currentText()
        self.responsible_combo.blockSignals(True)
        self.responsible_combo.clear()
        names: list[str] = []
        if page_id:
            roles = self.context.register.current_roles(page_id)
            names = sorted({r.person_name for r in roles} - {""})
        self.responsible_combo.addItems(names)
        self.responsible_combo.setEditText(current)
        self.responsible_combo.blockSignals(False)

    def _connect_changes(self) -> None:
        for edit in (
            self.title_edit,
            self.website_url,
            self.website_reason,
            self.archive_reason,
            self.crisis_by,
        ):
            edit.textChanged.connect(self.schedule_check)
        self.text_edit.textChanged.connect(self.schedule_check)
        for combo in (self.kind_combo, self.status_combo, self.website_mode):
            combo.currentIndexChanged.connect(self.schedule_check)
        self.page_combo.currentIndexChanged.connect(self._page_changed)
        self.responsible_combo.editTextChanged.connect(self.schedule_check)
        for box in (self.undated, self.communication_check, self.archive_check, self.crisis_check):
            box.toggled.connect(self.schedule_check)
        self.when_edit.changed.connect(self.schedule_check)
        self.links_table.itemChanged.connect(self.schedule_check)

    def _page_changed(self) -> None:
        self._fill_people()
        self.schedule_check()

    # -- attachments -------------------------------------------------------------------------------

    def choose_image_file(self) -> str:
        """Ask for an image file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        return path

    def choose_media_file(self, kind: str) -> str:
        """Ask for a video or sound file (tests replace this); only its name is kept."""
        if kind == "video":
            title, pattern = self.tr("Add video"), self.tr("Videos (*.mp4 *.mov *.m4v *.webm *.avi *.mkv)")
        else:
            title, pattern = self.tr("Add audio"), self.tr("Sound files (*.mp3 *.m4a *.wav *.ogg *.aac)")
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern + ";;" + self.tr("All files (*)"))
        return path

    def add_media(self, kind: str) -> None:
        path = self.choose_media_file(kind)
        if not path:
            return
        name = Path(path).name
        if kind == "video":
            self._add_attachment({"type": "video", "captions": False, "name": name})
        else:
            self._add_attachment({"type": "audio", "transcript": False, "name": name})

    def add_image(self) -> None:
        path = self.choose_image_file()
        if not path:
            return
        try:
            attachment = self.service.add_image(Path(path))
        except OSError as exc:
            self._show_error(
                self.tr("Could not read the image: {error}").format(error=exc.strerror or str(exc))
            )
            return
        self._add_attachment(attachment)

    def _add_attachment(self, attachment: dict[str, Any]) -> None:
        self.attachments.append(attachment)
        self._refresh_attachments()
        self.attachment_list.setCurrentRow(len(self.attachments) - 1)
        self.schedule_check()

    def _remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._refresh_attachments()
            self.schedule_check()

    def _attachment_label(self, item: dict[str, Any]) -> str:
        kinds = {"image": self.tr("Image"), "video": self.tr("Video"), "audio": self.tr("Audio")}
        return f"{kinds.get(item.get('type', 'image'), '?')}: {item.get('name') or ''}"

    def _refresh_attachments(self) -> None:
        row = self.attachment_list.currentRow()
        self.attachment_list.blockSignals(True)
        self.attachment_list.clear()
        for item in self.attachments:
            self.attachment_list.addItem(self._attachment_label(item))
        self.attachment_list.blockSignals(False)
        if self.attachments:
            self.attachment_list.setCurrentRow(min(max(row, 0), len(self.attachments) - 1))
        self._show_attachment(self.attachment_list.currentRow())

    def _show_attachment(self, row: int) -> None:
        valid = 0 <= row < len(self.attachments)
        self.detail.setEnabled(valid)
        item = self.attachments[row] if valid else {}
        kind = item.get("type", "image")
        widgets = (
            self.alt_edit,
            self.contains_text_check,
            self.image_text_edit,
            self.photographer_edit,
            self.licence_edit,
            self.captions_check,
            self.transcript_check,
        )
        for w in widgets:
            w.blockSignals(True)
        self.alt_edit.setPlainText(item.get("alt_text") or "")
        self.contains_text_check.setChecked(bool(item.get("contains_text")))
        self.image_text_edit.setText(item.get("image_text") or "")
        self.photographer_edit.setText(item.get("photographer") or "")
        self.licence_edit.setText(item.get("licence") or item.get("consent") or "")
        self.captions_check.setChecked(bool(item.get("captions")))
        self.transcript_check.setChecked(bool(item.get("transcript")))
        for w in widgets:
            w.blockSignals(False)
        for w in (
            self.alt_edit,
            self.contains_text_check,
            self.image_text_edit,
            self.photographer_edit,
            self.licence_edit,
        ):
            w.setVisible(kind == "image")
            label = self.detail_form.labelForField(w)
            if label is not None:
                label.setVisible(kind == "image")
        self.captions_check.setVisible(kind == "video")
        self.transcript_check.setVisible(kind == "audio")
        self.preview.setVisible(kind == "image")
        pixmap = QPixmap()
        path = self.service.image_path(item.get("sha256") or "") if valid else None
        if path is not None and pixmap.load(str(path)):
            self.preview.setPixmap(
                pixmap.scaled(
                    240, 160, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.preview.setText(self.tr("No preview") if valid and kind == "image" else "")

    def _store_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if not 0 <= row < len(self.attachments):
            return
        item = self.attachments[row]
        kind = item.get("type", "image")
        if kind == "image":
            item.update(
                {
                    "alt_text": self.alt_edit.toPlainText(),
                    "contains_text": self.contains_text_check.isChecked(),
                    "image_text": self.image_text_edit.text(),
                    "photographer": self.photographer_edit.text(),
                    "licence": self.licence_edit.text(),
                }
            )
        elif kind == "video":
            item["captions"] = self.captions_check.isChecked()
        elif kind == "audio":
            item["transcript"] = self.transcript_check.isChecked()
        self.schedule_check()

    # -- links -------------------------------------------------------------------------------------

    def _add_link(self) -> None:
        self._append_link("", "")
        self.links_table.setFocus()

    def _append_link(self, url: str, text: str) -> None:
        row = self.links_table.rowCount()
        self.links_table.insertRow(row)
        self.links_table.setItem(row, 0, QTableWidgetItem(url))
        self.links_table.setItem(row, 1, QTableWidgetItem(text))
        self.links_table.setCurrentCell(row, 0)

    def _remove_link(self) -> None:
        row = self.links_table.currentRow()
        if row >= 0:
            self.links_table.removeRow(row)
            self.schedule_check()

    def _links(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.links_table.rowCount()):
            url_item, text_item = self.links_table.item(row, 0), self.links_table.item(row, 1)
            url = (url_item.text() if url_item is not None else "").strip()
            text = (text_item.text() if text_item is not None else "").strip()
            if url or text:
                out.append({"url": url, "text": text})
        return out

    # -- values, checks and saving -----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The post as the form has it now."""
        planned = None
        if not self.undated.isChecked():
            moment = self.when_edit.value()
            planned = format_planned(moment) if moment is not None else None
        mode = self.website_mode.currentData() or ""
        website: dict[str, str] = {}
        if mode:
            website = {
                "mode": mode,
                "url": self.website_url.text().strip(),
                "reason": self.website_reason.text().strip(),
            }
        return {
            "page_id": self.page_combo.currentData(),
            "planned_at": planned,
            "title": self.title_edit.text().strip(),
            "text": self.text_edit.toPlainText(),
            "kind": self.kind_combo.currentData(),
            "status": self.status_combo.currentData(),
            "responsible": self.responsible_combo.currentText().strip(),
            "attachments": [dict(a) for a in self.attachments],
            "links": self._links(),
            "website": website,
            "send_to_communication": int(self.communication_check.isChecked()),
            "archive_worthy": int(self.archive_check.isChecked()),
            "archive_reason": self.archive_reason.text().strip(),
            "crisis_approved": int(self.crisis_check.isChecked()),
            "crisis_approved_by": self.crisis_by.text().strip(),
        }

    def schedule_check(self, *_: Any) -> None:
        if not self._closed:
            self.timer.start()
            self.drafts.touch()

    # -- nothing typed is lost -----------------------------------------------------------------------

    def _published(self) -> None:
        """Marking published has stored the status: the form shows it, and it is no unsaved change."""
        self.status_combo.setCurrentIndex(self.status_combo.findData("publisert"))
        self._initial = {**self._initial, "status": "publisert"}

    def is_dirty(self) -> bool:
        """True when the form differs from the post as saved (or a crash's draft was restored)."""
        return self.restored or self.values() != self._initial

    def draft_title(self) -> str:
        title = self.title_edit.text().strip() or self.text_edit.toPlainText().strip().split("\n")[0][:60]
        return title or (self.tr("a new post") if not self.post_id else self.tr("the post"))

    def _draft_values(self) -> dict[str, Any]:
        return {**self.values(), "_undated": self.undated.isChecked()}

    def needs_asking(self) -> bool:
        return not self._closed and self.is_dirty()

    def save_from_question(self) -> None:
        self.save()

    def done(self, result: int) -> None:
        # A check pending after the dialog closed would read a store that may be gone by then.
        self._closed = True
        self.timer.stop()
        super().done(result)

    def run_check(self) -> None:
        """Check the form now (the debounced timer calls this; the checks are pure and take a few ms)."""
        values = self.values()
        page_id = values.get("page_id")
        if self._check_context is None or page_id != self._check_context_page:
            self._check_context = self.service.check_context(page_id)
            self._check_context_page = page_id
        started = time.perf_counter()
        quota, self.quota_findings = self._quota(values)
        self.findings = self.service.check_post(values, self._check_context) + self.quota_findings
        self.last_check_ms = (time.perf_counter() - started) * 1000
        self._show_quota(values, quota)
        self._show_findings()
        self.findings_updated.emit(self.findings)

    def _quota(self, values: dict[str, Any]) -> tuple[Any, list[Finding]]:
        """R11 as you type: the page's week and day with this post counted (read once per week)."""
        page_id = values.get("page_id")
        planned = parse_planned(values.get("planned_at")) if values.get("planned_at") else None
        page = self._page(page_id)
        if not page or not page.is_main or planned is None:
            return None, []
        week = week_of(planned.date())
        key = (page_id, week)
        if key not in self._week_posts:
            days = week_days(week)
            self._week_posts[key] = self.service.posts_between(days[0], days[-1], [str(page_id)])
        return check_post_quota(values, self.post_id, page, self._week_posts[key])

    def _page(self, page_id: Any) -> Page | None:
        if not page_id:
            return None
        if getattr(self, "_page_cache", (None, None))[0] != page_id:
            self._page_cache = (page_id, self.service.page(page_id))
        return self._page_cache[1]

    def _show_quota(self, values: dict[str, Any], quota: Any) -> None:
        if quota is None:
            self.quota_label.setText("")
            self.quota_label.hide()
            return
        planned = parse_planned(values.get("planned_at"))
        day = planned.date() if planned else None
        year, number, _ = day.isocalendar() if day else (0, 0, 0)
        on_day = quota.per_day.get(day, 0) if day else 0
        text = self.tr(
            "R11, main page with this post: week {number}, {year}: {count} news items "
            "(guideline {low}–{high}); {day}: {on_day} (at most {day_max} on a working day)."
        ).format(
            number=number, year=year, count=quota.count, low=WEEK_MIN, high=WEEK_MAX,
            day=format_date(day), on_day=on_day, day_max=DAY_MAX,
        )
        self.quota_label.setText(text)
        self.quota_label.setAccessibleName(text)
        over = quota.count > WEEK_MAX or (day in quota.working_days and on_day > DAY_MAX)
        self.quota_label.setStyleSheet(
            palette.QUOTA["over" if over else "within"].css() + "padding: 3px 6px; border-radius: 3px;"
        )
        self.quota_label.show()

    def _show_findings(self) -> None:
        self.findings_list.clear()
        if not self.findings:
            self.findings_title.setText(self.tr("No findings: the post follows the guideline."))
        else:
            self.findings_title.setText(self.tr("&Findings ({count}):").format(count=len(self.findings)))
        for finding in self.findings:
            text = f"{finding.rule} · {severity_word(finding.severity)}: {i18n.tr_text(finding.message)}"
            item = QListWidgetItem(severity_icon(finding.severity.key), text)
            item.setToolTip(i18n.tr_text(rule(finding.rule).quote_text()))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.findings_list.addItem(item)
        self.quote_label.setText("")

    def _show_quote(self, row: int) -> None:
        item = self.findings_list.item(row)
        if item is None:
            self.quote_label.setText("")
            return
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        quote = i18n.tr_text(rule(finding.rule).quote_text())
        self.quote_label.setText(
            self.tr("The guideline ({rule}): “{quote}”").format(rule=finding.rule, quote=quote)
        )

    def go_to_finding(self, item: QListWidgetItem) -> None:
        """Take the user to what a finding concerns: select its text span, or focus its field."""
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        targets: dict[str, tuple[int, QWidget]] = {
            "text": (0, self.text_edit),
            "planned_at": (0, self.when_edit),
            "responsible": (0, self.responsible_combo),
            "attachments": (1, self.attachment_list),
            "links": (2, self.links_table),
            "website": (3, self.website_mode),
            "send_to_communication": (3, self.communication_check),
            "archive_reason": (3, self.archive_reason),
            "crisis_approved": (3, self.crisis_check),
        }
        tab, widget = targets.get(finding.field or "", (0, self.text_edit))
        self.tabs.setCurrentIndex(tab)
        if finding.span is not None and finding.field == "text":
            cursor = self.text_edit.textCursor()
            start, end = _utf16_offsets(self.text_edit.toPlainText(), finding.span)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.text_edit.setTextCursor(cursor)
        index = finding.data.get("index")
        if finding.field == "attachments" and isinstance(index, int):
            self.attachment_list.setCurrentRow(index)
        if finding.field == "links" and isinstance(index, int):
            self.links_table.setCurrentCell(index, 1)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def save(self) -> None:
        """Save as it is (findings never stop this); only an unusable form is refused, with the reason."""
        if not self.undated.isChecked() and (not self.when_edit.is_valid() or self.when_edit.value() is None):
            self.tabs.setCurrentIndex(0)
            self.when_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_error(
                self.tr('Type the date as dd.mm.yyyy and the time as HH:MM, or tick "No date yet".')
            )
            return
        values = self.values()
        try:
            self.saved_id = self.service.save_post(values, self.post_id)
        except PlanningError as exc:
            self._show_error(i18n.tr_text(exc.text))
            return
        self.post_id = self.saved_id
        self.drafts.finish()
        self.accept()

    @classmethod
    def ask(
        cls,
        context: AppContext,
        post_id: str | None = None,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        restore: bool = False,
    ) -> str | None:
        """Open the editor (``restore``: with the draft a crash left, without asking); the saved post's
        id, or None if cancelled."""
        dialog = cls(context, post_id, initial, parent, restore)
        result = dialog.exec()
        return dialog.saved_id if result == QDialog.DialogCode.Accepted else None


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows the focus (no Tab stop of its own)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


def post_has_no_date(post: dict[str, Any]) -> bool:
    """An existing idea without a date stays undated; a new post gets tomorrow 10:00."""
    return bool(post.get("id")) and not post.get("planned_at")


def _utf16_offsets(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Python string indices → Qt's UTF-16 positions (emoji count twice in Qt)."""

    def conv(i: int) -> int:
        return len(text[:i].encode("utf-16-le")) // 2

    return conv(span[0]), conv(span[1])
