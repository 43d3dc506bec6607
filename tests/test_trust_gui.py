"""Issue 15 through the GUI of two laptops: a new laptop shows with its fingerprint in the sync status,
and a forged edit of a moderation entry on the share shows as tampering in the Moderering tab."""

from __future__ import annotations

import pytest

from mtk_admin_desktop.services.moderation_signing import fingerprint, keyring_key_for, public_key_text
from mtk_admin_desktop.ui.moderation.moderation_page import ModerationPage
from tests.test_moderation_log import deletion, make_page
from tests.test_sync_gui import laptops, sync  # noqa: F401 - the fixture is used by name
from tests.test_trust_values import Forger

pytestmark = pytest.mark.today


def test_new_laptop_fingerprint_in_the_status_and_tampering_in_the_moderation_tab(qtbot, laptops) -> None:  # noqa: F811
    (kari, ola), folder = laptops
    kari.widget.initialise_folder()
    qtbot.waitUntil(lambda: not kari.widget.is_running(), timeout=30000)
    ola.widget.choose_folder()
    qtbot.waitUntil(lambda: not ola.widget.is_running(), timeout=30000)
    entry = kari.context.moderation.add_entry(deletion(make_page(kari.context))).entry_id
    sync(qtbot, kari)
    sync(qtbot, ola)
    key = keyring_key_for(kari.context.credentials, kari.context.store)
    assert key is not None
    finger = fingerprint(public_key_text(key))
    assert f"new laptop joined: {finger}" in ola.widget.label.text()
    assert finger in ola.widget.label.toolTip()
    assert ola.context.moderation.entry(entry).comment_text == "Rådmannen er en idiot"
    from mtk_admin_desktop.ui.sync.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(ola.context)
    qtbot.addWidget(dialog)
    assert finger in dialog.devices_label.text() and dialog.devices_label.isVisibleTo(dialog)

    # Someone with write access to the share rewrites Kari's entry under a device of their own.
    share_id = ola.context.store.get_local("sync.share_id")
    mallory = Forger(folder, share_id, age_ms=30 * 86400_000)
    mallory.publish(
        [
            mallory.op("moderation_entries", entry, "comment_text", "En hyggelig kommentar"),
            mallory.op("moderation_entries", entry, "signature", None),
        ]
    )
    sync(qtbot, ola)
    assert "sync incomplete" in ola.widget.label.text()
    assert ola.context.moderation.entry(entry).comment_text == "Rådmannen er en idiot"
    page = ModerationPage(ola.context)
    qtbot.addWidget(page)
    page.refresh()
    assert "Tampering" in page.verify_label.text() and page.verify_label.isVisibleTo(page)
    page.verify()
    qtbot.waitUntil(lambda: page.last_verification is not None, timeout=30000)
    assert not page.last_verification.ok
    assert page.last_verification.failed_ids() == [entry]
    assert "tampering" in page.verify_label.text()
