"""The whole installer build, as IT runs it: bundle in a temporary folder, smoke-tested, packaged."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402

pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extra (pyproject.toml)")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[bi.Build, str]:
    """Run ``python build_installer.py`` (every step) into a temporary folder, once for this module."""
    base = tmp_path_factory.mktemp("installer")
    build = bi.Build(dist=base / "dist", work=base / "work")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--dist",
            str(build.dist),
            "--work",
            str(build.work),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    return build, result.stdout


@pytest.mark.slow
def test_build_produces_a_bundle_that_passes_its_smoke_test_without_python(built) -> None:  # noqa: ANN001
    build, output = built
    assert build.executable.exists()
    assert f"--version: {bi.DISPLAY_NAME} {bi.version()}" in output
    assert "--smoke-test (offscreen): " in output and "smoke test passed" in output
    assert "Qt plugins loaded, all from the bundle" in output
    assert "no PYTHONPATH/PYTHONHOME" in output
    # The bundle really holds no Python of its own beside the embedded one, and no unused Qt parts.
    internal = bi.bundle_internal(build)
    assert not list(build.bundle.rglob("python3")) and not list(build.bundle.rglob("python.exe"))
    assert not [p for p in internal.rglob("*Qt6Qml*")] and not [p for p in internal.rglob("*Qt6Quick*")]
    translations = {p.name for p in internal.rglob("translations/*.qm")}
    assert translations and all(bi.QT_TRANSLATION.match(name) for name in translations)


@pytest.mark.slow
def test_bundle_is_reported_and_kept_small(built) -> None:  # noqa: ANN001
    build, output = built
    assert "bundle size: " in output
    size = bi.tree_size(build.bundle)
    # 198 MiB on Linux (4 Dec 2026): 131 MiB before Typst, 31 of them ICU's data that QtCore needs, + 65
    # MiB for Typst (stripped), which writes the yearly list as tagged PDF/UA-1 (issue 16, docs/register.md:
    # no smaller engine can tag). The unpruned bundle was 168 MiB before Typst.
    assert size < 210 * 1_048_576, f"the bundle grew to {bi.human_size(size)}"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .tar.gz is made on Linux")
def test_linux_archive_holds_bundle_desktop_file_and_installer(built) -> None:  # noqa: ANN001
    build, output = built
    archive = build.dist / f"{build.release_name}-{bi.platform_tag()}.tar.gz"
    assert archive.exists(), output
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        top = build.release_name
        assert f"{top}/{bi.APP_ID}/{bi.EXE_NAME}" in names
        assert f"{top}/{bi.APP_ID}.desktop" in names
        assert f"{top}/{bi.APP_ID}.png" in names
        assert f"{top}/install.sh" in names
        assert tar.getmember(f"{top}/{bi.APP_ID}/{bi.EXE_NAME}").mode & 0o111
        assert all(m.uname == "root" for m in tar.getmembers())
        desktop = tar.extractfile(f"{top}/{bi.APP_ID}.desktop").read().decode()  # type: ignore[union-attr]
    assert f'Exec="/opt/{bi.APP_ID}/{bi.EXE_NAME}"' in desktop


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("sh") is None, reason="Linux install"
)
def test_install_script_installs_and_upgrades_for_one_user(built, tmp_path: Path) -> None:  # noqa: ANN001
    """``install.sh --user`` from the archive gives a working program and menu entry; again = upgrade."""
    build, _output = built
    archive = build.dist / f"{build.release_name}-{bi.platform_tag()}.tar.gz"
    with tarfile.open(archive) as tar:
        # The "tar" filter (keeps permissions, refuses paths outside the folder) exists from 3.11.4 on.
        options = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        tar.extractall(tmp_path / "unpacked", **options)  # noqa: S202 - our own archive
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    script = tmp_path / "unpacked" / build.release_name / "install.sh"
    for _round in range(2):
        result = subprocess.run([str(script), "--user"], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    installed = home / ".local" / "opt" / bi.APP_ID
    desktop = (home / ".local" / "share" / "applications" / f"{bi.APP_ID}.desktop").read_text()
    assert f'Exec="{installed}/{bi.EXE_NAME}"' in desktop and f"Icon={installed}/{bi.APP_ID}.png" in desktop
    assert not (installed.parent / f"{bi.APP_ID}.old").exists()
    result = subprocess.run(
        [str(installed / bi.EXE_NAME), "--version"],
        env=bi.clean_environment(tmp_path / "h"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and bi.version() in result.stdout


@pytest.mark.slow
def test_windows_script_is_written_and_checked(built) -> None:  # noqa: ANN001
    build, output = built
    script = build.dist / f"{build.release_name}-setup.nsi"
    assert script.exists()
    if shutil.which("makensis"):
        assert "compiled by makensis against a stand-in folder (syntax OK)" in output
    else:
        assert "syntax NOT checked" in output


@pytest.mark.slow
def test_contents_check_notices_a_missing_plugin(built, tmp_path: Path) -> None:  # noqa: ANN001
    """The smoke step's contents check can fail: a copy of the bundle without the SVG plugin is refused."""
    build, _output = built
    copy = bi.Build(dist=tmp_path / "dist", work=build.work)
    shutil.copytree(build.bundle, copy.bundle, symlinks=True)
    svg = next(bi.bundle_internal(copy).rglob("plugins/imageformats/*qsvg*"))
    svg.unlink()
    problems = bi.check_bundle_contents(copy)
    assert any("imageformats" in p and "qsvg" in p for p in problems), problems
