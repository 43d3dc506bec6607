"""The installer's rules without building: Qt selection, icons, NSIS script, .desktop file, smoke logs."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402

QT = "PySide6/Qt/plugins"
ALL_MODULES = bi.bundle_qt_modules()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/platforms/libqxcb.so", True),
        (f"{QT}/platforms/libqoffscreen.so", True),
        (f"{QT}/platforms/libqwayland.so", False),
        (f"{QT}/platforms/libqeglfs.so", False),
        (f"{QT}/platforms/libqvnc.so", False),
        (f"{QT}/imageformats/libqsvg.so", True),
        (f"{QT}/imageformats/libqjpeg.so", True),
        (f"{QT}/imageformats/libqpdf.so", False),
        (f"{QT}/imageformats/libqtiff.so", False),
        (f"{QT}/iconengines/libqsvgicon.so", True),
        (f"{QT}/platformthemes/libqgtk3.so", False),
        (f"{QT}/platformthemes/libqxdgdesktopportal.so", True),
        (f"{QT}/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        (f"{QT}/qmltooling/libqmldbg_debugger.so", False),
        (f"{QT}/sqldrivers/libqsqlite.so", False),
        (f"{QT}/tls/libqopensslbackend.so", False),  # QtNetwork is not used
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),  # Windows: no Qt/ folder, backslashes
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickControls2.so.6", False),
        ("PySide6\\Qt6WebEngineCore.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/translations/qtbase_nn.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_nn.qm", False),
        ("i18n/core_nb.qm", True),  # ours, outside PySide6
        ("holidays/locale/no/LC_MESSAGES/NO.mo", True),
    ],
)
def test_keep_bundle_file_decides_qt_plugins_translations_and_libraries(dest: str, kept: bool) -> None:
    assert bi.keep_bundle_file(dest, ALL_MODULES) is kept


def test_plugins_of_a_module_come_only_when_the_app_uses_it() -> None:
    dest = f"{QT}/printsupport/libcupsprintersupport.so"
    assert not bi.keep_bundle_file(dest, {"QtCore", "QtGui", "QtWidgets"})
    assert bi.keep_bundle_file(dest, {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"})


def test_used_qt_modules_reads_every_import_style(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "a.py").write_text("from PySide6.QtCore import Qt\nimport PySide6.QtGui\n", encoding="utf-8")
    (package / "ui" / "b.py").write_text(
        "from PySide6 import (\n    QtPrintSupport,\n    QtSvg,\n)\n", encoding="utf-8"
    )
    (package / "c.py").write_text("x = 'no Qt here'\n", encoding="utf-8")
    assert bi.used_qt_modules(package) == {"QtCore", "QtGui", "QtPrintSupport", "QtSvg"}
    # Essentials the bundle always needs (QtSvg for the SVG plugins) are added to what is imported.
    assert bi.bundle_qt_modules(package) >= {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}


def test_qt_excludes_leave_out_every_unused_installed_module() -> None:
    available = bi.available_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= available
    excluded = bi.qt_excludes(ALL_MODULES, available)
    assert "PySide6.QtWidgets" not in excluded
    for heavy in ("QtQml", "QtQuick", "QtDesigner"):
        if heavy in available:
            assert f"PySide6.{heavy}" in excluded


def test_the_app_itself_uses_only_qt_modules_the_bundle_keeps() -> None:
    """If an area starts using a Qt module, the bundle follows (the spec reads the same list)."""
    used = bi.used_qt_modules()
    assert used, "the application imports Qt"
    assert used <= bi.bundle_qt_modules()
    assert not any(m.startswith(("QtQml", "QtQuick", "QtWebEngine", "Qt3D")) for m in used)


def test_render_icons_makes_valid_png_ico_and_icns(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QImage, QImageReader

    paths = bi.render_icons(ROOT / "resources" / "icons" / "app.svg", tmp_path)
    png = QImage(str(paths["png"]))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() > 0, "the icon is not empty in the middle"

    data = paths["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(bi.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == list(bi.ICO_SIZES)
    reader = QImageReader(str(paths["ico"]))  # Qt's own ico plugin can read what Windows will read
    assert reader.canRead(), reader.errorString()

    icns = paths["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kinds.append(icns[position : position + 4])
        length = struct.unpack(">I", icns[position + 4 : position + 8])[0]
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        position += length
    assert position == len(icns)
    assert kinds == [k for k, _s in bi.ICNS_TYPES]


@pytest.mark.qt_log_ignore("Cannot read file")
def test_render_icons_refuses_a_broken_svg(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not xml", encoding="utf-8")
    with pytest.raises(bi.BuildError, match="not a valid SVG"):
        bi.render_icons(broken, tmp_path / "out")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4.5.6", (2, 3, 4, 5)), ("1.0.0rc2", (1, 0, 0, 2))],
)
def test_windows_version_has_four_numbers(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert bi.windows_version_tuple(text) == numbers


def test_version_comes_from_the_package() -> None:
    from mtk_admin_desktop import __version__

    assert bi.version() == __version__


def test_nsis_script_is_per_user_keeps_data_and_has_everything_filled(tmp_path: Path) -> None:
    script = bi.nsis_script(Path("C:/build/mtk-admin"), Path("C:/build/app.ico"), Path("setup.exe"))
    assert "@" not in "".join(line for line in script.splitlines() if not line.lstrip().startswith(";"))
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert '!define APP_NAME "MTK Admin Desktop"' in script
    assert "HKLM" not in script, "a per-user install writes nothing machine-wide"
    assert "$SMPROGRAMS\\${APP_NAME}.lnk" in script
    assert "WriteUninstaller" in script
    # Upgrade in place: the previous folder is reused, and only program files are replaced.
    assert 'ReadRegStr $0 HKCU "${SETTINGS_KEY}" "InstallDir"' in script
    assert "$LOCALAPPDATA\\${APP_ID}" in script  # the data folder is guarded, never the install folder
    uninstall = script[script.index('Section "Uninstall"') :]
    # The uninstaller removes the program's own files only: never the whole folder tree, never the data.
    assert 'RMDir /r "$INSTDIR"\n' not in uninstall
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    assert 'RMDir /r "$LOCALAPPDATA' not in uninstall and 'Delete "$LOCALAPPDATA' not in uninstall
    assert f'!define APP_VERSION "{bi.version()}"' in script


def test_nsis_script_with_an_unknown_placeholder_is_refused(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    packaging = tmp_path / "packaging" / "windows"
    packaging.mkdir(parents=True)
    text = (bi.PACKAGING / "windows" / "installer.nsi.in").read_text(encoding="utf-8")
    (packaging / "installer.nsi.in").write_text(text + '\n!define OOPS "@NOT_KNOWN@"\n', encoding="utf-8")
    monkeypatch.setattr(bi, "PACKAGING", tmp_path / "packaging")
    with pytest.raises(bi.BuildError, match="@NOT_KNOWN@"):
        bi.nsis_script(Path("b"), Path("i.ico"), Path("o.exe"))


def _compile_against_stand_in(tmp_path: Path, extra: str = "") -> subprocess.CompletedProcess:
    icon = bi.render_icons(ROOT / "resources" / "icons" / "app.svg", tmp_path / "icons")["ico"]
    stand_in = bi.make_stand_in_bundle(tmp_path / "bundle")
    script = tmp_path / "check.nsi"
    script.write_text(
        bi.nsis_script(stand_in, icon, tmp_path / "mtk-installer-check.exe") + extra, encoding="utf-8"
    )
    return bi.compile_nsis(script)


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis (Debian package nsis) is not installed"
)
def test_makensis_compiles_the_installer_script(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    result = _compile_against_stand_in(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "mtk-installer-check.exe").read_bytes()[:2] == b"MZ", (
        "makensis wrote a Windows executable"
    )


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis (Debian package nsis) is not installed"
)
def test_makensis_check_fails_on_a_broken_script(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    result = _compile_against_stand_in(tmp_path, '\nSection "Broken"\n  NoSuchInstruction 1\nSectionEnd\n')
    assert result.returncode != 0


def test_desktop_entry_points_at_the_bundle_and_names_the_app_id() -> None:
    text = bi.desktop_entry(
        "/opt/mtk-admin-desktop/mtk-admin", "/opt/mtk-admin-desktop/mtk-admin-desktop.png"
    )
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].startswith('"/opt/mtk-admin-desktop/mtk-admin"')
    assert entry["Icon"] == "/opt/mtk-admin-desktop/mtk-admin-desktop.png"
    assert entry["StartupWMClass"] == bi.APP_ID  # matches QGuiApplication.setDesktopFileName
    assert entry["Terminal"] == "false"
    assert "@" not in text


def test_linux_install_script_is_valid_shell() -> None:
    script = bi.PACKAGING / "linux" / "install.sh"
    assert os.access(script, os.X_OK)
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0


def test_dangling_symlinks_are_dropped_with_their_target() -> None:
    entries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
    ]
    assert bi.drop_dangling_links(entries) == entries[:2]


def test_smoke_log_parsing_finds_plugins_and_foreign_python_files(tmp_path: Path) -> None:
    qt_log = (
        'qt.core.library: "/b/mtk-admin/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so" '
        'loaded library\nqt.core.library: "/b/x.so" unloaded library\n'
    )
    assert bi.loaded_plugins(qt_log) == [
        "/b/mtk-admin/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so"
    ]

    build = bi.Build(dist=tmp_path, work=tmp_path / "w")
    inside = str(build.bundle.resolve() / "_internal" / "i18n" / "core_nn.qm")
    foreign = str(Path(sys.base_prefix).resolve() / "lib" / "python3.11" / "os.py")
    trace = f'12 openat(AT_FDCWD, "{inside}", O_RDONLY|O_CLOEXEC) = 4\n12 open("{foreign}", O_RDONLY) = 5\n'
    files = bi.opened_files(trace)
    assert files == [inside, foreign]
    problems = bi.check_opened_files(build, files, ["i18n/core_nn.qm", "qtbase_nn.qm"])
    assert any("this machine's Python" in p for p in problems)
    assert any("qtbase_nn.qm" in p for p in problems)
    assert bi.check_opened_files(build, [inside], ["i18n/core_nn.qm"]) == []


def test_clean_environment_has_no_python_to_lean_on(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("PYTHONHOME", "/elsewhere")
    monkeypatch.setenv("VIRTUAL_ENV", "/venv")
    env = bi.clean_environment(tmp_path)
    assert not [k for k in env if k.startswith("PYTHON") and k != "PYTHON_KEYRING_BACKEND"]
    assert "VIRTUAL_ENV" not in env
    assert os.pathsep not in env["PATH"] and not any(Path(env["PATH"]).iterdir())
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert Path(env["MTK_ADMIN_DATA_DIR"]).is_relative_to(tmp_path)


def test_steps_without_a_bundle_fail_with_a_clear_message(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code = bi.main(["--step", "smoke", "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")])
    assert code == 1
    assert "run `--step bundle` first" in capsys.readouterr().err
    code = bi.main(["--step", "bundle", "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")])
    assert code == 1
    assert "run `--step translations` first" in capsys.readouterr().err


def test_holidays_data_includes_the_norwegian_catalogue() -> None:
    data = bi.holidays_data()
    dests = {dest.replace("\\", "/") for _src, dest in data}
    assert "holidays/locale/no/LC_MESSAGES" in dests
    assert all(Path(src).name == "NO.mo" for src, _dest in data)


def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    from tests.helpers import require_tool

    require_tool("desktop-file-validate", "desktop-file-utils")
    path = tmp_path / f"{bi.APP_ID}.desktop"
    path.write_text(bi.desktop_entry("/opt/x/mtk-admin", "/opt/x/icon.png"), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_fresh_clone_bootstrap_is_needed_only_without_dependencies(monkeypatch) -> None:  # noqa: ANN001
    """``python build_installer.py`` in a venv with everything runs directly; a rerun still missing fails."""
    assert bi.missing_build_modules() == []
    assert bi.run_in_project_venv([]) is None
    monkeypatch.setattr(bi, "BUILD_MODULES", (*bi.BUILD_MODULES, "no_such_module_for_mtk"))
    monkeypatch.setenv(bi.REEXEC_MARK, "1")  # as after the rerun in .venv: no endless loop
    with pytest.raises(bi.BuildError, match="no_such_module_for_mtk"):
        bi.run_in_project_venv([])
