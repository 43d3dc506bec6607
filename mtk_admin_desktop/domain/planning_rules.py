"""The guideline's rules for planned posts, as pure functions: ``check`` for one post, ``check_week`` for R11.

Each finding names its rule (RULES.md), says what is wrong, and where it can, carries the exact span of
the post text it concerns (``field="text"``) so the editor can select it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.planning import (
    NEWS_KINDS,
    parse_planned,
    parse_week,
    week_days,
    week_of,
    working_days,
)
from mtk_admin_desktop.domain.planning_fnr import D_NUMMER, FODSELSNUMMER, H_NUMMER, find_identity_numbers
from mtk_admin_desktop.domain.records import Page, row_of
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "PlanningRules"

#: R11: news items per ISO week on the main page ("7-10 nyhetssaker per uke (to pr. virkedag)").
WEEK_MAX = 10
WEEK_MIN = 7
DAY_MAX = 2

Post = Mapping[str, Any]


@dataclass(frozen=True)
class CrisisPeriod:
    """A crisis period (R16): from ``starts`` until ``ends`` (None: until lifted)."""

    starts: dt.datetime
    ends: dt.datetime | None
    note: str = ""

    def covers(self, moment: dt.datetime) -> bool:
        return self.starts <= moment and (self.ends is None or moment < self.ends)


@dataclass(frozen=True)
class CheckContext:
    """What a post check needs to know beyond the post: its page, roles, crisis periods, known words.

    ``role_of(page_id, person)`` gives the person's role on the page or None; ``role_of`` itself is None
    when the register cannot tell (then R10 is not checked rather than wrongly failing).
    """

    is_main_page: bool | None = None
    role_of: Callable[[str, str], str | None] | None = None
    crisis_periods: tuple[CrisisPeriod, ...] = ()
    words: frozenset[str] = frozenset()


def _f(
    rule: str,
    severity: Severity,
    message: str,
    span: tuple[int, int] | None = None,
    field_name: str | None = None,
    **params: Any,
) -> Finding:
    data = {k: v for k, v in params.items() if not k.startswith("_")}
    return Finding(
        rule,
        severity,
        Text(_CTX, message, {k: v for k, v in params.items() if isinstance(v, (str, int))}),
        span=span,
        field=field_name,
        data=data,
    )


# -- R12.4 link text, R12.7 documents ---------------------------------------------------------------

_BAD_LINK_TEXTS = frozenset(
    {
        "her",
        "klikk",
        "klikk her",
        "trykk",
        "trykk her",
        "les mer",
        "les meir",
        "les mer her",
        "les meir her",
        "se her",
        "sjå her",
        "lenke",
        "lenka",
        "link",
        "lenke her",
        "link her",
        "mer info",
        "meir info",
        "denne lenken",
        "denne lenka",
        "click here",
        "here",
        "read more",
    }
)
_BAD_LINK_IN_TEXT = re.compile(
    r"\b(?:klikk|trykk|tapp)\s+her\b|\bsjå\s+her\b|\bse\s+her\b|\blenke\s+her\b"
    r"|\bles\s+(?:mer|meir)(?:\s+her)?(?=\s*(?:[:.!\-–→]|https?://|www\.|$))",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf)(?:[?#].*)?$", re.IGNORECASE)


def urls_in(text: str) -> list[tuple[int, int, str]]:
    """URLs in a text with their spans (trailing punctuation is not part of a URL)."""
    out = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)»”'")
        out.append((match.start(), match.start() + len(url), url))
    return out


def _normal_link_text(text: str) -> str:
    return re.sub(r"[^\wæøå ]", "", text.lower()).strip()


# -- R12.5 emoji ------------------------------------------------------------------------------------

_EMOJI = re.compile(
    "(?:[\U0001f1e6-\U0001f1ff]{2}"
    "|[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2b1b\u2b1c\u231a\u231b\u23e9-\u23fa\U0001f004\U0001f0cf]"
    "[\ufe0f\U0001f3fb-\U0001f3ff]*(?:\u200d[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f]?)*)"
)


def emojis_in(text: str) -> list[tuple[int, int]]:
    """Spans of the emoji in a text (a flag, a skin tone or a joined family counts as one)."""
    return [(m.start(), m.end()) for m in _EMOJI.finditer(text)]


def _inside_sentence(text: str, start: int, end: int) -> bool:
    """An emoji with words of the same sentence on both sides (read aloud mid-sentence)."""
    before = text[:start].rstrip(" \t\ufe0f")
    after = text[end:].lstrip(" \t")
    if not before or not after or before.endswith("\n") or after.startswith("\n"):
        return False
    return (before[-1].isalnum() or before[-1] in ",;") and after[0].isalnum()


# -- R12.6 hashtags ---------------------------------------------------------------------------------

_HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")


def load_words(path: Path) -> frozenset[str]:
    """The hashtag word list: one word a line, ``#`` comments."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


