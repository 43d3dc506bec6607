"""The posts CSV as Excel in Norway reads it, and back (issue 16, item 2).

The export must be in the nb-NO dialect of the register's yearly list (``;``, UTF-8 BOM, CRLF), checked
here against RFC 4180's grammar with ``;`` as the separator, not by our own reader. Cells Excel would run
as formulas are neutralised and come back exactly. The import reads ``;`` and ``,`` files, decides the
separator from the header line (never from a sample of the data), reads CR-only files, cells over the csv
module's 131,072-character default, files with two BOMs, and refuses short rows, extra cells and repeated
columns with a line and a column in the user's language. Any store exported and imported again changes
nothing (hypothesis).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.planning import KINDS, STATUSES, new_post
from mtk_admin_desktop.services.planning_exchange import (
    CSV_COLUMNS,
    NEW,
    UNCHANGED,
    excel_safe,
    from_excel_safe,
    post_version,
)
from tests.helpers import run_cli

BOM = b"\xef\xbb\xbf"
# RFC 4180 with ";" for "," (the nb-NO list separator): a field is quoted (quotes doubled inside) or has no
# quote, separator or line break at all; every record ends with CRLF.
_FIELD = r'(?:"(?:[^"]|"")*"|[^";\r\n]*)'
RECORD = re.compile(rf"{_FIELD}(?:;{_FIELD})*\r\n")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def records_of(body: str) -> list[str]:
    """The file's records by the grammar; fails on any text the grammar does not allow."""
    out, pos = [], 0
    while pos < len(body):
        match = RECORD.match(body, pos)
        assert match and match.end() > pos, f"not an RFC 4180 (;) record at {pos}: {body[pos : pos + 80]!r}"
        out.append(match.group(0))
        pos = match.end()
    return out


def fields_of(record: str) -> list[str]:
    """The record's cells as the grammar splits them, unquoted."""
    cells = re.findall(rf"({_FIELD})(?:;|\r\n$)", record)
    return [c[1:-1].replace('""', '"') if c.startswith('"') else c for c in cells]


def save(context, **values) -> str:
    base = {"title": "Innlegg", "text": "Tekst", "planned_at": "2026-12-01T10:00+01:00"}
    return context.planning.save_post(new_post(**(base | values)))


def posts_table(context) -> list[tuple]:
    return context.store.db.execute("SELECT * FROM posts ORDER BY id").fetchall()


HOSTILE = {
    "title": '=HYPERLINK("http://example.invalid";"Klikk")',
    "text": '+47 35 05 90 00; ring oss, «gjerne»\r\nlinje to\rlinje tre\n"sitat"',
    "responsible": "@Kari Nordbø",
    "archive_reason": "-1+1",
    "crisis_approved_by": "'=allerede med apostrof",
}


# -- the nb-NO Excel dialect ---------------------------------------------------------------------------


def test_the_export_is_in_the_yearly_lists_nb_no_excel_dialect(context, tmp_path: Path) -> None:
    save(context, **HOSTILE)
    save(context, title="Tittel; med semikolon", text="Vanlig tekst, med komma")
    path = tmp_path / "innlegg.csv"
    assert context.planning.export_csv(path) == 2
    data = path.read_bytes()
    assert data.startswith(BOM) and not data.startswith(BOM + BOM)
    body = data[len(BOM) :].decode("utf-8")
    assert not body.startswith("ID")  # Excel would take the file for SYLK
    records = records_of(body)  # every record ends with CRLF; no bare LF or CR outside quotes
    assert fields_of(records[0]) == list(CSV_COLUMNS)
    assert len(records) == 3
    for record in records[1:]:
        assert len(fields_of(record)) == len(CSV_COLUMNS)
        for cell in fields_of(record):
            assert not cell.startswith(FORMULA_STARTS), cell  # nothing Excel would run as a formula
    # The same dialect as the register's yearly list.
    yearly = tmp_path / "aarsliste.csv"
    context.register.write_yearly_csv(yearly, 2026)
    yearly_data = yearly.read_bytes()
    assert yearly_data.startswith(BOM)
    yearly_records = records_of(yearly_data[len(BOM) :].decode("utf-8"))
    assert ";" in yearly_records[0] and yearly_records[0].endswith("\r\n")


