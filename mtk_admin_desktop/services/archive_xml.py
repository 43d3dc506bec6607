"""FIKS Arkiv v2 messages: the ``arkivmelding.opprett`` of one item, and reading an "
"``arkivmeldingKvittering``."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from mtk_admin_desktop import APP_NAME
from mtk_admin_desktop.domain.archive import FAGSYSTEM, ArchiveItem, xml_safe, xs_date, xs_datetime

NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v2"
KVITTERING_NS = (
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v2"
)
MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ARKIVMELDING_XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd"
KVITTERING_XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.kvittering.xsd"

FORMATS = {  # mime type -> (format code, description)
    "application/pdf": ("PDF/A-2b", "PDF/A-2b (ISO 19005-2)"),
    "image/png": ("PNG", "Portable Network Graphics"),
    "image/jpeg": ("JPEG", "JPEG (ISO/IEC 10918)"),
    "image/tiff": ("TIFF", "Tagged Image File Format"),
    "application/json": ("JSON", "JSON (RFC 8259), UTF-8"),
}


@dataclass(frozen=True)
class DocumentFile:
    """A file of an item as the arkivmelding describes it."""

    path: str  # inside the package, e.g. items/0001-moderering-<id>/dokument.pdf
    file_name: str  # shown to the archive staff (filnavn)
    title: str
    mime: str
    sha256: str
    size: int
    main: bool  # Hoveddokument (H) or Vedlegg (V)
    document_type: tuple[str, str] | None = None  # dokumenttype code and description


class _Builder:
    """Builds an element tree in the arkivmelding namespace, counting what could not be carried."""

    def __init__(self) -> None:
        self.replaced = 0

    def el(
        self, parent: ET.Element, name: str, text: str | None = None, ns: str = NS, **attrs: str
    ) -> ET.Element:
        child = ET.SubElement(parent, f"{{{ns}}}{name}", attrs)
        if text is not None:
            safe, count = xml_safe(text)
            self.replaced += count
            child.text = safe
        return child

    def code(self, parent: ET.Element, name: str, code: str, description: str) -> ET.Element:
        # kode/beskrivelse are local elements of the metadata catalogue's type, so in its namespace.
        node = self.el(parent, name)
        self.el(node, "kode", code, ns=MDK)
        if description:
            self.el(node, "beskrivelse", description, ns=MDK)
        return node


def arkivmelding_bytes(
    item: ArchiveItem, files: list[DocumentFile], arkivdel: str = "", parent_folder: str = ""
) -> bytes:
    """The ``arkivmelding.opprett`` of one item: one journalpost, its documents and the external key.

    ``parent_folder`` (a mappeID, e.g. the case "2026/123") places the journalpost in that folder;
    otherwise ``arkivdel`` (a code) places it in that archive part. The XSD allows one of the two.
    """
    b = _Builder()
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    ET.register_namespace("n5mdk", MDK)
    root = ET.Element(f"{{{NS}}}arkivmelding")
    b.el(root, "system", APP_NAME)
    b.el(root, "antallFiler", str(len(files)))
    reg = b.el(root, "registrering", **{f"{{{XSI}}}type": "journalpost"})
    created = xs_datetime(item.created_at)  # with seconds: "09:00+01:00" is not an xs:dateTime
    if created:
        b.el(reg, "opprettetDato", created)
    if item.author:
        b.el(reg, "opprettetAv", item.author)
    if parent_folder.strip():
        parent = b.el(reg, "referanseForelderMappe")
        b.el(parent, "mappeID", parent_folder.strip(), ns=MDK)
    elif arkivdel.strip():
        b.code(reg, "arkivdel", arkivdel.strip(), "")
    if item.screening and item.screening[0].strip() and item.screening[1].strip():
        screened = b.el(reg, "skjerming")
        b.code(screened, "tilgangsrestriksjon", item.screening[0].strip(), "")
        b.el(screened, "skjermingshjemmel", item.screening[1].strip())
    for number, doc in enumerate(files, 1):
        desc = b.el(reg, "dokumentbeskrivelse")
        if doc.document_type:
            b.code(desc, "dokumenttype", *doc.document_type)
        b.code(desc, "dokumentstatus", "F", "Dokumentet er ferdigstilt")
        b.el(desc, "tittel", doc.title)
        if doc.main:
            b.code(desc, "tilknyttetRegistreringSom", "H", "Hoveddokument")
        else:
            b.code(desc, "tilknyttetRegistreringSom", "V", "Vedlegg")
        b.el(desc, "dokumentnummer", str(number))
        obj = b.el(desc, "dokumentobjekt")
        b.el(obj, "versjonsnummer", "1")
        b.code(obj, "variantformat", "A", "Arkivformat")
        fmt = FORMATS.get(doc.mime, (doc.mime, doc.mime))
        b.code(obj, "format", *fmt)
        b.el(obj, "mimeType", doc.mime)
        b.el(obj, "filnavn", doc.file_name)
        b.el(obj, "referanseDokumentfil", doc.path)
        b.el(obj, "sjekksum", doc.sha256)
        b.el(obj, "sjekksumAlgoritme", "SHA256")
        b.el(obj, "filstoerrelse", str(doc.size))
    b.el(reg, "tittel", item.title or "(uten tittel)")
    # The full text travels in beskrivelse too, so the journal holds it even without the PDF.
    # A post marked published carries its Facebook address (plan versus published, issue 18).
    post = item.record.get("post") if item.kind == "post" else None
    published = str(post.get("published_url") or "") if isinstance(post, dict) else ""
    published_line = f"Publisert på Facebook: {published}" if published else ""
    described = "\n\n".join(
        x for x in (item.description, published_line, f"Tekst:\n{item.text}" if item.text else "") if x
    )
    if described:
        b.el(reg, "beskrivelse", described)
    b.el(reg, "noekkelord", "sosiale medier")
    if item.page_name:
        b.el(reg, "noekkelord", item.page_name)
    if item.author:
        b.el(reg, "forfatter", item.author)
    # Text that XML cannot carry is counted now; the note says where the original is.
    note_at = len(reg)
    if item.correspondent:
        part = b.el(reg, "korrespondansepart")
        b.code(part, "korrespondanseparttype", "EA", "Avsender")
        b.el(part, "korrespondansepartNavn", item.correspondent)
    key = b.el(reg, "referanseEksternNoekkel")
    b.el(key, "fagsystem", FAGSYSTEM, ns=MDK)
    b.el(key, "noekkel", item.item_id, ns=MDK)
    b.code(
        reg,
        "journalposttype",
        *(("I", "Inngående dokument") if item.kind == "moderation" else ("U", "Utgående dokument")),
    )
    document_date = xs_date(item.document_date)
    if document_date:
        b.el(reg, "dokumentetsDato", document_date)
    b.el(reg, "antallVedlegg", str(sum(1 for f in files if not f.main)))
    if b.replaced:
        note = ET.Element(f"{{{NS}}}merknad")
        text = ET.SubElement(note, f"{{{NS}}}merknadstekst")
        text.text = (
            f"{b.replaced} tegn som XML 1.0 ikke tillater, er erstattet med U+FFFD i denne "
            "meldingen. Originalteksten ligger uendret i data.json."
        )
        reg.insert(note_at, note)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


# -- the structure, checked without the XSD ------------------------------------------------------
#
# What the export writes and ``archive verify`` checks by default (the XSDs are not shipped with the app:
# ``--schema DIR`` validates against them in full). Each complex type: its children in the XSD's order,
# as (name, type, least, most (None: unbounded), namespace). The types and order are those of the
# arkivmelding.opprett XSD and the metadata catalogue for the part of the message this application
# writes; anything else is reported. The suite checks that everything the export writes passes both this
# and the XSD (tests/test_archive_conformance.py).

_Child = tuple[str, str, int, int | None, str]
_KODE: list[_Child] = [("kode", "string", 1, 1, MDK), ("beskrivelse", "string", 0, 1, MDK)]
_MODELS: dict[str, list[_Child]] = {
    "arkivmelding": [
        ("system", "string", 1, 1, NS),
        ("regel", "string", 0, 1, NS),
        ("antallFiler", "int", 1, 1, NS),
        ("registrering", "journalpost", 0, 1, NS),
    ],
    "journalpost": [
        ("opprettetDato", "dateTime", 0, 1, NS),
        ("opprettetAv", "string1", 0, 1, NS),
        ("referanseForelderMappe", "referanseTilMappe", 0, 1, NS),
        ("arkivdel", "kode", 0, 1, NS),
        ("skjerming", "skjerming", 0, 1, NS),
        ("dokumentbeskrivelse", "dokumentbeskrivelse", 0, None, NS),
        ("tittel", "string1", 1, 1, NS),
        ("offentligTittel", "string1", 0, 1, NS),
        ("beskrivelse", "string1", 0, 1, NS),
        ("noekkelord", "string1", 0, None, NS),
        ("forfatter", "string1", 0, None, NS),
        ("merknad", "merknad", 0, None, NS),
        ("korrespondansepart", "korrespondansepart", 0, None, NS),
        ("referanseEksternNoekkel", "eksternNoekkel", 0, 1, NS),
        ("journalposttype", "kode", 1, 1, NS),
        ("dokumentetsDato", "date", 0, 1, NS),
        ("antallVedlegg", "int", 0, 1, NS),
    ],
    "referanseTilMappe": [
        ("mappeID", "string1", 0, 1, MDK),
        ("referanseEksternNoekkel", "eksternNoekkel", 0, 1, MDK),
    ],
    "skjerming": [
        ("tilgangsrestriksjon", "kode", 1, 1, NS),
        ("skjermingshjemmel", "string1", 1, 1, NS),
    ],
    "dokumentbeskrivelse": [
        ("dokumenttype", "kode", 0, 1, NS),
        ("dokumentstatus", "kode", 0, 1, NS),
        ("tittel", "string1", 1, 1, NS),
        ("tilknyttetRegistreringSom", "kode", 1, 1, NS),
        ("dokumentnummer", "int", 0, 1, NS),
        ("skjerming", "skjerming", 0, 1, NS),
        ("dokumentobjekt", "dokumentobjekt", 0, None, NS),
    ],
    "dokumentobjekt": [
        ("versjonsnummer", "int", 0, 1, NS),
        ("variantformat", "kode", 0, 1, NS),
        ("format", "kode", 0, 1, NS),
        ("mimeType", "string", 0, 1, NS),
        ("filnavn", "string", 1, 1, NS),
        ("referanseDokumentfil", "string1", 1, 1, NS),
        ("sjekksum", "string1", 0, 1, NS),
        ("sjekksumAlgoritme", "string1", 0, 1, NS),
        ("filstoerrelse", "size", 0, 1, NS),
    ],
    "merknad": [("merknadstekst", "string1", 1, 1, NS)],
    "korrespondansepart": [
        ("korrespondanseparttype", "kode", 1, 1, NS),
        ("korrespondansepartNavn", "string1", 1, 1, NS),
    ],
    "eksternNoekkel": [("fagsystem", "string1", 1, 1, MDK), ("noekkel", "string1", 1, 1, MDK)],
    "kode": _KODE,
}
_INT = re.compile(r"[+-]?[0-9]+")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _simple_error(kind: str, text: str) -> str | None:
    if kind == "string":
        return None
    if kind == "string1":
        return None if text else "is empty"
    if kind in ("int", "size"):
        if not _INT.fullmatch(text.strip()):
            return f"{text[:40]!r} is not an integer"
        value = int(text)
        low = 0 if kind == "size" else -(1 << 31)
        return None if low <= value < 1 << 31 else f"{value} is out of range"
    if kind == "dateTime":
        if not _DATETIME.fullmatch(text.strip()):
            return f"{text[:40]!r} is not an xs:dateTime (date, T, hours:minutes:seconds)"
        try:
            parsed = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            return f"{text[:40]!r} is not a valid time"
        offset = parsed.utcoffset()
        if offset is not None and abs(offset) > dt.timedelta(hours=14):
            return f"{text[:40]!r} has an offset over 14 hours"
        return None
    if kind == "date":
        if not _DATE.fullmatch(text.strip()):
            return f"{text[:40]!r} is not an xs:date"
        try:
            dt.date.fromisoformat(text.strip()[:10])
        except ValueError:
            return f"{text[:40]!r} is not a valid date"
        return None
    raise ValueError(kind)


def structure_errors(xml: bytes | ET.Element) -> list[str]:
    """Where an ``arkivmelding.opprett`` does not have the structure the XSD gives it, for the elements
    this application writes (order, counts, namespaces, xsi:type, dates with seconds, integers); empty:
    as it should be. Malformed XML is one error, never an exception."""
    if isinstance(xml, ET.Element):
        root = xml
    else:
        try:
            root = ET.fromstring(xml)
        except ET.ParseError as exc:
            return [f"not well-formed: {exc}"]
    if root.tag != f"{{{NS}}}arkivmelding":
        return [f"the root element is {root.tag}, not arkivmelding"]
    errors: list[str] = []
    _check_children(root, "arkivmelding", "/arkivmelding", errors)
    reg = root.find(f"{{{NS}}}registrering")
    if reg is not None:
        if reg.get(f"{{{XSI}}}type") not in ("journalpost", "n5mdk:journalpost"):
            errors.append("/arkivmelding/registrering: xsi:type is not journalpost")
        placed = [reg.find(f"{{{NS}}}{name}") for name in ("referanseForelderMappe", "arkivdel")]
        if all(node is not None for node in placed):
            errors.append("/arkivmelding/registrering: both referanseForelderMappe and arkivdel (a choice)")
    return errors[:50]


def _check_children(node: ET.Element, model: str, where: str, errors: list[str]) -> None:
    if len(errors) >= 50:
        return
    if node.text and node.text.strip():
        errors.append(f"{where}: text where only elements belong")
    children = list(node)
    position = 0
    for name, kind, least, most, ns in _MODELS[model]:
        count = 0
        while position < len(children) and children[position].tag == f"{{{ns}}}{name}":
            child = children[position]
            path = f"{where}/{name}"
            if kind in _MODELS:
                _check_children(child, kind, path, errors)
            elif len(child):
                errors.append(f"{path}: has child elements, expected text")
            else:
                problem = _simple_error(kind, child.text or "")
                if problem:
                    errors.append(f"{path}: {problem}")
            if child.tail and child.tail.strip():
                errors.append(f"{path}: text after the element")
            position += 1
            count += 1
        if count < least:
            errors.append(f"{where}: {name} is missing")
        if most is not None and count > most:
            errors.append(f"{where}: {name} occurs {count} times, at most {most}")
    if position < len(children):
        errors.append(f"{where}: unexpected element {_local(children[position].tag)} at this place")


# -- receipts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receipt:
    """What an ``arkivmeldingKvittering`` says about one item."""

    item_id: str
    fagsystem: str
    journal_year: int | None
    journal_seq: int | None
    journal_number: int | None
    system_id: str


class ReceiptError(ValueError):
    """A receipt file that cannot be read (not XML, not a kvittering, no external key)."""


def parse_receipt(data: bytes) -> list[Receipt]:
    """The items a receipt (one ``arkivmeldingKvittering``, or several under any wrapper) confirms."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ReceiptError(f"not XML: {exc}") from exc
    q = f"{{{KVITTERING_NS}}}"
    kvitteringer = (
        [root] if root.tag == f"{q}arkivmeldingKvittering" else list(root.iter(f"{q}arkivmeldingKvittering"))
    )
    if not kvitteringer:
        raise ReceiptError("no arkivmeldingKvittering")
    out = []
    for kv in kvitteringer:
        reg = kv.find(f"{q}registreringKvittering")
        if reg is None:
            continue
        key = reg.find(f"{q}referanseEksternNoekkel")
        if key is None:
            continue
        noekkel, fagsystem = _child_text(key, "noekkel", q), _child_text(key, "fagsystem", q)
        if not noekkel:
            continue
        out.append(
            Receipt(
                item_id=noekkel,
                fagsystem=fagsystem or "",
                journal_year=_child_number(reg, "journalaar", q),
                journal_seq=_child_number(reg, "journalsekvensnummer", q),
                journal_number=_child_number(reg, "journalpostnummer", q),
                system_id=_child_text(reg, "systemID", q) or "",
            )
        )
    if not out:
        raise ReceiptError("no registreringKvittering with referanseEksternNoekkel")
    return out


def _child_text(parent: ET.Element, name: str, q: str) -> str | None:
    # Local elements of metadata-catalogue types are in that namespace; the receipt's own in its.
    node = parent.find(f"{q}{name}")
    if node is None:
        node = parent.find(f"{{{MDK}}}{name}")
    return node.text.strip() if node is not None and node.text else None


def _child_number(parent: ET.Element, name: str, q: str) -> int | None:
    value = _child_text(parent, name, q)
    try:
        return int(value) if value else None
    except ValueError as exc:
        raise ReceiptError(f"{name} is not a number: {value!r}") from exc


def validate_with_xsd(xml: bytes, schema_dir: Path, xsd_name: str = ARKIVMELDING_XSD) -> list[str]:
    """Errors of ``xml`` against the official XSD in ``schema_dir`` (empty: valid)."""
    import io

    schema = _schema(str(schema_dir / xsd_name))
    return [str(error.reason or error) for error in schema.iter_errors(io.BytesIO(xml))]


_schemas: dict[str, object] = {}


def _schema(path: str):  # type: ignore[no-untyped-def]
    import xmlschema

    if path not in _schemas:
        _schemas[path] = xmlschema.XMLSchema(path)
    return _schemas[path]
