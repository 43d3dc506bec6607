"""The detail form of one page, with the guideline's checklist beside it, live as the fields change.

The form never writes by itself: :class:`PageForm` emits ``save_requested`` and the page (the tab) calls
the service, so a refusal (R6, R19, ...) comes back as findings shown in the checklist and the banner.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.domain.register_urls import PLATFORMS, UrlError, parse_page_url
from mtk_admin_desktop.domain.rules import rule_quote
from mtk_admin_desktop.icons import severity_icon
from mtk_admin_desktop.services.register import VISUAL_PROFILE_URL
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.widgets import name_combo
from mtk_admin_desktop.ui.widgets.dates import DateEdit, format_date, guard_wheel


class ChecklistView(QListWidget):
    """The findings of the page being edited: icon, severity word, rule, message and the guideline's words.

    Signals:
        field_requested(str): the user activated a finding that names a form field.
    """

    field_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # the guideline's words are shown whole
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Checklist"))
        self.setSpacing(3)
        self.setAlternatingRowColors(False)
        self.findings: list[Finding] = []
        self.itemActivated.connect(self._activated)

    def set_findings(self, findings: list[Finding], reminders: list[Finding] | None = None) -> None:
        """Show ``findings`` (or "in order"), then ``reminders``: rules that always apply (R8)."""
        self.findings = list(findings)
        self.reminders = list(reminders or [])
        self.clear()
        if not findings:
            item = QListWidgetItem(
                severity_icon("ok"), self.tr("In order: the page meets the guideline's checklist.")
            )
            self.addItem(item)
        for reminder in self.reminders:
            quote = i18n.tr_text(rule_quote(reminder.rule))
            text = self.tr("Remember ({rule}): {message}").format(
                rule=reminder.rule, message=i18n.tr_text(reminder.message)
            )
            item = QListWidgetItem(severity_icon("info"), f"{text}\n\u00ab{quote}\u00bb")
            item.setData(Qt.ItemDataRole.UserRole, reminder.field)
            item.setToolTip(quote)
            self.addItem(item)
        if not findings:
            return
        for finding in findings:
            word = {
                Severity.BLOCK: self.tr("Refused"),
                Severity.ERROR: self.tr("Error"),
                Severity.WARNING: self.tr("Warning"),
                Severity.INFO: self.tr("Note"),
            }[finding.severity]
            quote = i18n.tr_text(rule_quote(finding.rule))
            text = f"{word} ({finding.rule}): {i18n.tr_text(finding.message)}\n\u00ab{quote}\u00bb"
            item = QListWidgetItem(severity_icon(finding.severity.key), text)
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            item.setToolTip(quote)
            self.insertItem(self.count() - len(self.reminders), item)

    def rules_shown(self) -> list[str]:
        return [f.rule for f in self.findings] + [f.rule for f in getattr(self, "reminders", [])]

    def _activated(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name:
            self.field_requested.emit(str(name))


class PageForm(QWidget):
    """Fields of one page (new or saved) and the actions on it.

    Signals:
        changed(): a field was edited (the checklist recomputes).
        save_requested(): the user pressed Save.
        status_requested(str): the user asked to move the page to another status.
        notice_mail_requested(): open the notice e-mail (R7.2).
        notice_sent_requested(): record the notice as sent.
    """

    changed = Signal()
    save_requested = Signal()
    revert_requested = Signal()
    status_requested = Signal(str)
    notice_mail_requested = Signal()
    notice_sent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Page | None = None
        self._loading = False
        self.dirty = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(palette.alert_css())
        self.banner.setAccessibleName(self.tr("Message"))
        self.banner.hide()
        outer.addWidget(self.banner)

        scroll = QScrollArea(self)
        # The fields take the focus, not the scroll area (an unnamed Tab stop for a screen reader);
        # QScrollArea still scrolls to the field that has it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        # -- the page itself (R1, R6, R19)
        box = QGroupBox(self.tr("Page"), body)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        self.url = QLineEdit(box)
        self.url.setPlaceholderText("https://www.facebook.com/...")
        self.url_hint = QLabel(box)
        self.url_hint.setWordWrap(True)
        self.platform = QComboBox(box)
        self.platform.addItem(self.tr("Detect from the address"), "")
        for key in (*PLATFORMS, "tiktok", "telegram"):
            self.platform.addItem(i18n.tr_text(rules.label(rules.PLATFORM_LABELS, key)), key)
        self.unit = QComboBox(box)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name_combo(self.unit, self.tr("Unit"))
        self.is_main = QCheckBox(self.tr("The municipality's main page (only one)"), box)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow("", self.url_hint)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("Un&it:"), self.unit)
        form.addRow("", self.is_main)
        layout.addWidget(box)

        # -- status and clearance (R17)
        box = QGroupBox(self.tr("Status and clearance"), body)
        form = QFormLayout(box)
        self.status_label = QLabel(box)
        self.status_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.next_status = QComboBox(box)
        self.change_status = QPushButton(self.tr("&Change status"), box)
        self.change_status.clicked.connect(self._status_clicked)
        row = QHBoxLayout()
        row.addWidget(self.next_status, 1)
        row.addWidget(self.change_status)
        self.cleared_by = QLineEdit(box)
        self.cleared_by.setPlaceholderText(self.tr("Who in the administration cleared the page"))
        self.cleared_on = self._optional_date(box)
        form.addRow(self.tr("Status:"), self.status_label)
        label = form.labelForField(self.status_label)
        self.status_label.setAccessibleName(self.tr("Status"))
        del label
        form.addRow(self.tr("Change to:"), row)
        self.next_status.setAccessibleName(self.tr("New status"))
        form.addRow(self.tr("Cleared &by:"), self.cleared_by)
        form.addRow(self.tr("Cleare&d on:"), self.cleared_on)
        layout.addWidget(box)

        # -- purpose and plan (R7.3, R7.4)
        box = QGroupBox(self.tr("Purpose and activity plan"), body)
        form = QFormLayout(box)
        self.purpose = QPlainTextEdit(box)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(60)
        self.target_group = QLineEdit(box)
        self.activity_what = QLineEdit(box)
        self.activity_what.setPlaceholderText(self.tr("What is published"))
        self.activity_frequency = QSpinBox(box)
        self.activity_frequency.setRange(0, 99)
        self.activity_frequency.setSpecialValueText(self.tr("not set"))
        self.activity_period = QComboBox(box)
        for key in rules.PERIODS:
            self.activity_period.addItem(i18n.tr_text(rules.label(rules.PERIOD_LABELS, key)), key)
        self.activity_period.setAccessibleName(self.tr("Per week or per month"))
        freq = QHBoxLayout()
        freq.addWidget(self.activity_frequency)
        freq.addWidget(self.activity_period)
        freq.addStretch(1)
        self.activity_by = QLineEdit(box)
        self.activity_by.setPlaceholderText(self.tr("Who publishes"))
        form.addRow(self.tr("P&urpose:"), self.purpose)
        form.addRow(self.tr("&Target group:"), self.target_group)
        form.addRow(self.tr("W&hat:"), self.activity_what)
        often = QLabel(self.tr("How o&ften:"), box)
        often.setBuddy(self.activity_frequency)  # a layout row gets no buddy by itself
        form.addRow(often, freq)
        form.addRow(self.tr("B&y whom:"), self.activity_by)
        layout.addWidget(box)

        # -- visual profile (R7.7), notice (R7.2), group (R18)
        box = QGroupBox(self.tr("Profile, notice and group"), body)
        form = QFormLayout(box)
        self.visual_profile_confirmed = QCheckBox(self.tr("Logo and colours follow the visual profile"), box)
        # The words outside the f-string: the translation tool does not read inside one.
        profile_words = self.tr("Open the visual profile")
        profile_link = QLabel(f"<a href='{VISUAL_PROFILE_URL}'>{profile_words}</a>", box)
        profile_link.setAccessibleName(profile_words)
        profile_link.setOpenExternalLinks(True)
        profile_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice_label = QLabel(box)
        self.notice_label.setWordWrap(True)
        self.notice_mail = QPushButton(self.tr("Write notice e-mail..."), box)
        self.notice_mail.clicked.connect(self.notice_mail_requested)
        self.notice_sent = QPushButton(self.tr("R&ecord notice as sent"), box)
        self.notice_sent.clicked.connect(self.notice_sent_requested)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_mail)
        notice_row.addWidget(self.notice_sent)
        notice_row.addStretch(1)
        self.is_group = QCheckBox(self.tr("The account is a (closed) group"), box)
        self.group_size = QSpinBox(box)
        self.group_size.setRange(0, 100000)
        self.group_size.setSpecialValueText(self.tr("unknown"))
        self.notes = QPlainTextEdit(box)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        form.addRow("", self.visual_profile_confirmed)
        form.addRow("", profile_link)
        form.addRow(self.tr("Notice to the service office:"), self.notice_label)
        self.notice_label.setAccessibleName(self.tr("Notice to the service office"))
        form.addRow("", notice_row)
        form.addRow("", self.is_group)
        form.addRow(self.tr("&Members:"), self.group_size)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addWidget(box)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"), self)
        # Not setDefault(): outside a dialog it has no effect on Enter, and the "default" frame it
        # draws looked the same as the focus frame, so a keyboard user could not see Save had the focus.
        # Ctrl+S saves from anywhere in the form.
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.clicked.connect(self.revert_requested)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        for edit in (
            self.name,
            self.url,
            self.target_group,
            self.activity_what,
            self.activity_by,
            self.cleared_by,
        ):
            edit.textEdited.connect(self._edited)
        self.unit.editTextChanged.connect(self._edited)
        for text_edit in (self.purpose, self.notes):
            text_edit.textChanged.connect(self._edited)
        for combo in (self.platform, self.activity_period):
            combo.currentIndexChanged.connect(self._edited)
        for check in (self.is_main, self.visual_profile_confirmed, self.is_group):
            check.toggled.connect(self._edited)
        for spin in (self.activity_frequency, self.group_size):
            spin.valueChanged.connect(self._edited)
        self.cleared_on.dateChanged.connect(self._edited)
        self.url.textEdited.connect(self._update_url_hint)
        self.is_group.toggled.connect(self.group_size.setEnabled)
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "url": self.url,
            "platform": self.platform,
            "unit": self.unit,
            "is_main": self.is_main,
            "status": self.next_status,
            "cleared_by": self.cleared_by,
            "cleared_on": self.cleared_on,
            "purpose": self.purpose,
            "target_group": self.target_group,
            "activity_what": self.activity_what,
            "activity_frequency": self.activity_frequency,
            "activity_period": self.activity_period,
            "activity_by": self.activity_by,
            "visual_profile_confirmed": self.visual_profile_confirmed,
            "notice_sent_on": self.notice_mail,
            "is_group": self.is_group,
            "group_size": self.group_size,
            "notes": self.notes,
        }
        guard_wheel(self)  # scrolling the form never changes a platform, frequency or member count
        self.set_page(None)

    def _optional_date(self, parent: QWidget) -> DateEdit:
        """A date that may be empty (shown as "not recorded"), typed as dd.mm.yyyy or picked."""
        return DateEdit(parent, None, self.tr("not recorded"))

    # -- loading and reading -------------------------------------------------------------------

    def set_units(self, units: list[str]) -> None:
        text = self.unit.currentText()
        self._loading = True
        self.unit.clear()
        self.unit.addItems(units)
        self.unit.setEditText(text)
        self._loading = False

    def set_page(self, page: Page | None) -> None:
        """Show ``page`` (None: an empty form for a new page)."""
        self._loading = True
        self.page = page
        p = page or Page(id="")
        self.name.setText(p.name)
        self.url.setText(p.url)
        index = self.platform.findData(p.platform)
        self.platform.setCurrentIndex(max(index, 0))
        self.unit.setEditText(p.unit)
        self.is_main.setChecked(p.is_main)
        self.cleared_by.setText(p.cleared_by)
        self.cleared_on.setDate(rules.parse_date(p.cleared_on))
        self.purpose.setPlainText(p.purpose)
        self.target_group.setText(p.target_group)
        self.activity_what.setText(p.activity_what)
        self.activity_frequency.setValue(p.activity_frequency or 0)
        period = self.activity_period.findData(p.activity_period or "week")
        self.activity_period.setCurrentIndex(max(period, 0))
        self.activity_by.setText(p.activity_by)
        self.visual_profile_confirmed.setChecked(p.visual_profile_confirmed)
        self.is_group.setChecked(p.is_group)
        self.group_size.setValue(p.group_size or 0)
        self.group_size.setEnabled(p.is_group)
        self.notes.setPlainText(p.notes)
        self._show_status(page)
        self._show_notice(p)
        self.url.setReadOnly(False)
        self.notice_mail.setEnabled(page is not None)
        self.notice_sent.setEnabled(page is not None)
        self.show_refusal([])
        self._update_url_hint()
        self._loading = False
        self.dirty = False

    def _show_status(self, page: Page | None) -> None:
        status = (page.status if page else "") or "awaiting_clearance"
        text = i18n.tr_text(rules.label(rules.STATUS_LABELS, status))
        if page and page.status_changed_on:
            text += " " + self.tr("(since {date})").format(date=_date_text(page.status_changed_on))
        self.status_label.setText(text if page else self.tr("New page: starts awaiting clearance"))
        self.next_status.clear()
        for key in rules.TRANSITIONS.get(status, ()) if page else ():
            self.next_status.addItem(i18n.tr_text(rules.label(rules.STATUS_LABELS, key)), key)
        has_next = self.next_status.count() > 0
        self.next_status.setEnabled(has_next)
        self.change_status.setEnabled(has_next)

    def _show_notice(self, page: Page) -> None:
        if page.notice_sent_on:
            self.notice_label.setText(
                self.tr("Sent {date} by {person}").format(
                    date=_date_text(page.notice_sent_on), person=page.notice_sent_by or "-"
                )
            )
        elif page.platform == "website":
            self.notice_label.setText(self.tr("Not needed for the website"))
        else:
            self.notice_label.setText(self.tr("Not sent"))

    def values(self) -> dict[str, Any]:
        """The form's values as page fields (what the service saves)."""
        cleared = self.cleared_on.date()
        return {
            "name": self.name.text().strip(),
            "url": self.url.text().strip(),
            "platform": self.platform.currentData() or None,
            "unit": self.unit.currentText().strip(),
            "is_main": 1 if self.is_main.isChecked() else 0,
            "cleared_by": self.cleared_by.text().strip() or None,
            "cleared_on": cleared.isoformat() if cleared else None,
            "purpose": self.purpose.toPlainText().strip(),
            "target_group": self.target_group.text().strip(),
            "activity_what": self.activity_what.text().strip(),
            "activity_frequency": self.activity_frequency.value() or None,
            "activity_period": self.activity_period.currentData(),
            "activity_by": self.activity_by.text().strip(),
            "visual_profile_confirmed": 1 if self.visual_profile_confirmed.isChecked() else 0,
            "is_group": 1 if self.is_group.isChecked() else 0,
            "group_size": (self.group_size.value() or None) if self.is_group.isChecked() else None,
            "notes": self.notes.toPlainText().strip(),
        }

    def invalid_fields(self) -> list[str]:
        """Fields whose typed text is not a value (a date that is not one): saving is refused."""
        return [] if self.cleared_on.is_valid() else ["cleared_on"]

    def apply_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from ``values`` (an autosaved draft) and mark the form changed."""
        self._loading = True
        self.name.setText(str(values.get("name") or ""))
        self.url.setText(str(values.get("url") or ""))
        self.platform.setCurrentIndex(max(self.platform.findData(values.get("platform") or ""), 0))
        self.unit.setEditText(str(values.get("unit") or ""))
        self.is_main.setChecked(bool(values.get("is_main")))
        self.cleared_by.setText(str(values.get("cleared_by") or ""))
        self.cleared_on.setDate(rules.parse_date(values.get("cleared_on")))
        self.purpose.setPlainText(str(values.get("purpose") or ""))
        self.target_group.setText(str(values.get("target_group") or ""))
        self.activity_what.setText(str(values.get("activity_what") or ""))
        self.activity_frequency.setValue(int(values.get("activity_frequency") or 0))
        self.activity_period.setCurrentIndex(
            max(self.activity_period.findData(values.get("activity_period") or "week"), 0)
        )
        self.activity_by.setText(str(values.get("activity_by") or ""))
        self.visual_profile_confirmed.setChecked(bool(values.get("visual_profile_confirmed")))
        self.is_group.setChecked(bool(values.get("is_group")))
        self.group_size.setValue(int(values.get("group_size") or 0))
        self.group_size.setEnabled(bool(values.get("is_group")))
        self.notes.setPlainText(str(values.get("notes") or ""))
        self._update_url_hint()
        self._loading = False
        self.dirty = True
        self.changed.emit()

    def preview(self) -> dict[str, Any]:
        """The page as it would be after saving the form (for the live checklist)."""
        merged = {**(self.page.row() if self.page else {"status": "awaiting_clearance"}), **self.values()}
        if not merged.get("platform"):
            try:
                merged["platform"] = parse_page_url(merged["url"]).platform
            except UrlError:
                merged["platform"] = None
        return merged

    # -- feedback --------------------------------------------------------------------------------

    def show_refusal(self, findings: list[Finding]) -> None:
        """Show why a save was refused (the rule's message and the guideline's words), or hide the banner."""
        if not findings:
            self.banner.hide()
            self.banner.clear()
            return
        lines = [self.tr("Not saved:")]
        for finding in findings:
            lines.append(f"{finding.rule}: {i18n.tr_text(finding.message)}")
            lines.append(f"  \u00ab{i18n.tr_text(rule_quote(finding.rule))}\u00bb")
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def focus_field(self, name: str) -> None:
        widget = self.fields.get(name)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.changed.emit()

    def _update_url_hint(self, *_: object) -> None:
        text = self.url.text().strip()
        if not text:
            self.url_hint.setText(self.tr("The platform is detected from the address."))
            return
        try:
            parsed = parse_page_url(text)
        except UrlError as exc:
            self.url_hint.setText(i18n.tr_text(exc.text))
            return
        self.url_hint.setText(
            self.tr("{platform}: {url}").format(
                platform=i18n.tr_text(rules.label(rules.PLATFORM_LABELS, parsed.platform)), url=parsed.url
            )
        )

    def _status_clicked(self) -> None:
        key = self.next_status.currentData()
        if key:
            self.status_requested.emit(str(key))


def _date_text(value: Any) -> str:
    """A stored ISO date as the interface shows dates (dd.mm.yyyy)."""
    day = rules.parse_date(value)
    return format_date(day) if day else str(value)


def has_mail_program() -> bool:
    """False where the desktop says no program handles mailto: links (Linux without a mail client).

    On Linux ``xdg-open`` starts (and Qt reports success) even when nothing handles the link, so the
    desktop's association is asked first. Elsewhere the system's own answer (openUrl's return) decides.
    """
    if not sys.platform.startswith("linux"):
        return True
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return True  # nothing to ask: let openUrl say
    try:
        answer = subprocess.run(
            [xdg_mime, "query", "default", "x-scheme-handler/mailto"],
            capture_output=True, text=True, timeout=5, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(answer.stdout.strip())


def open_mail(url: str) -> bool:
    """Open ``url`` (a mailto: address) in the user's mail program; True only when one opened."""
    if not has_mail_program():
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))
