"""Issue 16: every arkivmelding the archive writes is accepted by the official FIKS Arkiv v2 XSD (judged by
``xmlschema``, not by our code), for every item kind and every combination of optional fields, with times
with and without seconds in any time zone and hostile text; and an export whose own XML is not as the
structure demands fails loudly and marks nothing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.archive import ArchiveItem, Attachment
from mtk_admin_desktop.services.archive_xml import DocumentFile, arkivmelding_bytes, structure_errors
from tests.test_archive_export import NOW, add_page

XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd"
_SCHEMA: list[object] = []


def schema(shared_dir: Path):  # type: ignore[no-untyped-def]
    import xmlschema

    if not _SCHEMA:
        _SCHEMA.append(xmlschema.XMLSchema(str(shared_dir / "schemas" / "fiks-arkiv-v2" / XSD)))
    return _SCHEMA[0]


def xsd_errors(shared_dir: Path, xml: bytes) -> list[str]:
    return [str(e.reason or e) for e in schema(shared_dir).iter_errors(io.BytesIO(xml))]


HOSTILE = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\x0b", "\ufffe", "\uffff", "\ud800", "\udfff", "]]>", "<![CDATA[", "&amp;",
     "\u202e", "\u2066", "\u200f", "😀", "👍🏽", "שלום", "مرحبا", "\r\n", "\r", "\t", " ", "\u0085"]
)
TEXT = st.lists(st.one_of(st.characters(codec=None), HOSTILE), max_size=30).map("".join)
OFFSETS = st.builds(
    dt.timezone,
    st.timedeltas(min_value=dt.timedelta(hours=-23, minutes=59), max_value=dt.timedelta(hours=23, minutes=59)),
)


@st.composite
def times(draw: st.DrawFn) -> str:
    """An item's time as the store may hold it: with or without seconds, any zone, naive, a date, junk."""
    when = draw(
        st.datetimes(
            min_value=dt.datetime(1900, 1, 1),
            max_value=dt.datetime(2200, 12, 31),
            timezones=st.one_of(st.none(), st.timezones(), OFFSETS),
        )
    )
    form = draw(st.sampled_from(["minutes", "seconds", "milliseconds", "microseconds", "date", "Z", "junk"]))
    if form == "date":
        return when.date().isoformat()
    if form == "junk":
        return draw(st.sampled_from(["", "i morgen", "2026-13-01T09:00", "2026-12-01T25:00+01:00", "x" * 40]))
    if form == "Z":
        return when.replace(tzinfo=None).isoformat(timespec="minutes") + "Z"
    return when.isoformat(timespec=form)


@st.composite
def items(draw: st.DrawFn) -> tuple[ArchiveItem, list[DocumentFile]]:
    kind = draw(st.sampled_from(["moderation", "post"]))
    optional = st.one_of(st.just(""), TEXT)
    item = ArchiveItem(
        kind=kind,
        item_id=draw(TEXT.filter(bool)),
        title=draw(optional),
        created_at=draw(times()),
        document_date=draw(st.one_of(times(), st.just(""))),
        author=draw(optional),
        page_name=draw(optional),
        description=draw(optional),
        text=draw(optional),
        correspondent=draw(optional) if kind == "moderation" else "",
        attachments=[],
    )
    files = [
        DocumentFile(
            "items/0001-x/dokument.pdf", "dokument.pdf", draw(TEXT.filter(bool)), "application/pdf",
            "a" * 64, draw(st.integers(0, (1 << 31) - 1)), main=True, document_type=("KORR", "Korrespondanse"),
        )
    ]
    for number in range(draw(st.integers(0, 3))):
        mime = draw(st.sampled_from(["image/png", "image/jpeg", "image/webp", "application/json"]))
        files.append(
            DocumentFile(
                f"items/0001-x/vedlegg-{number}", f"vedlegg-{number}", draw(TEXT.filter(bool)), mime, "b" * 64,
                draw(st.integers(0, 10**9)), main=False,
                document_type=draw(st.sampled_from([None, ("FOTO", "Foto")])),
            )
        )
    return item, files


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(items())
def test_r14_every_arkivmelding_is_valid_against_the_xsd(shared_dir, generated) -> None:
    item, files = generated
    xml = arkivmelding_bytes(item, files)
    assert xsd_errors(shared_dir, xml) == []
    assert structure_errors(xml) == []  # our own check agrees with the XSD on what we write


