#!/usr/bin/env python3
"""Build MTK Admin Desktop for staff laptops: translations and icons, PyInstaller bundle, smoke test, package.

    python build_installer.py                          # every step, in order
    python build_installer.py --step translations      # compile i18n/*.qm, render the icons, version file
    python build_installer.py --step bundle            # PyInstaller one-folder bundle in dist/mtk-admin/
    python build_installer.py --step smoke             # check the bundle's contents and run it without Python
    python build_installer.py --step package           # .tar.gz (Linux), NSIS script/installer, .app (macOS)

Steps may be repeated (``--step bundle --step smoke``). ``--dist`` and ``--work`` choose where the results and
the intermediate files go (default ``dist/`` and ``build/installer/``). What cannot be built on this platform
is skipped with a line that says so. It needs the project's dependencies and PyInstaller (the ``build`` or
``test`` extra); run by a Python without them (a fresh clone), it sets up ``.venv`` like ``dev.py build``
does and reruns itself there. ``packaging/mtk_admin.spec`` imports this module, so the spec and the checks
share one set of rules.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = ROOT / "mtk_admin_desktop"
PACKAGING = ROOT / "packaging"
SPEC_FILE = PACKAGING / "mtk_admin.spec"
STEPS = ("translations", "bundle", "smoke", "package")
EXE_NAME = "mtk-admin"  # same as the gui-script in pyproject.toml
CLI_EXE_NAME = "mtk-admin-cli"  # Windows only: the console twin (a windowed .exe cannot print)
BUNDLE_NAME = "mtk-admin"
APP_ID = "mtk-admin-desktop"  # the desktop file name the app announces (QGuiApplication.setDesktopFileName)
DISPLAY_NAME = "MTK Admin Desktop"
PUBLISHER = "Midt-Telemark kommune"
MAC_BUNDLE_ID = "no.midt-telemark.mtk-admin-desktop"

# Qt modules every build needs besides what the sources import: QtSvg is linked by the SVG image-format and
# icon-engine plugins (all our icons are SVG); without it PyInstaller silently drops those plugins.
QT_ALWAYS = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})
# Whole families that must never reach the bundle, even if a dependency pulls them in (big, unused).
QT_FORBIDDEN = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt63D",
    "Qt6WebEngine",
    "Qt6Multimedia",
    "Qt6Designer",
    "Qt6Pdf",
    "Qt6Help",
    "Qt6Labs",
    "Qt6Lottie",
    "Qt6ShaderTools",
    "Qt6VirtualKeyboard",
    "Qt6Charts",
)

# Qt plugins, by type: None keeps every plugin of the type, a set keeps those (file stem without "lib").
# Types not listed are left out (eglfs integrations, qml tooling, designer, sql drivers, generic input...).
# Wayland is left out on purpose: Qt falls back to xcb, which every Linux desktop offers through XWayland.
PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif", "qwebp", "qicns"}),  # screenshots, icons
    "iconengines": frozenset({"qsvgicon"}),
    # Portal file dialogs and colours on GNOME/KDE; not qgtk3, which drags in GTK's whole cairo/pango stack
    # and mixes bundled with system GLib.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": None,  # ibus/compose: typing æ, ø, å on Linux
    "xcbglintegrations": None,
    "styles": None,  # Windows 11 look (qmodernwindowsstyle)
}
# Plugin types that come only with a Qt module; kept when the app uses that module.
PLUGINS_BY_MODULE: dict[str, dict[str, frozenset[str] | None]] = {
    "QtNetwork": {"tls": None, "networkinformation": None},
    "QtPrintSupport": {"printsupport": None},
}
# Qt's own catalogues: only nynorsk exists among ours (i18n.install loads qtbase_nn; bokmål is our own .ts).
QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(nb|nn|no)\.qm$")
# Python standard-library parts no staff laptop needs.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "test",
    "unittest.mock",
    "lib2to3",
    "idlelib",
    "pydoc_data",
    "turtle",
)
# Modules the bundle must contain (checked in the smoke step): what the app imports lazily or by name.
REQUIRED_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.fail",
    "keyring.backends.chainer",
    "holidays.countries.norway",
    "icalendar",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "xmlschema",
    "sqlite_utils",
    "platformdirs",
    "sqlite3",
)
# Modules that must stay out of the bundle (size, and proof that the exclusions work).
FORBIDDEN_MODULES = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtDesigner",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "tkinter",
)


class BuildError(RuntimeError):
    """A build step failed; the message says what to do."""


def say(message: str) -> None:
    print(message, flush=True)


def version() -> str:
    """The application's version, read from the package without importing Qt."""
    text = (PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not found:
        raise BuildError("mtk_admin_desktop/__init__.py has no __version__")
    return found.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def human_size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MiB"


def tree_size(path: Path) -> int:
    """Bytes in the files under ``path`` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


# ----------------------------------------------------------------------------------------------- Qt selection


def used_qt_modules(package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The PySide6 modules the application's sources import (``PySide6.QtX``, ``from PySide6 import QtX``)."""
    found: set[str] = set()
    dotted = re.compile(r"\bPySide6\.(Qt\w+)")
    grouped = re.compile(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")
    for source in package_dir.rglob("*.py"):
        text = source.read_text(encoding="utf-8", errors="replace")
        found.update(dotted.findall(text))
        for names in grouped.findall(text):
            found.update(n.strip() for n in names.split(",") if n.strip().startswith("Qt"))
    return found


def bundle_qt_modules(package_dir: Path = PACKAGE_DIR) -> set[str]:
    return used_qt_modules(package_dir) | set(QT_ALWAYS)


def available_qt_modules() -> set[str]:
    """The PySide6 modules installed here (extension files ``QtX.abi3.so`` / ``QtX.pyd``)."""
    import PySide6

    names = set()
    for path in Path(PySide6.__file__).parent.iterdir():
        match = re.match(r"^(Qt\w+?)(\.abi3)?\.(so|pyd)$", path.name) or re.match(
            r"^(Qt\w+?)\.cpython.*$", path.name
        )
        if match:
            names.add(match.group(1))
    return names


def qt_excludes(keep: Iterable[str], available: Iterable[str]) -> list[str]:
    """``PySide6.QtX`` for every installed module that is not kept, for PyInstaller's ``excludes``."""
    keep = set(keep)
    return sorted(f"PySide6.{m}" for m in available if m not in keep)


def _plugin_rules(modules: Iterable[str]) -> dict[str, frozenset[str] | None]:
    rules = dict(PLUGINS)
    for module in modules:
        rules.update(PLUGINS_BY_MODULE.get(module, {}))
    return rules


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _is_qt_library(name: str) -> bool:
    return re.match(r"^(lib)?Qt6\w+", name) is not None


def keep_bundle_file(dest: str, modules: Iterable[str]) -> bool:
    """Whether a file PyInstaller wants to collect (its path inside the bundle) belongs in ours.

    Decides Qt plugins (by type and name), Qt's translation catalogues, and the forbidden Qt libraries; every
    other file is kept.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1]
    if "PySide6" not in parts:
        return True
    if _is_qt_library(name) and name.replace("lib", "", 1).startswith(QT_FORBIDDEN):
        return False
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        kind = parts[index + 1]
        rules = _plugin_rules(modules)
        if kind not in rules:
            return False
        allowed = rules[kind]
        return allowed is None or _plugin_stem(name) in allowed
    if "translations" in parts and name.endswith(".qm"):
        return QT_TRANSLATION.match(name) is not None
    return True


def drop_dangling_links(entries: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop PyInstaller SYMLINK entries whose target was pruned (they would be broken links in the bundle)."""
    dests = {PurePosixPath(d.replace("\\", "/")) for d, _s, kind in entries if kind != "SYMLINK"}
    kept = []
    for dest, target, kind in entries:
        if kind == "SYMLINK":
            resolved = PurePosixPath(os.path.normpath(PurePosixPath(dest.replace("\\", "/")).parent / target))
            if resolved not in dests:
                continue
        kept.append((dest, target, kind))
    return kept


QT_HOOK = '''"""Generated by build_installer.py: PyInstaller's hook for {module}, minus left-out plugins."""
import os
import sys

sys.path.insert(0, {root!r})
import build_installer as bi  # noqa: E402
from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
# Filtered here, before PyInstaller follows the plugins' own library dependencies into the bundle.
binaries = [(src, dest) for src, dest in binaries
            if bi.keep_bundle_file(os.path.join(dest, os.path.basename(src)), {modules!r})]
datas = [(src, dest) for src, dest in datas
         if bi.keep_bundle_file(os.path.join(dest, os.path.basename(src)), {modules!r})]
'''


def write_qt_hooks(folder: Path, modules: Iterable[str]) -> Path:
    """Write hooks that replace PyInstaller's PySide6 module hooks, filtering plugins and translations early.

    Filtering the finished Analysis would be too late: by then the left-out plugins' libraries (Wayland,
    EGLFS, GTK and its cairo/pango stack) are already in. A hook in ``hookspath`` takes precedence.
    """
    folder.mkdir(parents=True, exist_ok=True)
    modules = sorted(modules)
    for module in modules:
        (folder / f"hook-PySide6.{module}.py").write_text(
            QT_HOOK.format(module=f"PySide6.{module}", root=str(ROOT), modules=modules), encoding="utf-8"
        )
    return folder


def holidays_data() -> list[tuple[str, str]]:
    """The holidays translations for Norway (all its languages); the default ``no`` one is required."""
    import holidays

    base = Path(holidays.__file__).parent
    found = [
        (str(mo), str(mo.parent.relative_to(base.parent)))
        for mo in sorted((base / "locale").glob("*/LC_MESSAGES/NO.mo"))
    ]
    if not any("/no/" in mo.replace("\\", "/") for mo, _ in found):
        raise BuildError("holidays has no Norwegian catalogue (locale/no/LC_MESSAGES/NO.mo)")
    return found


def app_data_files(generated: Path) -> list[tuple[str, str]]:
    """``resources/``, compiled ``i18n/*.qm`` and the rendered icon, as (source, folder in bundle)."""
    qms = sorted((ROOT / "i18n").glob("*.qm"))
    if not qms:
        raise BuildError(
            "No compiled catalogues in i18n/: run `python build_installer.py --step translations`."
        )
    data = [(str(qm), "i18n") for qm in qms]
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            data.append((str(path), str(path.parent.relative_to(ROOT))))
    data.append((str(generated / "app.png"), "resources/icons"))
    return data


# ------------------------------------------------------------------------------------------------ the steps


@dataclass
class Build:
    """Where one build reads and writes."""

    dist: Path
    work: Path

    @property
    def generated(self) -> Path:
        return self.work / "generated"

    @property
    def modules_file(self) -> Path:
        """The application's modules as they were when the bundle was built."""
        return self.generated / "app_modules.txt"

    @property
    def data_list_file(self) -> Path:
        """The catalogues and resources as they were when the bundle was built."""
        return self.generated / "app_files.txt"

    @property
    def bundle(self) -> Path:
        return self.dist / BUNDLE_NAME

    @property
    def executable(self) -> Path:
        return self.bundle / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))

    @property
    def console_executable(self) -> Path:
        """The executable whose output can be read: the console twin on Windows, else the program itself."""
        if sys.platform == "win32":
            return self.bundle / (CLI_EXE_NAME + ".exe")
        return self.executable

    @property
    def release_name(self) -> str:
        return f"{BUNDLE_NAME}-{version()}"


