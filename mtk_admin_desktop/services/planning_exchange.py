"""The planning area's exchange: the plan as iCalendar for Outlook, and posts to and from CSV for Excel.

Split out of ``services.planning`` (issue 14): that module keeps the posts' CRUD, checks and crisis mode;
this one holds what goes out of and comes into the app as files. :class:`PlanningExchange` is a mixin of
``PlanningService``, so callers keep writing ``context.planning.export_csv(...)``; the names callers
import (``ImportPreview``, ``describe_row``, the row actions) live here and are re-exported by
``services.planning``. Every import writes through ``store.transaction()``, all rows or none.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.planning import OSLO, POST_FIELDS, format_planned, parse_planned
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.files import atomic_write

if TYPE_CHECKING:
    from mtk_admin_desktop.storage.store import Store

_CTX = "PlanningService"  # the strings keep their context (and translations) from before the split

# The CSV carries every stored field, plus the row id and the page's name for people reading it, and a
# digest of the post's stored values when exported (``version``, :func:`post_version`), so an import can
# tell a post changed in the app since the file was made from one the file itself changes. By content,
# not by time: an edit synced in after the export may carry an older timestamp than the export.
#: The fields a posts CSV carries: all of a post's but whether and where it went out on Facebook (set in
#: the app when the post is marked published, not planned in a spreadsheet; the version still covers them).
CSV_FIELDS = tuple(f for f in POST_FIELDS if f not in ("published_url", "published_at"))
CSV_COLUMNS = ("id", "page_id", "page_name", *(f for f in CSV_FIELDS if f != "page_id"), "version")
JSON_COLUMNS = ("attachments", "links", "website")
BOOL_COLUMNS = ("send_to_communication", "archive_worthy", "crisis_approved")

# The posts CSV is written in the dialect of the register's yearly list, the one Excel in Norway reads
# without asking: ";" between cells (the nb-NO list separator, as "," is the decimal sign), CRLF after
# each row, UTF-8 with a BOM, RFC 4180 quoting. The import reads ";", "," and tab files alike, deciding
# from the header line (whose names it knows), never by guessing from a sample of the data.
CSV_DELIMITER = ";"
_DELIMITERS = (";", ",", "\t")
# A posts file larger than this is refused before it is read (time and memory stay bounded).
MAX_CSV_BYTES = 64 * 1024 * 1024
# Excel (and LibreOffice) take a cell starting with one of these for a formula or a command ("formula
# injection"); the export puts an apostrophe before such a cell, as OWASP advises, and the import takes
# exactly that apostrophe away again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(value: str) -> bool:
    return value.lstrip("'").startswith(_FORMULA_STARTS)


def excel_safe(value: str) -> str:
    """``value`` as the export writes it: with an apostrophe before it if Excel would run it as a formula.

    A value that starts with apostrophes before such a character gets one more, so :func:`from_excel_safe`
    gives every value back exactly (``'=x`` is written ``''=x``); other values are written as they are.
    """
    return "'" + value if _needs_guard(value) else value


def from_excel_safe(cell: str) -> str:
    """A cell's value as it was before :func:`excel_safe` (a cell Excel saved back without the apostrophe,
    or one typed by hand, is taken as it is)."""
    return cell[1:] if cell.startswith("'") and _needs_guard(cell[1:]) else cell


def column_label(index: int) -> str:
    """The spreadsheet name of the 0-based column ``index``: A, B, … Z, AA, AB …, as Excel shows it."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


class PlanningError(ValueError):
    """A request the planning service refuses; ``text`` says why in translatable form.

    Declared in this module, the one ``services.planning`` builds on, so the two do not import each
    other; callers import it from ``services.planning``.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


class CsvFileError(ValueError):
    """A posts file that cannot be read as a table; ``text`` says where (line, column) and why."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


def _header_names(line: str, delimiter: str) -> list[str]:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return [from_excel_safe(c).replace("\ufeff", "").strip().casefold() for c in cells]


