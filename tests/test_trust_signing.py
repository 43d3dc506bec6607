"""Issue 15, item 1: signed segments and pinned device keys.

Laptops sync through a real folder with ``SyncService`` (keys from their keyring, here
``MemoryCredentials``); the forger writes files into other laptops' folders.
"""

from __future__ import annotations

import base64
import json
import socket
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.ids import new_id
from mtk_admin_desktop.domain.sync_segment import ROOT_DIR, decode_segment, seg_path
from mtk_admin_desktop.services import sync_trust
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.moderation_signing import (
    fingerprint,
    keyring_key_for,
    public_key_text,
    sign_bytes,
)
from tests.helpers import run_cli
from tests.test_trust_values import Forger

pytestmark = pytest.mark.today


def _laptop(tmp_path: Path, name: str, keyring: bool = True) -> AppContext:
    ctx = AppContext.open(tmp_path / name, credentials=MemoryCredentials(available=keyring))
    ctx.store.author = name
    return ctx


@pytest.fixture
def office(tmp_path: Path):
    folder = tmp_path / "share"
    folder.mkdir()
    a, b = _laptop(tmp_path, "A"), _laptop(tmp_path, "B")
    share_id = a.sync.init_share(str(folder))
    b.sync.set_folder(str(folder))
    yield folder, share_id, a, b
    a.close()
    b.close()


def _public(ctx: AppContext) -> str:
    key = keyring_key_for(ctx.credentials, ctx.store)
    assert key is not None
    return public_key_text(key)


def test_segments_are_signed_and_a_new_laptop_appears_with_its_fingerprint(office, tmp_path: Path) -> None:
    folder, share_id, a, b = office
    a.store.create("shared_settings", {"key": "k", "value": 1})
    assert a.sync.run().synced
    data = (folder / ROOT_DIR / seg_path(a.store.device_id, 1)).read_bytes()
    seg = decode_segment(data, share_id, a.store.device_id, 1)
    assert seg.key == _public(a) and seg.sig
    report = b.sync.run()
    assert report.synced
    finger = fingerprint(_public(a))
    assert [(n.code, n.text.params["fingerprint"]) for n in report.notices] == [("new_device", finger)]
    status = b.sync.status()
    assert f"new laptop joined: {finger}" in b.sync.status_text(status)
    device = next(d for d in status["devices"] if d["device"] == a.store.device_id)
    assert device["signed"] and device["fingerprint"] == finger and device["host"] == socket.gethostname()
    # the same through the command line
    code, out, _err = run_cli("sync", "status", "--json", data_dir=tmp_path / "B")
    assert code == 0
    assert [d["fingerprint"] for d in json.loads(out)["devices"]] == [finger]
    code, out, _err = run_cli("sync", "status", "--lang", "en", data_dir=tmp_path / "B")
    assert f"key {finger}" in out
    # once only: the next run has no notice
    assert not b.sync.run().notices


@pytest.mark.parametrize("forger_signs", [False, True], ids=["unsigned", "signed-with-another-key"])
def test_a_segment_forged_into_a_laptops_folder_is_refused_everywhere(office, tmp_path, forger_signs) -> None:
    folder, share_id, a, b = office
    a.store.create("shared_settings", {"key": "genuine-1", "value": 1})
    assert a.sync.run().synced and b.sync.run().synced
    # Mallory writes segment 2 of laptop A: same device id, the right chain, a harmless-looking change.
    mallory = Forger(folder, share_id, device=a.store.device_id)
    mallory.seq, mallory.dev_seq = 1, a.store.db.execute(
        "SELECT max(dev_seq) FROM ops WHERE device = ?", [a.store.device_id]
    ).fetchone()[0]
    mallory.prev = a.store.db.execute("SELECT body_sha FROM sync_published WHERE seq = 1").fetchone()[0]
    row = new_id()
    op = mallory.op("shared_settings", row, "key", "forged")
    if forger_signs:
        from mtk_admin_desktop.domain.sync_segment import encode_segment

        other = Ed25519PrivateKey.generate()
        data, _sha = encode_segment(
            share_id, a.store.device_id, 2, mallory.prev, [op], public_key_text(other),
            lambda message: sign_bytes(other, message),
        )
        (folder / ROOT_DIR / seg_path(a.store.device_id, 2)).write_bytes(data)
        path = seg_path(a.store.device_id, 2)
    else:
        path = mallory.publish([op])
    report = b.sync.run()
    assert not report.synced
    refused = [p for p in report.problems if p.code == "bad_segment"]
    assert [p.path for p in refused] == [path] and "pinned" in refused[0].text.english()
    assert b.store.get("shared_settings", row) is None
    assert [f["path"] for f in sync_trust.findings(b.store, kind="forged_segment")] == [path]
    # A itself never takes it in as "restored from a backup", and goes on sending beside it.
    genuine = a.store.create("shared_settings", {"key": "genuine-2", "value": 2})
    report = a.sync.run()
    assert "restored" not in [p.code for p in report.problems]
    assert a.store.get("shared_settings", row) is None and report.pushed_ops == 2
    assert (folder / ROOT_DIR / seg_path(a.store.device_id, 2, 1)).exists()
    report = b.sync.run()
    assert report.synced, [p.text.english() for p in report.problems]
    assert b.store.get("shared_settings", genuine)["key"] == "genuine-2"
    assert b.store.get("shared_settings", row) is None


