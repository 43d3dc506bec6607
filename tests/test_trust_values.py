"""Issue 15, item 4: every value from the shared folder is checked before it is stored.

The attacks are forged segments written straight into a real shared folder (what anyone with write
access to the SMB share can do), applied by the real sync engine of two laptops. Poison ops are
quarantined with a finding, the rest of the segment still applies, and the commands that used to
crash on poison (archive export, posts export --ics, posts check, moderation verify) run cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.ids import is_app_id, new_id
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.sync_segment import ROOT_DIR, encode_segment, seg_path
from mtk_admin_desktop.domain.sync_validate import check_op
from mtk_admin_desktop.services import sync_trust
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import LocalShare
from mtk_admin_desktop.storage.schema import all_tables
from tests.test_moderation_log import deletion, make_page

pytestmark = pytest.mark.today
ROOT = Path(__file__).resolve().parents[1]


class Forger:
    """Someone with write access to the share: writes well-formed segments under a device id."""

    def __init__(self, folder: Path, share_id: str, device: str | None = None, age_ms: int = 0) -> None:
        self.folder, self.share_id = folder, share_id
        self.device = device or new_id()
        self.seq = 0
        self.dev_seq = 0
        self.prev = ""
        self.wall = time.time_ns() // 1_000_000 - age_ms

    def op(self, table: str, row_id: str, name: str, value: Any, kind: str = "set") -> Op:
        self.dev_seq += 1
        self.wall += 1
        return Op(
            new_id(),
            self.device,
            self.dev_seq,
            Timestamp(self.wall, 0, self.device).encode(),
            table,
            row_id,
            kind,
            name,
            value,
            author="Mallory",
        )

    def publish(self, ops: list[Op], device_folder: str | None = None) -> str:
        self.seq += 1
        data, sha = encode_segment(self.share_id, self.device, self.seq, self.prev, ops)
        self.prev = sha
        path = self.folder / ROOT_DIR / seg_path(device_folder or self.device, self.seq)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return seg_path(self.device, self.seq)


def laptop(tmp_path: Path, name: str) -> AppContext:
    ctx = AppContext.open(tmp_path / name, credentials=MemoryCredentials())
    ctx.settings.set("user.name", name)
    ctx.store.author = name
    return ctx


def sync(ctx: AppContext, folder: Path):  # noqa: ANN201 - a SyncReport
    return SyncEngine(ctx.store, LocalShare(folder), ctx.blobs).sync()


@pytest.fixture
def office(tmp_path: Path):
    """A shared folder, laptop A with a page, a post and a deletion entry, and laptop B synced with it."""
    folder = tmp_path / "share"
    folder.mkdir()
    a, b = laptop(tmp_path, "A"), laptop(tmp_path, "B")
    share_id = SyncEngine(a.store, LocalShare(folder)).init_share("A")
    page = make_page(a)
    a.moderation.add_entry(deletion(page))
    for ctx in (a, b, a):
        assert sync(ctx, folder).ok
    yield folder, share_id, a, b, page
    a.close()
    b.close()


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def test_poison_ops_are_quarantined_the_rest_applies_and_no_command_crashes(office, tmp_path: Path) -> None:
    folder, share_id, a, b, page = office
    mallory = Forger(folder, share_id)
    good_page = new_id()
    post = new_id()
    ops = [
        mallory.op("pages", good_page, "name", "Forged but harmless page"),  # valid: applies
        mallory.op("posts", post, "planned_at", 12345),  # wrong type
        mallory.op("posts", post, "attachments", "not a list"),
        mallory.op("posts", new_id(), "page_id", "../../../../tmp/evil"),
        mallory.op("posts", new_id(), "planned_at", "2026-99-99T25:00"),  # out of range
        mallory.op("archive_status", new_id(), "status", "bogus"),
        mallory.op("archive_status", new_id(), "journal_year", "MMXXVI"),
        mallory.op("moderation_entries", "../../../../tmp/evil", "comment_text", "x"),
        mallory.op("archive_packages", new_id(), "file_name", "../../outside"),
        mallory.op("moderation_entries", new_id(), "screenshots", ["../../etc/passwd"]),
        mallory.op("posts", new_id(), "archive_worthy", 7),
        mallory.op("pages", new_id(), "nope", 1),  # no such field
    ]
    path = mallory.publish(ops)
    for ctx in (a, b):
        report = sync(ctx, folder)
        assert report.ok and not report.synced
        quarantine = [p for p in report.problems if p.code == "quarantine"]
        assert len(quarantine) == 1 and quarantine[0].path == path
        assert quarantine[0].text.params["count"] == len(ops) - 1
        assert "{" not in quarantine[0].text.english()
        assert ctx.store.get("pages", good_page)["name"] == "Forged but harmless page"
        assert ctx.store.get("posts", post) is None
        assert not ctx.store.rows("archive_status")
        assert not ctx.store.db.execute("SELECT 1 FROM ops WHERE row_id LIKE '%..%'").fetchall()
        found = sync_trust.findings(ctx.store, kind="quarantine")
        assert len(found) == len(ops) - 1 and all(f["path"] == path for f in found)
        # the next sync has nothing new to skip: the finding stays, the sync is complete
        assert sync(ctx, folder).synced
    # Nothing of the poison reaches the commands; none of them crashes, nothing lands outside a target.
    out = tmp_path / "export"
    out.mkdir()
    before = _tree(tmp_path) - _tree(out)
    b_dir = str(tmp_path / "B")
    b.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for args in (
        ("archive", "export", "--out", str(out), "--folder"),
        ("archive", "export", "--out", str(out)),
        ("posts", "export", "--ics", str(out / "plan.ics")),
        ("posts", "check"),
        ("moderation", "verify"),
    ):
        # Separate processes, as people run them (the archive export makes its own Qt application).
        result = subprocess.run(
            [sys.executable, "-m", "mtk_admin_desktop", *args, "--lang", "en", "--data-dir", b_dir],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )
        assert "Traceback" not in result.stderr and result.returncode in (0, 1), (args, result.stderr)
    after = _tree(tmp_path) - _tree(out)
    assert {p for p in after - before if "B" not in p.relative_to(tmp_path).parts[:1]} == set()
    assert not (tmp_path / "outside").exists() and not Path("/tmp/evil").exists()


_TABLES = all_tables()


@settings(max_examples=300, deadline=None)
@given(
    table=st.sampled_from(sorted(_TABLES)),
    data=st.data(),
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
        max_leaves=10,
    ),
)
def test_an_accepted_value_always_has_the_declared_type(table: str, data, value: Any) -> None:
    """Whatever a forger sends, an op the check lets through has the column's declared type."""
    spec = _TABLES[table]
    name = data.draw(st.sampled_from(sorted(spec.fields)))
    device = new_id()
    op = Op(new_id(), device, 1, Timestamp(1, 0, device).encode(), table, new_id(), "set", name, value)
    if check_op(op, spec) is not None or value is None:
        return
    sql_type = spec.fields[name]
    if name in spec.json_fields:
        assert not isinstance(value, float) or value == value
    elif sql_type == "INTEGER":
        assert isinstance(value, int) and -(2**63) <= value < 2**63
    elif sql_type == "TEXT":
        assert isinstance(value, str)
        if name.endswith("_id") and value:
            assert is_app_id(value)


@settings(max_examples=200, deadline=None)
@given(row_id=st.text(max_size=60))
def test_only_ids_in_the_apps_format_pass(row_id: str) -> None:
    device = new_id()
    op = Op(new_id(), device, 1, Timestamp(1, 0, device).encode(), "pages", row_id, "set", "name", "x")
    assert (check_op(op, _TABLES["pages"]) is None) == is_app_id(row_id)
    if is_app_id(row_id):
        assert "/" not in row_id and "\\" not in row_id and ".." not in row_id


def test_a_quarantine_is_told_in_bokmal_reason_included(office, language) -> None:
    from mtk_admin_desktop.services.sync import problem_text

    folder, share_id, a, b, page = office
    mallory = Forger(folder, share_id)
    mallory.publish([mallory.op("posts", "../../x", "title", "x")])
    report = sync(b, folder)
    language("nb")
    text = problem_text(next(p for p in report.problems if p.code == "quarantine"))
    assert "ble ikke tatt inn" in text and "rad-ID-en er ikke i programmets format" in text
    assert "{" not in text
