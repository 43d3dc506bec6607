"""Subcommands of the register area: ``pages list``, ``pages check``, ``pages add``, ``pages yearly``."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.commands.common import (
    EXIT_FAILED,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    ensure_translations,
    fail,
    missing_store,
    open_context,
    print_json,
)
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.records import Page


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    pages = subparsers.add_parser("pages", parents=[common], help="the page register (Sider)")
    sub = pages.add_subparsers(dest="pages_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", parents=[common], help="every registered page")
    listing.add_argument("--json", action="store_true", help="JSON on stdout")
    listing.set_defaults(handler=_list)

    checking = sub.add_parser(
        "check", parents=[common], help="every page's findings; exit 1 when any page has errors"
    )
    checking.add_argument("--json", action="store_true", help="JSON on stdout")
    checking.set_defaults(handler=_check)

    adding = sub.add_parser("add", parents=[common], help="register a page (starts awaiting clearance)")
    adding.add_argument("--name", required=True)
    adding.add_argument("--url", required=True)
    adding.add_argument("--unit", default="")
    adding.add_argument("--platform", default="", help="default: detected from the address")
    adding.add_argument("--main", action="store_true", help="the municipality's main page (R6: only one)")
    adding.add_argument("--json", action="store_true", help="JSON on stdout")
    adding.set_defaults(handler=_add)

    yearly = sub.add_parser(
        "yearly", parents=[common], help='"Kommunens kontoer pr. 1.1.YYYY" as CSV or PDF (by the file suffix)'
    )
    yearly.add_argument("year", type=int)
    yearly.add_argument("--out", required=True, type=Path, help="a .csv or .pdf file")
    yearly.set_defaults(handler=_yearly)


def _text(finding: Finding) -> str:
    from mtk_admin_desktop import i18n

    return i18n.tr_text(finding.message)


def _finding_json(finding: Finding) -> dict[str, Any]:
    from mtk_admin_desktop import i18n

    return finding.to_json(i18n.tr_text)


def _page_json(page: Page) -> dict[str, Any]:
    keys = ("id", "name", "platform", "url", "url_normalised", "is_main", "unit", "status")
    fields = dataclasses.asdict(page)
    return {k: fields[k] for k in keys}


def _list(args: argparse.Namespace) -> int:
    if (code := missing_store(args)) is not None:
        return code
    context = open_context(args)
    try:
        pages = context.register.pages()
        if args.json:
            print_json([_page_json(p) for p in pages])
            return EXIT_OK
        from mtk_admin_desktop import i18n

        for page in pages:
            main = "*" if page.is_main else " "
            status = i18n.tr_text(rules.label(rules.STATUS_LABELS, page.status))
            print(f"{main} {page.name}\t{page.platform}\t{page.url}\t{page.unit or '-'}\t{status}")
        return EXIT_OK
    finally:
        context.close()


def _check(args: argparse.Namespace) -> int:
    context = open_context(args)
    try:
        service = context.register
        register_findings = service.register_findings()
        results = [(page, service.findings(page)) for page in service.pages()]
        bad = any((worst(f) or Severity.INFO) >= Severity.ERROR for _, f in results) or any(
            f.severity >= Severity.ERROR for f in register_findings
        )
        if args.json:
            print_json(
                {
                    "register": [_finding_json(f) for f in register_findings],
                    "pages": [
                        {**_page_json(p), "findings": [_finding_json(f) for f in fs]} for p, fs in results
                    ],
                    "errors": bad,
                }
            )
        else:
            for finding in register_findings:
                print(f"{finding.severity.key.upper():8} {finding.rule:5} {_text(finding)}")
            for page, findings in results:
                print(f"{page.name} ({page.url})")
                if not findings:
                    print("  " + QCoreApplication.translate("RegisterCommands", "no findings"))
                for finding in findings:
                    print(f"  {finding.severity.key.upper():8} {finding.rule:5} {_text(finding)}")
        return EXIT_FINDINGS if bad else EXIT_OK
    finally:
        context.close()


def _add(args: argparse.Namespace) -> int:
    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.services.register import RegisterRefused

    context = open_context(args)
    try:
        values: dict[str, Any] = {"name": args.name, "url": args.url, "unit": args.unit, "is_main": args.main}
        if args.platform:
            values["platform"] = args.platform.strip().lower()
        try:
            page_id = context.register.save_page(values)
        except RegisterRefused as refused:
            if args.json:
                print_json({"refused": True, "findings": [_finding_json(f) for f in refused.findings]})
            for finding in refused.findings:
                sys.stderr.write(f"{finding.rule}: {_text(finding)}\n")
                sys.stderr.write(f"  {i18n.tr_text(_quote(finding.rule))}\n")
            return EXIT_FINDINGS
        page = context.register.page(page_id) or Page(id=page_id)
        if args.json:
            print_json(
                {
                    "refused": False,
                    "page": _page_json(page),
                    "findings": [_finding_json(f) for f in context.register.findings(page)],
                }
            )
        else:
            print(
                QCoreApplication.translate(
                    "RegisterCommands", "Registered {name} ({url}), awaiting clearance."
                ).format(name=page.name, url=page.url)
            )
        return EXIT_OK
    finally:
        context.close()


def _quote(rule_id: str) -> Any:
    from mtk_admin_desktop.domain.rules import rule_quote

    return rule_quote(rule_id)


def _yearly(args: argparse.Namespace) -> int:
    ensure_translations(args)  # the refusals below speak the user's language too
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        return fail(
            QCoreApplication.translate("RegisterCommands", "The file must end in .csv or .pdf."), EXIT_USAGE
        )
    if not 1990 <= args.year <= clock.today().year + 1:
        return fail(
            QCoreApplication.translate("RegisterCommands", "Give a year between 1990 and next year."),
            EXIT_USAGE,
        )
    context = open_context(args)
    try:
        if suffix == ".csv":
            count = context.register.write_yearly_csv(out, args.year)
        else:
            from PySide6.QtGui import QGuiApplication

            if QGuiApplication.instance() is None or not isinstance(
                QCoreApplication.instance(), QGuiApplication
            ):
                return fail(
                    QCoreApplication.translate(
                        "RegisterCommands", "PDF needs the graphical libraries; write a .csv file instead."
                    ),
                    EXIT_FAILED,
                )
            count = context.register.write_yearly_pdf(out, args.year)
    except OSError as exc:
        return fail(str(exc), EXIT_FAILED)
    finally:
        context.close()
    print(
        QCoreApplication.translate("RegisterCommands", "{count} pages written to {path}.").format(
            count=count, path=out
        )
    )
    return EXIT_OK
