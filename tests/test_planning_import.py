"""CSV import over a store that moved on: an old file must not silently set back newer edits or bring
back deleted posts (docs/robustness.md). Service, command line and the import dialog."""

from __future__ import annotations

import csv
import io
import os
import re
import time
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.services.planning import PlanningError
from mtk_admin_desktop.services.planning_exchange import (
    CHANGED_SINCE,
    DIFFERS,
    NEW,
    RESTORED,
    UNCHANGED,
    UPDATED,
)
from tests.helpers import run_cli

NEW_ID = "7f0c8d5e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"  # a row the file adds, with an id of its own


def save(context, title: str, day: int) -> str:
    post = new_post(
        title=title,
        text="Tekst",
        planned_at=f"2026-12-{day:02d}T10:00+01:00",
        responsible="Kari Nordbø",
        website={"mode": "planned"},
    )
    return context.planning.save_post(post)


@pytest.fixture
def plan(context, tmp_path: Path) -> dict[str, str]:
    """Four posts exported to ``old.csv``; then, in the app, one edited, one deleted, and in the file one
    changed by hand (an intended update) and one new row."""
    ids = {
        "edited": save(context, "Juleverksted", 1),
        "deleted": save(context, "Lysmesse", 2),
        "hand": save(context, "Julekonsert", 3),
        "same": save(context, "Grøtfest", 4),
    }
    old = tmp_path / "old.csv"
    context.planning.export_csv(old)
    text = old.read_text(encoding="utf-8-sig").replace("Julekonsert", "Julekonsert – flyttet til kirka")
    text += f"{NEW_ID};;;2026-12-05T10:00+01:00;Nyttårsball;Tekst;nyhet;utkast;;[];[];{{}};0;0;;0;;\r\n"
    old.write_text(text, encoding="utf-8-sig")
    context.planning.save_post({"title": "Juleverksted – NY TID"}, ids["edited"])
    context.planning.delete_post(ids["deleted"])
    return ids


def actions(preview) -> dict[str, str]:
    return {(r.current or r.values)["title"]: r.action for r in preview.rows}


def without_columns(src: Path, dst: Path, drop: tuple[str, ...], edit=None) -> None:
    """``src`` saved again without the columns ``drop`` (as an Excel user deleting columns), ``edit``ed."""
    rows = list(csv.DictReader(io.StringIO(src.read_text(encoding="utf-8-sig")), delimiter=";"))
    out = io.StringIO()
    writer = csv.DictWriter(
        out,
        fieldnames=[c for c in rows[0] if c not in drop],
        extrasaction="ignore",
        lineterminator="\r\n",
        delimiter=";",
    )
    writer.writeheader()
    for row in rows:
        if edit:
            edit(row)
        writer.writerow(row)
    dst.write_text(out.getvalue(), encoding="utf-8-sig")


def test_columns_left_out_of_the_file_leave_those_fields_as_they_are(context, plan, tmp_path) -> None:
    service = context.planning
    service.save_post({"attachments": [{"name": "plakat.jpg"}]}, plan["same"])
    fresh = tmp_path / "fresh.csv"
    service.export_csv(fresh)
    slim = tmp_path / "slim.csv"

    def edit(row: dict[str, str]) -> None:
        if row["title"] == "Grøtfest":
            row["title"] = "Grøtfest i kantina"

    without_columns(fresh, slim, ("responsible", "attachments"), edit)
    preview = service.preview_csv(slim)
    assert preview.ok, preview.errors
    assert actions(preview) == {
        "Juleverksted – NY TID": UNCHANGED,
        "Julekonsert": UNCHANGED,
        "Grøtfest": UPDATED,
    }
    assert service.import_csv(preview) == 1
    post = service.post(plan["same"])
    assert post["title"] == "Grøtfest i kantina"
    assert post["responsible"] == "Kari Nordbø" and post["attachments"] == [{"name": "plakat.jpg"}]
    assert service.post(plan["hand"])["responsible"] == "Kari Nordbø"


def test_an_unedited_file_without_a_column_changes_nothing(context, plan, tmp_path) -> None:
    fresh = tmp_path / "fresh.csv"
    context.planning.export_csv(fresh)
    without_columns(fresh, tmp_path / "slim.csv", ("responsible",))
    preview = context.planning.preview_csv(tmp_path / "slim.csv")
    assert preview.ok, preview.errors
    assert {r.action for r in preview.rows} == {UNCHANGED}
    assert context.planning.import_csv(preview) == 0


