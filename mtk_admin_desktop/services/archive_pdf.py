"""PDF/A-1b documents of the archive package, made with Qt's own PDF writer (QPdfWriter).

The documents are in bokmål whatever the UI language: they are the municipality's record, and the same
items must give the same bytes. Qt stamps the current time into the PDF; :func:`_pin_dates` replaces it
(same length, so the cross-reference table stays right) with the time the caller gives.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl, QUuid
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from mtk_admin_desktop import APP_NAME, ORG_NAME
from mtk_admin_desktop.domain.archive import ArchiveItem, xml_safe
from mtk_admin_desktop.domain.ids import stable_id

FONT_FAMILY = "DejaVu Sans"
# Characters the PDF cannot show usefully (controls): made visible instead of silently dropped.
_PDF_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PdfError(RuntimeError):
    """Qt could not write the PDF (target not writable, painter failed)."""


_app: object = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts and PDF writing; the command line makes an offscreen one."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise PdfError("PDF writing needs a QGuiApplication, and a QCoreApplication exists already")
    import os
    import sys

    # No window is ever shown for the export, so it must not need a display (cron, SSH, CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])


def _text(value: str) -> str:
    """Escaped HTML text; forbidden characters shown as U+FFFD, line breaks kept."""
    safe, _ = xml_safe(value or "")
    safe = _PDF_CONTROLS.sub("\ufffd", safe)
    return html.escape(safe).replace("\n", "<br/>")


def _writer(path: Path, title: str, doc_key: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(xml_safe(title)[0])
    writer.setCreator(f"{APP_NAME} ({ORG_NAME})")
    writer.setAuthor(ORG_NAME)
    # A fixed document id (instead of a random one) keeps the bytes reproducible.
    writer.setDocumentId(QUuid(stable_id("archive-pdf", doc_key)))
    return writer


def _document(body: str, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT_FAMILY, 10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 14pt; } h2 { font-size: 12pt; margin-top: 12px; }"
        "td { padding: 2px 6px 2px 0; vertical-align: top; } th { text-align: left; padding-right: 6px; }"
        ".label { color: #333333; font-weight: bold; } .small { font-size: 8pt; color: #333333; }"
    )
    layout = writer.pageLayout()
    rect = layout.paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.setHtml(body)
    return doc


def _print(doc: QTextDocument, writer: QPdfWriter, path: Path, when: dt.datetime) -> None:
    doc.print_(writer)  # the painter it opens and ends finishes the file
    _pin_dates(path, when)


def _pin_dates(path: Path, when: dt.datetime) -> None:
    """Replace the time Qt wrote into the PDF (Info dictionary and XMP) with ``when``, same length."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise PdfError(f"{path.name} is not a PDF")
    utc = when.astimezone(dt.UTC)
    info = utc.strftime("%Y%m%d%H%M%S").encode()
    xmp = utc.strftime("%Y-%m-%dT%H:%M:%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}", lambda m: m.group(1) + info, data)
    data = re.sub(
        rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d',
        lambda m: m.group(1) + xmp,
        data,
    )
    with open(path, "r+b") as fh:
        fh.write(data)


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td class='label'>{_text(k)}</td><td>{_text(v)}</td></tr>" for k, v in pairs)


def write_item_pdf(
    path: Path, item: ArchiveItem, image_path: Callable[[str], Path], package_note: str = ""
) -> None:
    """The item's Hoveddokument: its metadata, full text and every screenshot, as PDF/A-1b."""
    writer = _writer(path, item.title, f"{item.kind}:{item.item_id}")
    parts = [
        f"<h1>{_text(item.title)}</h1>",
        f"<p class='small'>{_text(ORG_NAME)} · {_text(APP_NAME)} · {_text(package_note)}</p>",
        "<table>",
        _rows(item.fields),
        "</table>",
    ]
    if item.text:
        parts += ["<h2>Tekst</h2>", f"<p>{_text(item.text)}</p>"]
    doc_images: list[tuple[str, QImage]] = []
    if item.attachments:
        parts.append("<h2>Vedlegg</h2>")
    width_pt = writer.pageLayout().paintRectPoints().width()
    for number, att in enumerate(item.attachments, 1):
        parts.append(f"<p><b>{_text(att.title)}</b> ({_text(att.file_name)}, SHA-256 {att.sha256})</p>")
        image = QImage(str(image_path(att.sha256)))
        if image.isNull():
            parts.append("<p>Bildet kunne ikke vises her; originalfilen ligger i pakken.</p>")
            continue
        # PDF/A-1 forbids transparency: flatten onto white before the PDF writer sees it.
        flat = QImage(image.size(), QImage.Format.Format_RGB888)
        flat.fill(0xFFFFFF)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        del image
        name = f"img{number}"
        doc_images.append((name, flat))
        shown = min(width_pt, flat.width() * 0.75)
        parts.append(f"<p><img src='{name}' width='{int(shown)}'/></p>")
        if att.caption:
            parts.append(f"<p class='small'>{_text(att.caption)}</p>")
    doc = _document("".join(parts), writer)
    for name, image in doc_images:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    when = _parse(item.created_at) or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    _print(doc, writer, path, when)
    if not path.exists() or path.stat().st_size == 0:
        raise PdfError(f"could not write {path}")


def write_contents_pdf(
    path: Path,
    title: str,
    header: list[tuple[str, str]],
    rows: list[list[str]],
    created: dt.datetime,
    key: str,
) -> None:
    """``innhold.pdf``: the package's table of contents (one row per item), as PDF/A-1b."""
    writer = _writer(path, title, key)
    parts = [
        f"<h1>{_text(title)}</h1>",
        "<table>",
        _rows(header),
        "</table>",
        "<h2>Innhold</h2>",
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>",
        "<tr><th>Nr.</th><th>Side</th><th>Dato</th><th>Type</th><th>Tittel / grunnlag</th>"
        "<th>Mappe og filer</th></tr>",
    ]
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</table>")
    doc = _document("".join(parts), writer)
    _print(doc, writer, path, created)


def _parse(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