def split_words(tag: str, words: frozenset[str]) -> list[str] | None:
    """Split a lower-case run of letters into the fewest known words (digits are a word), or None."""
    n = len(tag)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        current = best[i]
        if current is None:
            continue
        digits = re.match(r"\d+", tag[i:])
        ends = [i + len(digits.group(0))] if digits else []
        ends += [j for j in range(i + 1, n + 1) if tag[i:j] in words]
        for j in ends:
            candidate = [*current, tag[i:j]]
            if best[j] is None or len(candidate) < len(best[j]):  # type: ignore[arg-type]
                best[j] = candidate
    return best[n]


def camel_case(parts: list[str]) -> str:
    return "".join(p[:1].upper() + p[1:] for p in parts)


# -- R15 case processing ----------------------------------------------------------------------------

_CASE_WORDS = re.compile(
    r"\b(?:vedtak\w*|saksnummer\w*|saksnr\b\.?|saksbehandl\w*|sakshandsam\w*|klage\w*|klaga\w*"
    r"|søknad(?:en)?\s+om|søknaden\s+din|din\s+søknad|ditt\s+vedtak|journalnummer\w*|journalpost\w*"
    r"|arkivsak\w*|personnummer\w*|fødselsnummer\w*)",
    re.IGNORECASE,
)


# -- the check --------------------------------------------------------------------------------------


def check(post: Post, context: CheckContext | None = None) -> list[Finding]:
    """Every finding on one post (RULES.md R2, R7.6, R9, R10, R12.1–R12.7, R14, R15, R16)."""
    ctx = context or CheckContext()
    text = post.get("text") or ""
    findings: list[Finding] = []
    findings += _r2_website(post)
    findings += _r7_6_communication(post, ctx)
    findings += _r10_responsible(post, ctx)
    findings += _attachments(post, text)
    findings += _links(post, text)
    findings += _emoji(text)
    findings += _hashtags(text, ctx.words)
    findings += _r14_archive(post)
    findings += _r15_case_processing(post)
    findings += _r16_crisis(post, ctx)
    return sorted(findings, key=lambda f: (-f.severity, f.span or (10**9, 0), f.rule))


def _r2_website(post: Post) -> list[Finding]:
    website = post.get("website") or {}
    mode = website.get("mode") if isinstance(website, Mapping) else None
    if mode == "url" and (website.get("url") or "").strip():
        return []
    if mode == "planned":
        return []
    if mode == "not_relevant" and (website.get("reason") or "").strip():
        return []
    if mode == "url":
        msg = QT_TRANSLATE_NOOP("PlanningRules", "The website counterpart has no URL yet.")
    elif mode == "not_relevant":
        msg = QT_TRANSLATE_NOOP("PlanningRules", "Say why a news item on the website is not relevant.")
    else:
        msg = QT_TRANSLATE_NOOP(
            "PlanningRules", 'Record the website counterpart: its URL, "planned", or why it is not relevant.'
        )
    return [_f("R2", Severity.WARNING, msg, field_name="website")]


def _r7_6_communication(post: Post, ctx: CheckContext) -> list[Finding]:
    if (
        ctx.is_main_page is False
        and not post.get("send_to_communication")
        and post.get("kind") in (NEWS_KINDS | {"arrangement"})
    ):
        return [
            _f(
                "R7.6",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "Could this interest more residents? Consider sending it to Kommunikasjon.",
                ),
                field_name="send_to_communication",
            )
        ]
    return []