def test_a_new_row_in_a_file_without_a_column_gets_that_fields_default(context, tmp_path) -> None:
    f = tmp_path / "new.csv"
    f.write_text(
        f"id,planned_at,title,text,kind,status\n{NEW_ID},2026-12-10T10:00,Møte,Tekst,nyhet,utkast\n",
        encoding="utf-8",
    )
    preview = context.planning.preview_csv(f)
    assert context.planning.import_csv(preview) == 1
    post = context.planning.post(NEW_ID)
    assert post["title"] == "Møte" and post["responsible"] == "" and post["attachments"] == []


def test_an_old_csv_over_newer_edits_is_told_and_skipped_by_default(context, plan, tmp_path) -> None:
    preview = context.planning.preview_csv(tmp_path / "old.csv")
    assert preview.ok, preview.errors
    assert actions(preview) == {
        "Juleverksted – NY TID": CHANGED_SINCE,
        "Lysmesse": RESTORED,
        "Julekonsert": UPDATED,
        "Grøtfest": UNCHANGED,
        "Nyttårsball": NEW,
    }
    assert preview.counts() == {NEW: 1, UPDATED: 1, UNCHANGED: 1, CHANGED_SINCE: 1, DIFFERS: 0, RESTORED: 1}
    assert context.planning.import_csv(preview) == 2  # the new post and the intended update
    service = context.planning
    assert service.post(plan["edited"])["title"] == "Juleverksted – NY TID"  # the newer edit stays
    assert service.post(plan["deleted"]) is None  # not brought back silently
    assert service.post(plan["hand"])["title"] == "Julekonsert – flyttet til kirka"
    assert sorted(p["title"] for p in service.all_posts()) == [
        "Grøtfest",
        "Julekonsert – flyttet til kirka",
        "Juleverksted – NY TID",
        "Nyttårsball",
    ]


def test_by_choice_newer_edits_are_overwritten_and_deleted_posts_restored(context, plan, tmp_path) -> None:
    service = context.planning
    preview = service.preview_csv(tmp_path / "old.csv")
    assert service.import_csv(preview, overwrite_changed=True) == 3
    assert service.post(plan["edited"])["title"] == "Juleverksted"
    assert service.post(plan["deleted"]) is None
    preview = service.preview_csv(tmp_path / "old.csv")
    assert actions(preview)["Lysmesse"] == RESTORED
    assert service.import_csv(preview, restore_deleted=True) == 1
    assert service.post(plan["deleted"])["title"] == "Lysmesse"
    titles = [op.value for op in context.store.history("posts", plan["edited"]) if op.field == "title"]
    assert "Juleverksted – NY TID" in titles  # overwritten, still in the history


def test_unchanged_rows_are_not_written_again(context, plan, tmp_path) -> None:
    before = context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    preview = context.planning.preview_csv(tmp_path / "old.csv")
    context.planning.import_csv(preview)
    again = context.planning.preview_csv(tmp_path / "old.csv")
    assert actions(again)["Julekonsert – flyttet til kirka"] == UNCHANGED
    assert actions(again)["Nyttårsball"] == UNCHANGED
    ops = context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    assert context.planning.import_csv(again) == 0
    assert context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == ops > before


def test_an_edit_made_while_the_preview_is_open_is_not_overwritten(context, plan, tmp_path) -> None:
    service = context.planning
    preview = service.preview_csv(tmp_path / "old.csv")
    assert actions(preview)["Julekonsert"] == UPDATED
    service.save_post({"title": "Julekonsert – avlyst"}, plan["hand"])  # e.g. arrived by sync
    service.import_csv(preview)
    assert service.post(plan["hand"])["title"] == "Julekonsert – avlyst"