def read_csv_table(raw: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header names and the rows (first line number, cells) of a posts CSV; CsvFileError if unusable.

    The separator is the one of ``;`` ``,`` tab that splits the header line into the most known column
    names; the rows are read with RFC 4180 quoting and any line ending (CRLF, LF, or CR alone, as old Mac
    Excel wrote). Leading BOMs (a file passed through two programs that each add one) are dropped; cells
    of any length the file can hold are read; rows with no value at all are skipped. Cells are given back
    as exported (the formula guard taken off).
    """
    raw = raw.lstrip("\ufeff")
    first_line = re.split(r"\r\n|\r|\n", raw, maxsplit=1)[0]
    known = set(CSV_COLUMNS)
    delimiter = max(_DELIMITERS, key=lambda d: sum(name in known for name in _header_names(first_line, d)))
    if not any(name in known for name in _header_names(first_line, delimiter)):
        raise CsvFileError(
            _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "Line 1 is not a header line with the column names (planned_at, title, text, kind, "
                    "status …) separated by semicolons or commas.",
                )
            )
        )
    # The csv module refuses a cell over 131,072 characters unless told otherwise; the file is bounded.
    csv.field_size_limit(max(csv.field_size_limit(), len(raw) + 1))
    reader = csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    records: list[tuple[int, list[str]]] = []
    header: list[str] = []
    line = 1
    try:
        for cells in reader:
            if not header:
                header = [from_excel_safe(c).replace("\ufeff", "").strip().casefold() for c in cells]
            elif any(c.strip() for c in cells):
                records.append((line, [from_excel_safe(c) for c in cells]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise CsvFileError(
            _t(
                QT_TRANSLATE_NOOP("PlanningService", "Line {line} cannot be read as CSV ({error})."),
                line=line,
                error=str(exc),
            )
        ) from None
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            continue
        if name in seen:
            raise CsvFileError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "PlanningService",
                        'Line 1, column {column}: the column "{name}" is also column {first}; a column may '
                        "be in the file only once.",
                    ),
                    column=column_label(index),
                    name=name,
                    first=column_label(seen[name]),
                )
            )
        seen[name] = index
    return header, records


def _shape_errors(header: list[str], cells: list[str]) -> list[Text]:
    """What is wrong with a row's number of cells: named columns with no cell, or values under no name."""
    errors: list[Text] = []
    named = [i for i, name in enumerate(header) if name]
    if named and len(cells) <= named[-1]:
        first = next(i for i in named if i >= len(cells))
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "The row has only {cells} of the header line's {columns} cells: column {column} "
                    '("{name}") and the ones after it are missing.',
                ),
                cells=len(cells),
                columns=len(header),
                column=column_label(first),
                name=header[first],
            )
        )
    for index, cell in enumerate(cells):
        if cell.strip() and (index >= len(header) or not header[index]):
            errors.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "PlanningService",
                        "Column {column} has a value, but the header line has no column name there "
                        "(the row has {cells} cells, the header line {columns}).",
                    ),
                    column=column_label(index),
                    cells=len(cells),
                    columns=len(header),
                )
            )
            break
    return errors


# What importing one row does to the store (ImportRow.action).
NEW = "new"  # no post with the row's id (or no id): created
UPDATED = "updated"  # the file changes a post not changed in the app since the file was made
UNCHANGED = "unchanged"  # the file holds the post's current values: nothing is written
CHANGED_SINCE = "changed_since"  # changed in the app after the file was made: importing reverts that edit
# The row has no version (a file made by hand, or saved by a program that dropped the column) and differs
# from the post: changed in the app or in the file, nobody can tell; treated like CHANGED_SINCE.
DIFFERS = "differs"
RESTORED = "restored"  # deleted in the app: importing brings it back
IMPORT_ACTIONS = (NEW, UPDATED, UNCHANGED, CHANGED_SINCE, DIFFERS, RESTORED)


@dataclass
class ImportRow:
    """One CSV row read for import: line number, the post values, what is wrong with it, what it would do.

    ``version`` is the digest of the post's values the export wrote (``version`` column), if any;
    ``current`` the post as stored now (deleted ones too) and ``changed_at`` when it was last changed.
    ``columns``: the post fields the file has columns for. Only those are compared and written to an
    existing post (a column left out of the file leaves the post's field as it is); ``values`` holds
    every field, the missing ones at their defaults, which is what a new post gets.
    """

    line: int
    values: dict[str, Any]
    errors: list[Text] = field(default_factory=list)
    post_id: str | None = None
    exists: bool = False
    version: str | None = None
    action: str = NEW
    current: dict[str, Any] | None = None
    changed_at: dt.datetime | None = None
    columns: frozenset[str] = frozenset(CSV_FIELDS)
    # The digest of the post as the preview found it (None: no post): the import writes the row only if
    # the post is still exactly what the user was shown.
    seen: str | None = None

    def given(self) -> dict[str, Any]:
        """The values the file gives: all of them for a new post, the file's columns for an existing one."""
        if self.current is None:
            return self.values
        return {k: v for k, v in self.values.items() if k in self.columns}