def _r10_responsible(post: Post, ctx: CheckContext) -> list[Finding]:
    person = (post.get("responsible") or "").strip()
    page_id = post.get("page_id")
    if not person:
        return [
            _f(
                "R10",
                Severity.ERROR,
                QT_TRANSLATE_NOOP("PlanningRules", "Name the person responsible for publishing this post."),
                field_name="responsible",
            )
        ]
    if not page_id or ctx.role_of is None:
        return []
    if ctx.role_of(page_id, person) is None:
        return [
            _f(
                "R10",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "PlanningRules", "{person} holds no role on this page and may not publish on it."
                ),
                field_name="responsible",
                person=person,
            )
        ]
    return []


def _attachments(post: Post, text: str) -> list[Finding]:
    out: list[Finding] = []
    for index, item in enumerate(post.get("attachments") or []):
        kind = item.get("type", "image")
        name = item.get("name") or f"#{index + 1}"
        if kind == "image":
            alt = (item.get("alt_text") or "").strip()
            if not alt:
                out.append(
                    _f(
                        "R12.1",
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP("PlanningRules", "Image {name} has no alternative text."),
                        field_name="attachments",
                        name=name,
                        index=index,
                    )
                )
            if item.get("contains_text"):
                image_text = (item.get("image_text") or "").strip()
                haystack = _squash(alt + " " + text)
                if not image_text:
                    out.append(
                        _f(
                            "R12.2",
                            Severity.WARNING,
                            QT_TRANSLATE_NOOP(
                                "PlanningRules",
                                "Image {name} contains text: write that text in the alternative text "
                                "or the post.",
                            ),
                            field_name="attachments",
                            name=name,
                            index=index,
                        )
                    )
                elif _squash(image_text) not in haystack:
                    out.append(
                        _f(
                            "R12.2",
                            Severity.WARNING,
                            QT_TRANSLATE_NOOP(
                                "PlanningRules",
                                "The text in image {name} is neither in its alternative text nor in "
                                "the post.",
                            ),
                            field_name="attachments",
                            name=name,
                            index=index,
                        )
                    )
            photographer = (item.get("photographer") or "").strip()
            licence = (item.get("licence") or item.get("consent") or "").strip()
            if not photographer or not licence:
                out.append(
                    _f(
                        "R9",
                        Severity.WARNING,
                        QT_TRANSLATE_NOOP(
                            "PlanningRules",
                            "Record the rights to image {name}: photographer or source, and licence "
                            "or consent.",
                        ),
                        field_name="attachments",
                        name=name,
                        index=index,
                    )
                )
        elif kind == "video" and not item.get("captions"):
            out.append(
                _f(
                    "R12.3",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("PlanningRules", "Video {name} has no captions."),
                    field_name="attachments",
                    name=name,
                    index=index,
                )
            )
        elif kind == "audio" and not item.get("transcript"):
            out.append(
                _f(
                    "R12.3",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("PlanningRules", "Audio {name} has no text alternative (transcript)."),
                    field_name="attachments",
                    name=name,
                    index=index,
                )
            )
    return out


def _squash(value: str) -> str:
    return re.sub(r"\W+", " ", value.lower()).strip()


def _links(post: Post, text: str) -> list[Finding]:
    out: list[Finding] = []
    for match in _BAD_LINK_IN_TEXT.finditer(text):
        out.append(
            _f(
                "R12.4",
                Severity.WARNING,
                QT_TRANSLATE_NOOP("PlanningRules", '"{link_text}" does not say where the link goes.'),
                span=(match.start(), match.end()),
                field_name="text",
                link_text=match.group(0),
            )
        )
    documents: set[str] = set()
    for start, end, url in urls_in(text):
        if _DOCUMENT.search(url):
            documents.add(url)
            out.append(
                _f(
                    "R12.7",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "PlanningRules", "The linked document must be universally designed too."
                    ),
                    span=(start, end),
                    field_name="text",
                    url=url,
                )
            )
    for index, link in enumerate(post.get("links") or []):
        link_text = (link.get("text") or "").strip()
        url = (link.get("url") or "").strip()
        if link_text and _normal_link_text(link_text) in _BAD_LINK_TEXTS:
            out.append(
                _f(
                    "R12.4",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("PlanningRules", '"{link_text}" does not say where the link goes.'),
                    field_name="links",
                    link_text=link_text,
                    index=index,
                )
            )
        if url and url not in documents and _DOCUMENT.search(url):
            out.append(
                _f(
                    "R12.7",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "PlanningRules", "The linked document must be universally designed too."
                    ),
                    field_name="links",
                    url=url,
                    index=index,
                )
            )
    return out


