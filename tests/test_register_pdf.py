"""R1, issue 16: the yearly list "Kommunens kontoer pr. 1.1.ÅÅÅÅ" goes on the website, so it is a tagged
PDF that an independent validator (``page-validation``) accepts as PDF/UA-1 and as the PDF/A level it
claims (2a), and whose text poppler's ``pdftotext`` reads back exactly: every page, Norwegian and Sámi
letters, hostile names shown as written (never as markup, never with their direction applied)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.services.register import OSLO
from mtk_admin_desktop.services.register_pdf import (
    _COVERED,
    YearlyListDocument,
    covered,
    shown,
    yearly_pdf,
)
from tests.helpers import require_tool
from tests.test_register_service import make_compliant, timed_context  # noqa: F401 - fixture

HEADERS = ["Navn", "Plattform", "Adresse", "Enhet", "Type", "Status", "Hovedadministrator"]


def claims(pdf: bytes) -> tuple[str, str]:
    """The PDF/A level and the PDF/UA part the file declares in its XMP."""
    part = re.search(rb"pdfaid:part(?:>|=\")(\d)", pdf)
    conformance = re.search(rb"pdfaid:conformance(?:>|=\")([ABU])", pdf)
    ua = re.search(rb"pdfuaid:part(?:>|=\")(\d)", pdf)
    assert part and conformance and ua, "the PDF does not declare PDF/A and PDF/UA"
    return (part.group(1) + conformance.group(1)).decode().lower(), ua.group(1).decode()


def assert_valid(pdf: bytes) -> None:
    """page-validation accepts the file as PDF/UA-1 and as the PDF/A level it claims (2a)."""
    import page

    level, ua = claims(pdf)
    assert (level, ua) == ("2a", "1")
    for profile in (level, "ua1"):
        report = page.validate_pdf_bytes(pdf, profile=profile)
        failures = [(f.rule_id, f.message) for f in report.failures]
        assert report.is_compliant, f"the yearly list fails {profile}: {failures}"


def pages_text(path: Path) -> list[str]:
    """Each page's text as pdftotext (poppler) reads it, in the order the content stream gives (``-raw``:
    Typst writes it in reading order). Poppler's default column guessing joins the two words of a short
    second line in a narrow cell ("æ Å" as "æÅ"); docs/register.md says so."""
    tool = require_tool("pdftotext", "poppler-utils")
    out = subprocess.run([tool, "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")[:-1]


def pdf_pages(path: Path) -> int:
    tool = require_tool("pdfinfo", "poppler-utils")
    info = subprocess.run([tool, str(path)], capture_output=True, check=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    match = re.search(r"^Pages:\s+(\d+)$", info, re.M)
    assert match
    return int(match.group(1))


def test_r1_yearly_list_from_the_register_is_pdf_ua1_and_pdfa2a_and_reads_back(
    timed_context, tmp_path: Path  # noqa: F811 - fixture
) -> None:
    ctx = timed_context
    ctx.at(dt.datetime(2025, 3, 1, tzinfo=OSLO))
    names = []
    for number in range(70):  # enough for several pages: the header row must be on each
        name = f"Bø sjukeheim {number:02d} – pårørende, Ørnes æ Å"
        if number == 7:
            name = "Sámediggi: Čáhcesuolu Đ ŋ š ŧ ž"
        names.append(name)
        page_id = ctx.register.save_page(
            {"name": name, "url": f"facebook.com/groups/bo{number}", "unit": "Helse og omsorg"}
        )
        make_compliant(ctx, page_id, dt.date(2025, 3, 1))
    ctx.at(dt.datetime(2026, 2, 1, tzinfo=OSLO))
    path = tmp_path / "kontoer.pdf"
    assert ctx.register.write_yearly_pdf(path, 2026) == 70
    pdf = path.read_bytes()
    assert_valid(pdf)
    pages = pages_text(path)
    assert len(pages) == pdf_pages(path) >= 2
    text = " ".join("\n".join(pages).split())  # a name wrapped in its cell reads as one line
    for name in names:
        assert name in text, name
    assert text.count("Kari Nordbø") == 70
    assert "https://www.facebook.com/groups/bo7" in text
    heading = ctx.register.yearly_title(2026)
    assert pages[0].lstrip().startswith(heading)
    for page_text in pages:  # the table's header row repeats on every page
        assert "Main administrator" in page_text or "Hovedadministrator" in page_text
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*"))


def test_r1_yearly_list_shows_hostile_names_as_written(tmp_path: Path) -> None:
    rows = [
        ["#exit() *fet* $x$ \\ [lenke](x) <tag> @ref", "Facebook", "https://x.no/#a", "", "", "", ""],
        ["Avd. \u202eenilno\u202c", "X", "", "", "", "", "Ola \u2066N\u2069"],
        ["Emoji 😀 og 中文 og \x07 og \ud800", "", "", "", "", "", ""],
    ]
    document = YearlyListDocument(
        "Kommunens kontoer pr. 1.1.2027", "nb", "Midt-Telemark kommune", dt.date(2027, 1, 2),
        ["Ansvar: Kåre"], HEADERS, rows, "Laget 2027-01-02.",
    )
    path = tmp_path / "liste.pdf"
    path.write_bytes(yearly_pdf(document))
    assert_valid(path.read_bytes())
    text = " ".join("\n".join(pages_text(path)).split())
    assert "#exit() *fet* $x$ \\ [lenke](x) <tag> @ref" in text  # data, never Typst markup
    assert "Avd. <U+202E>enilno<U+202C>" in text  # the override is shown, not applied
    assert "Ola <U+2066>N<U+2069>" in text
    assert "Emoji <U+1F600> og <U+4E2D><U+6587> og <U+0007> og <U+D800>" in text


def test_r1_yearly_list_bounds_a_huge_name() -> None:
    document = YearlyListDocument(
        "T", "nb", "MTK", dt.date(2027, 1, 2), [], HEADERS, [["x" * 200_000] + [""] * 6], "f"
    )
    pdf = yearly_pdf(document)  # PDF/A forbids strings over 32,767 bytes: Typst refused such a name
    assert_valid(pdf)
    assert shown("y" * 5000).endswith("y \u2026") and len(shown("y" * 5000)) == 1002


def test_r1_every_character_said_to_be_covered_is_shown_by_typst() -> None:
    """The coverage table (which characters are drawn rather than shown as <U+XXXX>) holds for the
    installed Typst: all of them, regular and bold (the header row), in one PDF/A-2a + PDF/UA-1 file."""
    chars = "".join(chr(c) for low, high in _COVERED for c in range(low, high + 1) if covered(chr(c)))
    assert len(chars) > 3000
    for start in range(0, len(chars), 900):  # a text is cut at 1,000 characters: 900 at a time
        chunk = chars[start : start + 900]
        document = YearlyListDocument("T", "nb", "MTK", dt.date(2027, 1, 2), [], [chunk], [[chunk]], "f")
        yearly_pdf(document)  # Typst refuses the file if one of them has no glyph in regular or bold


# MTK_PDF_EXAMPLES=300 for a longer hunt.
@settings(
    max_examples=max(5, int(__import__("os").environ.get("MTK_PDF_EXAMPLES", "25")) // 2),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    cells=st.lists(st.lists(st.text(max_size=40), min_size=7, max_size=7), min_size=1, max_size=5),
    title=st.text(max_size=40),
)
def test_r1_yearly_list_with_any_text_passes_pdf_ua1_and_pdfa2a(cells, title) -> None:
    document = YearlyListDocument(title, "nn", title, dt.date(2027, 1, 2), [title], HEADERS, cells, title)
    assert_valid(yearly_pdf(document))


def test_r1_yearly_list_is_reproducible() -> None:
    document = YearlyListDocument(
        "T", "en", "MTK", dt.date(2027, 1, 2), ["p"], HEADERS, [["a"] * 7, ["b"] * 7], "f"
    )
    assert yearly_pdf(document) == yearly_pdf(document)


@pytest.mark.parametrize("text", ["plain", "Æ\u0301", "e\u0301"])
def test_r1_decomposed_letters_are_composed(text: str) -> None:
    assert "<U+" not in shown(text)