@dataclass
class ImportPreview:
    """What an import would do; ``ok`` only if every row is valid (nothing is half-imported).

    ``versioned``: the file has the export's ``version`` column (without it, a post that differs from its
    row cannot be told changed in the app from changed in the file).
    """

    rows: list[ImportRow]
    file_error: Text | None = None
    versioned: bool = True

    @property
    def ok(self) -> bool:
        return self.file_error is None and bool(self.rows) and all(not r.errors for r in self.rows)

    @property
    def errors(self) -> list[tuple[int, Text]]:
        out = [(0, self.file_error)] if self.file_error else []
        return out + [(r.line, e) for r in self.rows for e in r.errors]

    def counts(self) -> dict[str, int]:
        """How many rows would be new / updated / unchanged / changed since / differ / restored."""
        out = dict.fromkeys(IMPORT_ACTIONS, 0)
        for row in self.rows:
            out[row.action] += 1
        return out

    def rows_of(self, action: str) -> list[ImportRow]:
        return [r for r in self.rows if r.action == action]

    def summary(self) -> Text:
        """The breakdown in one sentence, for the dialog and the command line."""
        counts = self.counts()
        if counts[DIFFERS]:
            return _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "Posts in the file: {count}. New: {new}, updated: {updated}, unchanged: {unchanged}, "
                    "changed in the app after the file was made: {changed}, different in the app and in "
                    "the file (which side changed cannot be told): {differs}, deleted in the app: "
                    "{restored}.",
                ),
                count=len(self.rows),
                new=counts[NEW],
                updated=counts[UPDATED],
                unchanged=counts[UNCHANGED],
                changed=counts[CHANGED_SINCE],
                differs=counts[DIFFERS],
                restored=counts[RESTORED],
            )
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService",
                "Posts in the file: {count}. New: {new}, updated: {updated}, unchanged: {unchanged}, "
                "changed in the app after the file was made: {changed}, deleted in the app: {restored}.",
            ),
            count=len(self.rows),
            new=counts[NEW],
            updated=counts[UPDATED],
            unchanged=counts[UNCHANGED],
            changed=counts[CHANGED_SINCE],
            restored=counts[RESTORED],
        )

    def notice(self) -> Text | None:
        """Why some posts are "different, cannot tell": the file (or some rows) carry no version."""
        differing = len(self.rows_of(DIFFERS))
        if not differing:
            return None
        if not self.versioned:
            return _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "The file has no version column (it was made by hand, or saved by a program that "
                    "left the column out), so the app cannot tell whether the posts that differ ({count}) "
                    "were changed in the app or in the file. They are skipped unless you choose to "
                    "overwrite them.",
                ),
                count=differing,
            )
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService",
                "Rows without a version: {count}. The app cannot tell whether those posts were changed "
                "in the app or in the file; they are skipped unless you choose to overwrite them.",
            ),
            count=differing,
        )

    def to_write(self, overwrite_changed: bool = False, restore_deleted: bool = False) -> list[ImportRow]:
        """The rows an import with these choices writes (unchanged rows are never written)."""
        allowed = written_actions(overwrite_changed, restore_deleted)
        return [r for r in self.rows if r.action in allowed]


class ImportResult(int):
    """What an import did: the number of posts written (an int), ``written`` and ``skipped`` rows.

    ``skipped`` are the rows the preview said would be written that were not, because the post changed
    (edited, synced in, deleted, created) after the preview and does not already hold the file's values;
    each as found at the import, so :func:`describe_row` names the post as it is now.
    """

    written: tuple[ImportRow, ...]
    skipped: tuple[ImportRow, ...]

    def __new__(cls, written: Iterable[ImportRow], skipped: Iterable[ImportRow]) -> ImportResult:
        rows = tuple(written)
        result = super().__new__(cls, len(rows))
        result.written = rows
        result.skipped = tuple(skipped)
        return result


