"""The "new entry" form: what was removed, why, by whom, with screenshots captured, pasted or opened."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from PySide6.QtCore import QEventLoop, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.moderation import ACTIONS, GROUNDS, EntryDraft, action_text, ground_text
from mtk_admin_desktop.domain.records import ModerationEntry
from mtk_admin_desktop.domain.rules import rule_quote
from mtk_admin_desktop.icons import icon, severity_icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.failures import classify
from mtk_admin_desktop.services.moderation import EntryRefusedError
from mtk_admin_desktop.services.moderation_capture import (
    CaptureError,
    Grab,
    cropped,
    image_from_mime,
    load_image_file,
    original_mime,
    screen_label,
    screens,
    store_grab,
)
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.moderation.region_selector import RegionSelector
from mtk_admin_desktop.ui.moderation.screen_capture import ScreenCapturer
from mtk_admin_desktop.ui.screen_fit import fit_to_screen
from mtk_admin_desktop.ui.widgets import name_combo
from mtk_admin_desktop.ui.widgets.dates import DateTimeEdit, guard_wheel
from mtk_admin_desktop.ui.widgets.unsaved import AskBeforeDiscard, DraftKeeper, RestoreQuestion

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.webp"


class EntryDialog(AskBeforeDiscard):
    """Registers one moderation entry (or a correction of an earlier one)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        corrects: ModerationEntry | None = None,
        restore: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.moderation
        self.corrects = corrects
        self.grabs: list[Grab] = []
        self.saved_id: str | None = None
        self._capturer: ScreenCapturer | None = None
        self.setWindowTitle(
            self.tr("Correct moderation entry") if corrects else self.tr("New moderation entry")
        )
        self.setAcceptDrops(True)
        self._build()
        if corrects:
            self._fill_from(corrects)
        guard_wheel(self)  # scrolling the form never changes the page, action, ground or time
        self.drafts = DraftKeeper(
            context, "moderation_entry", corrects.id if corrects else None,
            self.draft_values, self.is_dirty, self.draft_title, self,
        )
        self.restored = False
        self._initial = self.draft_values(store=False)
        pending = self.drafts.pending()
        if pending is not None:
            if restore or RestoreQuestion.ask(parent, pending):
                self.restore(pending.values)
                self.restored = True
            else:
                self.drafts.service.discard(self.drafts.kind, self.drafts.key)
        self._connect_autosave()
        self._update_findings()
        fit_to_screen(self, 920, 760)

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        context: AppContext,
        parent: QWidget | None = None,
        corrects: ModerationEntry | None = None,
        restore: bool = False,
    ) -> str | None:
        """Show the form (``restore``: with the draft a crash left); the new entry's id, or None."""
        dialog = cls(context, parent, corrects, restore)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Not exec(): capturing the screen hides the dialog, and hiding would end exec()'s loop.
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        dialog.show()
        loop.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # The scroll area follows the focused field; as a Tab stop of its own it would only be a silent step.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        where = QGroupBox(self.tr("The comment"), body)
        form = QFormLayout(where)
        self.page_combo = QComboBox(where)
        self.page_combo.addItem(self.tr("Choose a page…"), "")
        for page in self.service.pages():
            self.page_combo.addItem(page.name or page.id, page.id)
        form.addRow(self._label(self.tr("&Page:"), self.page_combo), self.page_combo)
        self.post_edit = QLineEdit(where)
        self.post_edit.setPlaceholderText(self.tr("Address of the post, or its first words"))
        form.addRow(self._label(self.tr("P&ost:"), self.post_edit), self.post_edit)
        self.author_edit = QLineEdit(where)
        self.author_edit.setPlaceholderText(self.tr("The name as shown on the comment"))
        form.addRow(self._label(self.tr("Comment &by:"), self.author_edit), self.author_edit)
        posted_row = QHBoxLayout()
        self.posted_known = QCheckBox(self.tr("&Known"), where)
        self.posted_known.setAccessibleName(self.tr("Posting time known"))
        # Oslo time whatever the computer's zone: evidence must read as it did on the page.
        self.posted_edit = DateTimeEdit(where, clock.now_oslo().replace(second=0, microsecond=0))
        self.posted_edit.setEnabled(False)
        self.posted_known.toggled.connect(self.posted_edit.setEnabled)
        posted_row.addWidget(self.posted_known)
        posted_row.addWidget(self.posted_edit, 1)
        form.addRow(self._label(self.tr("Posted &at:"), self.posted_edit), posted_row)
        self.text_edit = QPlainTextEdit(where)
        self.text_edit.setPlaceholderText(self.tr("The comment's text exactly as it stood (paste it)"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        form.addRow(self._label(self.tr("Comment &text:"), self.text_edit), self.text_edit)
        left.addWidget(where, 1)

        what = QGroupBox(self.tr("What was done, and why"), body)
        form2 = QFormLayout(what)
        self.action_combo = QComboBox(what)
        for action in ACTIONS:
            self.action_combo.addItem(i18n.tr_text(action_text(action)), action)
        form2.addRow(self._label(self.tr("Actio&n:"), self.action_combo), self.action_combo)
        self.ground_combo = QComboBox(what)
        self.ground_combo.addItem(self.tr("— no ground —"), None)
        for ground in GROUNDS:
            self.ground_combo.addItem(i18n.tr_text(ground_text(ground)), ground)
        form2.addRow(self._label(self.tr("&Ground (R13):"), self.ground_combo), self.ground_combo)
        self.justification_edit = QPlainTextEdit(what)
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setFixedHeight(60)
        form2.addRow(
            self._label(self.tr("&Justification:"), self.justification_edit), self.justification_edit
        )
        self.moderator_label = QLabel(what)
        self.moderator_label.setTextFormat(Qt.TextFormat.PlainText)
        form2.addRow(self.tr("Moderator:"), self.moderator_label)
        self.approved_combo = QComboBox(what)
        self.approved_combo.setEditable(True)
        self.approved_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form2.addRow(self._label(self.tr("Approved b&y:"), self.approved_combo), self.approved_combo)
        name_combo(self.approved_combo, self.tr("Approved by"))
        archive_row = QHBoxLayout()
        self.archive_check = QCheckBox(self.tr("Has &documentation value (R14)"), what)
        self.archive_reason = QLineEdit(what)
        self.archive_reason.setPlaceholderText(self.tr("Why it must be archived"))
        self.archive_reason.setAccessibleName(self.tr("Reason for archiving"))
        self.archive_reason.setEnabled(False)
        self.archive_check.toggled.connect(self.archive_reason.setEnabled)
        archive_row.addWidget(self.archive_check)
        archive_row.addWidget(self.archive_reason, 1)
        form2.addRow(self.tr("Archive:"), archive_row)
        left.addWidget(what)
        left.addStretch(1)

        shots = QGroupBox(self.tr("Screenshots"), body)
        shots_layout = QVBoxLayout(shots)
        screen_row = QHBoxLayout()
        self.screen_combo = QComboBox(shots)
        for screen in screens():
            self.screen_combo.addItem(screen_label(screen), screen.name())
        screen_row.addWidget(self._label(self.tr("Scr&een:"), self.screen_combo))
        screen_row.addWidget(self.screen_combo, 1)
        shots_layout.addLayout(screen_row)
        buttons = QHBoxLayout()
        self.capture_button = QPushButton(icon("camera"), self.tr("&Capture screen"), shots)
        self.capture_button.setToolTip(
            self.tr("Hides this program, captures the chosen screen, then lets you mark the region to keep")
        )
        self.paste_button = QPushButton(self.tr("Paste &image"), shots)
        self.paste_button.setToolTip(
            self.tr("Paste a screenshot from the clipboard (for example after Win+Shift+S)")
        )
        self.file_button = QPushButton(self.tr("Open &file…"), shots)
        for button in (self.capture_button, self.paste_button, self.file_button):
            buttons.addWidget(button)
        shots_layout.addLayout(buttons)
        self.capture_button.clicked.connect(self.capture_screen)
        self.paste_button.clicked.connect(self.paste_image)
        self.file_button.clicked.connect(self.open_file)
        self.shot_list = QListWidget(shots)
        self.shot_list.setAccessibleName(self.tr("Screenshots of this entry"))
        self.shot_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.shot_list.setIconSize(QSize(150, 110))
        self.shot_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shot_list.setMinimumHeight(150)
        shots_layout.addWidget(self.shot_list)
        self.remove_button = QPushButton(self.tr("&Remove screenshot"), shots)
        self.remove_button.clicked.connect(self.remove_selected)
        shots_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(self.tr("You can also drop image files here."), shots)
        hint.setWordWrap(True)
        shots_layout.addWidget(hint)
        self.capture_message = QLabel(shots)
        self.capture_message.setWordWrap(True)
        self.capture_message.setTextFormat(Qt.TextFormat.PlainText)
        self.capture_message.setVisible(False)
        self.capture_message.setAccessibleName(self.tr("Screenshot message"))
        shots_layout.addWidget(self.capture_message)
        right.addWidget(shots)

        checks = QGroupBox(self.tr("Rules"), body)
        checks_layout = QVBoxLayout(checks)
        self.findings_list = QListWidget(checks)
        self.findings_list.setAccessibleName(self.tr("Rule findings for this entry"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setMinimumHeight(120)
        show_focus_frame(self.shot_list, self.findings_list)  # the style marks no focus in an empty list
        checks_layout.addWidget(self.findings_list)
        self.signing_label = QLabel(checks)
        self.signing_label.setWordWrap(True)
        self.signing_label.setTextFormat(Qt.TextFormat.PlainText)
        checks_layout.addWidget(self.signing_label)
        right.addWidget(checks, 1)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save entry"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)

        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.activated.connect(self._paste_shortcut)
        for widget in (self.page_combo, self.action_combo, self.ground_combo):
            widget.currentIndexChanged.connect(self._update_findings)
        self.page_combo.currentIndexChanged.connect(self._update_approvers)
        for edit in (self.text_edit, self.justification_edit):
            edit.textChanged.connect(self._update_findings)
        self.approved_combo.editTextChanged.connect(self._update_findings)
        self.archive_check.toggled.connect(self._update_findings)
        self.archive_reason.textChanged.connect(self._update_findings)
        self._update_signing()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _fill_from(self, entry: ModerationEntry) -> None:
        index = self.page_combo.findData(entry.page_id)
        if index >= 0:
            self.page_combo.setCurrentIndex(index)
        self.post_edit.setText(entry.post_ref)
        self.author_edit.setText(entry.comment_author)
        self.text_edit.setPlainText(entry.comment_text)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(entry.action)))
        self.ground_combo.setCurrentIndex(max(0, self.ground_combo.findData(entry.ground)))
        self.justification_edit.setPlainText(entry.justification)
        self.approved_combo.setEditText(entry.approved_by or "")
        posted = _parse_moment(entry.comment_posted_at)
        if posted is not None:
            self.posted_known.setChecked(True)
            self.posted_edit.set_value(posted)
        for sha in entry.screenshots:
            pixmap = QPixmap(str(self.service.screenshot_path(sha)))
            item = QListWidgetItem(QIcon(pixmap), self.tr("Saved screenshot"))
            item.setData(Qt.ItemDataRole.UserRole, sha)
            self.shot_list.addItem(item)

    # -- state -----------------------------------------------------------------------------------

    def draft(self) -> EntryDraft:
        """The form's content as a draft (screenshots not yet stored count by placeholder)."""
        posted = None
        moment = self.posted_edit.value() if self.posted_known.isChecked() else None
        if moment is not None:
            # Typed as Oslo wall-clock time; stored as UTC with its zone, shown and archived in Oslo time.
            posted = moment.astimezone(dt.UTC).isoformat(timespec="minutes")
        kept = [self.shot_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.shot_list.count())]
        return EntryDraft(
            page_id=str(self.page_combo.currentData() or ""),
            action=str(self.action_combo.currentData()),
            ground=self.ground_combo.currentData(),
            comment_text=self.text_edit.toPlainText(),
            comment_author=self.author_edit.text(),
            comment_posted_at=posted,
            post_ref=self.post_edit.text(),
            justification=self.justification_edit.toPlainText(),
            moderator=self.service.current_user(),
            approved_by=self.approved_combo.currentText(),
            screenshots=[k for k in kept if isinstance(k, str)],
            pending_screenshots=sum(1 for k in kept if isinstance(k, Grab)),
            corrects_id=self.corrects.id if self.corrects else None,
            archive_worthy=self.archive_check.isChecked(),
            archive_reason=self.archive_reason.text(),
        )

    # -- nothing typed is lost ----------------------------------------------------------------------

    def _connect_autosave(self) -> None:
        for line in (self.post_edit, self.author_edit, self.archive_reason):
            line.textChanged.connect(self.drafts.touch)
        for text in (self.text_edit, self.justification_edit):
            text.textChanged.connect(self.drafts.touch)
        for combo in (self.page_combo, self.action_combo, self.ground_combo):
            combo.currentIndexChanged.connect(self.drafts.touch)
        self.approved_combo.editTextChanged.connect(self.drafts.touch)
        for box in (self.posted_known, self.archive_check):
            box.toggled.connect(self.drafts.touch)
        self.posted_edit.changed.connect(self.drafts.touch)

    def draft_values(self, store: bool = True) -> dict[str, Any]:
        """The form as JSON-able data; pending screenshots are kept as blobs (not yet as evidence)."""
        shots: list[dict[str, Any]] = []
        for i in range(self.shot_list.count()):
            data = self.shot_list.item(i).data(Qt.ItemDataRole.UserRole)
            if isinstance(data, Grab):
                if not store:
                    shots.append({"pending": id(data)})
                    continue
                sha = self._draft_blobs.get(id(data))
                if sha is None:
                    sha = self.service.keep_draft_screenshot(data.encoded())
                    self._draft_blobs[id(data)] = sha
                shots.append(
                    {
                        "blob": sha,
                        "screen": data.screen,
                        "captured_at": data.captured_at,
                        "original": data.original is not None,  # kept as given: it comes back as given
                    }
                )
            else:
                shots.append({"sha": str(data)})
        moment = self.posted_edit.value()
        return {
            "page_id": str(self.page_combo.currentData() or ""),
            "post_ref": self.post_edit.text(),
            "comment_author": self.author_edit.text(),
            "posted_known": self.posted_known.isChecked(),
            "posted_at": moment.isoformat() if moment else None,
            "comment_text": self.text_edit.toPlainText(),
            "action": self.action_combo.currentData(),
            "ground": self.ground_combo.currentData(),
            "justification": self.justification_edit.toPlainText(),
            "approved_by": self.approved_combo.currentText(),
            "archive_worthy": self.archive_check.isChecked(),
            "archive_reason": self.archive_reason.text(),
            "screenshots": shots,
        }

    @property
    def _draft_blobs(self) -> dict[int, str]:
        if not hasattr(self, "_blobs_of_grabs"):
            self._blobs_of_grabs: dict[int, str] = {}
        return self._blobs_of_grabs

    def is_dirty(self) -> bool:
        return self.restored or self.draft_values(store=False) != self._initial

    def draft_title(self) -> str:
        text = " ".join(self.text_edit.toPlainText().split())[:50]
        if text:
            return f"«{text}»"
        return self.tr("a moderation entry")

    def restore(self, values: dict[str, Any]) -> None:
        """Fill the form from an autosaved draft."""
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(values.get("page_id") or "")))
        self.post_edit.setText(str(values.get("post_ref") or ""))
        self.author_edit.setText(str(values.get("comment_author") or ""))
        self.posted_known.setChecked(bool(values.get("posted_known")))
        posted = _parse_moment(values.get("posted_at"))
        if posted is not None:
            self.posted_edit.set_value(posted)
        self.text_edit.setPlainText(str(values.get("comment_text") or ""))
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(values.get("action"))))
        self.ground_combo.setCurrentIndex(max(0, self.ground_combo.findData(values.get("ground"))))
        self.justification_edit.setPlainText(str(values.get("justification") or ""))
        self.approved_combo.setEditText(str(values.get("approved_by") or ""))
        self.archive_check.setChecked(bool(values.get("archive_worthy")))
        self.archive_reason.setText(str(values.get("archive_reason") or ""))
        self.shot_list.clear()
        self.grabs.clear()
        for shot in values.get("screenshots") or []:
            if shot.get("sha"):
                pixmap = QPixmap(str(self.service.screenshot_path(shot["sha"])))
                item = QListWidgetItem(QIcon(pixmap), self.tr("Saved screenshot"))
                item.setData(Qt.ItemDataRole.UserRole, shot["sha"])
                self.shot_list.addItem(item)
            elif shot.get("blob") and (kept := self.service.draft_screenshot(shot["blob"])) is not None:
                image = QImage.fromData(kept)
                if not image.isNull():
                    grab = Grab(
                        image,
                        str(shot.get("screen") or ""),
                        str(shot.get("captured_at") or ""),
                        kept if shot.get("original") and original_mime(kept) else None,
                    )
                    self._draft_blobs[id(grab)] = shot["blob"]
                    self.add_grab(grab)
        self._update_findings()

    def needs_asking(self) -> bool:
        return self.saved_id is None and self.is_dirty()

    def save_from_question(self) -> None:
        self.save()

    def findings(self) -> list[Finding]:
        return self.service.check(self.draft())

    def _update_approvers(self) -> None:
        text = self.approved_combo.currentText()
        self.approved_combo.clear()
        page_id = str(self.page_combo.currentData() or "")
        if page_id:
            self.approved_combo.addItems(self.service.main_administrators(page_id))
        self.approved_combo.setEditText(text)

    def _update_findings(self) -> None:
        draft = self.draft()
        findings = self.service.check(draft)
        self.findings_list.clear()
        for finding in findings:
            text = (
                f"{finding.rule}: {i18n.tr_text(finding.message)}\n«{i18n.tr_text(rule_quote(finding.rule))}»"
            )
            item = QListWidgetItem(severity_icon(finding.severity.key), text)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{self._severity_name(finding.severity)}: {text}"
            )
            self.findings_list.addItem(item)
        if not findings:
            self.findings_list.addItem(
                QListWidgetItem(severity_icon("ok"), self.tr("The entry meets the rules."))
            )
        self.save_button.setEnabled(worst(findings) != Severity.BLOCK)
        role = self.service.role_of(draft.page_id, draft.moderator) if draft.page_id else None
        roles = {
            "hovedadministrator": self.tr("main administrator"),
            "administrator": self.tr("administrator"),
            "redaktor": self.tr("editor"),
        }
        role_text = roles.get(role or "", self.tr("no role on this page"))
        no_name = self.tr("(no name in Settings)")  # outside the f-string: the translation tool reads it
        self.moderator_label.setText(f"{draft.moderator or no_name} — {role_text}")

    def _severity_name(self, severity: Severity) -> str:
        return {
            Severity.BLOCK: self.tr("Refused"),
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }[severity]

    def _update_signing(self) -> None:
        signed, reason = self.service.signing_state()
        if signed:
            self.signing_label.setText(
                self.tr(
                    "The entry will be sealed and signed with this computer's key, "
                    "so any later change can be detected."
                )
            )
        elif reason == "key_damaged":
            self.signing_label.setText(
                self.tr(
                    "Unsigned: the signing key in this computer's keyring is damaged (left as it is). The "
                    "entry is still sealed with a hash chain. Ask IT to look at the keyring."
                )
            )
        elif reason == "key_mismatch":
            self.signing_label.setText(
                self.tr(
                    "Unsigned: this computer's signing key does not match the key "
                    "registered for it. Ask IT to check the keyring."
                )
            )
        else:
            self.signing_label.setText(
                self.tr(
                    "Unsigned: this computer has no keyring (password store) to keep a signing key in. The "
                    "entry is still sealed with a hash chain, but someone who edits the database could "
                    "recompute it. Ask IT to enable the keyring."
                )
            )

    # -- screenshots -----------------------------------------------------------------------------

    def add_grab(self, grab: Grab) -> None:
        """Add an image (already checked not blank) to the entry; stored when the entry is saved."""
        self.grabs.append(grab)
        pixmap = QPixmap.fromImage(grab.image)
        item = QListWidgetItem(QIcon(pixmap), f"{grab.image.width()}×{grab.image.height()}")
        item.setData(Qt.ItemDataRole.UserRole, grab)
        kept = (
            self.tr("kept as given ({format}, byte for byte)").format(format=grab.mime.split("/")[1].upper())
            if grab.original is not None
            else self.tr("saved as PNG")
        )
        item.setToolTip(f"{grab.screen}\n{kept}")
        self.shot_list.addItem(item)
        self.capture_message.setVisible(False)
        self._update_findings()
        if hasattr(self, "drafts"):
            self.drafts.touch()

    def show_capture_message(self, text: str) -> None:
        self.capture_message.setText("⚠ " + text)
        self.capture_message.setVisible(True)

    def _chosen_screen(self) -> Any:
        name = self.screen_combo.currentData()
        for screen in screens():
            if screen.name() == name:
                return screen
        return QGuiApplication.primaryScreen()

    def capture_screen(self) -> None:
        """Hide this program, grab the chosen screen, come back, and let the user choose the region."""
        screen = self._chosen_screen()
        if screen is None:
            self.show_capture_message(
                self.tr("No screen to capture. Paste a screenshot or open an image file.")
            )
            return
        windows: list[QWidget] = [self]
        parent = self.parentWidget()
        if parent is not None:
            windows.append(parent.window())
        self.capture_button.setEnabled(False)
        self._capturer = ScreenCapturer(windows, screen, self)
        self._capturer.grabbed.connect(lambda grab: self._on_grabbed(grab, screen))
        self._capturer.failed.connect(self._on_capture_failed)
        self._capturer.start()

    def _on_grabbed(self, grab: Grab, screen: Any) -> None:
        self.capture_button.setEnabled(True)
        region = RegionSelector.ask(grab.image, screen, self)
        if region is not None:
            self.add_grab(cropped(grab, region))  # a new image: its source says it was cut out

    def _on_capture_failed(self, message: str) -> None:
        self.capture_button.setEnabled(True)
        self.show_capture_message(message)

    def _paste_shortcut(self) -> None:
        # In the text fields Ctrl+V pastes text as usual; elsewhere it pastes a screenshot.
        focus = QApplication.focusWidget()
        if isinstance(focus, (QPlainTextEdit, QLineEdit)) or (
            isinstance(focus, QComboBox) and focus.isEditable()
        ):
            focus.paste()  # type: ignore[union-attr]
            return
        self.paste_image()

    def paste_image(self) -> None:
        try:
            grab = image_from_mime(QGuiApplication.clipboard().mimeData(), self.tr("Clipboard"))
        except CaptureError as exc:
            self.show_capture_message(str(exc))
            return
        if grab is None:
            self.show_capture_message(
                self.tr(
                    "The clipboard holds no image. Take a screenshot first (for "
                    "example with Win+Shift+S), then paste."
                )
            )
            return
        self.add_grab(grab)

    def open_file(self) -> None:
        path = self.choose_file()
        if path:
            self.add_file(path)

    def choose_file(self) -> str:
        """The file dialog (a method so tests can replace it)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open screenshot"), "", self.tr("Images") + f" ({IMAGE_FILTER})"
        )
        return name

    def add_file(self, path: str) -> None:
        try:
            self.add_grab(load_image_file(path))
        except CaptureError as exc:
            self.show_capture_message(str(exc))

    def remove_selected(self) -> None:
        for item in self.shot_list.selectedItems():
            data = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(data, Grab) and data in self.grabs:
                self.grabs.remove(data)
            self.shot_list.takeItem(self.shot_list.row(item))
        self._update_findings()
        self.drafts.touch()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasImage() or event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        try:
            grab = image_from_mime(event.mimeData(), self.tr("Dropped image"))
        except CaptureError as exc:
            self.show_capture_message(str(exc))
            return
        if grab is None:
            self.show_capture_message(self.tr("Only images can be dropped here."))
            return
        event.acceptProposedAction()
        self.add_grab(grab)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        draft = self.draft()
        if worst(self.service.check(draft)) == Severity.BLOCK:
            self._update_findings()
            return
        try:
            shas = []
            for i in range(self.shot_list.count()):
                data = self.shot_list.item(i).data(Qt.ItemDataRole.UserRole)
                shas.append(store_grab(self.context, data) if isinstance(data, Grab) else str(data))
            draft.screenshots = shas
            draft.pending_screenshots = 0
            result = self.service.add_entry(draft)
        except EntryRefusedError:
            self._update_findings()
            return
        except (CaptureError, OSError, sqlite3.Error) as exc:
            # Nothing is lost: the form stays open with everything the user entered (a full or
            # read-only disk: the store's transaction was rolled back, so it can be saved again).
            failure = classify(exc, self.context.paths.data_dir)
            self.show_capture_message(
                failure.message() if failure
                else self.tr("The entry could not be saved: {error}").format(error=exc))
            return
        self.saved_id = result.entry_id
        self.drafts.finish()
        self.accept()


def _parse_moment(value: Any) -> dt.datetime | None:
    """An ISO time with its zone (a naive one is UTC, as stored); None when empty or not a time."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
