"""Issue 15, item 2: evidence is immutable, and ``moderation verify`` fails where it was touched.

Attacks through a real shared folder and the real sync engine of three laptops (one joins only after
the forgery is on the share), and directly in a laptop's SQLite file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.moderation import CORE_FIELDS, entry_hash
from mtk_admin_desktop.services import sync_trust
from tests.helpers import run_cli
from tests.test_moderation_log import deletion, make_page
from tests.test_trust_values import Forger, laptop, sync

pytestmark = pytest.mark.today

ORIGINAL = "Rådmannen er en idiot"
_HASHED = sorted(CORE_FIELDS)


def _verify(data_dir: Path) -> tuple[int, dict]:
    code, out, err = run_cli("moderation", "verify", "--json", "--lang", "en", data_dir=data_dir)
    assert "Traceback" not in err
    return code, json.loads(out)


@pytest.fixture
def office(tmp_path: Path):
    folder = tmp_path / "share"
    folder.mkdir()
    from mtk_admin_desktop.services.sync_engine import SyncEngine
    from mtk_admin_desktop.services.sync_share import LocalShare

    a, b = laptop(tmp_path, "A"), laptop(tmp_path, "B")
    share_id = SyncEngine(a.store, LocalShare(folder)).init_share("A")
    page = make_page(a)
    ids = [a.moderation.add_entry(deletion(page, comment_text=f"{ORIGINAL} {n}")).entry_id for n in range(3)]
    for ctx in (a, b):
        assert sync(ctx, folder).ok
    yield folder, share_id, a, b, ids
    a.close()
    b.close()


def test_evidence_rewritten_through_the_share_is_refused_on_every_laptop(office, tmp_path: Path) -> None:
    folder, share_id, a, b, ids = office
    # The forger's id sorts before everyone's and its clock is a year behind: "first by HLC" would win.
    mallory = Forger(folder, share_id, device="00000000-0000-4000-8000-000000000001", age_ms=365 * 86400_000)
    ops = []
    prev = None
    for n, entry_id in enumerate(ids):
        forged = a.moderation.entry(entry_id).row()
        forged["comment_text"] = f"En hyggelig kommentar {n}"
        forged["prev_hash"] = prev
        forged["signature"] = None
        forged["entry_hash"] = prev = entry_hash(forged, entry_id)
        for name in ("comment_text", "prev_hash", "entry_hash", "signature"):
            ops.append(mallory.op("moderation_entries", entry_id, name, forged[name]))
    ops.append(mallory.op("moderation_entries", ids[0], "_deleted", True, kind="del"))
    path = mallory.publish(ops)
    c = laptop(tmp_path, "C")  # a laptop that never saw the entries before the forgery was there
    try:
        for ctx in (a, b, c):
            report = sync(ctx, folder)
            assert [p.path for p in report.problems if p.code == "tamper"] == [path]
            assert not report.synced
        for ctx in (a, b, c):
            entries = {e.id: e for e in ctx.moderation.entries()}
            assert sorted(entries) == sorted(ids)
            assert all(entries[i].comment_text == f"{ORIGINAL} {n}" for n, i in enumerate(ids))
            assert all(entries[i].signature for i in ids)
            tampered = {f["row_id"] for f in sync_trust.findings(ctx.store, kind="tamper")}
            assert tampered == set(ids)
        for name in ("A", "B", "C"):
            code, report = _verify(tmp_path / name)
            assert code == 1 and not report["ok"]
            assert set(report["failed"]) == set(ids)
            assert {p["kind"] for p in report["problems"] if p["failure"]} == {"tampered"}
            assert all("{" not in p["message"] for p in report["problems"])
    finally:
        c.close()


def _chain(ctx) -> list[dict]:
    return sorted(ctx.moderation.entries(), key=lambda e: e.chain_seq)


def test_an_entry_edited_in_sqlite_with_a_recomputed_chain_and_no_signature_fails_verify(office, tmp_path):
    folder, share_id, a, b, ids = office
    db = b.store.db
    prev = None
    for entry in _chain(b):
        changed = entry.row()
        if entry.chain_seq == 2:
            changed["comment_text"] = "Harmless"
        changed["prev_hash"] = prev
        changed["signature"] = None
        changed["entry_hash"] = prev = entry_hash(changed, entry.id)
        db.execute(
            "UPDATE moderation_entries SET comment_text = ?, prev_hash = ?, entry_hash = ?, signature = NULL "
            "WHERE id = ?",
            [changed["comment_text"], changed["prev_hash"], changed["entry_hash"], entry.id],
        )
    code, report = _verify(tmp_path / "B")
    assert code == 1
    assert set(report["failed"]) == set(ids)
    assert {p["kind"] for p in report["problems"] if p["failure"]} == {"unsigned_known_key"}


def test_removing_the_newest_entries_or_all_of_them_fails_verify(office, tmp_path):
    folder, share_id, a, b, ids = office
    newest = _chain(b)[-1].id
    b.store.db.execute("DELETE FROM moderation_entries WHERE id = ?", [newest])
    code, report = _verify(tmp_path / "B")
    assert code == 1
    missing = [p for p in report["problems"] if p["kind"] == "missing"]
    assert len(missing) == 1
    assert "up to number 3" in missing[0]["message"] and "only 2" in missing[0]["message"]
    b.store.db.execute("DELETE FROM moderation_entries")
    code, report = _verify(tmp_path / "B")
    assert code == 1 and report["checked"] == 0 and not report["ok"]
    assert [p["kind"] for p in report["problems"]] == ["missing"]
    # Even without the witness, the known key says the device had signed entries.
    b.store.db.execute("DELETE FROM sync_witness")
    code, report = _verify(tmp_path / "B")
    assert code == 1 and [p["kind"] for p in report["problems"]] == ["missing"]
    # The laptop that made them too.
    a.store.db.execute("DELETE FROM moderation_entries")
    code, _report = _verify(tmp_path / "A")
    assert code == 1


def test_unsigned_entries_made_before_a_device_had_a_key_stay_notes(tmp_path):
    """A laptop without a keyring at first: its early entries are covered by the later signed ones."""
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    ctx = AppContext.open(tmp_path / "L", credentials=MemoryCredentials(available=False))
    page = make_page(ctx)
    ctx.moderation.add_entry(deletion(page))
    ctx.credentials = MemoryCredentials()
    ctx.moderation.add_entry(deletion(page))
    report = ctx.moderation.verify()
    ctx.close()
    assert report.ok and [p.kind for p in report.problems] == ["unsigned"]


def test_every_laptop_keeps_the_highest_signed_chain_head_of_every_device(office, tmp_path):
    folder, share_id, a, b, ids = office
    for ctx in (a, b):
        heads = {h.device: h for h in ctx.sync.witnessed_heads()}
        head = heads[a.store.device_id]
        newest = _chain(a)[-1]
        assert (head.chain_seq, head.entry_id, head.entry_hash) == (3, newest.id, newest.entry_hash)
        assert head.signature == newest.signature and head.signature
    # It never goes down, whatever happens to the entries later.
    b.store.db.execute("DELETE FROM moderation_entries")
    sync_trust.update_witness(b.store, "test")
    assert [h.chain_seq for h in b.sync.witnessed_heads()] == [3]


def test_the_moderation_tab_shows_tampering_at_once(office, tmp_path, qtbot):
    from mtk_admin_desktop.ui.moderation.moderation_page import ModerationPage

    folder, share_id, a, b, ids = office
    mallory = Forger(folder, share_id)
    mallory.publish([mallory.op("moderation_entries", ids[0], "comment_text", "Harmless")])
    sync(b, folder)
    page = ModerationPage(b)
    qtbot.addWidget(page)
    page.refresh()
    assert page.verify_label.isVisibleTo(page)
    assert "Tampering" in page.verify_label.text() and "entries concerned: 1" in page.verify_label.text()


_FIELDS = sorted(
    {"comment_text", "entry_hash", "prev_hash", "signature", "chain_seq", "signer_device", "created_at",
     "ground", "action", "screenshots", "_deleted"}
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.data(),
    age_days=st.integers(-3, 3000),
    claim_device=st.booleans(),
)
def test_no_forged_segment_changes_saved_evidence_on_any_laptop(office, data, age_days, claim_device) -> None:
    """Any mix of forged ops on saved entries (any field, value and clock, claiming the entry's
    device or not) leaves every saved entry exactly as it was, on both laptops."""
    folder, share_id, a, b, ids = office
    before = {e.id: {k: getattr(e, k) for k in _HASHED} for e in a.moderation.entries()}
    mallory = Forger(folder, share_id, age_ms=age_days * 86400_000)
    ops = []
    for _ in range(data.draw(st.integers(1, 6))):
        entry = data.draw(st.sampled_from(ids))
        name = data.draw(st.sampled_from(_FIELDS))
        if name == "_deleted":
            ops.append(mallory.op("moderation_entries", entry, "_deleted", True, kind="del"))
            continue
        value = data.draw(
            st.one_of(st.none(), st.integers(1, 5), st.text(max_size=20), st.just(a.store.device_id))
        )
        ops.append(mallory.op("moderation_entries", entry, name, value))
    if claim_device:
        ops.append(mallory.op("moderation_entries", ids[-1], "signer_device", mallory.device))
    mallory.publish(ops)
    for ctx in (a, b):
        sync(ctx, folder)
        after = {e.id: {k: getattr(e, k) for k in _HASHED} for e in ctx.moderation.entries()}
        assert after == before


def test_an_archive_package_carries_the_chain_heads_the_laptop_witnessed(office, tmp_path, qapp):
    """Issue 15 item 3: the archive gets the heads too, so entries removed after the export are found."""
    import zipfile

    folder, share_id, a, b, ids = office
    target = tmp_path / "minnepinne"
    target.mkdir()
    result = b.archive.export(target, "zip")
    with zipfile.ZipFile(result.path) as package:
        manifest = json.loads(package.read("manifest.json"))
    newest = _chain(a)[-1]
    assert manifest["moderation_chain_heads"] == [
        {"device": a.store.device_id, "chain_seq": 3, "entry_id": newest.id,
         "entry_hash": newest.entry_hash, "signature": newest.signature}
    ]
    code, _out, err = run_cli("archive", "verify", str(result.path), "--json")
    assert code == 0, err
