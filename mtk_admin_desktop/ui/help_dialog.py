"""Help: the guideline's "Gode råd og huskeregler" (R20), the closed-group rule (R18) and contacts (R5)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mtk_admin_desktop.ui.screen_fit import fit_to_screen

SERVICE_PHONE = "35 05 90 00"
SERVICE_EMAIL = "post@mt.kommune.no"


class HelpDialog(QDialog):
    """The guideline's advice in the user's language, and how to reach the service office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guideline and advice"))
        text = QTextBrowser(self)
        text.setOpenExternalLinks(True)
        text.setAccessibleName(self.tr("Help text"))
        advice = [
            self.tr("Think through whether what you write can have unintended consequences for yourself or "
                    "the municipality."),
            self.tr("Never create pages or groups on social media on behalf of Midt-Telemark kommune, "
                    "with or without the municipality's logo, without clearing it with the administration."),
            self.tr("Before you join groups or \"like\" pages on social media, consider whether it can "
                    "conflict with your role as a municipal employee."),
            self.tr("Remember the duty of confidentiality! We do not process cases on social media."),
            self.tr("Everything written in closed groups must bear the light of publicity. Closed groups "
                    "of more than 20-30 people are legally public groups."),
            self.tr("You get far by using common sense."),
        ]
        items = "".join(f"<li>{a}</li>" for a in advice)
        # Headings outside the f-strings: the translation tool does not read inside one (they were
        # English in bokmål and nynorsk).
        advice_heading = self.tr("Good advice and things to remember")
        apps_heading = self.tr("TikTok and Telegram")
        access_heading = self.tr("Access and changes")
        html = (
            f"<h2>{advice_heading}</h2><ul>{items}</ul>"
            f"<h2>{apps_heading}</h2><p>"
            + self.tr("It is forbidden to install and use TikTok and Telegram on the municipality's "
                      "phones, and on private phones with work information.")
            + f"</p><h2>{access_heading}</h2><p>"
            + self.tr("Contact the service office: phone %1, e-mail %2.")
            .replace("%1", SERVICE_PHONE)
            .replace("%2", f'<a href="mailto:{SERVICE_EMAIL}">{SERVICE_EMAIL}</a>')
            + "</p>"
        )
        text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 520)