def test_a_changed_signature_is_refused(office) -> None:
    folder, share_id, a, b = office
    row = a.store.create("shared_settings", {"key": "k", "value": 1})
    assert a.sync.run().synced
    path = folder / ROOT_DIR / seg_path(a.store.device_id, 1)
    import gzip

    raw = gzip.decompress(path.read_bytes())
    body, footer = raw.rsplit(b"\n", 2)[0] + b"\n", json.loads(raw.rsplit(b"\n", 2)[1])
    sig = bytearray(base64.b64decode(footer["sig"]))
    sig[5] ^= 1
    footer["sig"] = base64.b64encode(bytes(sig)).decode()
    path.write_bytes(gzip.compress(body + json.dumps(footer).encode() + b"\n"))
    report = b.sync.run()
    assert [p.code for p in report.problems] == ["bad_segment"]
    assert "signature does not hold" in report.problems[0].text.english()
    assert b.store.get("shared_settings", row) is None


def test_a_laptop_without_keyring_syncs_unsigned_and_is_shown_so(office, tmp_path) -> None:
    folder, share_id, a, b = office
    c = _laptop(tmp_path, "C", keyring=False)
    try:
        c.sync.set_folder(str(folder))
        row = c.store.create("shared_settings", {"key": "from-c", "value": 3})
        assert c.sync.run().synced
        seg = decode_segment(
            (folder / ROOT_DIR / seg_path(c.store.device_id, 1)).read_bytes(), share_id, c.store.device_id, 1
        )
        assert seg.key == "" and seg.sig == ""
        report = b.sync.run()
        assert report.synced and b.store.get("shared_settings", row)["value"] == 3
        assert [n.code for n in report.notices] == ["new_device_unsigned"]
        device = next(d for d in b.sync.status()["devices"] if d["device"] == c.store.device_id)
        assert device["signed"] is False and device["fingerprint"] == ""
    finally:
        c.close()


def test_a_laptop_that_signed_keeps_its_changes_while_its_keyring_is_missing(office) -> None:
    folder, share_id, a, b = office
    a.store.create("shared_settings", {"key": "k", "value": 1})
    assert a.sync.run().synced and b.sync.run().synced
    keyring = a.credentials
    a.credentials = MemoryCredentials(available=False)
    row = a.store.create("shared_settings", {"key": "later", "value": 2})
    report = a.sync.run()
    assert [p.code for p in report.problems] == ["keyring_missing"] and report.waiting == 2
    assert b.sync.run().synced and b.store.get("shared_settings", row) is None
    a.credentials = keyring
    assert a.sync.run().synced
    assert b.sync.run().synced and b.store.get("shared_settings", row)["value"] == 2


def test_history_published_unsigned_before_the_upgrade_stays_readable_and_is_not_repaired(
    office, tmp_path
) -> None:
    """Segments an older version published unsigned (the moderation key already known) are still
    pulled by a laptop that joins later, and their owner's rolling check does not re-upload them."""
    from mtk_admin_desktop.services.sync_engine import SyncEngine
    from mtk_admin_desktop.services.sync_share import LocalShare
    from tests.test_moderation_log import deletion, make_page

    folder, share_id, a, b = office
    entry = a.moderation.add_entry(deletion(make_page(a))).entry_id  # signs: device_keys is published
    assert SyncEngine(a.store, LocalShare(folder)).sync().synced  # an old version: no segment keys
    later = a.store.create("shared_settings", {"key": "after-upgrade", "value": 1})
    for _ in range(3):
        report = a.sync.run(verify_all=True)
        assert report.synced and "repaired" not in [p.code for p in report.problems]
    seg_dir = folder / ROOT_DIR / "devices" / a.store.device_id / "seg"
    assert sorted(p.name for p in seg_dir.iterdir()) == ["000000000001.jsonl.gz", "000000000002.jsonl.gz"]
    report = b.sync.run()
    assert report.synced and b.moderation.entry(entry) and b.store.get("shared_settings", later)
    assert [n.code for n in report.notices] == ["new_device"]
