"""The planning service: range queries, saving, crisis mode (R16), iCalendar and CSV exchange, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import OSLO, format_planned, new_post
from mtk_admin_desktop.services.planning import PlanningError
from tests.helpers import run_cli

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

MAIN_URL = "facebook.com/midttelemark"
LIB_URL = "facebook.com/midttelemarkfolkebibliotek"


@pytest.fixture
def pages(context) -> dict[str, str]:
    """A main page and a unit page, each with one person holding a role."""
    main, lib = stable_id("page", MAIN_URL), stable_id("page", LIB_URL)
    with context.store.transaction() as tx:
        tx.create(
            "pages",
            {
                "name": "Midt-Telemark kommune",
                "platform": "facebook",
                "url_normalised": MAIN_URL,
                "url": "https://www.facebook.com/midttelemark",
                "is_main": 1,
                "status": "active",
            },
            row_id=main,
        )
        tx.create(
            "pages",
            {
                "name": "Folkebiblioteket",
                "platform": "facebook",
                "url_normalised": LIB_URL,
                "url": "https://www.facebook.com/midttelemarkfolkebibliotek",
                "is_main": 0,
                "status": "active",
            },
            row_id=lib,
        )
        tx.create(
            "page_roles",
            {
                "page_id": main,
                "person_name": "Kari Nordbø",
                "role": "hovedadministrator",
                "from_date": "2024-01-01",
                "to_date": None,
            },
        )
        tx.create(
            "page_roles",
            {
                "page_id": lib,
                "person_name": "Siri Lia",
                "role": "redaktor",
                "from_date": "2024-01-01",
                "to_date": None,
            },
        )
    return {"main": main, "lib": lib}


def save(context, **values) -> str:
    base = new_post(title="Tittel", text="Tekst", responsible="Kari Nordbø", website={"mode": "planned"})
    base.update(values)
    return context.planning.save_post(base)


def test_posts_between_reads_only_the_range_by_oslo_day(context, pages) -> None:
    early = save(
        context, page_id=pages["main"], planned_at="2026-03-29T00:30+01:00"
    )  # before DST: still 29th
    late = save(context, page_id=pages["main"], planned_at="2026-03-29T23:30+02:00")
    save(context, page_id=pages["main"], planned_at="2026-03-30T00:10+02:00")
    save(context, page_id=pages["lib"], planned_at="2026-03-29T12:00+02:00")
    got = context.planning.posts_between(dt.date(2026, 3, 29), dt.date(2026, 3, 29), [pages["main"]])
    assert [p["id"] for p in got] == [early, late]
    assert len(context.planning.posts_between(dt.date(2026, 3, 29), dt.date(2026, 3, 29))) == 3


def test_the_calendar_query_uses_the_planned_at_index(context) -> None:
    plan = context.store.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM posts WHERE _deleted = 0 AND (planned_at >= ? AND planned_at < ?)",
        ["2026-01-01", "2026-02-01"],
    ).fetchall()
    assert any("posts_planned_at" in str(row) for row in plan)


def test_save_refuses_unusable_values_but_not_findings(context, pages) -> None:
    with pytest.raises(PlanningError):
        save(context, kind="reklame")
    with pytest.raises(PlanningError):
        save(context, planned_at="i morgen")
    with pytest.raises(PlanningError):
        save(context, title="", text="  ")
    # Full of findings (no alt text, no responsible, a fødselsnummer-like text): still saved as a draft.
    post_id = save(context, responsible="", attachments=[{"type": "image", "name": "x.jpg"}], website={})
    saved = context.planning.post(post_id)
    assert saved["status"] == "utkast" and saved["attachments"][0]["name"] == "x.jpg"
    assert {f.rule for f in context.planning.check_post(saved)} >= {"R10", "R12.1", "R2"}


def test_r10_through_the_register(context, pages) -> None:
    ok = context.planning.post(save(context, page_id=pages["main"]))
    assert "R10" not in {f.rule for f in context.planning.check_post(ok)}
    other = context.planning.post(save(context, page_id=pages["lib"]))  # Kari has no role on the library page
    assert "R10" in {f.rule for f in context.planning.check_post(other)}


def test_r11_week_check_and_quota_on_the_main_page(context, pages) -> None:
    monday = dt.date(2026, 3, 2)
    for i in range(11):
        day = monday + dt.timedelta(days=i % 5 if i < 10 else 5)  # two a working day, one on Saturday
        save(
            context,
            page_id=pages["main"],
            planned_at=format_planned(dt.datetime.combine(day, dt.time(8 + i), tzinfo=OSLO)),
            status="publisert",  # a past week: R11 counts what was published (issue 18)
        )
    quota = context.planning.quota("2026-W10")
    assert quota.count == 11 and quota.over
    assert [f.rule for f in context.planning.check_week("2026-W10")] == ["R11"]


def test_r16_crisis_mode_only_by_the_web_editor(context, pages) -> None:
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=OSLO)
    with pytest.raises(PlanningError):
        context.planning.start_crisis(start, None, "Flom")
    context.settings.set("org.nettredaktor", "Test Testesen")
    with pytest.raises(PlanningError):
        context.planning.start_crisis(start, start - dt.timedelta(hours=1), "Flom")
    period = context.planning.start_crisis(start, start + dt.timedelta(days=2), "Flom i Bø")
    post_id = save(context, page_id=pages["main"], planned_at="2026-03-02T12:00+01:00")
    post = context.planning.post(post_id)
    assert context.planning.is_on_hold(post)
    assert "R16" in {f.rule for f in context.planning.check_post(post)}
    context.planning.approve_in_crisis(post_id, True, "Kriseledelsen v/ ordfører")
    assert not context.planning.is_on_hold(context.planning.post(post_id))
    context.planning.end_crisis(period, start + dt.timedelta(hours=1))
    later = context.planning.post(save(context, planned_at="2026-03-02T12:00+01:00"))
    assert not context.planning.is_on_hold(later)


def test_ics_parses_and_round_trips_oslo_times(context, pages, tmp_path: Path) -> None:
    summer = save(context, page_id=pages["main"], planned_at="2026-06-17T10:15+02:00", title="Sommer")
    winter = save(context, page_id=pages["lib"], planned_at="2026-01-05T09:00+01:00", title="Vinter")
    save(context, planned_at=None, title="Idé uten dato", status="ide")
    path = tmp_path / "plan.ics"
    assert context.planning.export_ics(path) == 2
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        f"{summer}@mtk-admin.midt-telemark.kommune.no",
        f"{winter}@mtk-admin.midt-telemark.kommune.no",
    }
    start = events[f"{summer}@mtk-admin.midt-telemark.kommune.no"].decoded("DTSTART")
    assert start == dt.datetime(2026, 6, 17, 10, 15, tzinfo=OSLO) and start.utcoffset() == dt.timedelta(
        hours=2
    )
    assert str(start.tzinfo) == "Europe/Oslo" or getattr(start.tzinfo, "key", "") == "Europe/Oslo"
    assert events[f"{winter}@mtk-admin.midt-telemark.kommune.no"].decoded(
        "DTSTART"
    ).utcoffset() == dt.timedelta(hours=1)
    assert b"TZID=Europe/Oslo" in path.read_bytes()
    assert "Midt-Telemark kommune: Sommer" == str(
        events[f"{summer}@mtk-admin.midt-telemark.kommune.no"]["SUMMARY"]
    )
    # Stable UIDs: exporting again gives the same ones.
    again = icalendar.Calendar.from_ical(context.planning.ics_bytes())
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)


def _comparable(post: dict) -> dict:
    return {k: post[k] for k in post if not k.startswith("_")}


def test_csv_export_then_import_gives_the_same_posts(context, pages, tmp_path: Path, credentials) -> None:
    save(
        context,
        page_id=pages["main"],
        planned_at="2026-06-17T10:15+02:00",
        title='Sommer, «sol» og "vær"',
        text="Linje 1\nLinje 2 med æøå 🎉",
        attachments=[{"type": "image", "name": "a.jpg", "alt_text": "Sol", "sha256": "ab" * 32}],
        links=[{"url": "https://x.no", "text": "Programmet"}],
        send_to_communication=1,
        archive_worthy=1,
        archive_reason="Kulturell verdi",
    )
    save(
        context, page_id=pages["lib"], planned_at="2026-01-05T09:00+01:00", kind="arrangement", status="klar"
    )
    save(context, planned_at=None, status="ide", title="Idé")
    path = tmp_path / "plan.csv"
    assert context.planning.export_csv(path) == 3

    from mtk_admin_desktop.services.context import AppContext

    other = AppContext.open(tmp_path / "other", credentials=credentials)
    try:
        with other.store.transaction() as tx:  # the same pages exist on the other laptop
            for page in context.store.rows("pages"):
                tx.create(
                    "pages",
                    {k: page[k] for k in ("name", "platform", "url", "url_normalised", "is_main", "status")},
                    row_id=page["id"],
                )
        preview = other.planning.preview_csv(path)
        assert preview.ok, preview.errors
        assert other.planning.import_csv(preview) == 3
        mine = sorted((_comparable(p) for p in context.planning.all_posts()), key=lambda p: p["id"])
        theirs = sorted((_comparable(p) for p in other.planning.all_posts()), key=lambda p: p["id"])
        assert theirs == mine
        # Importing the same file again finds every post unchanged: nothing duplicated, nothing written.
        again = other.planning.preview_csv(path)
        assert [r.action for r in again.rows] == ["unchanged"] * 3
        assert other.planning.import_csv(again) == 0
        assert len(other.planning.all_posts()) == 3
    finally:
        other.close()


def test_csv_import_with_errors_imports_nothing(context, pages, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "planned_at,title,text,kind,status,page_name,attachments\n"
        "2026-03-02T10:00+01:00,God,Tekst,nyhet,klar,Folkebiblioteket,[]\n"
        "i morgen,Dato feil,Tekst,nyhet,klar,,[]\n"
        "2026-03-03T10:00+01:00,Type feil,Tekst,reklame,klar,,[]\n"
        "2026-03-04T10:00+01:00,Side feil,Tekst,nyhet,klar,Finnes ikke,[]\n"
        "2026-03-05T10:00+01:00,JSON feil,Tekst,nyhet,klar,,[{\n",
        encoding="utf-8",
    )
    preview = context.planning.preview_csv(path)
    assert not preview.ok
    assert sorted({line for line, _ in preview.errors}) == [3, 4, 5, 6]
    with pytest.raises(PlanningError):
        context.planning.import_csv(preview)
    assert context.planning.all_posts() == []
    missing = tmp_path / "cols.csv"
    missing.write_text("title\nHei\n", encoding="utf-8")
    assert context.planning.preview_csv(missing).file_error is not None


def test_csv_semicolon_excel_style_import(context, pages, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffplanned_at;title;text;kind;status;page_name\n"
        "2026-03-02T10:00+01:00;Åpent hus;Velkommen;nyhet;klar;Folkebiblioteket\n".encode()
    )
    preview = context.planning.preview_csv(path)
    assert preview.ok, preview.errors
    context.planning.import_csv(preview)
    (post,) = context.planning.all_posts()
    assert post["title"] == "Åpent hus" and post["page_id"] == pages["lib"]


# -- command line ------------------------------------------------------------------------------------


def test_cli_check_post_exit_codes(data_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli(
        "check-post",
        "--text",
        "Kommunestyret møtes torsdag.",
        "--responsible",
        "Kari",
        "--website",
        "planned",
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert code == 0 and "No findings" in out
    code, out, _ = run_cli(
        "check-post", "--text", "Velkommen 🎉 til oss", "--responsible", "Kari", "--json", data_dir=data_dir
    )
    assert code == 0
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["R12.5", "R2"]
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    code, out, _ = run_cli(
        "check-post",
        "--text",
        "Se bildet",
        "--image",
        str(image),
        "--json",
        "--responsible",
        "Kari",
        data_dir=data_dir,
    )
    assert code == 1 and "R12.1" in [f["rule"] for f in json.loads(out)["findings"]]
    code, _, _ = run_cli(
        "check-post",
        "--text",
        "Se bildet",
        "--image",
        str(image),
        "--alt",
        "Et kart over Bø",
        "--responsible",
        "Kari",
        data_dir=data_dir,
    )
    assert code == 0
    document = tmp_path / "bilde.png"  # a Word file renamed: its alt text would describe nothing
    document.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    code, _, err = run_cli(
        "check-post", "--text", "Se bildet", "--image", str(document), "--alt", "Kart", "--lang", "nb",
        data_dir=data_dir,
    )
    assert code != 0 and "er ikke et bilde" in err and "Traceback" not in err, err


def test_cli_posts_export_import_and_check(context, pages, tmp_path: Path, data_dir: Path) -> None:
    save(
        context,
        page_id=pages["main"],
        planned_at="2026-03-02T10:00+01:00",
        attachments=[{"type": "image", "name": "x.jpg"}],
    )
    context.close()
    csv_path, ics_path = tmp_path / "p.csv", tmp_path / "p.ics"
    assert run_cli("posts", "export", "--csv", str(csv_path), data_dir=data_dir)[0] == 0
    assert run_cli("posts", "export", "--ics", str(ics_path), data_dir=data_dir)[0] == 0
    assert icalendar.Calendar.from_ical(ics_path.read_bytes()).walk("VEVENT")
    code, out, _ = run_cli("posts", "check", "--week", "2026-W10", "--json", data_dir=data_dir)
    assert code == 1
    result = json.loads(out)
    assert "R12.1" in [f["rule"] for f in result["posts"][0]["findings"]]
    assert [f["rule"] for f in result["weeks"][0]["findings"]] == ["R11"]  # 1 news item: below 7 (info)
    assert run_cli("posts", "check", "--week", "2026-W99", data_dir=data_dir)[0] == 2
    assert run_cli("posts", "import", "--csv", str(csv_path), "--dry-run", data_dir=data_dir)[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("planned_at,title,text,kind,status\nx,T,T,nyhet,klar\n", encoding="utf-8")
    code, _, err = run_cli("posts", "import", "--csv", str(bad), data_dir=data_dir)
    assert code == 1 and ("line 2" in err.lower() or "linje 2" in err.lower())