def test_a_file_without_the_version_column_skips_posts_that_differ_and_says_why(
    context, plan, tmp_path
) -> None:
    old = tmp_path / "old.csv"
    lines = old.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(";version")
    handmade = tmp_path / "handmade.csv"  # the same rows without the "version" column (made by hand, Excel)
    handmade.write_text("\n".join(line.rsplit(";", 1)[0] for line in lines) + "\n", encoding="utf-8")
    later = time.time() + 3600
    os.utime(handmade, (later, later))  # a new modification time proves nothing about its rows
    service = context.planning
    preview = service.preview_csv(handmade)
    assert preview.ok, preview.errors
    assert not preview.versioned
    # Which side changed cannot be told: the app's edit and the file's edit are both skipped unasked.
    assert actions(preview) == {
        "Juleverksted – NY TID": DIFFERS,
        "Julekonsert": DIFFERS,
        "Grøtfest": UNCHANGED,
        "Lysmesse": RESTORED,
        "Nyttårsball": NEW,
    }
    assert "no version column" in preview.notice().english()
    assert "cannot tell" in preview.notice().english()
    assert service.import_csv(preview) == 1  # only the new post
    assert service.post(plan["edited"])["title"] == "Juleverksted – NY TID"
    assert service.post(plan["hand"])["title"] == "Julekonsert"
    preview = service.preview_csv(handmade)
    assert service.import_csv(preview, overwrite_changed=True) == 2  # the user's choice
    assert service.post(plan["edited"])["title"] == "Juleverksted"
    assert service.post(plan["hand"])["title"] == "Julekonsert – flyttet til kirka"


def test_cli_says_plainly_that_a_file_without_versions_cannot_tell(context, plan, tmp_path, data_dir) -> None:
    context.close()
    lines = (tmp_path / "old.csv").read_text(encoding="utf-8-sig").splitlines()
    handmade = tmp_path / "handmade.csv"
    handmade.write_text("\n".join(line.rsplit(";", 1)[0] for line in lines) + "\n", encoding="utf-8")
    code, out, err = run_cli("posts", "import", "--csv", str(handmade), "--lang", "en", data_dir=data_dir)
    assert code == 0, err
    assert "The file has no version column" in out
    assert "different in the app and in the file (which side changed cannot be told): 2" in out
    assert "which changed cannot be told: 2 posts. Give --overwrite" in out
    assert "1 post imported." in out
    code, out, _ = run_cli("posts", "import", "--csv", str(handmade), "--dry-run", data_dir=data_dir)
    assert "Filen har ingen versjonskolonne" in out  # bokmål by default


def test_two_laptops_an_edit_synced_in_after_the_export_is_not_overwritten(
    context, credentials, tmp_path
) -> None:
    """Laptop B edits a post offline; A exports, then syncs in B's (older-stamped) edit; re-importing
    A's untouched file must not set B's edit back (judged by content, not by timestamps)."""
    from mtk_admin_desktop.services.context import AppContext

    a = context
    b = AppContext.open(tmp_path / "laptop-b", credentials=credentials)
    try:
        ids = {"shared": save(a, "Juleverksted", 1), "other": save(a, "Lysmesse", 2)}
        b.store.integrate(a.store.ops_since(a.store.device_id, 0))  # both laptops have the posts
        b.planning.save_post({"title": "Juleverksted – flyttet (B)"}, ids["shared"])  # B, offline
        time.sleep(0.01)
        a.planning.save_post({"text": "Ny tekst fra A"}, ids["shared"])  # A's own, newer-stamped edit
        exported = tmp_path / "a.csv"
        a.planning.export_csv(exported)  # A's file: without B's edit
        a.store.integrate(b.store.ops_since(b.store.device_id, 0))  # B's edit arrives at A
        assert a.planning.post(ids["shared"])["title"] == "Juleverksted – flyttet (B)"
        assert a.planning.post(ids["shared"])["text"] == "Ny tekst fra A"

        preview = a.planning.preview_csv(exported)
        assert preview.ok, preview.errors
        assert actions(preview) == {"Juleverksted – flyttet (B)": CHANGED_SINCE, "Lysmesse": UNCHANGED}
        assert a.planning.import_csv(preview) == 0
        assert a.planning.post(ids["shared"])["title"] == "Juleverksted – flyttet (B)"  # B's edit stays

        # A's user edits the file by hand: the post B changed still counts as changed in the app,
        # the other one is a safe update.
        text = exported.read_text(encoding="utf-8-sig").replace("Lysmesse", "Lysmesse i kirka")
        exported.write_text(text, encoding="utf-8-sig")
        preview = a.planning.preview_csv(exported)
        assert actions(preview) == {"Juleverksted – flyttet (B)": CHANGED_SINCE, "Lysmesse": UPDATED}
        assert a.planning.import_csv(preview) == 1
        assert a.planning.post(ids["other"])["title"] == "Lysmesse i kirka"
        assert a.planning.post(ids["shared"])["title"] == "Juleverksted – flyttet (B)"
        # Only by the user's choice does the file's value win.
        preview = a.planning.preview_csv(exported)
        assert a.planning.import_csv(preview, overwrite_changed=True) == 1
        assert a.planning.post(ids["shared"])["title"] == "Juleverksted"
    finally:
        b.close()


