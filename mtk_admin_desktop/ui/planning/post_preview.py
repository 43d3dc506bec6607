"""Preview and copy a post as it will look on a Facebook page, and mark it published (issue 18).

A self-contained widget the post editor shows as one of its tabs: the text with its line breaks and
links, the first image with its alternative text, a placeholder where Facebook puts the link preview, a
character count, and **Copy text** / **Copy image**, which put exactly what is pasted into Meta Business
Suite on the clipboard (the alt text stays beside the image, with its own copy button, for the alt-text
field). Copying a post that still has errors asks first. **Mark published** records the post's Facebook
address and time (plan versus published).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.planning import OSLO, parse_planned
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui import palette

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")


def facebook_html(text: str) -> str:
    """The post's text as Facebook shows it: escaped, line breaks kept, addresses as links."""
    out = []
    last = 0
    for match in _URL.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class PostPreview(QWidget):
    """The preview tab of the post editor.

    Signals:
        published(): the post was marked published (the editor's caller refreshes).
    """

    published = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.post_id: str | None = None
        self.values: dict[str, Any] = {}
        self.findings: list[Finding] = []

        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Preview as on Facebook"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Character count"))
        self.copy_text_button = QPushButton(self.tr("Copy &text"), self)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.copy_image_button = QPushButton(self.tr("Copy &image"), self)
        self.copy_image_button.clicked.connect(self.copy_image)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setReadOnly(True)
        self.alt_edit.setAccessibleName(self.tr("Alternative text of the first image"))
        self.alt_edit.setPlaceholderText(self.tr("No image"))
        self.copy_alt_button = QPushButton(self.tr("Copy &alt text"), self)
        self.copy_alt_button.clicked.connect(self.copy_alt)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_text_button)
        copy_row.addWidget(self.copy_image_button)
        copy_row.addWidget(QLabel(self.tr("Alt text:"), self))
        copy_row.addWidget(self.alt_edit, 1)
        copy_row.addWidget(self.copy_alt_button)

        box = QGroupBox(self.tr("Published on Facebook"), self)
        self.url_edit = QLineEdit(box)
        self.url_edit.setPlaceholderText("https://www.facebook.com/…/posts/…")
        self.url_edit.setAccessibleName(self.tr("Facebook address of the post"))
        self.when_edit = QDateTimeEdit(box)
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("Published at"))
        self.publish_button = QPushButton(self.tr("&Mark published"), box)
        self.publish_button.clicked.connect(self.mark_published)
        self.publish_state = QLabel(box)
        self.publish_state.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("Time:"), self.when_edit)
        form.addRow(self.publish_button, self.publish_state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(copy_row)
        layout.addWidget(box)
        self.set_when(clock.now_oslo())

    # -- showing -----------------------------------------------------------------------------------

    def set_when(self, moment: dt.datetime) -> None:
        local = moment.astimezone(OSLO)
        self.when_edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

    def load_post(self, post_id: str | None, post: dict[str, Any]) -> None:
        """The stored post's published state (once, when the editor opens)."""
        self.post_id = post_id
        self.url_edit.setText(post.get("published_url") or "")
        try:
            when = parse_planned(post.get("published_at"))
        except ValueError:
            when = None
        if when is not None:
            self.set_when(when)
        self._publish_state(post)

    def _publish_state(self, post: dict[str, Any]) -> None:
        self.publish_button.setEnabled(self.post_id is not None)
        if self.post_id is None:
            self.publish_state.setText(self.tr("Save the post first."))
        elif post.get("published_url"):
            self.publish_state.setText(
                self.tr("Published {when}").format(when=(post.get("published_at") or "")[:16])
            )
        else:
            self.publish_state.setText(self.tr("Not marked published yet."))

    def update_post(self, values: dict[str, Any], findings: list[Finding]) -> None:
        """Show the form's post as it is now (called after each check)."""
        self.values, self.findings = values, findings
        page = self.context.planning.page(values.get("page_id"))
        text = values.get("text") or ""
        image = self.first_image()
        no_page = self.tr("(no page)")  # outside the f-string: lupdate reads only plain calls
        parts = [
            f"<p><b>{html.escape((page.name if page else '') or no_page)}</b><br>"
            f"<span style='color:gray'>{html.escape(self._when_text())}</span></p>",
            f"<p>{facebook_html(text)}</p>",
        ]
        if image is not None:
            path = self.context.planning.image_path(image.get("sha256") or "")
            alt = image.get("alt_text") or ""
            if path is not None:
                parts.append(
                    f"<p><img src='{QUrl.fromLocalFile(str(path)).toString()}' width='360' "
                    f"alt='{html.escape(alt, quote=True)}'></p>"
                )
            parts.append(
                "<p><i>"
                + html.escape(self.tr("Alt text: {alt}").format(alt=alt or self.tr("(missing)")))
                + "</i></p>"
            )
        link = self._first_link()
        if link:
            parts.append(
                "<table border='1' cellpadding='6' width='100%'><tr><td>"
                + html.escape(self.tr("Link preview (made by Facebook): {url}").format(url=link))
                + "</td></tr></table>"
            )
        self.view.setHtml("".join(parts))
        self.count_label.setText(self.tr("{count} characters").format(count=len(text)))
        self.alt_edit.setText((image or {}).get("alt_text") or "")
        self.copy_image_button.setEnabled(image is not None)
        self.copy_alt_button.setEnabled(bool(self.alt_edit.text()))

    def _when_text(self) -> str:
        try:
            moment = parse_planned(self.values.get("planned_at"))
        except ValueError:
            moment = None
        return moment.strftime("%d.%m.%Y %H:%M") if moment else self.tr("no date")

    def first_image(self) -> dict[str, Any] | None:
        for attachment in self.values.get("attachments") or []:
            if attachment.get("type") == "image":
                return dict(attachment)
        return None

    def _first_link(self) -> str:
        for link in self.values.get("links") or []:
            if link.get("url"):
                return str(link["url"])
        match = _URL.search(self.values.get("text") or "")
        return match.group(0) if match else ""

    # -- copying -----------------------------------------------------------------------------------

    @classmethod
    def confirm_copy(cls, parent: QWidget, errors: int) -> bool:
        """Ask before copying a post with errors (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PostPreview", "Copy a post with errors?"),
            QCoreApplication.translate(
                "PostPreview", "The post still has {count} errors against the guideline. Copy it anyway?"
            ).format(count=errors),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _allowed(self) -> bool:
        errors = sum(1 for f in self.findings if f.severity >= Severity.ERROR)
        return errors == 0 or type(self).confirm_copy(self, errors)

    def copy_text(self) -> bool:
        """Put the post's text, exactly as it is to be pasted, on the clipboard."""
        if not self._allowed():
            return False
        QGuiApplication.clipboard().setText(self.values.get("text") or "")
        self._say(self.tr("Text copied: paste it into Business Suite."))
        return True

    def copy_image(self) -> bool:
        """Put the first image on the clipboard (its alt text stays in the field beside)."""
        image = self.first_image()
        path = self.context.planning.image_path((image or {}).get("sha256") or "")
        if image is None or path is None:
            self._say(self.tr("The image file is missing."))
            return False
        if not self._allowed():
            return False
        picture = QImage(str(path))
        if picture.isNull():
            self._say(self.tr("The image could not be read."))
            return False
        QGuiApplication.clipboard().setImage(picture)
        self._say(self.tr("Image copied: paste it, then paste the alt text into the alt-text field."))
        return True

    def copy_alt(self) -> None:
        QGuiApplication.clipboard().setText(self.alt_edit.text())
        self._say(self.tr("Alt text copied."))

    def _say(self, text: str) -> None:
        count = self.tr("{count} characters").format(count=len(self.values.get("text") or ""))
        self.count_label.setText(f"{count} · {text}")

    # -- plan versus published ---------------------------------------------------------------------

    def mark_published(self) -> bool:
        """Record the Facebook address and time; a wrong address is refused with the reason."""
        from mtk_admin_desktop.services.planning import PlanningError

        if self.post_id is None:
            return False
        q = self.when_edit.dateTime()
        when = dt.datetime(
            q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute(), tzinfo=OSLO
        )
        try:
            self.context.planning.mark_published(self.post_id, self.url_edit.text(), when)
        except PlanningError as exc:
            self.publish_state.setStyleSheet(palette.alert_css())
            self.publish_state.setText(i18n.tr_text(exc.text))
            return False
        self.publish_state.setStyleSheet("")
        self._publish_state(self.context.planning.post(self.post_id) or {})
        self.published.emit()
        return True