def describe_row(item: ImportRow) -> Text:
    """One row named for the user: its line, the post's current title and time, when the app changed it."""
    post = item.current or item.values
    title = (post.get("title") or (post.get("text") or "")[:60] or "").strip()
    try:
        moment = parse_planned(post.get("planned_at"))
    except ValueError:
        moment = None
    when = moment.strftime("%d.%m.%Y %H:%M") if moment else "–"
    if item.action in (CHANGED_SINCE, DIFFERS) and item.changed_at is not None:
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService", 'line {line}: "{title}" ({when}), last edited in the app {changed}'
            ),
            line=item.line,
            title=title,
            when=when,
            changed=item.changed_at.strftime("%d.%m.%Y %H:%M"),
        )
    return _t(
        QT_TRANSLATE_NOOP("PlanningService", 'line {line}: "{title}" ({when})'),
        line=item.line,
        title=title,
        when=when,
    )


def written_actions(overwrite_changed: bool, restore_deleted: bool) -> frozenset[str]:
    """The row actions an import writes with these choices."""
    return frozenset(
        {NEW, UPDATED}
        | ({CHANGED_SINCE, DIFFERS} if overwrite_changed else set())
        | ({RESTORED} if restore_deleted else set())
    )


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, params)


class PlanningExchange:
    """The exchange half of ``PlanningService``: iCalendar export, CSV export, CSV preview and import.

    A mixin: it uses the service's store, pages, posts, ``validate`` and ``_clean``.
    """

    if TYPE_CHECKING:
        store: Store

        def all_pages(self) -> list[Page]: ...

        def all_posts(self) -> list[dict[str, Any]]: ...

        def validate(self, values: dict[str, Any]) -> list[Text]: ...

        def _clean(self, values: dict[str, Any]) -> dict[str, Any]: ...

    # -- iCalendar ------------------------------------------------------------------------

    def ics_bytes(self, posts: Iterable[dict[str, Any]] | None = None) -> bytes:
        """The plan as iCalendar (RFC 5545): one VEVENT per dated post, Europe/Oslo with its VTIMEZONE.

        The VTIMEZONE is written as Outlook writes one, by its yearly rules (:func:`oslo_vtimezone`), and
        each start and end by :func:`ics_moment`: Oslo wall time where that names the instant for every
        reader, UTC where it cannot (the second 02:30 of the night the clocks go back, years outside the
        rules), so every reader places every post at the instant the app stores.
        """
        import icalendar

        cal = icalendar.Calendar()
        cal.add("prodid", "-//Midt-Telemark kommune//MTK Admin Desktop//NO")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", "MTK publiseringsplan")
        cal.add("x-wr-timezone", "Europe/Oslo")
        cal.add_component(oslo_vtimezone())
        names = {p.id: p.name for p in self.all_pages()}
        stamp = clock.now_utc().replace(microsecond=0)
        for post in posts if posts is not None else self.all_posts():
            start = parse_planned(post.get("planned_at"))
            if start is None:
                continue
            # The instant, in real Oslo time: a wall time that does not exist (02:30 on the night the
            # clocks go forward, stored without an offset) is the instant RFC 5545 and zoneinfo give it,
            # with the offset from before the gap (01:30 UTC, 03:30 summer time).
            start = start.astimezone(dt.UTC)
            event = icalendar.Event()
            # Stable: the same post always has the same UID, so a re-import updates the event in Outlook.
            event.add("uid", f"{post['id']}@mtk-admin.midt-telemark.kommune.no")
            event.add("dtstamp", stamp)
            event.add("dtstart", ics_moment(start))
            event.add("dtend", ics_moment(start + dt.timedelta(minutes=30)))
            page = names.get(post.get("page_id") or "", "")
            title = post.get("title") or (post.get("text") or "")[:60]
            event.add("summary", _ics_text(f"{page}: {title}" if page else title))
            event.add("description", _ics_text(post.get("text") or ""))
            event.add("categories", [post.get("kind") or "annet"])
            event.add(
                "status",
                "CANCELLED"
                if post.get("status") == "avlyst"
                else "CONFIRMED"
                if post.get("status") in ("klar", "publisert")
                else "TENTATIVE",
            )
            event.add("x-mtk-status", post.get("status") or "")
            cal.add_component(event)
        return bytes(cal.to_ical())

    def export_ics(self, path: Path, posts: Iterable[dict[str, Any]] | None = None) -> int:
        data = self.ics_bytes(posts)
        _write_whole(Path(path), data)
        return data.count(b"BEGIN:VEVENT")

    # -- CSV ------------------------------------------------------------------------------

    def csv_text(self, posts: Iterable[dict[str, Any]] | None = None) -> str:
        """The posts as CSV with the columns of :data:`CSV_COLUMNS` (JSON in the structured ones).

        The nb-NO Excel dialect of the register's yearly list: ``;`` between cells, CRLF after each
        row, cells quoted only where needed (RFC 4180, doubled quotes); :meth:`export_csv` adds the
        UTF-8 BOM. A cell Excel would take for a formula is neutralised (:func:`excel_safe`).
        """
        names = {p.id: p.name for p in self.all_pages()}
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n", doublequote=True)
        writer.writerow(CSV_COLUMNS)
        for post in posts if posts is not None else self.all_posts():
            row = {name: post.get(name) for name in CSV_COLUMNS if name in CSV_FIELDS or name == "id"}
            row["page_name"] = names.get(post.get("page_id") or "", "")
            for name in JSON_COLUMNS:
                row[name] = json.dumps(
                    post.get(name) if post.get(name) is not None else ({} if name == "website" else []),
                    ensure_ascii=False,
                    sort_keys=True,
                )
            for name in BOOL_COLUMNS:
                row[name] = 1 if post.get(name) else 0
            row["version"] = VERSION_PREFIX + post_version(post)
            writer.writerow([excel_safe("" if row[c] is None else str(row[c])) for c in CSV_COLUMNS])
        return out.getvalue()

    def export_csv(self, path: Path, posts: Iterable[dict[str, Any]] | None = None) -> int:
        rows = list(posts) if posts is not None else self.all_posts()
        # With a BOM, as the yearly list: Excel on Windows then reads the file as UTF-8 (æøå).
        _write_whole(Path(path), self.csv_text(rows).encode("utf-8-sig"))
        return len(rows)

    def preview_csv(self, path: Path) -> ImportPreview:
        """Read a CSV for import and check every row; nothing is written."""
        try:
            size = Path(path).stat().st_size
            if size > MAX_CSV_BYTES:
                return ImportPreview(
                    [],
                    _t(
                        QT_TRANSLATE_NOOP(
                            "PlanningService",
                            "{path} is {size} MB; a posts file can be at most {limit} MB.",
                        ),
                        path=str(path),
                        size=size // 1_000_000,
                        limit=MAX_CSV_BYTES // 1_000_000,
                    ),
                )
            raw = Path(path).read_bytes().decode("utf-8-sig")
        except OSError as exc:
            return ImportPreview(
                [],
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", "Cannot read {path}: {error}"),
                    path=str(path),
                    error=exc.strerror or "",
                ),
            )
        except UnicodeDecodeError:
            return ImportPreview(
                [], _t(QT_TRANSLATE_NOOP("PlanningService", "{path} is not UTF-8 text."), path=str(path))
            )
        return self.preview_csv_text(raw)

    def preview_csv_text(self, raw: str) -> ImportPreview:
        """Check every row of CSV text and say what importing it would do to each post.

        A post id may appear only once (which of two rows should win cannot be guessed); a repeated one
        is an error on its line, so nothing is imported.
        """
        try:
            header, records = read_csv_table(raw)
        except CsvFileError as exc:
            return ImportPreview([], exc.text)
        missing = [c for c in ("planned_at", "title", "text", "kind", "status") if c not in header]
        if missing:
            return ImportPreview(
                [],
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", "Columns the file must have but lacks: {columns}."),
                    columns=", ".join(missing),
                ),
            )
        pages = self.all_pages()  # a closed page's old posts still import
        by_id = {p.id for p in pages}
        by_name = {p.name.strip().casefold(): p.id for p in pages}
        # A column left out of the file (Excel users delete the ones they do not need) is not a field to
        # clear: the page is given by its id or its name.
        columns = frozenset(
            name for name in CSV_FIELDS if name in header or (name == "page_id" and "page_name" in header)
        )
        rows: list[ImportRow] = []
        first_line: dict[str, int] = {}  # post id -> the line it first appears on
        for line, cells in records:
            raw_row = {name: cells[i] for i, name in enumerate(header) if name and i < len(cells)}
            row = {k: v.strip() for k, v in raw_row.items()}
            item = ImportRow(line, {}, columns=columns)
            item.errors += _shape_errors(header, cells)
            if item.errors:  # cells shifted or missing: the values cannot be trusted, nor checked
                rows.append(item)
                continue
            values = item.values
            for name in (
                "planned_at",
                "title",
                "text",
                "kind",
                "status",
                "responsible",
                "archive_reason",
                "crisis_approved_by",
            ):
                values[name] = row.get(name) or ""
            values["text"] = raw_row.get("text") or ""  # keep the text's own spacing
            values["kind"] = values["kind"].lower() or "nyhet"
            values["status"] = values["status"].lower() or "utkast"
            values["planned_at"] = values["planned_at"] or None
            for name in BOOL_COLUMNS:
                flag = (row.get(name) or "0").lower()
                if flag not in ("0", "1", "ja", "nei", "yes", "no", "true", "false", ""):
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService", 'Column {letter} ({column}): "{value}" is not 0 or 1.'
                            ),
                            letter=column_label(header.index(name)),
                            column=name,
                            value=flag,
                        )
                    )
                values[name] = 1 if flag in ("1", "ja", "yes", "true") else 0
            for name in JSON_COLUMNS:
                cell = row.get(name) or ""
                try:
                    values[name] = json.loads(cell) if cell else ({} if name == "website" else [])
                except json.JSONDecodeError as exc:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService", "Column {letter} ({column}): not valid JSON ({error})."
                            ),
                            letter=column_label(header.index(name)),
                            column=name,
                            error=exc.msg,
                        )
                    )
                    values[name] = {} if name == "website" else []
            page_id = row.get("page_id") or ""
            page_name = (row.get("page_name") or "").casefold()
            if page_id and page_id not in by_id:
                item.errors.append(
                    _t(QT_TRANSLATE_NOOP("PlanningService", "Unknown page id {page}."), page=page_id)
                )
            elif not page_id and page_name:
                if page_name in by_name:
                    page_id = by_name[page_name]
                else:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP("PlanningService", 'Unknown page "{page}".'),
                            page=row.get("page_name") or "",
                        )
                    )
            values["page_id"] = page_id or None
            item.errors += self.validate(values)
            post_id = _canonical_id(row.get("id") or "")
            if post_id:
                item.post_id = post_id
                item.version = row.get("version") or None
                if post_id in first_line:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService",
                                "The post id {id} is also on line {first}: a post may be in the file only "
                                "once.",
                            ),
                            id=post_id,
                            first=first_line[post_id],
                        )
                    )
                else:
                    first_line[post_id] = item.line
            if not item.errors:
                self._classify(item)
                item.seen = post_version(item.current) if item.current is not None else None
                if item.action == NEW and item.post_id and not _is_uuid(item.post_id):
                    # A hand-made "1" would become a post whose id another file (or laptop) also uses
                    # for an unrelated post, and the next import would overwrite one with the other.
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService",
                                'id "{id}": id must be an id exported by the app, or empty for a new post.',
                            ),
                            id=item.post_id,
                        )
                    )
            rows.append(item)
        if not rows:
            return ImportPreview([], _t(QT_TRANSLATE_NOOP("PlanningService", "The file has no posts.")))
        return ImportPreview(rows, versioned="version" in header)

    def _classify(self, item: ImportRow) -> None:
        """Set what importing ``item`` does, comparing it with the post as stored now.

        By content only: the file's values equal the post's → unchanged; the post still has the values
        the file was exported from (its digest is the row's version) → the file's edit, updated; the
        post's values moved on since → changed in the app after the file was made; no version to
        compare → different, and which side changed cannot be told. Timestamps are not used: an edit
        synced in after the export carries the (older) time it was made, not the time it arrived.
        """
        current = self.store.get("posts", item.post_id, include_deleted=True) if item.post_id else None
        item.current = current
        item.exists = current is not None
        item.changed_at = _stamp_time(current.get("_updated")) if current else None
        if current is None:
            item.action = NEW
        elif current.get("_deleted"):
            item.action = RESTORED
        elif _same_post(self._clean(item.given()), current):
            item.action = UNCHANGED
        elif not item.version:
            item.action = DIFFERS
        elif post_version(current) == _file_version(item.version):
            item.action = UPDATED
        else:
            item.action = CHANGED_SINCE

    def import_csv(
        self, preview: ImportPreview, overwrite_changed: bool = False, restore_deleted: bool = False
    ) -> ImportResult:
        """Write the rows of a valid preview in one transaction (all or nothing); what it wrote, skipped.

        Posts changed in the app after the file was made are overwritten only with ``overwrite_changed``,
        deleted posts brought back only with ``restore_deleted``; otherwise those rows are skipped.
        The choices apply to what the preview showed: inside the transaction, all before the first
        write, every row is compared with the store again, and written only if it would still do what
        the preview said to a post still exactly as the preview found it. A row whose post changed
        since (an edit made or synced in while the dialog was open) is skipped and returned in
        ``skipped``, so it is neither overwritten unasked nor lost unsaid; the import's own writes are
        never taken for such a change. The preview itself is left as the user saw it.
        """
        if not preview.ok:
            raise PlanningError(
                _t(QT_TRANSLATE_NOOP("PlanningService", "The file has errors; nothing was imported."))
            )
        allowed = written_actions(overwrite_changed, restore_deleted)
        written: list[ImportRow] = []
        skipped: list[ImportRow] = []
        with self.store.transaction() as tx:
            now = []
            for item in preview.rows:
                if item.action not in allowed:
                    continue
                again = dataclasses.replace(item)
                self._classify(again)
                digest = post_version(again.current) if again.current is not None else None
                if again.action == item.action and digest == item.seen:
                    now.append(again)
                elif again.action != UNCHANGED:  # (the post already holds the file's values: nothing lost)
                    skipped.append(again)
            for item in now:
                clean = self._clean(item.given())
                if item.action == NEW:
                    tx.create("posts", clean, row_id=item.post_id or None)
                else:
                    assert item.post_id is not None  # an existing post is found by its id
                    if item.action == RESTORED:
                        tx.restore("posts", item.post_id)
                    tx.update("posts", item.post_id, clean)
                written.append(item)
        return ImportResult(written, skipped)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _canonical_id(value: str) -> str:
    """A post id as the app writes it: a UUID in any of its spellings (Excel may upper-case it) becomes
    the lower-case one with dashes, so it finds its post; anything else stays as it is."""
    value = value.strip()
    return str(uuid.UUID(value)) if value and _is_uuid(value) else value