def test_a_file_with_the_same_post_twice_is_refused(context, plan, tmp_path, data_dir) -> None:
    old = tmp_path / "old.csv"
    lines = old.read_text(encoding="utf-8-sig").splitlines()
    twice = next(line for line in lines if "Julekonsert" in line)
    twice_line = lines.index(twice) + 1
    doubled = tmp_path / "doubled.csv"
    doubled.write_text("\n".join([*lines, twice.replace("kirka", "hallen")]) + "\n", encoding="utf-8")
    preview = context.planning.preview_csv(doubled)
    assert not preview.ok
    ((line, error),) = preview.errors
    assert line == len(lines) + 1
    assert f"also on line {twice_line}" in error.english()
    with pytest.raises(PlanningError):
        context.planning.import_csv(preview)
    assert context.planning.post(plan["hand"])["title"] == "Julekonsert"  # nothing imported
    assert context.planning.post(NEW_ID) is None
    context.close()
    code, _, err = run_cli("posts", "import", "--csv", str(doubled), data_dir=data_dir)
    assert code == 1
    assert f"linje {len(lines) + 1}:" in err and f"også på linje {twice_line}" in err  # bokmål
    assert "Ingenting ble importert" in err


def test_cli_import_names_newer_edits_and_needs_overwrite(context, plan, tmp_path, data_dir) -> None:
    context.close()
    old = str(tmp_path / "old.csv")
    code, out, err = run_cli("posts", "import", "--csv", old, "--dry-run", "--lang", "en", data_dir=data_dir)
    assert code == 0, err
    assert "Posts in the file: 5. New: 1, updated: 1, unchanged: 1, changed in the app" in out
    assert '"Juleverksted – NY TID"' in out and '"Lysmesse"' in out
    assert "--overwrite" in out and "--restore" in out
    code, out, err = run_cli("posts", "import", "--csv", old, "--lang", "en", data_dir=data_dir)
    assert code == 0, err
    assert "2 posts imported." in out
    code, out, _ = run_cli("posts", "import", "--csv", old, "--dry-run", data_dir=data_dir)
    assert "endret i programmet etter at filen ble laget" in out  # bokmål by default
    code, out, err = run_cli(
        "posts", "import", "--csv", old, "--overwrite", "--lang", "en", data_dir=data_dir
    )
    assert code == 0, err
    assert "1 post imported." in out
    from mtk_admin_desktop.services.context import AppContext

    reopened = AppContext.open(data_dir)
    try:
        assert reopened.planning.post(plan["edited"])["title"] == "Juleverksted"
        assert reopened.planning.post(plan["deleted"]) is None  # --overwrite does not restore
    finally:
        reopened.close()


def test_import_dialog_names_the_posts_and_skips_them_unless_chosen(qtbot, context, plan, tmp_path) -> None:
    from mtk_admin_desktop.ui.planning.exchange_dialogs import CsvImportDialog

    dialog = CsvImportDialog(context, tmp_path / "old.csv")
    qtbot.addWidget(dialog)
    choices = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert any("Juleverksted – NY TID" in c for c in choices)
    assert any("Lysmesse" in c for c in choices)
    assert not dialog.overwrite.isChecked() and not dialog.restore.isChecked()
    assert "Import writes: 2." in dialog.effect.text()
    dialog.overwrite.setChecked(True)
    assert "Import writes: 3." in dialog.effect.text()
    dialog.overwrite.setChecked(False)
    dialog.do_import()
    assert dialog.imported == 2
    assert context.planning.post(plan["edited"])["title"] == "Juleverksted – NY TID"
    assert context.planning.post(plan["deleted"]) is None

    dialog = CsvImportDialog(context, tmp_path / "old.csv")
    qtbot.addWidget(dialog)
    dialog.overwrite.setChecked(True)
    dialog.restore.setChecked(True)
    dialog.do_import()
    assert dialog.imported == 2
    assert context.planning.post(plan["edited"])["title"] == "Juleverksted"
    assert context.planning.post(plan["deleted"])["title"] == "Lysmesse"