def test_cells_excel_would_run_as_formulas_are_neutralised_and_come_back_exactly(
    context, credentials, tmp_path: Path
) -> None:
    from mtk_admin_desktop.services.context import AppContext

    post_id = save(context, **HOSTILE)
    path = tmp_path / "innlegg.csv"
    context.planning.export_csv(path)
    body = path.read_bytes()[len(BOM) :].decode("utf-8")
    row = dict(zip(CSV_COLUMNS, fields_of(records_of(body)[1]), strict=True))
    assert row["title"] == "'" + HOSTILE["title"]
    assert row["text"] == "'" + HOSTILE["text"]
    assert row["responsible"] == "'@Kari Nordbø"
    assert row["archive_reason"] == "'-1+1"
    assert row["crisis_approved_by"] == "''=allerede med apostrof"
    preview = context.planning.preview_csv(path)
    assert preview.ok, preview.errors
    assert [r.action for r in preview.rows] == [UNCHANGED]
    other = AppContext.open(tmp_path / "other", credentials=credentials)
    try:
        preview = other.planning.preview_csv(path)
        assert [r.action for r in preview.rows] == [NEW]
        assert other.planning.import_csv(preview) == 1
        copy = other.planning.post(post_id)
        for name, value in HOSTILE.items():
            assert copy[name] == value, name
    finally:
        other.close()


@given(st.text(alphabet=st.sampled_from("=+-@'\t\r\n ax;\"")))
def test_the_formula_guard_gives_every_value_back(value: str) -> None:
    assert from_excel_safe(excel_safe(value)) == value
    assert not excel_safe(value).startswith(FORMULA_STARTS)


# -- reading files Excel and people make -----------------------------------------------------------------


def _exported(context, tmp_path: Path) -> tuple[Path, str]:
    save(context, title="Juleverksted", text="Tekst, med komma; og semikolon")
    save(context, title="Lysmesse", text='Han sa "hei"', planned_at="2026-12-02T10:00+01:00")
    path = tmp_path / "innlegg.csv"
    context.planning.export_csv(path)
    return path, path.read_bytes()[len(BOM) :].decode("utf-8")


def test_a_comma_file_is_read_like_the_semicolon_one(context, tmp_path: Path) -> None:
    path, body = _exported(context, tmp_path)
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)  # what the app wrote before, and Excel in en-US
    comma = tmp_path / "komma.csv"
    comma.write_text(out.getvalue(), encoding="utf-8")
    preview = context.planning.preview_csv(comma)
    assert preview.ok, preview.errors
    assert [r.action for r in preview.rows] == [UNCHANGED, UNCHANGED]


def test_the_separator_is_taken_from_the_header_line_not_guessed_from_the_data(context, tmp_path) -> None:
    """Forty rows whose texts are full of commas and quoted without doubled quotes, then rows with doubled
    quotes: a sniffer reading the first 4 KiB decides wrongly; the header line cannot mislead."""
    for i in range(40):
        save(context, title=f"Innlegg {i}", text=f"Hei, alle, sammen, nr. {i}, velkommen, til, oss")
    for i in range(5):
        save(context, title=f'Sitat "{i}"', text='Hun sa: "Velkommen", og "takk"')
    path = tmp_path / "innlegg.csv"
    context.planning.export_csv(path)
    for body in (path.read_text(encoding="utf-8-sig"), _as_comma_file(path)):
        preview = context.planning.preview_csv_text(body)
        assert preview.ok, preview.errors[:3]
        assert {r.action for r in preview.rows} == {UNCHANGED}
        assert len(preview.rows) == 45


