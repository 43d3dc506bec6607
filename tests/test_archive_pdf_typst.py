"""Issue 16 item 3, issue 19 item 3: the archive's item documents are tagged PDF/A-2a and PDF/UA-1, drawn by
Typst with every screenshot's pixel data put in losslessly (the PNG's own data where it allows); judged by
page-validation and poppler. Typst itself, not the Qt fallback, must manage hostile text."""

from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from mtk_admin_desktop.domain.archive import ArchiveItem, Attachment
from tests.helpers import require_tool
from tests.test_archive_conformance import TEXT, times
from tests.test_register_pdf import assert_valid


def _typst(item: ArchiveItem, images: dict[str, Path] | None = None) -> bytes:
    from mtk_admin_desktop.services.archive_pdf import _typst_item_pdf

    return _typst_item_pdf(item, lambda sha: (images or {}).get(sha, Path("/nonexistent")), "Pakke test")


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(title=TEXT, text=TEXT, fields=__import__("hypothesis").strategies.lists(
    __import__("hypothesis").strategies.tuples(TEXT, TEXT), max_size=4), when=times())
def test_r13_typst_item_pdf_with_hostile_text_is_pdfa2a_and_pdfua1(qapp, title, text, fields, when) -> None:
    item = ArchiveItem("moderation", "id-1", title, when, "", "Kari", text=text, fields=fields)
    assert_valid(_typst(item))  # raises PdfError (and so fails here) if Typst refused


def test_r13_typst_item_pdf_shows_text_as_written_and_bounds_unbroken_runs(qapp, tmp_path) -> None:
    tool = require_tool("pdftotext", "poppler-utils")
    text = "Linje én: æ ø å\nLinje to: \u202eenilno\u202c #exit() *fet*\n" + "x" * 120_000
    item = ArchiveItem("moderation", "id-2", "Slettet kommentar", "2026-12-01T09:00:00+01:00", "", "Kari",
                       text=text, fields=[("Grunnlag", "R13")])
    pdf = _typst(item)
    assert_valid(pdf)
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf)
    shown = subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, text=True).stdout
    assert "Linje én: æ ø å\nLinje to: <U+202E>enilno<U+202C> #exit() *fet*" in shown
    assert f"[Forkortet her: teksten har {len(text):,} tegn.".replace(",", " ") in " ".join(shown.split())


def test_r13_typst_item_pdf_carries_the_png_data_unchanged(qapp, tmp_path) -> None:
    import random

    from mtk_admin_desktop.services.archive_pdf import png_pixels
    from tests.helpers import full_hd_screenshot

    png = tmp_path / "shot.png"
    png.write_bytes(full_hd_screenshot(random.Random(3)))
    item = ArchiveItem("moderation", "id-3", "Slettet", "2026-12-01T09:00:00+01:00", "", "Kari",
                       attachments=[Attachment("s" * 64, "image/png", "skjermbilde-1.png", "Skjermbilde 1")])
    pdf = _typst(item, {"s" * 64: png})
    assert_valid(pdf)
    pixels = png_pixels(png)
    assert pixels is not None and pixels.data in pdf