def test_import_dialog_says_a_file_without_versions_cannot_tell(qtbot, context, plan, tmp_path) -> None:
    from mtk_admin_desktop.ui.planning.exchange_dialogs import CsvImportDialog

    lines = (tmp_path / "old.csv").read_text(encoding="utf-8-sig").splitlines()
    handmade = tmp_path / "handmade.csv"
    handmade.write_text("\n".join(line.rsplit(";", 1)[0] for line in lines) + "\n", encoding="utf-8")
    dialog = CsvImportDialog(context, handmade)
    qtbot.addWidget(dialog)
    assert not dialog.notice.isHidden() and "no version column" in dialog.notice.text()
    choices = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert any(c.startswith("Different in the app and in the file") and "NY TID" in c for c in choices)
    assert "posts that differ from the app (2)" in dialog.overwrite.text()
    dialog.do_import()
    assert dialog.imported == 1  # the new post only
    assert context.planning.post(plan["edited"])["title"] == "Juleverksted – NY TID"
    assert context.planning.post(plan["hand"])["title"] == "Julekonsert"


def test_overwrite_applies_only_to_the_posts_the_preview_showed(context, plan, tmp_path) -> None:
    """The user ticks 'overwrite' for the one post the preview named; edits arriving (by sync) while the
    dialog is open turn an 'update' and an 'unchanged' row into changed ones: those are not overwritten,
    and the skipped update is returned so it can be told."""
    service = context.planning
    preview = service.preview_csv(tmp_path / "old.csv")
    assert [r.post_id for r in preview.rows_of(CHANGED_SINCE)] == [plan["edited"]]
    assert actions(preview)["Julekonsert"] == UPDATED and actions(preview)["Grøtfest"] == UNCHANGED
    service.save_post({"responsible": "Ola (synkronisert inn)"}, plan["hand"])
    service.save_post({"responsible": "Per (synkronisert inn)"}, plan["same"])
    result = service.import_csv(preview, overwrite_changed=True)
    assert service.post(plan["hand"])["responsible"] == "Ola (synkronisert inn)"
    assert service.post(plan["hand"])["title"] == "Julekonsert"
    assert service.post(plan["same"])["responsible"] == "Per (synkronisert inn)"
    assert service.post(plan["edited"])["title"] == "Juleverksted"  # the one the user chose
    assert result == 2 and [r.post_id for r in result.skipped] == [plan["hand"]]
    assert {r.post_id for r in result.written} == {plan["edited"], NEW_ID}
    assert actions(preview)["Julekonsert"] == UPDATED  # the preview stays what the user saw


def test_a_post_changed_again_after_the_preview_is_not_overwritten_even_if_chosen(
    context, plan, tmp_path
) -> None:
    service = context.planning
    preview = service.preview_csv(tmp_path / "old.csv")
    service.save_post({"text": "Enda nyere tekst"}, plan["edited"])  # still 'changed', not as it was seen
    context.store.restore("posts", plan["deleted"])  # brought back in the app: the file's values already
    service.delete_post(plan["hand"])  # the file's update would now bring a deleted post back
    result = service.import_csv(preview, overwrite_changed=True, restore_deleted=True)
    assert service.post(plan["edited"])["text"] == "Enda nyere tekst"
    assert service.post(plan["hand"]) is None
    assert service.post(plan["deleted"])["title"] == "Lysmesse"
    assert sorted(r.post_id for r in result.skipped) == sorted([plan["edited"], plan["hand"]])
    assert [r.post_id for r in result.written] == [NEW_ID]