def _as_comma_file(path: Path) -> str:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_cr_only_line_endings_are_read(context, tmp_path: Path) -> None:
    path, body = _exported(context, tmp_path)
    old_mac = tmp_path / "mac.csv"
    old_mac.write_bytes(BOM + body.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8"))
    preview = context.planning.preview_csv(old_mac)
    assert preview.ok, preview.errors
    assert [r.action for r in preview.rows] == [UNCHANGED, UNCHANGED]
    assert [r.line for r in preview.rows] == [2, 3]


def test_a_cell_over_131072_characters_is_read(context, tmp_path: Path) -> None:
    long_text = "Lang tekst med æøå. " * 10_000  # 200,000 characters
    post_id = save(context, title="Langt", text=long_text)
    path = tmp_path / "innlegg.csv"
    context.planning.export_csv(path)
    context.planning.save_post({"text": "kort"}, post_id)
    preview = context.planning.preview_csv(path)
    assert preview.ok, preview.errors
    assert context.planning.import_csv(preview, overwrite_changed=True) == 1
    assert context.planning.post(post_id)["text"] == long_text


def test_a_second_bom_does_not_make_every_row_a_new_post(context, tmp_path: Path) -> None:
    path, body = _exported(context, tmp_path)
    twice = tmp_path / "to-bom.csv"
    twice.write_bytes(BOM + BOM + body.encode("utf-8"))
    preview = context.planning.preview_csv(twice)
    assert preview.ok, preview.errors
    assert [r.action for r in preview.rows] == [UNCHANGED, UNCHANGED]


def _lines(body: str) -> list[str]:
    return body.split("\r\n")


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        # a row that ends early: the cells from column P (crisis_approved) on are missing
        (lambda lines: lines.__setitem__(2, ";".join(lines[2].split(";")[:15])), 3, ["column P", "missing"]),
        # a value after the last column
        (lambda lines: lines.__setitem__(1, lines[1] + ";ekstra"), 2, ["Column S", "no column name"]),
    ],
)
def test_short_rows_and_extra_cells_are_refused_with_line_and_column(
    context, tmp_path: Path, change, line: int, words: list[str]
) -> None:
    path, body = _exported(context, tmp_path)
    lines = _lines(body)
    change(lines)
    bad = tmp_path / "feil.csv"
    bad.write_bytes(BOM + "\r\n".join(lines).encode("utf-8"))
    preview = context.planning.preview_csv(bad)
    assert not preview.ok
    ((at, error),) = preview.errors
    assert at == line
    for word in words:
        assert word in error.english()


def test_a_repeated_column_is_refused(context, tmp_path: Path) -> None:
    path, body = _exported(context, tmp_path)
    lines = _lines(body)
    lines[0] = lines[0].replace("responsible", "title")
    bad = tmp_path / "feil.csv"
    bad.write_bytes(BOM + "\r\n".join(lines).encode("utf-8"))
    preview = context.planning.preview_csv(bad)
    assert not preview.ok and not preview.rows
    ((_, error),) = preview.errors
    assert "Line 1, column I" in error.english() and "also column E" in error.english()


