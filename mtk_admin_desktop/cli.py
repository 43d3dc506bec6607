"""The single entry point: with no subcommand it starts the window; subcommands serve IT and tests."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from mtk_admin_desktop import APP_NAME, __version__
from mtk_admin_desktop.commands import AREAS
from mtk_admin_desktop.commands.common import EXIT_FAILED, EXIT_OK, fail, json_output, open_context
from mtk_admin_desktop.storage.migrations import StoreTooNewError


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the store's directory (default: the user's data directory)")
    common.add_argument("--lang", choices=("system", "nb", "nn", "en"), default=argparse.SUPPRESS,
                        help="language of messages (default: the setting, else bokmål)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="also write the log to stderr, with debug detail")
    return common


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` gives only the top-level options (starting the window)."""
    common = _common_parser()
    parser = argparse.ArgumentParser(prog="mtk-admin", description=f"{APP_NAME} {__version__}",
                                     parents=[common])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen on a temporary store and exit 0")
    parser.add_argument("--tab", type=int, choices=range(5), metavar="N", default=None,
                        help="open on tab N instead of I dag: 0 I dag, 1 Sider, 2 Planlegging, 3 Moderering, "
                             "4 Arkiv (the numbers of Ctrl+0 to Ctrl+4)")
    parser.add_argument("--demo-if-new", action="store_true",
                        help="if no store exists yet, start on the demo store (and say so)")
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = subparsers.add_parser("demo", parents=[common], help="fill a store with a demo month")
    demo.add_argument("--start", action="store_true", help="start the application on it afterwards")
    demo.set_defaults(handler=_demo)
    for area in AREAS:
        importlib.import_module(f"mtk_admin_desktop.commands.{area}").add_commands(subparsers, common)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from mtk_admin_desktop.demo import is_empty, populate
    from mtk_admin_desktop.paths import Paths, demo_data_dir

    data_dir = Path(getattr(args, "data_dir", None) or demo_data_dir())
    if args.start:
        # The window's application first, on the real display: writing the demo below would otherwise
        # make the command line's offscreen one, and the window would open where no one sees it.
        from mtk_admin_desktop.app import application

        application()
    args.data_dir = str(data_dir)
    existed = Paths(data_dir).exists()
    context = open_context(args)
    try:
        # An empty store (made by a command run on a new folder, or a first start) takes the demo.
        fill = not existed or is_empty(context)
        if fill:
            populate(context)
    finally:
        context.close()
    # In the user's language (open_context installed the catalogues of --lang or the setting).
    if fill:
        written = QCoreApplication.translate("Commands", "Demo store written to {folder}")
        print(written.format(folder=data_dir))
    elif data_dir == demo_data_dir():
        print(
            QCoreApplication.translate("Commands", "Demo store already exists: {folder}").format(
                folder=data_dir
            )
        )
    else:
        print(
            QCoreApplication.translate(
                "Commands", "A store already exists in {folder}; it holds records, so no demo data was added."
            ).format(folder=data_dir)
        )
    if args.start:
        return _run_gui(str(data_dir), demo=True, language=getattr(args, "lang", None))
    return EXIT_OK


def _smoke_test() -> int:
    """Build the main window offscreen on a temporary store with translations loaded; exit 0 if it works."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="mtk-smoke-") as tmp:
        for language in ("nn", "en", "nb"):
            i18n.install(language, app)
        context = AppContext.open(tmp, credentials=MemoryCredentials())
        window = MainWindow(context)
        window.show()
        app.processEvents()
        tabs = window.tabs.count()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)  # I dag gathers its list on a worker
        app.processEvents()
        window.close()
        context.close()
    if tabs != 5:  # I dag and the four areas
        return fail(f"smoke test: expected 5 tabs, found {tabs}")
    print(f"{APP_NAME} {__version__}: smoke test passed")
    return EXIT_OK


def _run_gui(data_dir: str | None, demo: bool = False, language: str | None = None,
             start_tab: int | None = None) -> int:
    from mtk_admin_desktop.app import run

    return run(data_dir, demo=demo, language=language, start_tab=start_tab)


def _store_failure(args: argparse.Namespace, exc: BaseException) -> int:
    """Tell what went wrong with the data files in the user's language; re-raise anything else."""
    from mtk_admin_desktop.commands.common import ensure_translations
    from mtk_admin_desktop.paths import default_data_dir
    from mtk_admin_desktop.services.failures import classify

    failure = classify(exc, getattr(args, "data_dir", None) or default_data_dir())
    if failure is None:
        if isinstance(exc, OSError):
            return fail(str(exc), EXIT_FAILED)
        raise exc
    ensure_translations(args)
    return fail(failure.message(), EXIT_FAILED)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Starting the window needs none of the command modules: without a command (or help) only the
    # top-level options are parsed, which saves importing every area's commands (~0.25 s of start-up).
    rest = ["help"] if {"-h", "--help"} & set(argv) else []
    if not rest:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        args = build_parser().parse_args(argv)
    from mtk_admin_desktop import log

    log.setup(verbose=bool(getattr(args, "verbose", False)))
    if args.smoke_test:
        return _smoke_test()
    handler = getattr(args, "handler", None)
    if handler is not None:
        logging.getLogger(__name__).info("command %s", getattr(args, "command", "?"))
        json_output.wanted, json_output.printed = bool(getattr(args, "json", False)), False
        try:
            return int(handler(args) or 0)
        except KeyboardInterrupt:
            return fail("Interrupted.", EXIT_FAILED)
        except BrokenPipeError:
            # Output piped into `head` or similar that stopped reading: not an error of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        except (sqlite3.Error, OSError, StoreTooNewError) as exc:
            # A damaged, read-only, full, busy or newer store: a plain message (never a traceback), exit 3.
            return _store_failure(args, exc)
    data_dir = getattr(args, "data_dir", None)
    if args.demo_if_new and data_dir is None:
        from mtk_admin_desktop.paths import Paths, default_data_dir

        if not Paths(default_data_dir()).exists():
            args.start = True
            return _demo(args)
    return _run_gui(data_dir, language=getattr(args, "lang", None), start_tab=args.tab)


if __name__ == "__main__":
    sys.exit(main())