def _emoji(text: str) -> list[Finding]:
    spans = emojis_in(text)
    out = [
        _f(
            "R12.5",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "PlanningRules", "An emoji inside a sentence is read aloud in the middle of it."
            ),
            span=span,
            field_name="text",
        )
        for span in spans
        if _inside_sentence(text, *span)
    ]
    if len(spans) > 3:
        out.append(
            _f(
                "R12.5",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "{count} emoji in one post: screen readers read every one aloud; use three or fewer.",
                ),
                span=(spans[3][0], spans[-1][1]),
                field_name="text",
                count=len(spans),
            )
        )
    return out


def _hashtags(text: str, words: frozenset[str]) -> list[Finding]:
    out: list[Finding] = []
    for match in _HASHTAG.finditer(text):
        tag = match.group(1)
        if tag.isdigit() or (tag != tag.lower() and tag != tag.upper()):
            continue  # numbers, or already has capitals where the words start
        lower = tag.lower()
        if lower in words:
            continue
        parts = split_words(lower, words) if words else None
        span = (match.start(), match.end())
        if parts and len(parts) > 1:
            suggestion = "#" + camel_case(parts)
            out.append(
                _f(
                    "R12.6",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "PlanningRules", "Write the hashtag as {suggestion} so screen readers read the words."
                    ),
                    span=span,
                    field_name="text",
                    suggestion=suggestion,
                )
            )
        elif len(tag) >= 15:
            out.append(
                _f(
                    "R12.6",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "PlanningRules",
                        "If this hashtag is several words, start each word with a capital letter.",
                    ),
                    span=span,
                    field_name="text",
                )
            )
    return out


def _r14_archive(post: Post) -> list[Finding]:
    if post.get("archive_worthy") and not (post.get("archive_reason") or "").strip():
        return [
            _f(
                "R14",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "Say why the post is worth archiving (legal, administrative, cultural or research "
                    "value).",
                ),
                field_name="archive_reason",
            )
        ]
    return []


@dataclass(frozen=True)
class PublishedText:
    """One piece of a post's published text: which field, which attachment or link, and the text."""

    field: str  # "title", "text", "attachments" or "links"
    part: str  # the key inside the field: "title", "text", "alt_text", "image_text"
    text: str
    index: int | None = None
    name: str = ""  # the attachment's name, or the link's number (1-based) for people


def published_texts(post: Post) -> list[PublishedText]:
    """Everything of a post that is published as text: the title, the text, each image's alternative
    text and the text in it, and each link's text (R15 applies to all of it)."""
    out = [
        PublishedText("title", "title", post.get("title") or ""),
        PublishedText("text", "text", post.get("text") or ""),
    ]
    for index, item in enumerate(post.get("attachments") or []):
        name = item.get("name") or f"#{index + 1}"
        for part in ("alt_text", "image_text"):
            out.append(PublishedText("attachments", part, item.get(part) or "", index, name))
    for index, link in enumerate(post.get("links") or []):
        out.append(PublishedText("links", "text", link.get("text") or "", index, str(index + 1)))
    return [p for p in out if p.text]


# Where an identity number was found, for the message (each names its field so the user can find it).
_R15_NUMBER_IN = {
    ("text", "text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        "The text contains what looks like a national identity number ({kind}). Remove it: duty of "
        "confidentiality.",
    ),
    ("title", "title"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        "The title contains what looks like a national identity number ({kind}). Remove it: duty of "
        "confidentiality.",
    ),
    ("attachments", "alt_text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        "The alternative text of image {name} contains what looks like a national identity number "
        "({kind}). Remove it: duty of confidentiality.",
    ),
    ("attachments", "image_text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        "The text in image {name} contains what looks like a national identity number ({kind}). Remove "
        "it: duty of confidentiality.",
    ),
    ("links", "text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        "The text of link {name} contains what looks like a national identity number ({kind}). Remove "
        "it: duty of confidentiality.",
    ),
}
_R15_WORD_IN = {
    ("text", "text"): QT_TRANSLATE_NOOP(
        "PlanningRules", '"{word}" sounds like case processing, which is not done on social media.'
    ),
    ("title", "title"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        'In the title, "{word}" sounds like case processing, which is not done on social media.',
    ),
    ("attachments", "alt_text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        'In the alternative text of image {name}, "{word}" sounds like case processing, which is not '
        "done on social media.",
    ),
    ("attachments", "image_text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        'In the text in image {name}, "{word}" sounds like case processing, which is not done on social '
        "media.",
    ),
    ("links", "text"): QT_TRANSLATE_NOOP(
        "PlanningRules",
        'In the text of link {name}, "{word}" sounds like case processing, which is not done on social '
        "media.",
    ),
}
# The kinds by the names Norwegian authorities use (the same in every language of the app).
_KIND_NAMES = {FODSELSNUMMER: "fødselsnummer", D_NUMMER: "D-nummer", H_NUMMER: "H-nummer"}


