"""I dag's trust part (issue 18 item 1): the moderation log verified, what the sync refused, new laptops."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import time_machine
from PySide6.QtCore import Qt
from test_moderation_log import _three

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.services import sync_trust
from mtk_admin_desktop.services.moderation import VERIFY_EVERY
from mtk_admin_desktop.services.moderation_signing import fingerprint, public_key_text

pytestmark = pytest.mark.today


def _trust(report) -> list:
    return report.section("trust")


def _forge(context, entry_id: str) -> None:
    """A saved entry's text changed in the SQLite file, behind the app's back (no op, no seal)."""
    context.store.db.execute(
        "UPDATE moderation_entries SET comment_text = 'kommentar X' WHERE id = ?", [entry_id]
    )


def _pin(context, device: str = "b" * 32, host: str = "KOMM-PC-17", signed: bool = True) -> str:
    """A laptop seen on the shared folder for the first time, as the sync pins it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = public_key_text(Ed25519PrivateKey.generate()) if signed else None
    with context.store.transaction():
        context.store.db.execute(
            "INSERT INTO sync_device_pins (device, public_key, fingerprint, host, user, first_seen, share_id)"
            " VALUES (?,?,?,?,?,?,?)",
            [device, key, fingerprint(key) if key else "", host, "kari", clock.now_utc().isoformat(), "s1"],
        )
    return fingerprint(key) if key else ""


def test_a_forged_moderation_row_is_listed_and_never_dismissed(context) -> None:
    ids, _ = _three(context)
    report = context.today.collect()
    assert _trust(report) == [] and report.verified_at
    # Edited behind the app's back: nothing the cheap signs see changes ...
    _forge(context, ids[1])
    # ... so the kept verification is shown until it is an hour old, then the log is verified again.
    assert _trust(context.today.collect()) == []
    with time_machine.travel(clock.now_utc() + VERIFY_EVERY + dt.timedelta(minutes=1), tick=False):
        lines = _trust(context.today.collect())
        assert len(lines) == 1
        line = lines[0]
        assert line.severity.key == "error" and line.target.area == "moderation"
        assert line.target.kind == "verify" and line.target.item_id == ids[1]
        assert ids[1][:8] in line.text.english() and "does not match its hash" in line.text.english()
        # Never dismissed: it stays on every later gathering, also when the kept check is reused.
        assert _trust(context.today.collect()) == lines
    with time_machine.travel(clock.now_utc() + 3 * VERIFY_EVERY, tick=False):
        assert _trust(context.today.collect()) == lines


def test_verify_in_moderering_is_what_i_dag_shows_at_once(context) -> None:
    ids, _ = _three(context)
    assert _trust(context.today.collect()) == []
    _forge(context, ids[0])
    # The Moderering tab's Verify: a full check, kept for I dag (which would otherwise wait up to an hour).
    report = context.moderation.verified(max_age=dt.timedelta(0))
    assert report.failed_ids() == [ids[0]] and report.checked == 3
    assert [line.target.item_id for line in _trust(context.today.collect())] == [ids[0]]


def test_a_new_entry_makes_the_log_verified_again_at_once(context) -> None:
    ids, sha = _three(context)
    first = context.today.collect().verified_at
    _forge(context, ids[0])
    from test_moderation_log import deletion

    page = context.moderation.entry(ids[0]).page_id
    context.moderation.add_entry(deletion(page, comment_text="ny", screenshots=[sha]))
    report = context.today.collect()
    assert report.verified_at >= first
    assert [line.target.item_id for line in _trust(report)] == [ids[0]]


def test_refused_segments_tampering_and_new_laptops_are_listed_with_fingerprints(context) -> None:
    from mtk_admin_desktop.domain.oplog import Op

    _three(context)
    finger = _pin(context)
    _pin(context, "c" * 32, host="", signed=False)
    with context.store.transaction():
        sync_trust.record_finding(
            context.store, "s1", "forged_segment", "its signature does not hold", "b" * 32, "d/b/7.seg"
        )
        op = Op("9" * 32, "b" * 32, 3, "0000000000001-0000-" + "b" * 32, "device_keys", "a" * 32, "set",
                "public_key", "forged")
        sync_trust.record(context.store, "s1", [sync_trust.Refusal("tamper", op, "changed evidence")])
    lines = _trust(context.today.collect())
    texts = [line.text.english() for line in lines]
    assert any("were refused: not signed with its key" in t and "KOMM-PC-17" in t for t in texts), texts
    assert any("changes to saved evidence from laptop KOMM-PC-17" in t for t in texts), texts
    new = [line for line in lines if line.target.kind == "device"]
    assert len(new) == 2
    assert finger in new[0].text.english() and "KOMM-PC-17 (kari)" in new[0].text.english()
    assert "without a signing key" in new[1].text.english()
    assert all(line.target.area == "sync" for line in lines)
    # A person says they know the laptop: only that line goes; the refusals stay.
    context.sync.acknowledge_device("b" * 32)
    after = _trust(context.today.collect())
    assert [line.target.item_id for line in after if line.target.kind == "device"] == ["c" * 32]
    assert len([line for line in after if line.target.kind == "findings"]) == 2


def test_a_known_laptop_with_another_key_is_new_again(context) -> None:
    _pin(context, "d" * 32, signed=False)
    context.sync.acknowledge_device("d" * 32)
    assert context.sync.unacknowledged_devices() == []
    with context.store.transaction():
        context.store.db.execute(
            "UPDATE sync_device_pins SET fingerprint = 'ABCD 1234 ABCD 1234' WHERE device = ?", ["d" * 32]
        )
    assert [d["device"] for d in context.sync.unacknowledged_devices()] == ["d" * 32]


def test_the_kept_verification_is_cheap(context) -> None:
    """The I dag view reads the kept check (a row and a few counts), not the whole log."""
    _three(context)
    context.moderation.verified()
    calls: list[int] = []
    real = context.moderation.verify
    context.moderation.verify = lambda: calls.append(1) or real()  # type: ignore[method-assign]
    started = time.perf_counter()
    for _ in range(20):
        context.moderation.verified()
    assert calls == [] and (time.perf_counter() - started) / 20 < 0.05


def test_trust_lines_in_the_view_go_where_they_are_fixed(qtbot, context, monkeypatch) -> None:
    from mtk_admin_desktop.ui.main_window import MainWindow

    ids, _ = _three(context)
    _pin(context)
    _forge(context, ids[2])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page(0)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    lines = [line for line in page.lines() if line.section == "trust"]
    assert {line.target.kind for line in lines} == {"verify", "device"}
    device = next(line for line in lines if line.target.kind == "device")
    page.select_line(device)
    assert page.know_button.isEnabled() and not page.plan_button.isEnabled()
    page.know_button.click()
    qtbot.waitUntil(
        lambda: not page.is_loading() and all(x.target.kind != "device" for x in page.report.lines),
        timeout=20000,
    )
    verify = next(line for line in page.lines() if line.target.kind == "verify")
    page.select_line(verify)
    assert not page.know_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    moderation = window.page(3)
    assert window.tabs.currentIndex() == 3
    qtbot.waitUntil(lambda: moderation.last_verification is not None, timeout=20000)
    assert ids[2] in moderation.last_verification.failed_ids()
