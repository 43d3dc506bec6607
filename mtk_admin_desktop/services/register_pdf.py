"""The yearly list "Kommunens kontoer pr. 1.1.ÅÅÅÅ" as a tagged PDF: PDF/UA-1 and PDF/A-2a, made by Typst.

The list goes on the municipality's website, so universal design applies: a screen reader must find a
title, the document's language, a heading, and a table whose header cells are marked as such (repeated
on every page). Qt's PDF writer cannot tag a PDF; Typst (the ``typst`` package, a compiled Rust library
with its own fonts) writes the structure tree, declares PDF/UA-1 and PDF/A-2a in its XMP and refuses to
write a file that would break either. docs/register.md has the measurements behind the choice.

The template below is ours. The list's text never becomes Typst markup: it goes in as one JSON document
(``sys.inputs``) that the template reads with ``json``, so a page named ``#exit()`` or ``*bold*`` is
printed as written. Only Typst's embedded fonts are used (no system font scan: the same bytes on every
laptop, no start-up cost for font discovery); a character they cannot show (Typst would refuse the whole
file under PDF/A and PDF/UA) is shown as its code point (``<U+1F600>``), as are directional and other
invisible format characters (shown, not applied: a name must read as it was typed).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field

from mtk_admin_desktop.domain.archive import bidi_visible
from mtk_admin_desktop.services.pdf_objects import PdfError, blank_suspects, fix_stream_ends

# The template: A4 landscape, a level-1 heading, paragraphs, one table whose header row repeats on every
# page, page numbers in the footer (an artifact for screen readers), and a small closing line.
_TEMPLATE = r"""
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title, author: d.author, date: datetime(
  year: d.date.at(0), month: d.date.at(1), day: d.date.at(2)))
#set text(lang: d.lang, size: 9pt, font: ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"))
#set page(
  paper: "a4",
  flipped: true,
  margin: (x: 15mm, top: 15mm, bottom: 18mm),
  footer: context align(right, text(size: 8pt, counter(page).display("1 / 1", both: true))),
)
#set par(justify: false)
#show heading: set text(size: 15pt)
= #d.title
#for line in d.paragraphs [
  #line

]
#table(
  columns: d.widths.map(w => w * 1fr),
  stroke: 0.5pt + black,
  inset: 3pt,
  align: left + top,
  table.header(..d.headers.map(h => strong(h))),
  ..d.rows.flatten().map(cell => if cell.starts-with("https://") or cell.starts-with("http://") {
    link(cell, cell)
  } else { cell }),
)
#text(size: 7pt, d.footer)
"""

# Code points Typst's embedded fonts (Libertinus Serif, New Computer Modern, DejaVu Sans Mono) show in
# regular and bold, probed once with Typst itself under PDF/A-2a + PDF/UA-1 (tests/test_register_pdf.py
# checks every one of them against the installed Typst). Scripts that need contextual shaping the fonts
# only partly have (Arabic, Devanagari, Lao) are left out: shown by code point, never refused.
_COVERED: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x036F),  # Latin-1, Latin Extended-A/B (Sámi letters), IPA, spacing and combining marks
    (0x0370, 0x0482),  # Greek, Cyrillic
    (0x048A, 0x04FF),
    (0x0531, 0x058F),  # Armenian
    (0x05D0, 0x05F4),  # Hebrew letters
    (0x10D0, 0x10FF),  # Georgian
    (0x1D00, 0x1DBF),  # phonetic extensions
    (0x1E00, 0x200A),  # Latin Extended Additional, Greek Extended, spaces
    (0x2010, 0x2027),  # dashes, quotes, bullets
    (0x202F, 0x2040),
    (0x2042, 0x2042),
    (0x2044, 0x2052),
    (0x2054, 0x205F),
    (0x2070, 0x20C0),  # super- and subscripts, currency
    (0x2100, 0x211E),  # letterlike symbols, number forms
    (0x2120, 0x2120),
    (0x2122, 0x2122),
    (0x2124, 0x2124),
    (0x2126, 0x2151),
    (0x2153, 0x2184),
    (0x2190, 0x23FF),  # arrows, mathematical operators, technical
    (0x2460, 0x262F),  # enclosed alphanumerics, box drawing, shapes, symbols
    (0xFFFD, 0xFFFD),
)
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def covered(ch: str) -> bool:
    """Whether the PDF shows ``ch`` as a glyph (else it is shown as ``<U+XXXX>``)."""
    if ch == "\u00ad":
        return True  # soft hyphen: a break opportunity, which Typst handles
    if unicodedata.category(ch) in _INVISIBLE:
        return False
    point = ord(ch)
    return any(low <= point <= high for low, high in _COVERED)


# At most this many characters of one text (a cell, a paragraph): PDF/A forbids strings over 32,767 bytes
# (a link's address is one), and a page name is a line, not a book. The CSV carries every text whole.
TEXT_LIMIT = 1000


def shown(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text`` as the PDF shows it: NFC, on one line, every character the fonts lack or that would act
    invisibly (directional overrides, controls, zero-width characters, lone surrogates) as ``<U+XXXX>``;
    over ``limit`` characters it is cut and ends in " …"."""
    text = text or ""
    if len(text) > limit:
        text = text[:limit] + " \u2026"
    text = bidi_visible(unicodedata.normalize("NFC", text))
    text = " ".join(text.replace("\r\n", "\n").split("\n"))  # a cell is one line; tabs become spaces
    return "".join(ch if covered(ch) else (" " if ch == "\t" else f"<U+{ord(ch):04X}>") for ch in text)