def test_bad_files_are_refused_in_bokmaal_with_line_and_column_never_a_traceback(
    context, tmp_path: Path, data_dir: Path
) -> None:
    path, body = _exported(context, tmp_path)
    context.close()
    lines = _lines(body)
    short = tmp_path / "kort.csv"
    short.write_bytes(BOM + "\r\n".join([lines[0], ";".join(lines[1].split(";")[:4])]).encode("utf-8"))
    repeated = tmp_path / "dobbel.csv"
    repeated.write_bytes(BOM + "\r\n".join([lines[0].replace("status", "kind"), *lines[1:]]).encode())
    no_header = tmp_path / "uten.csv"
    no_header.write_bytes(b"1;2;3\r\n4;5;6\r\n")
    nul = tmp_path / "nul.csv"
    nul.write_bytes(BOM + "\r\n".join(lines).replace("Lysmesse", "Lys\x00messe").encode())
    quote = tmp_path / "sitat.csv"  # a stray quote runs cells together: the row comes out short
    quote.write_bytes(BOM + "\r\n".join(lines).replace("Lysmesse", '"Lysmesse').encode())
    expectations = {
        short: ["linje 2", "kolonne E"],
        repeated: ["linje 1, kolonne H", "kolonne G"],
        no_header: ["Linje 1"],
        quote: ["linje 3", "kolonne R"],
    }
    for path, words in expectations.items():
        code, out, err = run_cli("posts", "import", "--csv", str(path), data_dir=data_dir)
        assert code == 1, (path.name, out, err)
        assert "Traceback" not in err and "Ingenting ble importert" in err, err
        for word in words:
            assert word.casefold() in err.casefold(), (path.name, err)
    code, out, err = run_cli("posts", "import", "--csv", str(nul), "--dry-run", data_dir=data_dir)
    assert code == 0 and "Traceback" not in err, err


def test_a_file_over_the_size_limit_is_refused_unread(context, tmp_path: Path, monkeypatch) -> None:
    from mtk_admin_desktop.services import planning_exchange

    path, _ = _exported(context, tmp_path)
    monkeypatch.setattr(planning_exchange, "MAX_CSV_BYTES", 100)
    preview = context.planning.preview_csv(path)
    assert not preview.ok and "at most" in preview.errors[0][1].english()


# -- round trip ------------------------------------------------------------------------------------------

_TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=+-@'\t\r\n ;,\"\ufeffæøåÆØÅ🎉\u00a0\u202e")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=40,
)
_WORDS = st.text(alphabet=st.sampled_from(list("=+-@' ;,\"abcæøå\t")), max_size=12)
_JSON_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=15)


@st.composite
def posts(draw) -> dict:
    moment = draw(
        st.none()
        | st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2060, 12, 31)).map(
            lambda m: m.replace(second=0, microsecond=0).isoformat(timespec="minutes")
        )
    )
    title = draw(_TRICKY)
    text = draw(_TRICKY)
    if not title.strip() and not text.strip():
        title = "x" + title
    attachments = draw(
        st.lists(
            st.fixed_dictionaries(
                {"type": st.just("image"), "name": _JSON_TEXT, "alt_text": _TRICKY, "licence": _JSON_TEXT}
            ),
            max_size=2,
        )
    )
    links = draw(st.lists(st.fixed_dictionaries({"url": _JSON_TEXT, "text": _TRICKY}), max_size=2))
    return new_post(
        planned_at=moment,
        title=title,
        text=text,
        kind=draw(st.sampled_from(list(KINDS))),
        status=draw(st.sampled_from(list(STATUSES))),
        responsible=draw(_WORDS),
        attachments=attachments,
        links=links,
        website=draw(st.sampled_from([{}, {"mode": "planned"}, {"mode": "url", "url": "=x"}])),
        page_id=draw(st.sampled_from([None, PAGE_ID])),
        send_to_communication=draw(st.sampled_from([0, 1])),
        archive_worthy=draw(st.sampled_from([0, 1])),
        archive_reason=draw(_WORDS),
        crisis_approved=draw(st.sampled_from([0, 1])),
        crisis_approved_by=draw(_WORDS),
    )


PAGE_ID = "0b7a3c52-5d1e-4f7a-9c1b-2e3d4f5a6b7c"
# A page whose name Excel would run as a formula and that holds both separators and quotes.
PAGE = {"name": '=Midt-Telemark; "kommune", biblioteket', "platform": "facebook", "status": "active"}


def _with_page(context) -> None:
    with context.store.transaction() as tx:
        tx.create("pages", dict(PAGE), row_id=PAGE_ID)


@pytest.fixture
def other(credentials, tmp_path: Path):
    from mtk_admin_desktop.services.context import AppContext

    context = AppContext.open(tmp_path / "other", credentials=credentials)
    _with_page(context)
    yield context
    context.close()


