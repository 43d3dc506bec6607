"""Subcommands of the moderation area: ``moderation add``, ``moderation list``, ``moderation verify``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.commands.common import (
    EXIT_FAILED,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_context,
    print_json,
)
from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.moderation import ACTIONS, GROUNDS, EntryDraft, action_text, ground_text
from mtk_admin_desktop.domain.rules import rule_quote


def _tr(translated: str, **params: object) -> str:
    """Fill ``{named}`` placeholders of an already translated text."""
    return translated.format(**params) if params else translated


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    moderation = subparsers.add_parser("moderation", parents=[common], help="the moderation log (R13)")
    sub = moderation.add_subparsers(dest="moderation_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", parents=[common], help="register a moderated comment")
    add.add_argument("--page", required=True, help="the page's id (or its exact name)")
    add.add_argument("--action", required=True, choices=ACTIONS)
    add.add_argument("--ground", choices=GROUNDS, help="lawful ground (required for deleted)")
    text = add.add_mutually_exclusive_group()
    text.add_argument("--text", default="", help="the comment's text as captured")
    text.add_argument("--text-file", metavar="FILE", help="read the comment's text from a UTF-8 file")
    add.add_argument("--author", default="", help="the comment's author as shown")
    add.add_argument("--posted-at", type=_iso_moment, metavar="YYYY-MM-DD[THH:MM]",
                     help="when the comment was posted (ISO 8601)")
    add.add_argument("--post", default="", help="the post: URL or text")
    add.add_argument("--justification", default="")
    add.add_argument("--moderator", help="default: the user name in settings")
    add.add_argument("--approved-by", default="", help="main administrator who approved (R13)")
    add.add_argument(
        "--screenshot", action="append", default=[], metavar="FILE", help="an image file (repeat)"
    )
    add.add_argument("--corrects", help="id of the entry this one corrects")
    add.add_argument("--archive-reason", default="", help="mark archive-worthy, with this reason (R14)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    listing = sub.add_parser("list", parents=[common], help="list entries")
    listing.add_argument("--page")
    listing.add_argument("--ground", choices=(*GROUNDS, "none"))
    listing.add_argument("--action", choices=ACTIONS)
    listing.add_argument("--archive-status", choices=("pending", "exported", "journalfort", "none"))
    listing.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    listing.add_argument("--search")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    verify = sub.add_parser("verify", parents=[common], help="check every entry's hash, chain and signature")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_verify)


def _resolve_page(context: Any, given: str) -> str | None:
    if context.moderation.page(given) is not None:
        return given
    for page in context.moderation.pages():
        if given in (page.name, page.url):
            return str(page.id)
    return None


def _iso_moment(text: str) -> str:
    """``--posted-at`` as given, once it is a real ISO 8601 date or time: the entry is sealed evidence,
    and "yesterday" or 2026-13-01 could never be corrected in it."""
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {text!r}") from None
    return text


def _add(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.services.moderation import EntryRefusedError
    from mtk_admin_desktop.services.moderation_capture import CaptureError, load_image_file, store_grab

    context = open_context(args)
    try:
        page_id = _resolve_page(context, args.page)
        if page_id is None:
            return fail(
                _tr(
                    QCoreApplication.translate("ModerationCommands", "No page {page} in the register."),
                    page=args.page,
                ),
                EXIT_USAGE,
            )
        comment = args.text
        if args.text_file:
            try:
                # Bytes decoded as they are: read_text would turn CR and CRLF into LF, and the
                # comment is evidence, kept exactly as captured (a BOM from Notepad is not part of it).
                comment = Path(args.text_file).read_bytes().decode("utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                return fail(
                    _tr(
                        QCoreApplication.translate("ModerationCommands", "Could not read {file}: {error}"),
                        file=args.text_file,
                        error=exc,
                    )
                )
        grabs = []
        for file in args.screenshot:
            try:
                grabs.append(load_image_file(file))
            except CaptureError as exc:
                return fail(str(exc))
        draft = EntryDraft(
            page_id=page_id,
            action=args.action,
            ground=args.ground,
            comment_text=comment,
            comment_author=args.author,
            comment_posted_at=args.posted_at,
            post_ref=args.post,
            justification=args.justification,
            moderator=args.moderator or context.moderation.current_user(),
            approved_by=args.approved_by,
            corrects_id=args.corrects,
            archive_worthy=bool(args.archive_reason),
            archive_reason=args.archive_reason,
        )
        # Check before storing screenshots, so a refused entry leaves nothing behind.
        draft.pending_screenshots = len(grabs)
        findings = context.moderation.check(draft)
        if any(f.severity == Severity.BLOCK for f in findings):
            _print_findings(findings, args.json)
            return EXIT_FINDINGS
        draft.screenshots = [store_grab(context, g) for g in grabs]
        draft.pending_screenshots = 0
        try:
            result = context.moderation.add_entry(draft)
        except EntryRefusedError as refused:
            _print_findings(refused.findings, args.json)
            return EXIT_FINDINGS
        if args.json:
            entry = context.moderation.entry(result.entry_id)
            out = dataclasses.asdict(entry) if entry is not None else {}
            out["findings"] = [f.to_json(i18n.tr_text) for f in result.findings]
            out["signed"] = result.signed
            out["unsigned_reason"] = result.unsigned_reason or None
            print_json(out)
        else:
            _print_findings(result.findings, False)
            print(
                _tr(QCoreApplication.translate("ModerationCommands", "Saved entry {id}."), id=result.entry_id)
            )
            if not result.signed:
                print(_unsigned_explanation(result.unsigned_reason))
        return EXIT_OK
    finally:
        context.close()


def _unsigned_explanation(reason: str) -> str:
    if reason == "key_damaged":
        return _tr(
            QCoreApplication.translate(
                "ModerationCommands",
                "Saved unsigned: the signing key in this computer's keyring is damaged. It has been left "
                "as it is; ask IT to look at the keyring.",
            )
        )
    if reason == "key_mismatch":
        return _tr(
            QCoreApplication.translate(
                "ModerationCommands",
                "Saved unsigned: this computer's signing key does not match the key registered for it.",
            )
        )
    return _tr(
        QCoreApplication.translate(
            "ModerationCommands",
            "Saved unsigned: this computer has no keyring to keep a signing key in. The entry is "
            "protected by its hash chain only, which does not stop someone who edits the database and "
            "recomputes the hashes.",
        )
    )


def _print_findings(findings: list[Any], as_json: bool) -> None:
    from mtk_admin_desktop import i18n

    if as_json:
        print_json({"refused": True, "findings": [f.to_json(i18n.tr_text) for f in findings]})
        return
    for finding in findings:
        stream = sys.stderr if finding.severity == Severity.BLOCK else sys.stdout
        label = (
            _tr(QCoreApplication.translate("ModerationCommands", "refused"))
            if finding.severity == Severity.BLOCK
            else _tr(QCoreApplication.translate("ModerationCommands", "warning"))
        )
        stream.write(f"{finding.rule} {label}: {i18n.tr_text(finding.message)}\n")
        stream.write(f"  «{i18n.tr_text(rule_quote(finding.rule))}»\n")


def _list(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.domain.moderation import visible_text

    context = open_context(args)
    try:
        page_id = None
        if args.page:
            page_id = _resolve_page(context, args.page)
            if page_id is None:
                return fail(
                    _tr(
                        QCoreApplication.translate("ModerationCommands", "No page {page} in the register."),
                        page=args.page,
                    ),
                    EXIT_USAGE,
                )
        rows = context.moderation.entries(
            page_id=page_id,
            ground=args.ground,
            action=args.action,
            archive_status=args.archive_status,
            date_from=args.date_from,
            date_to=args.date_to,
            search=args.search,
        )
        if args.json:
            out = []
            for row in rows:
                item = dataclasses.asdict(row)
                item["archive_status"] = context.moderation.archive_status(row.id)
                out.append(item)
            print_json(out)
            return EXIT_OK
        for row in rows:
            status = context.moderation.archive_status(row.id)
            print(
                "\t".join(
                    [
                        row.id,
                        row.created_at[:19],
                        context.moderation.page_name(row.page_id),
                        i18n.tr_text(action_text(row.action)),
                        i18n.tr_text(ground_text(row.ground)),
                        row.moderator,
                        _status_label(status),
                        visible_text(row.comment_text, limit=60).strip("\u2068\u2069"),
                    ]
                )
            )
        print(_tr(QCoreApplication.translate("ModerationCommands", "{count} entries."), count=len(rows)))
        return EXIT_OK
    finally:
        context.close()


def _status_label(status: str | None) -> str:
    return {
        "pending": _tr(QCoreApplication.translate("ModerationCommands", "To be archived")),
        "exported": _tr(QCoreApplication.translate("ModerationCommands", "Exported")),
        "journalfort": _tr(QCoreApplication.translate("ModerationCommands", "Journalført")),
    }.get(status or "", "")


def _verify(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n

    context = open_context(args)
    try:
        try:
            report = context.moderation.verify()
        except Exception as exc:  # noqa: BLE001 - a damaged database must give a message, not a trace
            return fail(
                _tr(
                    QCoreApplication.translate("ModerationCommands", "The log could not be checked: {error}"),
                    error=exc,
                ),
                EXIT_FAILED,
            )
        if args.json:
            print_json(
                {
                    "checked": report.checked,
                    "ok": report.ok,
                    "failed": report.failed_ids(),
                    "problems": [
                        {
                            "entry": p.entry_id,
                            "kind": p.kind,
                            "failure": p.is_failure,
                            "message": i18n.tr_text(p.text()),
                        }
                        for p in report.problems
                    ],
                }
            )
        else:
            for problem in report.problems:
                stream = sys.stderr if problem.is_failure else sys.stdout
                stream.write(f"{problem.entry_id}: {i18n.tr_text(problem.text())}\n")
            if report.ok:
                print(
                    _tr(
                        QCoreApplication.translate(
                            "ModerationCommands",
                            "{count} entries checked: hashes, chains and signatures hold.",
                        ),
                        count=report.checked,
                    )
                )
            else:
                sys.stderr.write(
                    _tr(
                        QCoreApplication.translate(
                            "ModerationCommands", "{count} entries checked; {bad} do not hold."
                        ),
                        count=report.checked,
                        bad=len(report.failed_ids()),
                    )
                    + "\n"
                )
        return EXIT_OK if report.ok else EXIT_FINDINGS
    finally:
        context.close()