def test_cli_names_posts_changed_after_its_check_and_exits_with_findings(
    context, plan, tmp_path, data_dir, monkeypatch
) -> None:
    from mtk_admin_desktop.services.planning import PlanningService

    context.close()
    preview_csv = PlanningService.preview_csv

    edits = iter(["Ola (synkronisert inn)", "Per (synkronisert inn)"])

    def sync_arrives_after_the_check(self, path):
        preview = preview_csv(self, path)
        self.save_post({"responsible": next(edits)}, plan["hand"])
        return preview

    monkeypatch.setattr(PlanningService, "preview_csv", sync_arrives_after_the_check)
    old = str(tmp_path / "old.csv")
    code, out, _ = run_cli("posts", "import", "--csv", old, "--lang", "en", data_dir=data_dir)
    assert code == 1
    assert "1 post imported." in out  # the new one
    assert "Not imported, as changed in the app after the check above: 1 post" in out
    assert '"Julekonsert"' in out
    # --overwrite overwrites the posts the check named as changed, not one changed again after it
    code, out, _ = run_cli("posts", "import", "--csv", old, "--overwrite", data_dir=data_dir)
    assert code == 1 and "Ikke importert" in out  # bokmål by default


def test_import_dialog_names_posts_changed_while_it_was_open(qtbot, context, plan, tmp_path) -> None:
    from mtk_admin_desktop.ui.planning.exchange_dialogs import CsvImportDialog

    dialog = CsvImportDialog(context, tmp_path / "old.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Import writes: 2." in dialog.effect.text()
    context.planning.save_post({"responsible": "Ola"}, plan["hand"])  # arrives while the dialog is open
    dialog.do_import()
    assert dialog.imported == 1  # the new post; the file's edit of Julekonsert is not written...
    assert context.planning.post(plan["hand"])["title"] == "Julekonsert"
    assert dialog.isVisible() and not dialog.skipped.isHidden()  # ...and the user is told which
    assert "Changed in the app after this preview and not imported: 1" in dialog.skipped_label.text()
    line = next(r.line for r in dialog.preview.rows if r.post_id == plan["hand"])
    (named,) = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert named.startswith(f'line {line}: "Julekonsert" (03.12.2026 10:00), last edited in the app ')
    assert not dialog.import_button.isEnabled()


def test_the_version_cannot_be_taken_for_a_number_and_a_bare_one_still_counts(
    context, plan, tmp_path
) -> None:
    fresh = tmp_path / "fresh.csv"
    context.planning.export_csv(fresh)
    text = fresh.read_text(encoding="utf-8-sig")
    versions = [row["version"] for row in csv.DictReader(io.StringIO(text), delimiter=";")]
    assert versions and all(re.fullmatch(r"v1-[0-9a-f]{16}", v) for v in versions)  # Excel keeps it as text

    def edit(row: dict[str, str]) -> None:
        row["version"] = row["version"].removeprefix("v1-").upper()  # as an earlier export wrote it
        if row["title"] == "Grøtfest":
            row["title"] = "Grøtfest i kantina"

    without_columns(fresh, tmp_path / "bare.csv", (), edit)
    preview = context.planning.preview_csv(tmp_path / "bare.csv")
    assert actions(preview) == {
        "Juleverksted – NY TID": UNCHANGED,
        "Julekonsert": UNCHANGED,
        "Grøtfest": UPDATED,
    }


def test_a_new_row_needs_an_id_made_by_the_app_or_none(context, tmp_path, data_dir) -> None:
    """Hand-numbered rows ("1", "2") from two files or laptops would be taken for the same post."""
    hand = tmp_path / "hand.csv"
    hand.write_text(
        "id,planned_at,title,text,kind,status\n"
        "1,2026-12-10T10:00,Møte,Tekst,nyhet,utkast\n"
        ",2026-12-11T10:00,Budsjett,Tekst,nyhet,utkast\n"
        f"{NEW_ID.upper()},2026-12-12T10:00,Julebord,Tekst,nyhet,utkast\n",
        encoding="utf-8",
    )
    preview = context.planning.preview_csv(hand)
    assert not preview.ok
    ((line, error),) = preview.errors
    assert line == 2 and "id must be an id exported by the app, or empty for a new post" in error.english()
    with pytest.raises(PlanningError):
        context.planning.import_csv(preview)
    assert context.planning.all_posts() == []
    hand.write_text(hand.read_text(encoding="utf-8").replace("\n1,", "\n,"), encoding="utf-8")
    preview = context.planning.preview_csv(hand)
    assert preview.ok, preview.errors
    assert context.planning.import_csv(preview) == 3
    assert context.planning.post(NEW_ID)["title"] == "Julebord"  # the app's own spelling of the id
    assert actions(context.planning.preview_csv(hand))["Julebord"] == UNCHANGED
