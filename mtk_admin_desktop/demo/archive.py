"""Demo data of the archive area: older items in a package on a stand-in USB stick, one journalført."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from mtk_admin_desktop.services.context import AppContext

DEMO_FOLDER = "arkiv-usb-demo"


def populate(context: AppContext, today: dt.date) -> None:
    """Export the items older than a week to a folder in the demo store, and journalføre the oldest."""
    from mtk_admin_desktop.services.archive_package import BuildInput

    cutoff = today - dt.timedelta(days=7)
    rows = context.archive.backlog(date_to=cutoff, statuses=("pending",))
    if not rows:
        return
    keys = [(r.kind, r.item_id) for r in rows]
    items = context.archive.items_for_export(keys=keys)
    target = context.paths.data_dir / DEMO_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    who = context.store.author or "Kari Nordbø"
    when = dt.datetime.combine(cutoff + dt.timedelta(days=1), dt.time(9, 30), dt.UTC)
    data = BuildInput(items, context.blobs.path, who, when, {"to": cutoff.isoformat()})
    result = _write(data, target, context.paths.blobs_dir)
    context.archive.mark_exported(context.store, result, who, str(target), {"to": cutoff.isoformat()})
    oldest = rows[0]
    context.archive.mark_journalfort(
        oldest.kind, oldest.item_id, today.year, 1834, f"{today.year % 100}/01834-2"
    )


def _write(data: Any, target: Path, blobs_dir: Path) -> Any:
    """Write the package here if Qt can draw; the ``demo`` command has only a QCoreApplication, so then a
    child process (with a QGuiApplication) writes it and reports back; the store is written only here."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from mtk_admin_desktop.services.archive_package import PackageResult, write_package

    if isinstance(QCoreApplication.instance(), QGuiApplication) or QCoreApplication.instance() is None:
        from mtk_admin_desktop.services.archive_pdf import ensure_gui_application

        ensure_gui_application()
        return write_package(data, target, "zip")
    job = {
        "items": [dataclasses.asdict(i) for i in data.items],
        "blobs": str(blobs_dir),
        "target": str(target),
        "who": data.created_by,
        "when": data.created_at.isoformat(),
        "filters": data.filters,
    }
    done = subprocess.run(
        [sys.executable, "-m", "mtk_admin_desktop.demo.archive"],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=600,
    )
    out = json.loads(done.stdout)
    out["path"] = Path(out["path"])
    out["item_keys"] = [tuple(k) for k in out["item_keys"]]
    return PackageResult(**out)


def _main() -> None:
    """The child process: read the job on stdin, write the package, print the result as JSON."""
    from mtk_admin_desktop.domain.archive import ArchiveItem, Attachment
    from mtk_admin_desktop.services.archive_package import BuildInput, write_package
    from mtk_admin_desktop.services.archive_pdf import ensure_gui_application
    from mtk_admin_desktop.services.context import blob_paths

    ensure_gui_application()
    job = json.loads(sys.stdin.read())
    items = []
    for raw in job["items"]:
        raw["attachments"] = [Attachment(**a) for a in raw["attachments"]]
        raw["fields"] = [tuple(f) for f in raw["fields"]]
        items.append(ArchiveItem(**raw))
    when = dt.datetime.fromisoformat(job["when"])
    data = BuildInput(items, blob_paths(Path(job["blobs"])), job["who"], when, job["filters"])
    result = write_package(data, Path(job["target"]), "zip")
    out = dataclasses.asdict(result)
    out["path"] = str(result.path)
    sys.stdout.write(json.dumps(out))


if __name__ == "__main__":
    _main()