@dataclass(frozen=True)
class YearlyListDocument:
    """What the yearly list's PDF says, already in the user's language (the service translates)."""

    title: str
    lang: str  # ISO 639-1 code of the text: nb, nn or en
    author: str
    day: dt.date
    paragraphs: list[str]
    headers: list[str]
    rows: list[list[str]]
    footer: str
    widths: list[float] = field(default_factory=list)  # relative column widths; equal when empty


class YearlyPdfError(PdfError):
    """Typst refused to write the list (it should not: every text is made showable first)."""


def yearly_pdf(document: YearlyListDocument) -> bytes:
    """The list as PDF bytes, tagged, conforming to PDF/UA-1 and PDF/A-2a (Typst checks both as it
    writes). The same document gives the same bytes (the date is the document's, not the clock's).

    A stream whose data ends in a CR byte gets CR LF before ``endstream`` (:func:`fix_stream_ends`: Typst,
    like Qt, writes a bare LF there, and page-validation then reads the stream one byte short).
    """
    import typst

    columns = len(document.headers)
    widths = document.widths or [1.0] * columns
    data = {
        "title": shown(document.title).strip() or "-",  # PDF/UA: a document title and heading are required
        "lang": document.lang if document.lang in ("nb", "nn", "en") else "nb",
        "author": shown(document.author),
        "date": [document.day.year, document.day.month, document.day.day],
        "paragraphs": [shown(p) for p in document.paragraphs],
        "headers": [shown(h) for h in document.headers],
        "rows": [[shown(c) for c in (row + [""] * columns)[:columns]] for row in document.rows],
        "footer": shown(document.footer),
        "widths": widths,
    }
    stamp = dt.datetime(document.day.year, document.day.month, document.day.day, tzinfo=dt.UTC)
    try:
        pdf = typst.compile(
            _TEMPLATE.encode(),
            format="pdf",
            ignore_system_fonts=True,
            sys_inputs={"data": json.dumps(data, ensure_ascii=True)},
            pdf_standards=["a-2a", "ua-1"],
            timestamp=stamp,
        )
    except typst.TypstError as exc:
        raise YearlyPdfError(str(exc)) from exc
    assert isinstance(pdf, bytes)
    return fix_stream_ends(blank_suspects(pdf))
