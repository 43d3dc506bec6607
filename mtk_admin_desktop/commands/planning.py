"""Subcommands of the planning area: ``check-post`` and ``posts export|import|check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from mtk_admin_desktop.commands.common import (
    EXIT_FAILED,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_context,
    print_json,
)
from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.planning import KINDS, new_post, parse_planned, parse_week, week_days, week_of
from mtk_admin_desktop.domain.rules import rule_quote


def _fmt(text: str, **params: object) -> str:
    return text.format(**params) if params else text


def _english_plural(text: str, count: int) -> str:
    """English has no catalogue, so Qt leaves a plural's "(s)" as written: make it "post" or "posts".
    (The bokmål and nynorsk catalogues give their own plural forms, without "(s)".)"""
    return text.replace("(s)", "" if count == 1 else "s")


class PlanningCommands(QObject):
    """The command line's sentences with a count, as Qt plural forms (``%n``) so every language can say
    "1 innlegg" and "2 innlegg", "1 post" and "2 posts". ``self.tr`` (not ``translate()``), because
    lupdate only takes a message with ``%n`` for a plural in a ``tr()`` call."""

    def exported(self, count: int) -> str:
        return _english_plural(self.tr("%n post(s) exported to {path}.", "", count), count)

    def skipped_changed(self, count: int) -> str:
        return _english_plural(
            self.tr("Skipped, as changed in the app: %n post(s). Give --overwrite to overwrite.", "", count),
            count,
        )

    def skipped_differing(self, count: int) -> str:
        return _english_plural(
            self.tr(
                "Skipped, as the app and the file differ and which changed cannot be told: %n post(s). "
                "Give --overwrite to overwrite.",
                "",
                count,
            ),
            count,
        )

    def skipped_deleted(self, count: int) -> str:
        return _english_plural(
            self.tr("Skipped, as deleted in the app: %n post(s). Give --restore to bring back.", "", count),
            count,
        )

    def importable(self, count: int) -> str:
        return _english_plural(self.tr("%n post(s) can be imported.", "", count), count)

    def imported(self, count: int) -> str:
        return _english_plural(self.tr("%n post(s) imported.", "", count), count)

    def not_imported(self, count: int) -> str:
        return _english_plural(
            self.tr(
                "Not imported, as changed in the app after the check above: %n post(s) (run the import "
                "again to see them):",
                "",
                count,
            ),
            count,
        )


_COUNTED = PlanningCommands()


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    check = subparsers.add_parser(
        "check-post", parents=[common], help="check a post's text against the guideline (exit 1 with errors)"
    )
    check.add_argument("--text", required=True, help="the post's text")
    check.add_argument("--title", default="")
    check.add_argument("--page", help="the page's id or exact name (R7.6, R10)")
    check.add_argument("--kind", choices=tuple(KINDS), default="nyhet")
    check.add_argument("--responsible", help="who publishes it (default: your name in settings)")
    check.add_argument(
        "--image", action="append", default=[], metavar="FILE", help="an attached image (repeat)"
    )
    check.add_argument(
        "--alt",
        action="append",
        default=[],
        metavar="TEXT",
        help="alternative text of the image given at the same position (repeat)",
    )
    check.add_argument("--website", metavar="URL|planned|none:REASON", help="the website counterpart (R2)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check_post)

    posts = subparsers.add_parser(
        "posts", parents=[common], help="the publishing plan: export, import, check"
    )
    sub = posts.add_subparsers(dest="posts_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", parents=[common], help="export every post to iCalendar or CSV")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--ics", metavar="FILE", help="iCalendar file (Outlook, Google, Thunderbird)")
    target.add_argument("--csv", metavar="FILE", help="CSV file (the columns posts import reads)")
    export.set_defaults(handler=_export)
    importing = sub.add_parser("import", parents=[common], help="import posts from CSV (all rows or none)")
    importing.add_argument("--csv", metavar="FILE", required=True)
    importing.add_argument("--dry-run", action="store_true", help="only check the file")
    importing.add_argument(
        "--overwrite",
        action="store_true",
        help="also overwrite posts changed in the app after the file was made (skipped otherwise)",
    )
    importing.add_argument(
        "--restore",
        action="store_true",
        help="also bring back posts deleted in the app (skipped otherwise)",
    )
    importing.set_defaults(handler=_import)
    checking = sub.add_parser(
        "check",
        parents=[common],
        help="findings of every post and every week on the main page (exit 1 with errors)",
    )
    checking.add_argument("--week", metavar="YYYY-Www", help="only this ISO week")
    checking.add_argument("--json", action="store_true")
    checking.set_defaults(handler=_check_posts)


def _finding_line(finding: Finding) -> str:
    from mtk_admin_desktop import i18n

    severity = {
        Severity.BLOCK: QCoreApplication.translate("PlanningCommands", "blocked"),
        Severity.ERROR: QCoreApplication.translate("PlanningCommands", "error"),
        Severity.WARNING: QCoreApplication.translate("PlanningCommands", "warning"),
        Severity.INFO: QCoreApplication.translate("PlanningCommands", "info"),
    }[finding.severity]
    span = f" [{finding.span[0]}:{finding.span[1]}]" if finding.span else ""
    return (
        f"{finding.rule} {severity}{span}: {i18n.tr_text(finding.message)}\n"
        f"    “{i18n.tr_text(rule_quote(finding.rule))}”"
    )


def _resolve_page(context: Any, given: str) -> str | None:
    for page in context.planning.pages():
        if given in (page.id, page.name, page.url):
            return str(page.id)
    return None


def _website(value: str | None) -> dict[str, str]:
    if not value:
        return {}
    if value.lower() == "planned":
        return {"mode": "planned"}
    if value.lower().startswith("none"):
        return {"mode": "not_relevant", "reason": value.partition(":")[2].strip()}
    return {"mode": "url", "url": value}


def _check_post(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n

    context = open_context(args)
    try:
        page_id = None
        if args.page:
            page_id = _resolve_page(context, args.page)
            if page_id is None:
                return fail(
                    _fmt(QCoreApplication.translate("PlanningCommands", "No page {page}."), page=args.page),
                    EXIT_USAGE,
                )
        if len(args.alt) > len(args.image):
            return fail(
                QCoreApplication.translate("PlanningCommands", "Give one --image for each --alt."), EXIT_USAGE
            )
        attachments = []
        for i, image in enumerate(args.image):
            if not Path(image).is_file():
                return fail(
                    _fmt(
                        QCoreApplication.translate("PlanningCommands", "No such image file: {path}"),
                        path=image,
                    )
                )
            if not _is_image(Path(image)):
                return fail(
                    _fmt(
                        QCoreApplication.translate(
                            "PlanningCommands", "{path} is not an image (PNG, JPEG, GIF, WebP ...)."
                        ),
                        path=image,
                    )
                )
            attachments.append(
                {
                    "type": "image",
                    "name": Path(image).name,
                    "alt_text": args.alt[i] if i < len(args.alt) else "",
                }
            )
        responsible = args.responsible if args.responsible is not None else context.settings.get("user.name")
        post = new_post(
            page_id=page_id,
            title=args.title,
            text=args.text,
            kind=args.kind,
            responsible=responsible or "",
            attachments=attachments,
            website=_website(args.website),
        )
        findings = context.planning.check_post(post)
    finally:
        context.close()
    if args.json:
        print_json({"findings": [f.to_json(i18n.tr_text) for f in findings]})
    elif findings:
        for finding in findings:
            print(_finding_line(finding))
    else:
        print(QCoreApplication.translate("PlanningCommands", "No findings."))
    return EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in findings) else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    context = open_context(args)
    try:
        try:
            if args.ics:
                count = context.planning.export_ics(Path(args.ics))
                path = args.ics
            else:
                count = context.planning.export_csv(Path(args.csv))
                path = args.csv
        except OSError as exc:
            return fail(
                _fmt(
                    QCoreApplication.translate("PlanningCommands", "Cannot write {path}: {error}"),
                    path=args.ics or args.csv,
                    error=exc.strerror or str(exc),
                ),
                EXIT_FAILED,
            )
    finally:
        context.close()
    print(
        _fmt(
            _COUNTED.exported(count),
            path=path,
        )
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.services.planning_exchange import CHANGED_SINCE, DIFFERS, RESTORED, describe_row

    context = open_context(args)
    try:
        preview = context.planning.preview_csv(Path(args.csv))
        if not preview.ok:
            for line, text in preview.errors:
                prefix = (
                    _fmt(QCoreApplication.translate("PlanningCommands", "line {line}: "), line=line)
                    if line
                    else ""
                )
                sys.stderr.write(prefix + i18n.tr_text(text) + "\n")
            return fail(
                QCoreApplication.translate("PlanningCommands", "Nothing was imported."), EXIT_FINDINGS
            )
        # Say what the file would do before doing it: which posts it would set back, which bring back.
        print(i18n.tr_text(preview.summary()))
        changed, deleted = preview.rows_of(CHANGED_SINCE), preview.rows_of(RESTORED)
        differing = preview.rows_of(DIFFERS)
        notice = preview.notice()
        if notice is not None:
            print(i18n.tr_text(notice))
        if changed:
            print(
                QCoreApplication.translate(
                    "PlanningCommands",
                    "Changed in the app after the file was made (importing would undo those edits):",
                )
            )
            for item in changed:
                print("  " + i18n.tr_text(describe_row(item)))
        if differing:
            print(
                QCoreApplication.translate(
                    "PlanningCommands",
                    "Different in the app and in the file (importing would set the file's values):",
                )
            )
            for item in differing:
                print("  " + i18n.tr_text(describe_row(item)))
        if deleted:
            print(QCoreApplication.translate("PlanningCommands", "Deleted in the app:"))
            for item in deleted:
                print("  " + i18n.tr_text(describe_row(item)))
        if (changed or differing) and not args.overwrite:
            count = len(changed) + len(differing)
            print(_COUNTED.skipped_changed(count) if not differing else _COUNTED.skipped_differing(count))
        if deleted and not args.restore:
            print(_COUNTED.skipped_deleted(len(deleted)))
        if args.dry_run:
            print(_COUNTED.importable(len(preview.to_write(args.overwrite, args.restore))))
            return EXIT_OK
        result = context.planning.import_csv(preview, args.overwrite, args.restore)
    finally:
        context.close()
    print(_COUNTED.imported(result))
    if result.skipped:
        # Posts that changed while the file was being checked: not written, and said, so nobody thinks
        # the file's values are in the app.
        print(_COUNTED.not_imported(len(result.skipped)))
        for item in result.skipped:
            print("  " + i18n.tr_text(describe_row(item)))
        return EXIT_FINDINGS
    return EXIT_OK


def _check_posts(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n

    context = open_context(args)
    try:
        service = context.planning
        if args.week:
            try:
                parse_week(args.week)
            except ValueError:
                return fail(
                    _fmt(
                        QCoreApplication.translate(
                            "PlanningCommands", "Not an ISO week: {week} (use YYYY-Www, e.g. 2026-W05)."
                        ),
                        week=args.week,
                    ),
                    EXIT_USAGE,
                )
            days = week_days(args.week)
            posts = service.posts_between(days[0], days[-1])
            weeks = [args.week]
        else:
            posts = service.all_posts()
            main = service.main_page()
            weeks = sorted(
                {
                    week_of(moment.date())
                    for p in posts
                    if main and p.get("page_id") == main.id
                    for moment in [_safe_time(p.get("planned_at"))]
                    if moment is not None
                }
            )
        contexts: dict[Any, Any] = {}
        post_results = []
        for post in posts:
            page_id = post.get("page_id")
            if page_id not in contexts:
                contexts[page_id] = service.check_context(page_id)
            post_results.append((post, service.check_post(post, contexts[page_id])))
        week_results = [(week, service.check_week(week)) for week in weeks]
    finally:
        context.close()
    everything = [f for _, fs in post_results for f in fs] + [f for _, fs in week_results for f in fs]
    if args.json:
        print_json(
            {
                "posts": [
                    {
                        "id": p["id"],
                        "title": p.get("title"),
                        "planned_at": p.get("planned_at"),
                        "findings": [f.to_json(i18n.tr_text) for f in fs],
                    }
                    for p, fs in post_results
                ],
                "weeks": [
                    {"week": w, "findings": [f.to_json(i18n.tr_text) for f in fs]} for w, fs in week_results
                ],
            }
        )
    else:
        for post, findings in post_results:
            if findings:
                print(f"{post.get('planned_at') or '—'}  {post.get('title') or ''}  ({post['id']})")
                for finding in findings:
                    print("  " + _finding_line(finding).replace("\n", "\n  "))
        for week, findings in week_results:
            if findings:
                print(
                    _fmt(
                        QCoreApplication.translate("PlanningCommands", "Week {week} on the main page"),
                        week=week,
                    )
                )
                for finding in findings:
                    print("  " + _finding_line(finding).replace("\n", "\n  "))
        if not everything:
            print(QCoreApplication.translate("PlanningCommands", "No findings."))
    return EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in everything) else EXIT_OK


def _safe_time(value: str | None) -> Any:
    try:
        return parse_planned(value)
    except ValueError:
        return None


def _is_image(path: Path) -> bool:
    """Whether Qt can read ``path`` as an image, judged by its content (not its name)."""
    from PySide6.QtGui import QImageReader

    return QImageReader(str(path)).canRead()