@pytest.fixture
def paged(context):
    _with_page(context)
    return context


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(posts(), min_size=1, max_size=6))
def test_any_store_exported_and_imported_again_changes_nothing(paged, other, tmp_path, batch) -> None:
    context = paged
    service = context.planning
    ids = [service.save_post(post) for post in batch]
    path = tmp_path / f"{uuid.uuid4()}.csv"
    service.export_csv(path)
    before = posts_table(context)
    # Into the same store: every row unchanged, nothing written.
    preview = service.preview_csv(path)
    assert preview.ok, preview.errors[:3]
    assert {r.action for r in preview.rows} == {UNCHANGED}
    assert service.import_csv(preview) == 0
    assert posts_table(context) == before
    # Into another store: the same posts (every field as an import compares it, the text exactly).
    preview = other.planning.preview_csv(path)
    assert preview.ok, preview.errors[:3]
    other.planning.import_csv(preview)
    for post_id in ids:
        mine, theirs = service.post(post_id), other.planning.post(post_id)
        assert post_version(theirs) == post_version(mine)
        assert theirs["text"] == mine["text"]
        assert theirs["attachments"] == mine["attachments"] and theirs["links"] == mine["links"]
    assert {r.action for r in other.planning.preview_csv(path).rows} == {UNCHANGED}


def test_the_import_dialog_names_the_line_and_column_of_a_bad_row(qtbot, context, tmp_path: Path) -> None:
    from mtk_admin_desktop.ui.planning.exchange_dialogs import CsvImportDialog

    path, body = _exported(context, tmp_path)
    lines = _lines(body)
    lines[2] += ";ekstra"
    bad = tmp_path / "feil.csv"
    bad.write_bytes(BOM + "\r\n".join(lines).encode("utf-8"))
    dialog = CsvImportDialog(context, bad)
    qtbot.addWidget(dialog)
    shown = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert any(s.startswith("Line 3: Column S has a value") for s in shown), shown
    assert not dialog.import_button.isEnabled()


def test_the_command_line_counts_posts_in_proper_plurals(context, tmp_path: Path, data_dir: Path) -> None:
    save(context, title="Ett innlegg")
    context.close()
    path = tmp_path / "ett.csv"
    code, out, _ = run_cli("posts", "export", "--csv", str(path), "--lang", "en", data_dir=data_dir)
    assert code == 0 and f"1 post exported to {path}." in out and "(s)" not in out
    code, out, _ = run_cli(
        "posts", "import", "--csv", str(path), "--dry-run", "--lang", "en", data_dir=data_dir
    )
    assert "0 posts can be imported." in out and "(s)" not in out
    code, out, _ = run_cli("posts", "export", "--csv", str(path), "--lang", "nn", data_dir=data_dir)
    assert f"1 innlegg eksportert til {path}." in out


def test_a_plan_edited_in_excel_keeps_where_a_post_was_published(context, tmp_path: Path) -> None:
    """The CSV carries the plan, not whether a post went out: importing an edit keeps the published
    address and time the app recorded (issue 18), and the file has no such columns."""
    post_id = save(context, title="Juleverksted", planned_at="2026-12-01T10:00+01:00")
    url = "https://www.facebook.com/midttelemark/posts/pfbid02abc"
    context.planning.mark_published(post_id, url)
    path = tmp_path / "plan.csv"
    context.planning.export_csv(path)
    header = path.read_bytes()[len(BOM):].decode("utf-8").splitlines()[0]
    assert "published" not in header
    edited = path.read_bytes().replace(b"Juleverksted", b"Juleverksted i biblioteket")
    path.write_bytes(edited)
    preview = context.planning.preview_csv(path)
    assert preview.ok, preview.errors
    context.planning.import_csv(preview)
    post = context.planning.post(post_id)
    assert post["title"] == "Juleverksted i biblioteket"
    assert post["published_url"] == url and post["published_at"]
