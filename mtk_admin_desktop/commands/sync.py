"""Subcommands of the sync area: ``sync init DIR``, ``sync [--shared DIR] [--json]``, ``sync status``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mtk_admin_desktop.commands.common import (
    EXIT_FAILED,
    EXIT_FINDINGS,
    EXIT_OK,
    ensure_translations,
    fail,
    open_context,
    print_json,
)
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.i18n import tr, tr_text
from mtk_admin_desktop.services.sync import problem_text
from mtk_admin_desktop.services.sync_engine import SyncError, SyncReport


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    sync = subparsers.add_parser(
        "sync", parents=[common], help="push and pull once through the shared folder"
    )
    sync.add_argument("--shared", metavar="DIR", help="the shared folder (saved as the setting)")
    sync.add_argument(
        "--join",
        action="store_true",
        help="join the shared folder in DIR even if this laptop had joined another one",
    )
    sync.add_argument("--verify", action="store_true", help="check every segment this laptop has published")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.set_defaults(handler=_sync)
    sub = sync.add_subparsers(dest="sync_command", metavar="SUBCOMMAND")
    init = sub.add_parser("init", parents=[common], help="initialise DIR as a new shared folder")
    init.add_argument("dir", metavar="DIR")
    init.add_argument("--json", action="store_true", help="print the result as JSON")
    init.set_defaults(handler=_init)
    status = sub.add_parser("status", parents=[common], help="show the sync state")
    status.add_argument("--json", action="store_true", help="print the result as JSON")
    status.set_defaults(handler=_status)


def _absolute(folder: str) -> str:
    """``folder`` as an absolute path: a relative one (``sync init delt``) is saved as the setting, and
    read from another working directory (the application, a later command) it named no folder at all."""
    return str(Path(folder).expanduser().absolute())


def _init(args: argparse.Namespace) -> int:
    args.dir = _absolute(args.dir)
    if not Path(args.dir).is_dir():
        # Not made here: a missing folder may be a network drive not connected, and a local folder of
        # that name would then be shared with no one. The newcomer is told what to do instead.
        ensure_translations(args)
        return fail(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The folder {folder} does not exist. Create it (or connect the network drive it is "
                    "on), then run `mtk-admin sync init` again; no shared folder was chosen.",
                ),
                folder=args.dir,
            )
        )
    context = open_context(args)
    try:
        share_id = context.sync.init_share(args.dir)
    except SyncError as exc:
        return fail(tr_text(exc.text))
    except OSError as exc:
        return fail(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "Could not write to the shared folder: {error}"),
                error=str(exc),
            )
        )
    finally:
        context.close()
    if args.json:
        print_json({"share_id": share_id, "folder": args.dir})
    else:
        print(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "Initialised the shared folder {folder} ({share_id})."),
                folder=args.dir,
                share_id=share_id,
            )
        )
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    if args.shared:
        args.shared = _absolute(args.shared)
    context = open_context(args)
    try:
        if args.shared:
            if args.join:
                try:
                    context.sync.join(args.shared)
                except SyncError as exc:
                    return fail(tr_text(exc.text))
        report = context.sync.run(verify_all=args.verify, folder=args.shared or None)
        if args.shared and report.ok and context.sync.folder() != args.shared:
            # Saved only once it worked: a mistyped folder must not replace a good setting.
            context.sync.set_folder(args.shared)
        status = context.sync.status()
    finally:
        context.close()
    if args.json:
        data: dict[str, Any] = report.to_json()
        data["conflicts"] = status["conflicts"]
        print_json(data)
    else:
        _print_report(report, status)
    # Something skipped (a damaged or refused file, an unreadable device) is not a finished sync.
    if not report.ok:
        return EXIT_FAILED
    return EXIT_FINDINGS if report.skipped else EXIT_OK


def _print_report(report: SyncReport, status: dict[str, Any]) -> None:
    if not report.ok:
        message = tr_text(report.message) if report.message else report.state
        sys.stderr.write(message + "\n")
    else:
        print(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Sent {ops} changes in {segments} files; received {pulled} changes "
                    "in {pulled_segments} files; attachments {up} up, {down} down.",
                ),
                ops=report.pushed_ops,
                segments=report.pushed_segments,
                pulled=report.pulled_ops,
                pulled_segments=report.pulled_segments,
                up=report.blobs_up,
                down=report.blobs_down,
            )
        )
    if report.ok and report.skipped:
        sys.stderr.write(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "Not everything was synced: {count} skipped (see the warnings)."),
                count=report.skipped,
            )
            + "\n"
        )
    for notice in report.notices:
        print(tr_text(notice.text))
    for problem in report.problems:
        sys.stderr.write(
            tr("Sync", QT_TRANSLATE_NOOP("Sync", "Warning: {text}"), text=problem_text(problem)) + "\n"
        )
    if report.waiting:
        print(tr("Sync", QT_TRANSLATE_NOOP("Sync", "{count} changes waiting"), count=report.waiting))
    if status["conflicts"]:
        print(tr("Sync", QT_TRANSLATE_NOOP("Sync", "{count} conflicts"), count=status["conflicts"]))


def _status(args: argparse.Namespace) -> int:
    context = open_context(args)
    try:
        status = context.sync.status()
        text = context.sync.status_text(status)
        problems = context.sync.problem_texts(status)
    finally:
        context.close()
    if args.json:
        print_json(status)
        return EXIT_OK
    print(text)
    print(tr("Sync", QT_TRANSLATE_NOOP("Sync", "Shared folder: {folder}"), folder=status["folder"] or "-"))
    print(tr("Sync", QT_TRANSLATE_NOOP("Sync", "This laptop: {device}"), device=status["device_id"]))
    for device in status.get("devices", []):
        print(
            tr(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "Other laptop: {host} ({user}), key {fingerprint}, first seen {since}"
                ),
                host=device["host"] or device["device"][:8],
                user=device["user"] or "?",
                fingerprint=device["fingerprint"]
                if device["signed"]
                else tr("Sync", QT_TRANSLATE_NOOP("Sync", "unsigned (no keyring)")),
                since=str(device["first_seen"])[:10],
            )
        )
    for line in problems:
        print(tr("Sync", QT_TRANSLATE_NOOP("Sync", "Warning: {text}"), text=line))
    return EXIT_OK
