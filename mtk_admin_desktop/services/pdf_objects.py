"""Rewriting objects of a PDF whose writer puts them one after another behind one classic cross-reference
table (Qt's QPdfWriter, Typst): the placeholder swap of archive_pdf.py and the stream-end fix both use it.
No Qt here, so the yearly list's PDF (register_pdf.py) uses it without a GUI application.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import IO


class PdfError(RuntimeError):
    """A PDF could not be written, or its writer's output is not as expected (target not writable, painter
    failed, an object not where the cross-reference table says)."""


STREAM_END_AFTER_CR = re.compile(rb"\r\nendstream\s*endobj\s*$")


def fix_stream_ends(data: bytes) -> bytes:
    """Give a stream whose data ends in a CR byte a CR LF before ``endstream``.

    Qt and Typst write ``<data>\\nendstream``. When the data's last byte is CR (one stream in 256: the
    end of a Flate stream is its checksum), a reader takes that CR and the LF for the end-of-line marker
    and finds the stream one byte shorter than its /Length (page-validation rejects it under PDF/A-2). With
    ``<data>\\r\\r\\nendstream`` the marker is CR LF and the data keeps its length. Run once, on the
    writer's output (after the placeholder swap): neither Qt nor Typst writes CR LF there itself.
    """

    return rewrite_objects(data, lambda _number, _generation, span: fix_stream_end(span))


def fix_stream_end(span: bytes) -> bytes | None:
    """One object's span with :func:`fix_stream_ends`' fix, or None when it needs none (for a rewrite
    that does this in the same pass as its own change)."""
    found = STREAM_END_AFTER_CR.search(span, max(0, len(span) - 64))
    if not found or b"stream" not in span[: found.start()]:
        return None
    return span[: found.start()] + b"\r" + span[found.start() :]


XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")
OBJ_HEAD = re.compile(rb"(\d+) (\d+) obj\s*")


def rewrite_objects(data: bytes, rewrite: Callable[[int, int, bytes], bytes | None]) -> bytes:
    """``data`` with objects replaced where ``rewrite(number, generation, span)`` gives new bytes.

    Qt and Typst write one object after another and one classic cross-reference table. An object's span
    runs from its ``N G obj`` to where the next object (or the table) begins; the offsets in the table
    behind a replaced object move by the difference. Anything that does not look exactly like that
    raises PdfError.
    """
    pieces = _rewritten(data, rewrite)
    return data if pieces is None else b"".join(pieces)


def write_stream_ends_fixed(data: bytes, sink: IO[bytes]) -> None:
    """:func:`fix_stream_ends` of ``data`` written to ``sink`` piece by piece (a long innhold.pdf is not
    joined into a second copy first)."""
    pieces = _rewritten(data, lambda _number, _generation, span: fix_stream_end(span))
    for piece in [data] if pieces is None else pieces:
        sink.write(piece)


def _rewritten(
    data: bytes, rewrite: Callable[[int, int, bytes], bytes | None]
) -> list[bytes | memoryview] | None:
    """The pieces of :func:`rewrite_objects`' result (None: nothing to change)."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-64:])
    if not found:
        raise PdfError("no startxref at the end of the PDF")
    xref_at = int(found.group(1))
    head = re.compile(rb"xref\r?\n(\d+) (\d+)\r?\n").match(data, xref_at)
    if not head or int(head.group(1)) != 0:
        raise PdfError("the PDF has no single classic cross-reference table")
    count, table_at = int(head.group(2)), head.end()
    entries = []
    for number in range(count):
        entry = XREF_ENTRY.match(data, table_at + 20 * number)
        if not entry:
            raise PdfError(f"cross-reference entry {number} is malformed")
        entries.append((int(entry.group(1)), int(entry.group(2)), entry.group(3)))
    table_end = table_at + 20 * count
    if not data.startswith(b"trailer", table_end):
        raise PdfError("the PDF's cross-reference table has more than one section")
    starts = sorted(offset for offset, _, kind in entries if kind == b"n")
    ends = dict(zip(starts, [*starts[1:], xref_at], strict=True))
    replace: dict[int, bytes] = {}  # object offset -> new object
    for number, (offset, generation, kind) in enumerate(entries):
        if kind != b"n":
            continue
        obj = OBJ_HEAD.match(data, offset)
        if not obj or int(obj.group(1)) != number:
            raise PdfError(f"object {number} is not where the cross-reference table says")
        new = rewrite(number, generation, data[offset : ends[offset]])
        if new is not None:
            replace[offset] = new
    if not replace:
        return None
    view = memoryview(data)  # the unchanged stretches are joined without a copy of each first
    out: list[bytes | memoryview] = []
    shift, moved, last = 0, {}, 0
    for offset in starts:
        moved[offset] = offset + shift
        if offset in replace:
            out += [view[last:offset], replace[offset]]
            shift += len(replace[offset]) - (ends[offset] - offset)
            last = ends[offset]
    out.append(view[last:table_at])
    for offset, generation, kind in entries:
        out.append(
            b"%010d %05d %s \n" % (moved.get(offset, offset) if kind == b"n" else offset, generation, kind)
        )
    tail = data[table_end:]
    out.append(tail[: tail.rindex(b"startxref")] + b"startxref\n%d\n%%%%EOF\n" % (xref_at + shift))
    return out


_SUSPECTS = b"/MarkInfo<</Marked true/Suspects false>>"


def blank_suspects(data: bytes) -> bytes:
    """Typst's ``/MarkInfo`` without ``/Suspects false`` (blanked with spaces: the length stays, so the
    cross-reference table stays right). The entry is allowed and means what leaving it out means, but
    poppler (pdfinfo, pdftotext, Evince) reports "Syntax Error: Suspects object is wrong type" for it."""
    if data.count(_SUSPECTS) != 1:
        return data
    return data.replace(_SUSPECTS, b"/MarkInfo<</Marked true" + b" " * len(b"/Suspects false") + b">>")