def test_r14_a_post_planned_without_seconds_is_a_valid_datetime(shared_dir) -> None:
    # The planning area stores "2026-12-01T09:00+01:00"; xs:dateTime needs seconds.
    item = ArchiveItem("post", "p1", "Innlegg", "2026-12-01T09:00+01:00", "2026-12-01", "Kari")
    xml = arkivmelding_bytes(item, [])
    assert b"<opprettetDato>2026-12-01T09:00:00+01:00</opprettetDato>" in xml
    assert xsd_errors(shared_dir, xml) == []


@pytest.mark.parametrize(
    "change",
    [
        (b"T09:00:00+01:00</opprettetDato>", b"T09:00+01:00</opprettetDato>"),  # no seconds
        (b"<antallFiler>0</antallFiler>", b"<antallFiler>null</antallFiler>"),
        (b"<tittel>Innlegg</tittel>", b"<tittel></tittel>"),
        (b'xsi:type="journalpost"', b'xsi:type="arkivnotat"'),
    ],
)
def test_r14_the_structure_check_rejects_what_the_xsd_rejects(shared_dir, change) -> None:
    item = ArchiveItem("post", "p1", "Innlegg", "2026-12-01T09:00+01:00", "2026-12-01", "Kari")
    xml = arkivmelding_bytes(item, [])
    bad = xml.replace(*change)
    assert bad != xml
    assert structure_errors(bad)
    assert xsd_errors(shared_dir, bad) or change[1].endswith(b'"arkivnotat"')


def _post(context, page: str, planned: str, title: str = "Vedtak") -> str:
    return context.store.create(
        "posts",
        {
            "page_id": page,
            "planned_at": planned,
            "title": title,
            "text": "Kommunestyret har vedtatt \u202eenola\u202c ]]> \x00",
            "kind": "nyhet",
            "status": "publisert",
            "responsible": "Kari Hovedadmin",
            "attachments": [],
            "links": [],
            "archive_worthy": 1,
            "archive_reason": "Dokumentasjonsverdi",
        },
    )


def test_r14_exported_posts_without_seconds_pass_the_xsd(context, qapp, shared_dir, tmp_path) -> None:
    page = add_page(context)
    _post(context, page, "2026-12-01T09:00+01:00")
    _post(context, page, "2026-12-02T10:30")
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    with zipfile.ZipFile(result.path) as zf:
        xmls = [zf.read(n) for n in zf.namelist() if n.endswith("arkivmelding.xml")]
    assert len(xmls) == 2
    for xml in xmls:
        assert xsd_errors(shared_dir, xml) == []
    # verify checks the structure by default, without --schema.
    assert context.archive.verify(result.path).ok


def test_r14_export_fails_loudly_when_its_own_xml_is_not_valid(context, qapp, tmp_path, monkeypatch) -> None:
    from mtk_admin_desktop.services import archive_package
    from mtk_admin_desktop.services.archive_package import ArchiveWriteError

    page = add_page(context)
    post = _post(context, page, "2026-12-01T09:00+01:00")
    real = archive_package.arkivmelding_bytes

    def broken(item, docs):  # the old bug: a time without seconds
        return real(item, docs).replace(b"T09:00:00+01:00<", b"T09:00+01:00<")

    monkeypatch.setattr(archive_package, "arkivmelding_bytes", broken)
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(ArchiveWriteError) as caught:
        context.archive.export(target, "zip", now=NOW)
    assert caught.value.reason == "invalid_xml"
    assert "opprettetDato" in str(caught.value)
    assert context.archive.status_of("post", post) == "pending"
    assert list(target.iterdir()) == []