def _stamp_time(stamp: str | None) -> dt.datetime | None:
    """The wall-clock time (Europe/Oslo) of an HLC stamp such as a row's ``_updated``; None if not one."""
    try:
        wall_ms = Timestamp.decode(stamp or "").wall_ms
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall_ms / 1000, OSLO)


# Compared as the import reads them: these are stripped, the text keeps its own spacing.
_STRIPPED = ("title", "responsible", "archive_reason", "crisis_approved_by")


def _normal(name: str, value: Any) -> Any:
    """A stored field's value as an import compares it (the forms that mean the same become one)."""
    if name in _STRIPPED:
        return (value or "").strip()
    if name == "planned_at":
        try:
            moment = parse_planned(value) if value else None
        except ValueError:
            moment = None
        return format_planned(moment) if moment else (value or None)
    if name in JSON_COLUMNS:
        return value or ({} if name == "website" else [])
    if name in BOOL_COLUMNS:
        return 1 if value else 0
    return value or ""


def _same_post(imported: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether writing ``imported`` (cleaned import values) would leave the stored post as it is."""
    return all(_normal(name, value) == _normal(name, current.get(name)) for name, value in imported.items())


# The export writes a version as "v1-<16 hex>": a bare 16-hex digest can be all digits (or digits, "e",
# digits), which Excel turns into a number (or a rounded one) when the file is opened and saved.
VERSION_PREFIX = "v1-"


def _file_version(cell: str) -> str:
    """The digest in a file's ``version`` cell: "v1-<16 hex>", or a bare 16-hex one (earlier exports)."""
    value = cell.strip().lower()
    return value[len(VERSION_PREFIX) :] if value.startswith(VERSION_PREFIX) else value


def post_version(post: dict[str, Any]) -> str:
    """A short digest of the post's exported values (the CSV's ``version`` column, after "v1-").

    SHA-256 of a canonical JSON of every stored field as an import compares them: equal exactly when
    the post holds the same values, whenever and on whichever laptop they were written.
    """
    canonical = json.dumps(
        {name: _normal(name, post.get(name)) for name in POST_FIELDS},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


_ICS_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


# -- the Europe/Oslo VTIMEZONE -----------------------------------------------------------------------

ICS_TZID = "Europe/Oslo"
_CET = dt.timedelta(hours=1)
_CEST = dt.timedelta(hours=2)
# The years the VTIMEZONE's rules are written for: the EU rules (last Sunday of March and of October, at
# 01:00 UTC) hold in Norway since 1996. After 2037 some readers (ics-py through dateutil) look the TZID up
# in a 32-bit zone table that ends there and get summer time wrong, so events outside these years are
# written in UTC, which every reader places right.
ICS_LOCAL_YEARS = (1996, 2037)


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def rule_offset(moment: dt.datetime) -> dt.timedelta:
    """Oslo's UTC offset at ``moment`` (aware) by the VTIMEZONE's rules: summer time from 01:00 UTC on the
    last Sunday of March until 01:00 UTC on the last Sunday of October."""
    utc = moment.astimezone(dt.UTC)
    one = dt.time(1, 0, tzinfo=dt.UTC)
    begins = dt.datetime.combine(_last_sunday(utc.year, 3), one)
    ends = dt.datetime.combine(_last_sunday(utc.year, 10), one)
    return _CEST if begins <= utc < ends else _CET


def oslo_vtimezone() -> Any:
    """Europe/Oslo as an ``icalendar.Timezone`` written the way Outlook writes one: a STANDARD and a
    DAYLIGHT part, each with a yearly RRULE (last Sunday of October at 03:00 and of March at 02:00 local
    time), not a list of dates that ends in some year."""
    import icalendar

    zone = icalendar.Timezone()
    zone.add("tzid", ICS_TZID)
    zone.add("x-lic-location", ICS_TZID)
    for part, start, month, before, after, name in (
        (icalendar.TimezoneDaylight(), dt.datetime(1996, 3, 31, 2, 0), 3, _CET, _CEST, "CEST"),
        (icalendar.TimezoneStandard(), dt.datetime(1996, 10, 27, 3, 0), 10, _CEST, _CET, "CET"),
    ):
        part.add("dtstart", start)
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", name)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def ics_moment(moment: dt.datetime) -> dt.datetime:
    """How an instant is written in the .ics: Oslo wall time (``TZID=Europe/Oslo``) or UTC (``Z``).

    Wall time when it names the instant unambiguously for every reader: inside :data:`ICS_LOCAL_YEARS`,
    where the VTIMEZONE's rules give the offset the tz database gives, and not the second pass through
    02:00–03:00 on the night the clocks go back (RFC 5545 reads a repeated wall time as its first
    occurrence, so the second one can only be said in UTC). Otherwise UTC.
    """
    utc = moment.astimezone(dt.UTC)
    local = utc.astimezone(OSLO)
    first, last = ICS_LOCAL_YEARS
    if (
        first <= local.year <= last
        and local.utcoffset() == rule_offset(utc)
        and local.replace(fold=0).astimezone(dt.UTC) == utc
        and not (local.year == first and local < dt.datetime(first, 3, 31, 3, 0, tzinfo=OSLO))
    ):
        return local
    return utc


def _ics_text(text: str) -> str:
    """``text`` without the control characters RFC 5545 forbids in TEXT (Outlook rejects the file).

    Line ends become LF (escaped as ``\\n`` by icalendar); a tab stays. Text pasted from Word or a
    web page carries vertical tabs, form feeds and the odd escape code.
    """
    return _ICS_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _write_whole(path: Path, data: bytes) -> None:
    """Write an export through a temporary name, so a full or removed target keeps the previous one whole.

    The folder must exist already: a mistyped folder is told (FileNotFoundError), not created.
    """
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    atomic_write(path, data)
