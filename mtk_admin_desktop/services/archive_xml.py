"""FIKS Arkiv v2 messages: the ``arkivmelding.opprett`` of one item, and reading an "
"``arkivmeldingKvittering``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from mtk_admin_desktop import APP_NAME
from mtk_admin_desktop.domain.archive import FAGSYSTEM, ArchiveItem, xml_safe

NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v2"
KVITTERING_NS = (
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v2"
)
MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ARKIVMELDING_XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd"
KVITTERING_XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.kvittering.xsd"

FORMATS = {  # mime type -> (format code, description)
    "application/pdf": ("PDF/A-1b", "PDF/A-1b (ISO 19005-1)"),
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
        self.el(node, "beskrivelse", description, ns=MDK)
        return node


def _datetime(value: str) -> str:
    # xs:dateTime wants "T" and seconds; our ISO texts already are, but dates alone get midnight UTC.
    return value if "T" in value else f"{value}T00:00:00+00:00"


def arkivmelding_bytes(item: ArchiveItem, files: list[DocumentFile]) -> bytes:
    """The ``arkivmelding.opprett`` of one item: one journalpost, its documents and the external key."""
    b = _Builder()
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    ET.register_namespace("n5mdk", MDK)
    root = ET.Element(f"{{{NS}}}arkivmelding")
    b.el(root, "system", APP_NAME)
    b.el(root, "antallFiler", str(len(files)))
    reg = b.el(root, "registrering", **{f"{{{XSI}}}type": "journalpost"})
    if item.created_at:
        b.el(reg, "opprettetDato", _datetime(item.created_at))
    if item.author:
        b.el(reg, "opprettetAv", item.author)
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
    if item.document_date:
        b.el(reg, "dokumentetsDato", item.document_date[:10])
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
