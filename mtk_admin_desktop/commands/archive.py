"""Subcommands of the archive area: ``archive export``, ``archive verify``, ``archive receipt``, ``archive "
"mark``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from mtk_admin_desktop.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    ensure_translations,
    fail,
    open_context,
    print_json,
)
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP

_CTX = "ArchiveCommands"


# Messages for the user, marked for lupdate (translated by _tr at display time).
MSG_NO_PAGE_PAGE_IN = QT_TRANSLATE_NOOP("ArchiveCommands", "No page {page} in the register.")
MSG_FROM_IS_AFTER_TO = QT_TRANSLATE_NOOP("ArchiveCommands", "--from is after --to.")
MSG_NOTHING_TO_ARCHIVE = QT_TRANSLATE_NOOP("ArchiveCommands", "Nothing to archive.")
MSG_WROTE_PATH_COUNT_ITEMS = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "Wrote {path} ({count} items). SHA-256: {sha}"
)
MSG_NO_SCHEMA_FOLDER_DIR = QT_TRANSLATE_NOOP("ArchiveCommands", "No schema folder {dir}.")
MSG_NO_PACKAGE_PATH = QT_TRANSLATE_NOOP("ArchiveCommands", "No package {path}.")
MSG_FAILED_PROBLEM = QT_TRANSLATE_NOOP("ArchiveCommands", "FAILED: {problem}")
MSG_OK_FILES_FILES_AND = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "OK: {files} files and {xml} arkivmelding.xml checked{schema}."
)
MSG_ALSO_AGAINST_THE_XSD = QT_TRANSLATE_NOOP("ArchiveCommands", " (also against the XSD)")
MSG_COUNT_PROBLEMS_FOUND = QT_TRANSLATE_NOOP("ArchiveCommands", "{count} problems found.")
MSG_COULD_NOT_READ_THE = QT_TRANSLATE_NOOP("ArchiveCommands", "Could not read the receipt {file}: {error}")
MSG_COUNT_ITEMS_MARKED_AS = QT_TRANSLATE_NOOP("ArchiveCommands", "{count} items marked as journalført.")
MSG_NOT_KNOWN_HERE_KEY = QT_TRANSLATE_NOOP("ArchiveCommands", "Not known here: {key}")
MSG_FROM_ANOTHER_SYSTEM_IGNORED = QT_TRANSLATE_NOOP("ArchiveCommands", "From another system, ignored: {key}")
MSG_NOT_EXPORTED = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "Never exported, not marked (export it in a package first): {key}"
)
MSG_ALREADY_JOURNALFORT = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "Journalført already, left as it is (--replace to replace its journal number): {key}"
)
MSG_RECEIPT_OUT_OF_BOUNDS = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "Journal year or sequence number not plausible, not marked: {key}"
)
MSG_SCREENING_SET = QT_TRANSLATE_NOOP(
    "ArchiveCommands", "Skjerming set; it goes into the item's arkivmelding."
)
MSG_SCREENING_CLEARED = QT_TRANSLATE_NOOP("ArchiveCommands", "Skjerming removed.")
MSG_MARKED_AS_JOURNALF_RT = QT_TRANSLATE_NOOP("ArchiveCommands", "Marked as journalført.")


def _tr(source: str, **params: object) -> str:
    from mtk_admin_desktop import i18n

    return i18n.tr(_CTX, source, **params)


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    archive = subparsers.add_parser(
        "archive", parents=[common], help="archive packages for Noark 5 (R13, R14)"
    )
    sub = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)

    export = sub.add_parser("export", parents=[common], help="write a package of everything to be archived")
    export.add_argument("--out", required=True, metavar="DIR", help="the target folder (USB stick, share)")
    form = export.add_mutually_exclusive_group()
    form.add_argument("--zip", dest="form", action="store_const", const="zip", help="one ZIP file (default)")
    form.add_argument("--folder", dest="form", action="store_const", const="folder", help="a plain folder")
    export.add_argument("--page", help="only this page (id or exact name)")
    export.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    place = export.add_mutually_exclusive_group()
    place.add_argument(
        "--arkivdel", metavar="CODE", help="the archive part for every journalpost (default: the setting)"
    )
    place.add_argument(
        "--parent-folder", metavar="MAPPEID", help="the parent folder (mappeID) for every journalpost"
    )
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_export, form="zip")

    verify = sub.add_parser("verify", parents=[common], help="check a package: checksums, XML, ZIP form")
    verify.add_argument("package", metavar="PACKAGE", help="the ZIP file or the package folder")
    verify.add_argument(
        "--schema", metavar="DIR", help="folder with the FIKS Arkiv v2 XSDs: validate against them"
    )
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_verify)

    receipt = sub.add_parser(
        "receipt", parents=[common], help="import the archive's receipt (arkivmeldingKvittering)"
    )
    receipt.add_argument("file", metavar="FILE")
    receipt.add_argument(
        "--replace", action="store_true", help="replace the journal number of items journalført already"
    )
    receipt.add_argument("--json", action="store_true")
    receipt.set_defaults(handler=_receipt)

    screen = sub.add_parser(
        "screen", parents=[common], help="mark an item skjermet (access restriction and legal basis)"
    )
    screen.add_argument("item", metavar="ITEM_ID", help="the moderation entry's or post's id")
    screen.add_argument("--kind", choices=("moderation", "post"), default="moderation")
    screen.add_argument("--code", default="", help="tilgangsrestriksjon, e.g. 13")
    screen.add_argument("--basis", default="", help="skjermingshjemmel, e.g. 'offl. § 13 jf. fvl. § 13'")
    screen.set_defaults(handler=_screen)

    mark = sub.add_parser("mark", parents=[common], help="enter an item's journal number by hand")
    mark.add_argument("item", metavar="ITEM_ID", help="the moderation entry's or post's id")
    mark.add_argument("--kind", choices=("moderation", "post"), default="moderation")
    mark.add_argument("--year", type=int, help="journal year (journalår)")
    mark.add_argument("--seq", type=int, help="sequence number (journalsekvensnummer)")
    mark.add_argument("--reference", default="", help="the archive's reference, as free text")
    mark.set_defaults(handler=_mark)


def _resolve_page(context: Any, given: str) -> str | None:
    if "pages" not in context.store.tables:
        return None
    for page in context.store.rows("pages"):
        if given in (page["id"], page.get("name"), page.get("url")):
            return str(page["id"])
    return None


def _export(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.services.archive import ArchiveError
    from mtk_admin_desktop.services.archive_package import ArchiveWriteError
    from mtk_admin_desktop.services.archive_pdf import ensure_gui_application

    ensure_gui_application()  # before open_context makes a plain QCoreApplication
    context = open_context(args)
    try:
        page_id = None
        if args.page:
            page_id = _resolve_page(context, args.page)
            if page_id is None:
                return fail(_tr(MSG_NO_PAGE_PAGE_IN, page=args.page), EXIT_USAGE)
        if args.date_from and args.date_to and args.date_from > args.date_to:
            return fail(_tr(MSG_FROM_IS_AFTER_TO), EXIT_USAGE)
        pending = context.archive.backlog(page_id, args.date_from, args.date_to, ("pending",))
        if not pending:
            if args.json:
                print_json({"exported": 0})
            else:
                print(_tr(MSG_NOTHING_TO_ARCHIVE))
            return EXIT_OK

        def progress(done: int, total: int, text: str) -> None:
            if not args.json:
                sys.stderr.write(f"\r{done}/{total} {text}".ljust(70)[:70])
                sys.stderr.flush()

        try:
            result = context.archive.export(
                Path(args.out),
                args.form,
                page_id,
                args.date_from,
                args.date_to,
                progress=progress,
                # One of the two given: it alone places the items (the other not taken from the settings).
                arkivdel=args.arkivdel if args.arkivdel is not None else ("" if args.parent_folder else None),
                parent_folder=args.parent_folder
                if args.parent_folder is not None
                else ("" if args.arkivdel else None),
            )
        except ArchiveWriteError as exc:
            return fail("\n" + str(exc))
        except ArchiveError as exc:
            return fail("\n" + str(exc))
        if args.json:
            print_json(
                {
                    "exported": len(result.item_keys),
                    "package_id": result.package_id,
                    "path": str(result.path),
                    "sha256": result.sha256,
                    "size": result.size,
                    "items": [{"kind": k, "id": i} for k, i in result.item_keys],
                }
            )
        else:
            sys.stderr.write("\n")
            print(
                _tr(
                    MSG_WROTE_PATH_COUNT_ITEMS,
                    path=result.path,
                    count=len(result.item_keys),
                    sha=result.sha256,
                )
            )
        return EXIT_OK
    finally:
        context.close()


def _verify(args: argparse.Namespace) -> int:
    # Needs no store: the archive staff run this on their own machine with only the package.
    from mtk_admin_desktop.services.archive_verify import problem_json, verify_package
    from mtk_admin_desktop.services.archive_xml import ARKIVMELDING_XSD

    ensure_translations(args)
    package = Path(args.package)
    schema = Path(args.schema) if args.schema else None
    # (Under --json, fail() prints {"ok": false, "error": ...} on stdout too.)
    if schema is not None and not (schema / ARKIVMELDING_XSD).is_file():
        return fail(_tr(MSG_NO_SCHEMA_FOLDER_DIR, dir=schema), EXIT_USAGE)
    if not package.exists():
        return fail(_tr(MSG_NO_PACKAGE_PATH, path=package))
    report = verify_package(package, schema)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "package_id": report.package_id,
                "items": report.items,
                "files_checked": report.files_checked,
                "xml_checked": report.xml_checked,
                # English sentences, whatever --lang (as before); scripts should match on the codes.
                "problems": [str(p) for p in report.problems],
                "problem_details": [problem_json(p) for p in report.problems],
            }
        )
    else:
        for message in report.messages():
            print(_tr(MSG_FAILED_PROBLEM, problem=message))
        if report.ok:
            print(
                _tr(
                    MSG_OK_FILES_FILES_AND,
                    files=report.files_checked,
                    xml=report.xml_checked,
                    schema=_tr(MSG_ALSO_AGAINST_THE_XSD) if schema else "",
                )
            )
        else:
            print(_tr(MSG_COUNT_PROBLEMS_FOUND, count=len(report.problems)))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _receipt(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.services.archive import ArchiveError

    context = open_context(args)
    try:
        try:
            result = context.archive.import_receipt(Path(args.file), replace=args.replace)
        except ArchiveError as exc:
            return fail(_tr(MSG_COULD_NOT_READ_THE, file=args.file, error=exc))
        if args.json:
            print_json(
                {
                    "marked": [{"kind": k, "id": i} for k, i in result.marked],
                    "unknown": result.unknown,
                    "foreign": result.foreign,
                    "not_exported": result.not_exported,
                    "already_journalfort": result.already,
                    "invalid": result.invalid,
                }
            )
        else:
            print(_tr(MSG_COUNT_ITEMS_MARKED_AS, count=len(result.marked)))
            for key in result.unknown:
                print(_tr(MSG_NOT_KNOWN_HERE_KEY, key=key))
            for key in result.foreign:
                print(_tr(MSG_FROM_ANOTHER_SYSTEM_IGNORED, key=key))
            for key in result.not_exported:
                print(_tr(MSG_NOT_EXPORTED, key=key))
            for key in result.already:
                print(_tr(MSG_ALREADY_JOURNALFORT, key=key))
            for key in result.invalid:
                print(_tr(MSG_RECEIPT_OUT_OF_BOUNDS, key=key))
        refused = result.unknown or result.foreign or result.not_exported or result.already or result.invalid
        return EXIT_OK if result.marked and not refused else EXIT_FINDINGS
    finally:
        context.close()


def _mark(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.services.archive import ArchiveError

    context = open_context(args)
    try:
        try:
            context.archive.mark_journalfort(args.kind, args.item, args.year, args.seq, args.reference)
        except ArchiveError as exc:
            return fail(str(exc), EXIT_USAGE)
        print(_tr(MSG_MARKED_AS_JOURNALF_RT))
        return EXIT_OK
    finally:
        context.close()


def _screen(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.services.archive import ArchiveError

    context = open_context(args)
    try:
        try:
            context.archive.set_screening(args.kind, args.item, args.code, args.basis)
        except ArchiveError as exc:
            return fail(str(exc), EXIT_USAGE)
        print(_tr(MSG_SCREENING_SET if args.code.strip() else MSG_SCREENING_CLEARED))
        return EXIT_OK
    finally:
        context.close()