def step_translations(build: Build) -> None:
    """Compile every catalogue, render the icon files, write the Windows version resource."""
    say("== translations and resources")
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"], check=True, cwd=ROOT)
    stale = [
        ts.name
        for ts in sorted((ROOT / "i18n").glob("*.ts"))
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_size == 0
    ]
    if stale:
        raise BuildError(f"lrelease made no .qm for: {', '.join(stale)}")
    say(f"   compiled {len(list((ROOT / 'i18n').glob('*.qm')))} catalogues in i18n/")
    build.generated.mkdir(parents=True, exist_ok=True)
    render_icons(ROOT / "resources" / "icons" / "app.svg", build.generated)
    write_version_file(build.generated / "version_info.txt", version())
    say(f"   icons and version resource in {build.generated}")


def _render_png(renderer, size: int) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise BuildError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple icon types holding PNG data, by pixel size (ic11-ic14 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_icons(svg: Path, out_dir: Path) -> dict[str, Path]:
    """Render ``svg`` into app.png (256 px), a multi-size app.ico (Windows) and app.icns (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs an app for fonts
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"{svg} is not a valid SVG")
    pngs = {size: _render_png(renderer, size) for size in {*ICO_SIZES, *(s for _t, s in ICNS_TYPES)}}
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"png": out_dir / "app.png", "ico": out_dir / "app.ico", "icns": out_dir / "app.icns"}
    paths["png"].write_bytes(pngs[256])
    paths["ico"].write_bytes(ico_bytes([(s, pngs[s]) for s in ICO_SIZES]))
    paths["icns"].write_bytes(icns_bytes([(t, pngs[s]) for t, s in ICNS_TYPES]))
    return paths


def ico_bytes(images: Sequence[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(images: Sequence[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns whose entries are PNG data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def windows_version_tuple(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``: Windows version resources and NSIS want four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", text)[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def write_version_file(path: Path, text: str) -> None:
    """The version resource PyInstaller embeds in the Windows executable (ignored elsewhere)."""
    numbers = windows_version_tuple(text)
    path.write_text(
        f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041404B0', [
      StringStruct('CompanyName', {PUBLISHER!r}),
      StringStruct('FileDescription', {DISPLAY_NAME!r}),
      StringStruct('FileVersion', {text!r}),
      StringStruct('InternalName', {EXE_NAME!r}),
      StringStruct('OriginalFilename', {EXE_NAME + ".exe"!r}),
      StringStruct('ProductName', {DISPLAY_NAME!r}),
      StringStruct('ProductVersion', {text!r})])]),
    VarFileInfo([VarStruct('Translation', [0x0414, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def step_bundle(build: Build) -> None:
    """Run PyInstaller on packaging/mtk_admin.spec: a one-folder, windowed bundle in ``dist/mtk-admin``."""
    say("== bundle (PyInstaller)")
    for needed in ("app.png", "app.ico", "version_info.txt"):
        if not (build.generated / needed).exists():
            raise BuildError(f"{build.generated / needed} is missing: run `--step translations` first.")
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            "PyInstaller is not installed: `python3 dev.py build` (or pip install -e '.[build]')."
        ) from exc
    started = time.monotonic()
    # The application grows while it is built: remember which modules existed, so the smoke step checks the
    # bundle against the sources it was made from.
    build.generated.mkdir(parents=True, exist_ok=True)
    build.modules_file.write_text("\n".join(sorted(expected_app_modules())) + "\n", encoding="utf-8")
    build.data_list_file.write_text("\n".join(app_file_list()) + "\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(build.dist),
        "--workpath",
        str(build.work / "pyinstaller"),
        str(SPEC_FILE),
        "--",
        "--generated",
        str(build.generated),
    ]
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); see its output above.")
    for executable in {build.executable, build.console_executable}:
        if not executable.exists():
            raise BuildError(f"PyInstaller finished but {executable} is missing.")
    say(
        f"   bundle: {build.bundle} ({human_size(tree_size(build.bundle))}, "
        f"{time.monotonic() - started:.0f} s)"
    )


# ------------------------------------------------------------------------------------------------ smoke test


def bundle_internal(build: Build) -> Path:
    """The folder holding the bundle's libraries and data (``_internal`` since PyInstaller 6)."""
    internal = build.bundle / "_internal"
    return internal if internal.is_dir() else build.bundle


def bundled_modules(executable: Path) -> set[str]:
    """Names of the Python modules in the executable's embedded PYZ archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    names: set[str] = set()
    for name, entry in archive.toc.items():
        if entry[-1] == "z":  # typecode of an embedded PYZ
            names.update(archive.open_embedded_archive(name).toc)
    return names


def expected_app_modules(package_dir: Path = PACKAGE_DIR) -> set[str]:
    """Every module of the application's package, from the source tree."""
    modules = set()
    for source in package_dir.rglob("*.py"):
        parts = source.relative_to(package_dir.parent).with_suffix("").parts
        modules.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def built_app_modules(build: Build) -> set[str]:
    """The application modules the bundle must hold: those recorded at bundle time, else today's sources."""
    if build.modules_file.exists():
        return set(build.modules_file.read_text(encoding="utf-8").split())
    return expected_app_modules()


def required_files(build: Build) -> list[str]:
    """Files the bundle must have (relative to its internal folder), for this platform."""
    qt = "PySide6/" if sys.platform == "win32" else "PySide6/Qt/"
    plugin = {"win32": "{}.dll", "darwin": "lib{}.dylib"}.get(sys.platform, "lib{}.so")
    platforms = {"win32": ["qwindows", "qoffscreen"], "darwin": ["qcocoa", "qoffscreen"]}.get(
        sys.platform, ["qxcb", "qoffscreen"]
    )
    files = [f"{qt}plugins/platforms/{plugin.format(p)}" for p in platforms]
    files += [
        f"{qt}plugins/imageformats/{plugin.format('qsvg')}",
        f"{qt}plugins/imageformats/{plugin.format('qjpeg')}",
        f"{qt}plugins/iconengines/{plugin.format('qsvgicon')}",
        f"{qt}translations/qtbase_nn.qm",
        "holidays/locale/no/LC_MESSAGES/NO.mo",
        "resources/icons/app.svg",
        "resources/icons/app.png",
    ]
    if build.data_list_file.exists():
        files += build.data_list_file.read_text(encoding="utf-8").split()
    else:
        files += app_file_list()
    return files


def app_file_list() -> list[str]:
    """The application's own data files in the bundle: a compiled catalogue per ``.ts``, every resource."""
    files = [f"i18n/{ts.with_suffix('.qm').name}" for ts in sorted((ROOT / "i18n").glob("*.ts"))]
    files += [
        f"resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in sorted((ROOT / "resources").rglob("*"))
        if p.is_file()
    ]
    return files


def check_bundle_contents(build: Build) -> list[str]:
    """Problems with what the bundle holds: missing files and modules, forbidden Qt parts."""
    problems = []
    internal = bundle_internal(build)
    for rel in required_files(build):
        if not (internal / rel).exists():
            problems.append(f"missing file: {rel}")
    import xmlschema

    schemas = Path(xmlschema.__file__).parent / "schemas"
    if schemas.is_dir() and not (internal / "xmlschema" / "schemas").is_dir():
        problems.append("missing: xmlschema/schemas (the XSD meta-schemas)")
    for path in internal.rglob("*"):
        if _is_qt_library(path.name) and path.name.replace("lib", "", 1).startswith(QT_FORBIDDEN):
            problems.append(f"unwanted Qt library: {path.relative_to(internal)}")
        if path.suffix == ".qm" and "translations" in path.parts and not QT_TRANSLATION.match(path.name):
            problems.append(f"unwanted Qt translation: {path.name}")
    modules = bundled_modules(build.executable)
    for name in sorted(built_app_modules(build) - modules):
        problems.append(f"missing module: {name}")
    for name in REQUIRED_MODULES:
        if name not in modules:
            problems.append(f"missing module: {name}")
    for name in FORBIDDEN_MODULES:
        if name in modules or any((internal / "PySide6").glob(name.split(".")[-1] + ".*")):
            problems.append(f"unwanted module: {name}")
    return problems


def clean_environment(home: Path) -> dict[str, str]:
    """An environment with no Python to lean on: PATH is one empty folder, no PYTHON* or venv variables."""
    empty_bin = home / "bin-without-python"
    empty_bin.mkdir(parents=True, exist_ok=True)
    keep = ("LANG", "LC_ALL", "TZ", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        {
            "PATH": str(empty_bin),
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "MTK_ADMIN_DATA_DIR": str(home / "mtk-data"),
            "QT_QPA_PLATFORM": "offscreen",
            # No keyring daemon in a smoke test: the app must cope (it says so; no secrets go to files).
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def _hide_python_prefix() -> list[str]:
    """A command prefix that makes this machine's Python installations invisible, where the OS allows it.

    As root on Linux, ``unshare`` gives the child its own mount namespace in which empty folders are mounted
    over the Python prefixes; elsewhere the clean environment alone has to do.
    """
    # Absolute paths: the child's PATH is an empty folder.
    tools = [shutil.which(t) for t in ("unshare", "sh", "mount", "true")]
    if sys.platform != "linux" or os.geteuid() != 0 or None in tools:
        return []
    unshare, sh, mount, true = (str(t) for t in tools)
    if subprocess.run([unshare, "--mount", true], capture_output=True).returncode != 0:
        return []  # a container without the right to make mount namespaces
    prefixes = sorted({str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)})
    mounts = " && ".join(f"{mount} -t tmpfs none '{p}'" for p in prefixes)
    return [unshare, "--mount", sh, "-c", f'{mounts} && exec "$@"', "hide-python"]


def run_bundled(
    build: Build,
    args: Sequence[str],
    home: Path,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
    trace_file: Path | None = None,
    executable: Path | None = None,
) -> subprocess.CompletedProcess:
    """Run the bundled executable with ``args`` in a clean environment; Python folders hidden where possible.

    With ``trace_file`` (and strace installed) the files the program opens are written there.
    """
    tracer = []
    if trace_file is not None:
        strace = shutil.which("strace")
        if strace:
            tracer = [
                strace,
                "-f",
                "-qq",
                "-e",
                "trace=open,openat",
                "-e",
                "status=successful",
                "-o",
                str(trace_file),
            ]
    env = clean_environment(home)
    env.update(extra_env or {})
    # By default the executable whose output can be read (on Windows the console twin).
    command = [*_hide_python_prefix(), *tracer, str(executable or build.console_executable), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, cwd=home)


def loaded_plugins(qt_log: str) -> list[str]:
    """The plugin files Qt reports as loaded (``QT_DEBUG_PLUGINS=1`` output)."""
    return re.findall(r'"([^"]+)" loaded library', qt_log)


def opened_files(trace: str) -> list[str]:
    """The paths an strace log shows as successfully opened."""
    return re.findall(r'open(?:at)?\((?:(?:AT_FDCWD|\d+), )?"([^"]+)"', trace)


def check_opened_files(build: Build, files: Sequence[str], language_files: Sequence[str]) -> list[str]:
    """Problems in what the bundled program opened: files of a Python installation, catalogues not loaded."""
    problems = []
    bundle = str(build.bundle.resolve())
    prefixes = {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    for path in files:
        if any(path == p or path.startswith(p + os.sep) for p in prefixes) and not path.startswith(bundle):
            problems.append(f"the bundle opened a file of this machine's Python: {path}")
    for wanted in language_files:
        if not any(path.startswith(bundle) and path.endswith(wanted) for path in files):
            problems.append(f"the bundle did not load its catalogue {wanted}")
    return problems


class VirtualDisplay:
    """An Xvfb server on a free display number, for checking the bundle's xcb platform plugin."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> VirtualDisplay:
        import select

        xvfb = shutil.which("Xvfb")
        if xvfb is None or sys.platform != "linux":
            return self
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=[write_fd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as reader:
            ready, _w, _x = select.select([reader], [], [], 20)
            number = reader.readline().strip() if ready else ""
        if number.isdigit():
            self.display = f":{number}"
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def step_smoke(build: Build) -> None:
    """Check the bundle's contents, then run ``--version`` and ``--smoke-test`` with no Python to lean on.

    The smoke test runs offscreen (with Qt's plugin log and, where strace exists, a log of the files opened)
    and, where Xvfb is installed, once more on a real X display through the bundled xcb plugin.
    """
    say("== smoke test")
    if not build.executable.exists():
        raise BuildError(f"No bundle at {build.bundle}: run `--step bundle` first.")
    problems = check_bundle_contents(build)
    if problems:
        raise BuildError("The bundle is incomplete:\n   " + "\n   ".join(problems))
    say(
        f"   contents: {len(required_files(build))} required files and all {len(built_app_modules(build))} "
        "application modules present, no unwanted Qt parts"
    )
    hidden = bool(_hide_python_prefix())
    with tempfile.TemporaryDirectory(prefix="mtk-bundle-smoke-") as tmp:
        home = Path(tmp)
        expected_version = f"{DISPLAY_NAME} {version()}"
        result = run_bundled(build, ["--version"], home)
        if result.returncode != 0 or expected_version not in result.stdout:
            raise BuildError(f"--version failed (exit {result.returncode}): {result.stdout}{result.stderr}")
        say(f"   --version: {result.stdout.strip()}")

        trace = home / "opened.trace"
        result = run_bundled(
            build, ["--smoke-test"], home, extra_env={"QT_DEBUG_PLUGINS": "1"}, trace_file=trace
        )
        if result.returncode != 0 or "smoke test passed" not in result.stdout:
            raise BuildError(
                f"--smoke-test failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        say(f"   --smoke-test (offscreen): {result.stdout.strip()}")
        plugins = loaded_plugins(result.stderr)
        outside = [p for p in plugins if not Path(p).resolve().is_relative_to(build.bundle.resolve())]
        if outside:
            raise BuildError("Qt loaded plugins from outside the bundle: " + ", ".join(outside))
        if not any("qoffscreen" in p for p in plugins):
            raise BuildError("Qt's plugin log shows no offscreen platform plugin loaded from the bundle")
        say(f"   Qt plugins loaded, all from the bundle: {', '.join(sorted(Path(p).name for p in plugins))}")
        if trace.exists():
            wanted = [
                "qtbase_nn.qm",
                *(f"i18n/{qm.name}" for qm in sorted((bundle_internal(build) / "i18n").glob("*_nn.qm"))),
            ]
            problems = check_opened_files(build, opened_files(trace.read_text(errors="replace")), wanted)
            if problems:
                raise BuildError("\n   ".join(problems))
            say(f"   strace: no file of this machine's Python opened; catalogues loaded: {', '.join(wanted)}")
        else:
            say("   strace not installed: the files the bundle opens were not checked")
        if (home / "mtk-data").exists() and any((home / "mtk-data").iterdir()):
            raise BuildError("--smoke-test wrote into the user data directory; it must use a temporary store")
        if build.console_executable != build.executable:
            # The windowed program prints nothing, but its exit status still tells.
            result = run_bundled(build, ["--smoke-test"], home, executable=build.executable)
            if result.returncode != 0:
                raise BuildError(f"{build.executable.name} --smoke-test failed (exit {result.returncode})")
            say(f"   {build.executable.name} --smoke-test (windowed): exit 0")

        with VirtualDisplay() as display:
            if display.display:
                result = run_bundled(
                    build,
                    ["--smoke-test"],
                    home,
                    extra_env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display.display, "QT_DEBUG_PLUGINS": "1"},
                )
                plugins = loaded_plugins(result.stderr)
                if result.returncode != 0 or not any("qxcb" in p for p in plugins):
                    raise BuildError(
                        f"--smoke-test on X11 (xcb) failed (exit {result.returncode}):\n"
                        f"{result.stdout}{result.stderr[-3000:]}"
                    )
                say(f"   --smoke-test (xcb on Xvfb {display.display}): passed")
            elif sys.platform == "linux":
                say("   xcb: not checked: Xvfb is not installed (Debian package xvfb)")
    say(
        "   ran with PATH holding no Python, no PYTHONPATH/PYTHONHOME"
        + (
            ", and this machine's Python folders hidden (unshare)"
            if hidden
            else " (could not hide this machine's Python folders: needs root and unshare on Linux)"
        )
    )
    report_size(build)


def report_size(build: Build) -> int:
    """Print the bundle's size and its biggest parts; returns the size in bytes."""
    total = tree_size(build.bundle)
    say(
        f"   bundle size: {human_size(total)} in "
        f"{sum(1 for p in build.bundle.rglob('*') if p.is_file())} files"
    )
    biggest = sorted(
        (p for p in build.bundle.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size, reverse=True
    )[:8]
    for path in biggest:
        say(f"      {human_size(path.stat().st_size):>10}  {path.relative_to(build.bundle)}")
    return total


# ------------------------------------------------------------------------------------------------ packaging


def desktop_entry(exec_path: str, icon_path: str) -> str:
    """The Linux ``.desktop`` file from its template."""
    template = (PACKAGING / "linux" / f"{APP_ID}.desktop.in").read_text(encoding="utf-8")
    return (
        template.replace("@EXEC@", exec_path)
        .replace("@ICON@", icon_path)
        .replace("@VERSION@", version())
        .replace("@APP_ID@", APP_ID)
    )


def package_linux(build: Build) -> Path:
    """``dist/mtk-admin-<version>-linux-<arch>.tar.gz``: the bundle, its icon and a ``.desktop`` file."""
    top = build.release_name
    archive = build.dist / f"{top}-{platform_tag()}.tar.gz"
    install_dir = f"/opt/{APP_ID}"
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp)
        (extra / f"{APP_ID}.desktop").write_text(
            desktop_entry(f"{install_dir}/{EXE_NAME}", f"{install_dir}/{APP_ID}.png"), encoding="utf-8"
        )
        shutil.copy2(build.generated / "app.png", extra / f"{APP_ID}.png")
        shutil.copy2(PACKAGING / "linux" / "install.sh", extra / "install.sh")
        validator = shutil.which("desktop-file-validate")
        if validator:
            result = subprocess.run(
                [validator, str(extra / f"{APP_ID}.desktop")], capture_output=True, text=True
            )
            if result.returncode != 0 or "error" in result.stdout.lower():
                raise BuildError(f"desktop-file-validate: {result.stdout}{result.stderr}")

        def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
            # Reproducible, and no build user's name inside the archive.
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            return info

        with tarfile.open(archive, "w:gz") as tar:
            tar.add(build.bundle, arcname=f"{top}/{APP_ID}", filter=normalise)
            for path in sorted(extra.iterdir()):
                tar.add(path, arcname=f"{top}/{path.name}", filter=normalise)
    say(
        f"   linux: {archive} ({human_size(archive.stat().st_size)})"
        + ("" if validator else "; desktop-file-validate not installed, .desktop file not validated")
    )
    return archive


def nsis_script(bundle_dir: Path, icon: Path, out_file: Path) -> str:
    """The NSIS installer script, from ``packaging/windows/installer.nsi.in``."""
    numbers = ".".join(str(n) for n in windows_version_tuple(version()))
    values = {
        "@DISPLAY_NAME@": DISPLAY_NAME,
        "@PUBLISHER@": PUBLISHER,
        "@VERSION@": version(),
        "@VERSION4@": numbers,
        "@APP_ID@": APP_ID,
        "@EXE_NAME@": EXE_NAME + ".exe",
        "@CLI_EXE_NAME@": CLI_EXE_NAME + ".exe",
        "@BUNDLE_DIR@": str(bundle_dir),
        "@ICON@": str(icon),
        "@OUT_FILE@": str(out_file),
    }
    text = (PACKAGING / "windows" / "installer.nsi.in").read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(key, value)
    leftover = re.findall(r"@[A-Z0-9_]+@", text)
    if leftover:
        raise BuildError(f"installer.nsi.in has unknown placeholders: {', '.join(sorted(set(leftover)))}")
    return text


def make_stand_in_bundle(folder: Path) -> Path:
    """A tiny folder shaped like the Windows bundle, so makensis can check the script on any platform."""
    (folder / "_internal").mkdir(parents=True, exist_ok=True)
    (folder / f"{EXE_NAME}.exe").write_bytes(b"stand-in: not a Windows program\n")
    (folder / "_internal" / "stand-in.txt").write_text(
        "stand-in for the bundle's libraries\n", encoding="utf-8"
    )
    return folder


def compile_nsis(script: Path) -> subprocess.CompletedProcess:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise FileNotFoundError("makensis")
    # -V2: warnings and errors only; -WX: a warning is an error, so a sloppy script never passes.
    return subprocess.run(
        [makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8", str(script)], capture_output=True, text=True
    )


def package_windows(build: Build) -> Path | None:
    """Write the NSIS script; compile it (the installer on Windows, a syntax check elsewhere)."""
    script = build.dist / f"{build.release_name}-setup.nsi"
    installer = build.dist / f"{build.release_name}-windows-setup.exe"
    if sys.platform == "win32":
        script.write_text(nsis_script(build.bundle, build.generated / "app.ico", installer), encoding="utf-8")
        try:
            result = compile_nsis(script)
        except FileNotFoundError:
            say(f"   windows: script written ({script}); installer skipped: makensis (NSIS) is not on PATH")
            return None
        if result.returncode != 0:
            raise BuildError(f"makensis failed:\n{result.stdout}{result.stderr}")
        say(f"   windows: {installer} ({human_size(installer.stat().st_size)})")
        return installer
    # Elsewhere there is no Windows bundle: keep a script for IT to build on Windows (paths relative to it),
    # and prove its syntax by compiling a copy against a stand-in folder into a throw-away file.
    script.write_text(nsis_script(Path(BUNDLE_NAME), Path("app.ico"), Path(installer.name)), encoding="utf-8")
    shutil.copy2(build.generated / "app.ico", build.dist / "app.ico")
    with tempfile.TemporaryDirectory(prefix="mtk-nsis-") as tmp:
        stand_in = make_stand_in_bundle(Path(tmp) / "bundle")
        check = Path(tmp) / "check.nsi"
        check.write_text(
            nsis_script(stand_in, build.generated / "app.ico", Path(tmp) / "check-setup.exe"),
            encoding="utf-8",
        )
        try:
            result = compile_nsis(check)
        except FileNotFoundError:
            say(
                f"   windows: script written ({script}); syntax NOT checked: makensis is not installed "
                "(Debian package nsis)"
            )
            return script
        if result.returncode != 0:
            raise BuildError(f"makensis rejected the installer script:\n{result.stdout}{result.stderr}")
    say(
        f"   windows: script {script.name} written and compiled by makensis against a stand-in folder "
        "(syntax OK); the installer itself is built on Windows (see docs/installer.md)"
    )
    return script


def package_macos(build: Build) -> Path | None:
    """Zip the ``.app`` that PyInstaller made on macOS (``ditto`` keeps its links and permissions)."""
    app = build.dist / f"{DISPLAY_NAME}.app"
    if sys.platform != "darwin":
        say("   macos: skipped: a macOS .app can only be built on macOS (see packaging/macos/README.md)")
        return None
    if not app.is_dir():
        raise BuildError(f"{app} is missing: the spec makes it on macOS; run `--step bundle` first.")
    archive = build.dist / f"{build.release_name}-{platform_tag()}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    say(f"   macos: {archive} ({human_size(archive.stat().st_size)}); not signed or notarised")
    return archive


def step_package(build: Build) -> None:
    """Package for every platform this machine can; say what is skipped and why."""
    say("== package")
    if not build.executable.exists():
        raise BuildError(f"No bundle at {build.bundle}: run `--step bundle` first.")
    if sys.platform.startswith("linux"):
        package_linux(build)
    else:
        say("   linux: skipped: the .tar.gz is made from a Linux bundle, on Linux")
    package_windows(build)
    package_macos(build)


# What the build imports: the application's dependencies (the bundle is made from them) and PyInstaller.
BUILD_MODULES = (
    "PySide6",
    "PyInstaller",
    "keyring",
    "holidays",
    "icalendar",
    "cryptography",
    "xmlschema",
    "sqlite_utils",
    "platformdirs",
)
REEXEC_MARK = "MTK_BUILD_INSTALLER_IN_VENV"


def missing_build_modules() -> list[str]:
    import importlib.util

    return [name for name in BUILD_MODULES if importlib.util.find_spec(name) is None]


def run_in_project_venv(argv: Sequence[str]) -> int | None:
    """From a fresh clone ``python build_installer.py`` has no dependencies: set up ``.venv`` and rerun there.

    Returns the rerun's exit status, or None when this interpreter already has everything.
    """
    missing = missing_build_modules()
    if not missing:
        return None
    if os.environ.get(REEXEC_MARK):
        raise BuildError(f"still missing in {sys.executable}: {', '.join(missing)}")
    say(
        f"{', '.join(missing)} not installed for {sys.executable}: setting up .venv with the test and build "
        "extras (as `python3 dev.py build` does)"
    )
    sys.path.insert(0, str(ROOT))
    import dev

    dev.ensure_venv("test,build")
    env = {**os.environ, REEXEC_MARK: "1"}
    return subprocess.call([str(dev.PY), str(Path(__file__).resolve()), *argv], cwd=ROOT, env=env)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--step",
        action="append",
        choices=STEPS,
        help="run only this step (repeatable); default: all, in order",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where results go (default dist/)")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "installer",
        help="intermediate files (default build/installer/)",
    )
    args = parser.parse_args(argv)
    try:
        rerun = run_in_project_venv(argv)
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build_installer: cannot set up the build environment: {exc}", file=sys.stderr)
        return 1
    if rerun is not None:
        return rerun
    build = Build(dist=args.dist.resolve(), work=args.work.resolve())
    chosen = [s for s in STEPS if s in (args.step or STEPS)]
    actions = {
        "translations": step_translations,
        "bundle": step_bundle,
        "smoke": step_smoke,
        "package": step_package,
    }
    say(f"{DISPLAY_NAME} {version()} on {platform_tag()}: {', '.join(chosen)}")
    try:
        for step in chosen:
            actions[step](build)
    except BuildError as exc:
        print(f"build_installer: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(
            f"build_installer: {' '.join(map(str, exc.cmd))} failed (exit {exc.returncode})", file=sys.stderr
        )
        return 1
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