def _r15_case_processing(post: Post) -> list[Finding]:
    """R15 over all published text: identity numbers (error) and case-processing words (warning).

    Each finding names its field (``field``; ``data["part"]`` and ``data["index"]`` for an attachment or
    a link) and its span inside that field's text.
    """
    out = []
    for where in published_texts(post):
        located: dict[str, Any] = {"part": where.part}
        if where.index is not None:
            located |= {"index": where.index, "name": where.name}
        for number in find_identity_numbers(where.text):
            out.append(
                _f(
                    "R15",
                    Severity.ERROR,
                    _R15_NUMBER_IN[(where.field, where.part)],
                    span=(number.start, number.end),
                    field_name=where.field,
                    kind=_KIND_NAMES[number.kind],
                    **located,
                )
            )
        for match in _CASE_WORDS.finditer(where.text):
            out.append(
                _f(
                    "R15",
                    Severity.WARNING,
                    _R15_WORD_IN[(where.field, where.part)],
                    span=(match.start(), match.end()),
                    field_name=where.field,
                    word=match.group(0),
                    **located,
                )
            )
    return out


def on_hold(post: Post, periods: Iterable[CrisisPeriod]) -> CrisisPeriod | None:
    """The crisis period a post falls in (R16), or None; cancelled posts are never on hold."""
    if post.get("status") == "avlyst":
        return None
    try:
        moment = parse_planned(post.get("planned_at"))
    except ValueError:
        return None
    if moment is None:
        return None
    return next((p for p in periods if p.covers(moment)), None)


def _r16_crisis(post: Post, ctx: CheckContext) -> list[Finding]:
    if on_hold(post, ctx.crisis_periods) is None or post.get("crisis_approved"):
        return []
    return [
        _f(
            "R16",
            Severity.ERROR,
            QT_TRANSLATE_NOOP(
                "PlanningRules",
                "Crisis mode: this post is on hold until the crisis management (kriseledelsen) approves it.",
            ),
            field_name="crisis_approved",
        )
    ]


# -- R11 per week -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekQuota:
    """News items on the main page in one ISO week (R11), for the quota meter and ``check_week``."""

    week: str
    count: int
    per_day: dict[dt.date, int] = field(default_factory=dict)
    working_days: tuple[dt.date, ...] = ()

    @property
    def over_days(self) -> list[dt.date]:
        return sorted(d for d in self.working_days if self.per_day.get(d, 0) > DAY_MAX)

    @property
    def over(self) -> bool:
        return self.count > WEEK_MAX

    @property
    def under(self) -> bool:
        return self.count < WEEK_MIN


def counts_as_news(post: Post) -> bool:
    """A planned news item (film and picture news included); cancelled ones do not count."""
    return post.get("kind") in NEWS_KINDS and post.get("status") != "avlyst"


def week_quota(page_id: str | None, week: str, posts: Iterable[Post]) -> WeekQuota:
    """Count the page's news items in ``week`` (``YYYY-Www``), per day and in all."""
    days = set(week_days(week))
    per_day: Counter[dt.date] = Counter()
    for post in posts:
        if page_id is not None and post.get("page_id") != page_id or not counts_as_news(post):
            continue
        try:
            moment = parse_planned(post.get("planned_at"))
        except ValueError:
            continue
        if moment is not None and moment.date() in days:
            per_day[moment.date()] += 1
    return WeekQuota(week, sum(per_day.values()), dict(per_day), tuple(working_days(week)))


