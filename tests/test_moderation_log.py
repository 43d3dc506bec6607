"""Moderation log: the grounds rule (R13), append-only entries, hash chain, signatures, tampering."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.moderation import EntryDraft, check_draft, entry_hash, visible_text
from mtk_admin_desktop.services.moderation import EntryRefusedError
from mtk_admin_desktop.storage.store import AppendOnlyError

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)


def make_page(context, name: str = "Midt-Telemark kommune", url: str = "https://facebook.com/mtk") -> str:
    """A page and its main administrator through the register's tables (contract fields only)."""
    page_id = stable_id("page", url)
    context.store.create(
        "pages",
        {
            "name": name,
            "platform": "facebook",
            "url": url,
            "url_normalised": url,
            "is_main": 1,
            "status": "active",
        },
        row_id=page_id,
    )
    context.store.create(
        "page_roles",
        {
            "page_id": page_id,
            "person_name": "Hanne Hoved",
            "role": "hovedadministrator",
            "from_date": "2026-01-01",
        },
    )
    context.store.create(
        "page_roles",
        {"page_id": page_id, "person_name": "Test Testesen", "role": "redaktor", "from_date": "2026-01-01"},
    )
    return page_id


def png(color: str = "#c00000", size: int = 40) -> bytes:
    """A small non-blank PNG (two colours) made with Qt."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from mtk_admin_desktop.services.moderation_capture import png_bytes

    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(5, 5, size // 2, size // 2, QColor(color))
    painter.end()
    return png_bytes(image)


def deletion(page_id: str, **kw) -> EntryDraft:
    values = dict(
        page_id=page_id,
        action="deleted",
        ground="personangrep",
        comment_author="Ola Sint",
        comment_text="Rådmannen er en idiot",
        moderator="Hanne Hoved",
        justification="Personangrep mot navngitt ansatt",
    )
    values.update(kw)
    return EntryDraft(**values)


# -- the grounds rule ------------------------------------------------------------------------------


def test_r13_delete_without_ground_is_blocked_with_the_rules_text():
    findings = check_draft(
        EntryDraft(page_id="p", action="deleted", comment_text="x", moderator="A"), "hovedadministrator"
    )
    blocks = [f for f in findings if f.severity == Severity.BLOCK]
    assert [f.rule for f in blocks] == ["R13"]
    assert blocks[0].field == "ground"
    assert "personal attacks" in blocks[0].data["quote"]


@pytest.mark.parametrize("ground", ["personangrep", "navngir_tredjepersoner", "i_strid_med_norsk_lov"])
def test_r13_each_of_the_three_grounds_allows_deleting(ground):
    findings = check_draft(
        EntryDraft(page_id="p", action="deleted", ground=ground, comment_text="x", moderator="A"),
        "hovedadministrator",
    )
    assert findings == []


def test_r13_hiding_needs_no_ground():
    assert (
        check_draft(
            EntryDraft(page_id="p", action="hidden", comment_text="x", moderator="A"), "administrator"
        )
        == []
    )


def test_r13_not_main_administrator_warns_and_names_the_approver():
    draft = EntryDraft(
        page_id="p", action="deleted", ground="personangrep", comment_text="x", moderator="Per"
    )
    missing = check_draft(draft, "redaktor")
    assert [(f.rule, f.severity, f.field) for f in missing] == [("R13", Severity.WARNING, "approved_by")]
    assert "name the main administrator" in missing[0].message.english()
    draft.approved_by = "Hanne Hoved"
    named = check_draft(draft, None)
    assert named[0].severity == Severity.WARNING
    assert "approved by Hanne Hoved" in named[0].message.english()


def test_r7_5_entry_without_text_or_screenshot_is_refused():
    findings = check_draft(EntryDraft(page_id="p", action="hidden", moderator="A"), "administrator")
    assert [(f.rule, f.severity) for f in findings] == [("R7.5", Severity.BLOCK)]
    assert (
        check_draft(
            EntryDraft(page_id="p", action="hidden", moderator="A", screenshots=["a" * 64]), "administrator"
        )
        == []
    )


def test_r13_service_refuses_deletion_without_ground_and_saves_nothing(context):
    page = make_page(context)
    with pytest.raises(EntryRefusedError) as caught:
        context.moderation.add_entry(deletion(page, ground=None))
    assert caught.value.findings[0].rule == "R13"
    assert context.moderation.entries() == []


def test_r13_service_takes_role_from_the_register_and_warns(context):
    page = make_page(context)
    result = context.moderation.add_entry(deletion(page, moderator="Test Testesen"))
    assert [f.severity for f in result.findings] == [Severity.WARNING]
    entry = context.moderation.entry(result.entry_id)
    assert entry.moderator_role == "redaktor"
    main = context.moderation.add_entry(deletion(page))
    assert main.findings == []
    assert context.moderation.entry(main.entry_id).moderator_role == "hovedadministrator"
    assert context.moderation.main_administrators(page) == ["Hanne Hoved"]


def test_r13_deletions_are_to_be_archived(context):
    page = make_page(context)
    deleted = context.moderation.add_entry(deletion(page)).entry_id
    hidden = context.moderation.add_entry(deletion(page, action="hidden", ground=None)).entry_id
    assert context.moderation.archive_status(deleted) == "pending"
    assert context.moderation.archive_status(hidden) is None
    assert [e.id for e in context.moderation.entries(archive_status="pending")] == [deleted]
    assert [e.id for e in context.moderation.entries(archive_status="none")] == [hidden]


# -- append-only and corrections -------------------------------------------------------------------


def test_r13_saved_entry_cannot_be_changed(context):
    page = make_page(context)
    entry_id = context.moderation.add_entry(deletion(page)).entry_id
    for field, value in [
        ("comment_text", "changed"),
        ("ground", "i_strid_med_norsk_lov"),
        ("screenshots", ["a" * 64]),
        ("entry_hash", "0" * 64),
        ("signature", None),
    ]:
        with pytest.raises(AppendOnlyError):
            context.store.update("moderation_entries", entry_id, {field: value})
    assert context.moderation.entry(entry_id).comment_text == "Rådmannen er en idiot"


def test_r13_correction_is_a_new_entry_and_both_stay(context):
    page = make_page(context)
    first = context.moderation.add_entry(deletion(page, ground="navngir_tredjepersoner")).entry_id
    second = context.moderation.add_entry(
        deletion(page, corrects_id=first, justification="Rettet: grunnlaget var personangrep")
    )
    assert {e.id for e in context.moderation.entries()} == {first, second.entry_id}
    assert [c.id for c in context.moderation.corrections_of(first)] == [second.entry_id]
    with pytest.raises(EntryRefusedError):
        context.moderation.add_entry(deletion(page, corrects_id="no-such-entry"))
    assert context.moderation.verify().ok


# -- hashes, chain and signatures ------------------------------------------------------------------


def _three(context):
    page = make_page(context)
    sha = context.moderation.store_screenshot(png(), 40, 40, screen="test")
    ids = [
        context.moderation.add_entry(
            deletion(page, comment_text=f"kommentar {n}", screenshots=[sha])
        ).entry_id
        for n in range(3)
    ]
    return ids, sha


def test_r13_chain_links_each_entry_to_the_previous_one_on_the_device(context):
    ids, _ = _three(context)
    entries = [context.moderation.entry(i) for i in ids]
    assert [e.chain_seq for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash is None
    assert entries[1].prev_hash == entries[0].entry_hash
    assert entries[2].prev_hash == entries[1].entry_hash
    assert all(e.signature and e.signer_device == context.store.device_id for e in entries)
    assert entries[0].entry_hash == entry_hash(entries[0].row(), ids[0])
    report = context.moderation.verify()
    assert report.ok and report.checked == 3 and report.problems == []


def test_r13_byte_changed_in_database_is_named(context):
    ids, _ = _three(context)
    context.store.db.execute(
        "UPDATE moderation_entries SET comment_text = 'kommentar X' WHERE id = ?", [ids[1]]
    )
    report = context.moderation.verify()
    assert report.failed_ids() == [ids[1]]
    assert {p.kind for p in report.failures} == {"hash"}


def test_r13_recomputed_hash_after_edit_is_caught_by_the_signature(context):
    ids, _ = _three(context)
    entry = context.moderation.entry(ids[0]).row()
    entry["comment_text"] = "en helt uskyldig kommentar"
    new_hash = entry_hash(entry, ids[0])
    context.store.db.execute(
        "UPDATE moderation_entries SET comment_text = ?, entry_hash = ? WHERE id = ?",
        [entry["comment_text"], new_hash, ids[0]],
    )
    report = context.moderation.verify()
    kinds = {(p.entry_id, p.kind) for p in report.failures}
    assert (ids[0], "signature") in kinds
    assert (ids[0], "hash") not in kinds
    # The next entry still points at the old hash: the chain breaks there too.
    assert (ids[1], "chain") in kinds


def test_r13_replaced_public_key_and_resigned_entries_are_named(context):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from mtk_admin_desktop.services.moderation_signing import signed_message

    ids, _ = _three(context)
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    import base64

    context.store.db.execute(
        "UPDATE device_keys SET public_key = ? WHERE id = ?",
        [base64.b64encode(public).decode(), context.store.device_id],
    )
    for entry_id in ids:
        entry = context.moderation.entry(entry_id)
        sig = base64.b64encode(forger.sign(signed_message(entry.entry_hash))).decode()
        context.store.db.execute("UPDATE moderation_entries SET signature = ? WHERE id = ?", [sig, entry_id])
    report = context.moderation.verify()
    assert report.failed_ids() == sorted(ids)
    assert {p.kind for p in report.failures} == {"key_mismatch"}


def test_r13_changed_screenshot_file_is_named(context):
    ids, sha = _three(context)
    path = context.moderation.screenshot_path(sha)
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    report = context.moderation.verify()
    assert report.failed_ids() == sorted(ids)
    assert {p.kind for p in report.failures} == {"screenshot_changed"}


def test_r13_removed_or_deleted_entry_is_named(context):
    ids, _ = _three(context)
    context.store.db.execute("DELETE FROM moderation_entries WHERE id = ?", [ids[1]])
    report = context.moderation.verify()
    assert report.failed_ids() == [ids[2]]
    assert {p.kind for p in report.failures} == {"gap"}
    context.store.delete("moderation_entries", ids[0])
    report = context.moderation.verify()
    assert (ids[0], "deleted") in {(p.entry_id, p.kind) for p in report.failures}


def test_r13_without_keyring_entries_are_saved_unsigned_and_marked(data_dir):
    from mtk_admin_desktop.services.context import AppContext

    context = AppContext.open(data_dir, credentials=MemoryCredentials(available=False))
    try:
        page = make_page(context)
        result = context.moderation.add_entry(deletion(page))
        assert not result.signed and result.unsigned_reason == "no_keyring"
        entry = context.moderation.entry(result.entry_id)
        assert entry.signature is None and entry.entry_hash
        assert context.store.rows("device_keys") == []
        report = context.moderation.verify()
        assert report.ok
        assert [p.kind for p in report.problems] == ["unsigned"]
        assert context.moderation.signing_state() == (False, "no_keyring")
    finally:
        context.close()


def test_r13_a_damaged_key_in_the_keyring_is_named_as_such_and_left_alone(data_dir):
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.services.moderation_signing import key_name

    credentials = MemoryCredentials()
    context = AppContext.open(data_dir, credentials=credentials)
    try:
        credentials.set(key_name(context.store.device_id), "not a key!!")
        assert context.moderation.signing_state() == (False, "key_damaged")  # not "no keyring"
        result = context.moderation.add_entry(deletion(make_page(context)))
        assert not result.signed and result.unsigned_reason == "key_damaged"
        assert credentials.get(key_name(context.store.device_id)) == "not a key!!"
    finally:
        context.close()


def test_r13_private_key_lives_only_in_the_keyring(context):
    import base64

    _three(context)
    secret = context.credentials.get(f"moderation-signing-key:{context.store.device_id}")
    assert secret
    raw = base64.b64decode(secret)
    db_bytes = context.paths.db_file.read_bytes()
    for wal in context.paths.data_dir.glob("*-wal"):
        db_bytes += wal.read_bytes()
    assert secret.encode() not in db_bytes and raw not in db_bytes
    assert context.store.get("device_keys", context.store.device_id)["public_key"]


def test_r13_entry_from_another_device_verifies_with_its_synced_key(context, data_dir, tmp_path):
    """Ops carry the entry and the public key to another laptop, which verifies them."""
    from mtk_admin_desktop.services.context import AppContext

    _three(context)
    other_dir = tmp_path / "other"
    other = AppContext.open(other_dir, credentials=MemoryCredentials())
    try:
        other.store.integrate(context.store.ops_since(context.store.device_id, 0))
        for sha in {s for e in context.moderation.entries() for s in e.screenshots}:
            other.blobs.put(context.blobs.read(sha))
        report = other.moderation.verify()
        assert report.checked == 3 and report.problems == []
    finally:
        other.close()


# -- faithful text ---------------------------------------------------------------------------------


def test_r7_5_comment_text_is_stored_faithfully(context):
    page = make_page(context)
    text = (
        "\u05e9\u05dc\u05d5\u05dd RTL \u202eevil\u202c emoji 😡👍🏽 ctrl \x00\x07\x1b[31m tab\t nl\n" * 2200
    )[:100_000]
    assert len(text) == 100_000
    entry_id = context.moderation.add_entry(deletion(page, comment_text=text)).entry_id
    assert context.moderation.entry(entry_id).comment_text == text
    assert context.moderation.verify().ok
    shown = visible_text(text, limit=80)
    assert "\x00" not in shown and "\u202e" not in shown and "␀" in shown and "<U+202E>" in shown
    assert shown.startswith("\u2068") and shown.endswith("\u2069")


def test_r13_counts_per_ground_in_period(context):
    page = make_page(context)
    context.moderation.add_entry(deletion(page))
    context.moderation.add_entry(deletion(page, ground="navngir_tredjepersoner", action="hidden"))
    context.moderation.add_entry(deletion(page, ground=None, action="reported"))
    today = dt.datetime.now(dt.UTC).date()
    counts = context.moderation.counts_by_ground(today - dt.timedelta(days=1), today + dt.timedelta(days=1))
    assert counts == {"personangrep": 1, "navngir_tredjepersoner": 1, "i_strid_med_norsk_lov": 0, "none": 1}
    past = context.moderation.counts_by_ground(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert sum(past.values()) == 0
    assert len(context.moderation.entries(search="RÅDMANNEN")) == 3
    assert context.moderation.entries(search="ingen slik tekst") == []


def test_screenshot_stored_once_with_metadata(context):
    data = png()
    first = context.moderation.store_screenshot(data, 40, 40, screen="DP-1")
    again = context.moderation.store_screenshot(data, 40, 40, screen="DP-2")
    assert first == again
    assert context.moderation.screenshot_path(first).read_bytes() == data
    info = context.moderation.screenshot_info(first)
    assert info["screen"] == "DP-1" and info["width"] == 40 and info["mime"] == "image/png"
    assert len(context.store.rows("screenshots")) == 1
    with pytest.raises(ValueError):
        context.moderation.store_screenshot(b"GIF89a....", 1, 1)
    assert json.loads(json.dumps(info))


def test_r7_5_entry_cannot_claim_screenshots_it_has_not_stored(context):
    page = make_page(context)
    draft = deletion(page, comment_text="", pending_screenshots=1)
    assert not [f for f in context.moderation.check(draft) if f.severity == Severity.BLOCK]
    with pytest.raises(ValueError):
        context.moderation.add_entry(draft)
    assert context.moderation.entries() == []


def test_r13_a_saved_entry_s_record_gives_its_stored_hash(context):
    """The record keeps what saving left empty as None (not ""): the hash covers it, so an entry read
    through the service hashes to what was sealed, with and without a ground, approver or correction."""
    page = make_page(context)
    first = context.moderation.add_entry(deletion(page))
    second = context.moderation.add_entry(
        deletion(page, action="hidden", ground=None, justification="", corrects_id=first.entry_id)
    )
    for entry_id in (first.entry_id, second.entry_id):
        entry = context.moderation.entry(entry_id)
        assert entry_hash(entry.row(), entry.id) == entry.entry_hash
    assert context.moderation.entry(first.entry_id).approved_by is None
