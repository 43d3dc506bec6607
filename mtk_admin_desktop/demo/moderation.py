"""Demo data of the moderation area: a few realistic entries, each with a drawn screenshot of the comment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mtk_admin_desktop.domain.moderation import EntryDraft
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.moderation import OSLO

ENTRIES: list[dict[str, Any]] = [
    {
        "page": "Midt-Telemark kommune",
        "days_ago": 12,
        "hour": 21,
        "action": "deleted",
        "ground": "personangrep",
        "author": "Roar Ekornes",
        "moderator": "Kari Nordbø",
        "post": "https://www.facebook.com/midttelemark/posts/brøyting-i-bø-sentrum",
        "text": "Han brøytesjefen er en udugelig idiot som burde sparkes. Vet hvor han bor også.",
        "justification": "Personangrep mot navngitt ansatt, med antydet trussel. Slettet og fulgt opp med "
        "enhetsleder.",
        "likes": 3,
    },
    {
        "page": "Midt-Telemark folkebibliotek",
        "days_ago": 8,
        "hour": 14,
        "action": "hidden",
        "ground": "navngir_tredjepersoner",
        "author": "Marit S.",
        "moderator": "Siri Lia",
        "post": "Sommerles 2026 er i gang!",
        "text": "Det var Petter Olsen i 5b som rev i stykker bøkene i fjor, spør han!",
        "justification": "Navngir et barn (tredjeperson). Skjult, og svart i tråden at vi ikke omtaler "
        "enkeltpersoner.",
        "likes": 0,
    },
    {
        "page": "Midt-Telemark kommune",
        "days_ago": 5,
        "hour": 9,
        "action": "reported",
        "ground": None,
        "author": "Crypto Gains Official",
        "moderator": "Kari Nordbø",
        "post": "Ledige stillinger i Midt-Telemark kommune",
        "text": "💰💰 Tjen 5000 kr om dagen hjemmefra!!! Klikk på lenken i profilen min 👉👉",
        "justification": "Spam. Rapportert til Facebook, som fjernet kommentaren.",
        "likes": 0,
    },
    {
        "page": "Bø sjukeheim - pårørende",
        "days_ago": 2,
        "hour": 19,
        "action": "deleted",
        "ground": "i_strid_med_norsk_lov",
        "author": "Anonym pårørende",
        "moderator": "Kari Nordbø",
        "approved_by": "Hilde Rui",
        "post": "Besøkstider i julen",
        "text": "Mora mi på rom 12 fikk feil medisin i går, og hun på rom 14 har demens og roper hele natta.",
        "justification": "Helseopplysninger om beboere (taushetsplikt). Slettet etter avtale med "
        "hovedadministrator; pårørende ringt opp.",
        "likes": 1,
    },
]


def populate(context: AppContext, today: dt.date) -> None:
    """Add the moderation part of the demo: four entries on the register's pages, with screenshots."""
    service = context.moderation
    by_name = {p.name: p.id for p in service.pages()}
    wanted = [e for e in ENTRIES if e["page"] in by_name]
    if not wanted:
        return  # no register demo (or renamed pages): nothing to attach entries to
    images = render_comments(
        [{"author": e["author"], "text": e["text"], "likes": e["likes"], "page": e["page"]} for e in wanted]
    )
    for entry, png in zip(wanted, images, strict=False):
        moment = dt.datetime.combine(
            today - dt.timedelta(days=entry["days_ago"]), dt.time(entry["hour"], 12), OSLO
        )
        shots = []
        if png:
            shots.append(
                service.store_screenshot(
                    png["png"],
                    png["width"],
                    png["height"],
                    screen="demo",
                    captured_at=moment.astimezone(dt.UTC).isoformat(timespec="seconds"),
                )
            )
        draft = EntryDraft(
            page_id=by_name[entry["page"]],
            action=entry["action"],
            ground=entry["ground"],
            comment_text=entry["text"],
            comment_author=entry["author"],
            post_ref=entry["post"],
            comment_posted_at=(moment - dt.timedelta(minutes=40)).isoformat(timespec="minutes"),
            justification=entry["justification"],
            moderator=entry["moderator"],
            approved_by=entry.get("approved_by", ""),
            screenshots=shots,
        )
        service.add_entry(draft, created_at=moment)


def render_comments(comments: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """PNG screenshots of fake social-media comments, drawn with QPainter.

    Drawing text needs a GUI application; the window and the command line both make one. Without it
    (a bare QCoreApplication embedding this code) the entries keep their text and get no screenshot.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if isinstance(QCoreApplication.instance(), QGuiApplication):
        return [_draw(c) for c in comments]
    return [None] * len(comments)


def _draw(comment: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from mtk_admin_desktop.services.moderation_capture import png_bytes

    width, height = 560, 150
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#65676b"))
    small = QFont("DejaVu Sans", 8)
    p.setFont(small)
    p.drawText(QRect(12, 6, width - 24, 16), Qt.AlignmentFlag.AlignLeft, str(comment["page"]))
    initials = "".join(w[0] for w in str(comment["author"]).split()[:2]).upper()
    p.setBrush(QColor("#4a6fa5"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(12, 30, 40, 40)
    p.setPen(QColor("white"))
    p.setFont(QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    p.drawText(QRect(12, 30, 40, 40), Qt.AlignmentFlag.AlignCenter, initials)
    p.setBrush(QColor("white"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(62, 26, width - 74, 88, 14, 14)
    p.setPen(QColor("#050505"))
    p.setFont(QFont("DejaVu Sans", 10, QFont.Weight.Bold))
    p.drawText(QRect(76, 32, width - 100, 18), Qt.AlignmentFlag.AlignLeft, str(comment["author"]))
    p.setFont(QFont("DejaVu Sans", 10))
    p.drawText(QRect(76, 52, width - 100, 60), Qt.TextFlag.TextWordWrap, str(comment["text"]))
    p.setPen(QColor("#65676b"))
    p.setFont(small)
    footer = "Lik · Svar · 40 min"
    if comment.get("likes"):
        footer += f" · 👍 {comment['likes']}"
    p.drawText(QRect(76, 120, width - 100, 16), Qt.AlignmentFlag.AlignLeft, footer)
    p.end()
    return {"png": png_bytes(image), "width": width, "height": height}