def _day(day: dt.date) -> str:
    """A date as the interface writes it: dd.mm.åååå."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _week_params(week: str) -> dict[str, Any]:
    """``week`` (``YYYY-Www``) as the words show it: "week 50, 2026" (not "2026-W50")."""
    year, number = parse_week(week)
    return {"week": week, "number": number, "year": year}


def check_week(page: Page | Mapping[str, Any] | None, week: str, posts: Iterable[Post]) -> list[Finding]:
    """R11 on the main page for one ISO week: over 10 or over 2 on a working day (warning), under 7 (info)."""
    fields = row_of(page) if page is not None else None
    if not fields or not fields.get("is_main"):
        return []
    quota = week_quota(fields.get("id"), week, posts)
    out: list[Finding] = []
    if quota.over:
        out.append(
            _f(
                "R11",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "{count} news items planned in week {number}, {year} on the main page; the guideline "
                    "says at most 10.",
                ),
                count=quota.count,
                limit=WEEK_MAX,
                **_week_params(week),
            )
        )
    for day in quota.over_days:
        finding = _f(
            "R11",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "PlanningRules", "{count} news items on {day}; the guideline says two per working day."
            ),
            count=quota.per_day[day],
            day=_day(day),
            week=week,
        )
        finding.data["day"] = day.isoformat()  # the words say dd.mm.yyyy; the data stays ISO
        out.append(finding)
    if quota.under:
        out.append(
            _f(
                "R11",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "Only {count} news items in week {number}, {year} on the main page; the guideline "
                    "suggests 7 to 10.",
                ),
                count=quota.count,
                **_week_params(week),
            )
        )
    return out


def check_post_quota(
    post: Post,
    post_id: str | None,
    page: Page | Mapping[str, Any] | None,
    week_posts: Iterable[Post],
    ranked: bool = False,
) -> tuple[WeekQuota | None, list[Finding]]:
    """R11 for one post where it is edited or listed: its day and week on its page, this post counted.

    ``week_posts`` are the page's posts of the post's week as stored (the post's own saved version, if
    any, is replaced by ``post`` as it is now). The quota is None when R11 does not apply (not the main
    page, or no date); the findings are warnings only for a post that is itself a news item and makes the
    day more than two (on a working day) or the week more than ten. ``ranked`` (a list of saved posts):
    only the posts past the limit in time order are marked (the 3rd of a day, the 11th of a week), not
    every post of that day.
    """
    fields = row_of(page) if page is not None else None
    if not fields or not fields.get("is_main"):
        return None, []
    try:
        moment = parse_planned(post.get("planned_at"))
    except ValueError:
        return None, []
    if moment is None:
        return None, []
    week = week_of(moment.date())
    page_id = fields.get("id")
    counted = [p for p in week_posts if not (post_id and p.get("id") == post_id)]
    counted.append({**post, "page_id": page_id})
    quota = week_quota(page_id, week, counted)
    out: list[Finding] = []
    if not counts_as_news(post):
        return quota, out
    day = moment.date()
    on_day = quota.per_day.get(day, 0)
    day_rank, week_rank = on_day, quota.count
    if ranked:
        day_rank, week_rank = _ranks(post_id, page_id, counted, moment)
    if day in quota.working_days and on_day > DAY_MAX and day_rank > DAY_MAX:
        out.append(
            _f(
                "R11",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "With this post, {day} has {count} news items on the main page; the guideline says two "
                    "per working day.",
                ),
                field_name="planned_at",
                count=on_day,
                day=_day(day),
                week=week,
            )
        )
    if quota.over and week_rank > WEEK_MAX:
        out.append(
            _f(
                "R11",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "PlanningRules",
                    "With this post, week {number}, {year} has {count} news items on the main page; the "
                    "guideline says at most 10.",
                ),
                field_name="planned_at",
                count=quota.count,
                **_week_params(week),
            )
        )
    return quota, out


def _ranks(post_id: str | None, page_id: Any, counted: list[Post], moment: dt.datetime) -> tuple[int, int]:
    """The post's place among its page's news items of its day and of its week, in time order.

    ``counted`` ends with the post itself; the others are ordered by time, then id.
    """
    key = (moment, post_id or "")
    day_rank = week_rank = 0
    for index, other in enumerate(counted):
        if other.get("page_id") != page_id or not counts_as_news(other):
            continue
        try:
            when = parse_planned(other.get("planned_at"))
        except ValueError:
            continue
        if when is None:
            continue
        if index == len(counted) - 1 or (when, str(other.get("id") or "")) <= key:
            week_rank += 1
            if when.date() == moment.date():
                day_rank += 1
    return day_rank, week_rank
