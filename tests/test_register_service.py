"""The register service on a real store: saving and refusing, roles with history, notice, yearly list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.services.register import OSLO, RegisterRefused

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

TODAY = dt.date(2026, 11, 25)


def ops_count(context) -> int:
    return context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]


def make_compliant(context, page_id: str, today: dt.date = TODAY) -> None:
    """Fill every checklist field, give the page a main administrator, review it and activate it."""
    service = context.register
    service.save_page(
        {
            "purpose": "Nyheter",
            "target_group": "Innbyggere",
            "activity_what": "Nyheter",
            "activity_frequency": 5,
            "activity_period": "week",
            "activity_by": "Kommunikasjon",
            "visual_profile_confirmed": 1,
            "cleared_by": "Tone Haugen",
            "cleared_on": "2026-01-05",
        },
        page_id,
        today,
    )
    service.add_role(
        page_id,
        "Kari Nordbø",
        "hovedadministrator",
        "kari.nordbo@mt.kommune.no",
        acknowledged_on=today,
        from_date=today,
    )
    service.record_notice_sent(page_id, "Kari Nordbø", today)
    service.add_review(page_id, "Kari Nordbø", "ok", today)
    service.set_status(page_id, "active", today)


def test_r17_new_page_starts_awaiting_clearance_with_a_stable_id(context) -> None:
    page_id = context.register.save_page(
        {"name": "Midt-Telemark kommune", "url": "facebook.com/MidtTelemark/", "is_main": True}
    )
    assert page_id == stable_id("page", "facebook.com/midttelemark")
    page = context.register.page(page_id)
    assert page.status == "awaiting_clearance"
    assert page.url == "https://www.facebook.com/midttelemark"
    assert page.platform == "facebook" and page.is_main is True
    assert context.register.main_page().id == page_id


def test_r1_second_registration_of_the_same_address_is_refused_naming_the_page(context) -> None:
    context.register.save_page({"name": "Biblioteket", "url": "https://www.facebook.com/mtbibliotek"})
    before = ops_count(context)
    with pytest.raises(RegisterRefused) as refused:
        context.register.save_page({"name": "Bibliotek 2", "url": "http://m.facebook.com/MTBibliotek?ref=x"})
    assert "Biblioteket" in refused.value.findings[0].message.english()
    assert ops_count(context) == before
    assert len(context.register.pages()) == 1


def test_r19_tiktok_refused_and_nothing_written(context) -> None:
    before = ops_count(context)
    with pytest.raises(RegisterRefused) as refused:
        context.register.save_page({"name": "Ungdom", "url": "https://vm.tiktok.com/ZMabc/"})
    assert [f.rule for f in refused.value.findings] == ["R19"]
    with pytest.raises(RegisterRefused):
        context.register.save_page({"name": "Ungdom", "url": "https://t.me/ungdom"})
    assert ops_count(context) == before
    assert context.register.pages() == []


def test_r6_second_main_page_refused_by_the_service(context) -> None:
    context.register.save_page(
        {"name": "Midt-Telemark kommune", "url": "facebook.com/midttelemark", "is_main": 1}
    )
    other = context.register.save_page({"name": "Kulturskolen", "url": "facebook.com/kulturskolen"})
    with pytest.raises(RegisterRefused) as refused:
        context.register.save_page({"is_main": 1}, other)
    assert refused.value.findings[0].rule == "R6"
    assert context.register.page(other).is_main is False
    assert context.register.register_findings() == []


def test_r1_address_of_a_saved_page_cannot_change_to_another_account(context) -> None:
    page_id = context.register.save_page({"name": "A", "url": "facebook.com/a"})
    context.register.save_page({"url": "https://www.facebook.com/A/"}, page_id)  # the same account: fine
    with pytest.raises(RegisterRefused):
        context.register.save_page({"url": "facebook.com/b"}, page_id)
    assert context.register.page(page_id).url_normalised == "facebook.com/a"


def test_r17_status_flow_through_the_service(context) -> None:
    page_id = context.register.save_page({"name": "A", "url": "facebook.com/a"})
    with pytest.raises(RegisterRefused) as refused:
        context.register.set_status(page_id, "active", TODAY)
    assert sorted(f.rule for f in refused.value.findings) == ["R17", "R7.1"]
    context.register.record_clearance(page_id, "Tone Haugen", TODAY)
    context.register.add_role(page_id, "Kari Nordbø", "hovedadministrator", from_date=TODAY)
    context.register.set_status(page_id, "active", TODAY)
    page = context.register.page(page_id)
    assert page.status == "active" and page.cleared_by == "Tone Haugen"
    assert page.cleared_on == TODAY.isoformat()
    context.register.set_status(page_id, "closed", TODAY)
    with pytest.raises(RegisterRefused):
        context.register.set_status(page_id, "active", TODAY)


def test_r9_roles_keep_their_history(context) -> None:
    service = context.register
    page_id = service.save_page({"name": "A", "url": "facebook.com/a"})
    old = service.add_role(page_id, "Lars Tveit", "hovedadministrator", from_date=dt.date(2024, 1, 1))
    service.end_role(old, dt.date(2026, 6, 30))
    new = service.add_role(
        page_id, "Marte Aas", "hovedadministrator", "marte.aas@mt.kommune.no", from_date=dt.date(2026, 7, 1)
    )
    assert [r.person_name for r in service.current_roles(page_id, TODAY)] == ["Marte Aas"]
    assert {r.person_name for r in service.roles(page_id)} == {"Lars Tveit", "Marte Aas"}
    assert service.role_of(page_id, "marte aas", TODAY) == "hovedadministrator"
    assert service.role_of(page_id, "Lars Tveit", TODAY) is None
    assert service.role_of(page_id, "Lars Tveit", dt.date(2025, 5, 1)) == "hovedadministrator"
    assert "R9" in [f.rule for f in service.findings(page_id, TODAY)]
    service.acknowledge(new, TODAY)
    assert "R9" not in [f.rule for f in service.findings(page_id, TODAY)]


def test_r9_bad_role_input_refused(context) -> None:
    page_id = context.register.save_page({"name": "A", "url": "facebook.com/a"})
    for args in (("", "administrator", ""), ("Per", "sjef", ""), ("Per", "administrator", "per(at)mt")):
        with pytest.raises(RegisterRefused):
            context.register.add_role(page_id, args[0], args[1], args[2])
    assert context.register.roles(page_id) == []


def test_r7_2_notice_mailto_and_one_click_record(context) -> None:
    service = context.register
    page_id = service.save_page(
        {"name": "Kulturskolen", "url": "facebook.com/kulturskolen", "purpose": "Konserter og opptak"}
    )
    service.add_role(page_id, "Marte Aas", "hovedadministrator", "marte.aas@mt.kommune.no")
    url = service.notice_mailto(page_id)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "post@mt.kommune.no"
    query = parse_qs(parts.query)
    assert "Kulturskolen" in query["subject"][0]
    body = query["body"][0]
    for expected in (
        "Kulturskolen",
        "https://www.facebook.com/kulturskolen",
        "Konserter og opptak",
        "Marte Aas <marte.aas@mt.kommune.no>",
    ):
        assert expected in body
    assert "R7.2" in [f.rule for f in service.findings(page_id, TODAY)]
    service.record_notice_sent(page_id, on=TODAY)
    page = service.page(page_id)
    assert page.notice_sent_on == TODAY.isoformat() and page.notice_sent_by == "Test Testesen"
    assert "R7.2" not in [f.rule for f in service.findings(page_id, TODAY)]


def test_r4_reviews_and_due_list(context) -> None:
    service = context.register
    a = service.save_page({"name": "A", "url": "facebook.com/a"})
    b = service.save_page({"name": "B", "url": "facebook.com/b"})
    c = service.save_page({"name": "C", "url": "facebook.com/c"})
    service.add_review(a, "Kari", "ok", TODAY - dt.timedelta(days=10))
    service.add_review(b, "Kari", "ok", TODAY - dt.timedelta(days=45))
    service.set_status(c, "closed", TODAY)
    due = [p.name for p in service.due_for_review(TODAY)]
    assert due == ["B"]
    with pytest.raises(RegisterRefused):
        service.add_review(a, " ", "")
    assert [r.reviewed_on for r in service.reviews(a)] == [(TODAY - dt.timedelta(days=10)).isoformat()]


def test_compliant_page_has_no_findings(context) -> None:
    page_id = context.register.save_page(
        {"name": "Midt-Telemark kommune", "url": "facebook.com/midttelemark", "is_main": 1}
    )
    make_compliant(context, page_id)
    assert context.register.findings(page_id, TODAY) == []


# -- the yearly list (R1), from the op log ----------------------------------------------------------


@pytest.fixture
def timed_context(tmp_path: Path, credentials):
    """A context whose clock the test sets (milliseconds), to write history at chosen moments."""
    from mtk_admin_desktop.paths import Paths
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.storage.store import Store

    now = {"ms": 0}
    paths = Paths(tmp_path / "timed")
    paths.data_dir.mkdir(parents=True)
    store = Store.open(paths.db_file, author="Test", wall=lambda: now["ms"])
    context = AppContext(paths, store, credentials)

    def at(moment: dt.datetime) -> None:
        now["ms"] = int(moment.timestamp() * 1000)

    context.at = at  # type: ignore[attr-defined]
    yield context
    context.close()


def test_r1_yearly_list_is_the_register_as_it_stood_on_1_january(timed_context) -> None:
    ctx = timed_context
    service = ctx.register
    ctx.at(dt.datetime(2025, 3, 1, 12, tzinfo=OSLO))
    main = service.save_page(
        {"name": "Midt-Telemark kommune", "url": "facebook.com/midttelemark", "is_main": 1}
    )
    make_compliant(ctx, main, dt.date(2025, 3, 1))
    closed = service.save_page({"name": "Ungdomsrådet", "url": "x.com/ungdomsrad"})
    make_compliant(ctx, closed, dt.date(2025, 3, 1))
    waiting = service.save_page({"name": "Venter", "url": "facebook.com/venter"})
    ctx.at(dt.datetime(2025, 12, 31, 23, 59, tzinfo=OSLO))
    service.save_page({"name": "Midt-Telemark kommune (hovedside)"}, main)
    service.set_status(closed, "closed", dt.date(2025, 12, 31))
    ctx.at(dt.datetime(2026, 1, 1, 0, 1, tzinfo=OSLO))
    late = service.save_page({"name": "Nordagutu skule", "url": "facebook.com/nordagutu"})
    make_compliant(ctx, late, dt.date(2026, 1, 1))
    service.save_page({"name": "Nytt navn etter nyttår"}, main)
    ctx.at(dt.datetime(2026, 2, 1, tzinfo=OSLO))
    service.set_status(waiting, "closed", dt.date(2026, 2, 1))

    names_2026 = [e.name for e in service.yearly_list(2026)]
    assert names_2026 == [
        "Midt-Telemark kommune (hovedside)"
    ]  # closed before, awaiting, and later: not listed
    names_2025 = [e.name for e in service.yearly_list(2025)]
    assert names_2025 == []  # nothing was registered yet
    names_2027 = [e.name for e in service.yearly_list(2027)]
    assert names_2027 == ["Nytt navn etter nyttår", "Nordagutu skule"]
    entry = service.yearly_list(2026)[0]
    assert entry.is_main and entry.main_administrators == "Kari Nordbø" and entry.platform == "facebook"


def test_r1_yearly_list_ignores_a_page_deleted_before_the_date(timed_context) -> None:
    ctx = timed_context
    ctx.at(dt.datetime(2025, 3, 1, tzinfo=OSLO))
    page_id = ctx.register.save_page({"name": "Feil", "url": "facebook.com/feil"})
    make_compliant(ctx, page_id, dt.date(2025, 3, 1))
    ctx.at(dt.datetime(2025, 6, 1, tzinfo=OSLO))
    ctx.store.delete("pages", page_id)
    assert ctx.register.yearly_list(2026) == []


def test_r1_yearly_csv_and_pdf(timed_context, tmp_path: Path, qapp) -> None:
    ctx = timed_context
    ctx.at(dt.datetime(2025, 3, 1, tzinfo=OSLO))
    page_id = ctx.register.save_page(
        {"name": "Bø sjukeheim – pårørende", "url": "facebook.com/groups/bo", "unit": "Helse og omsorg"}
    )
    make_compliant(ctx, page_id, dt.date(2025, 3, 1))
    ctx.at(dt.datetime(2026, 2, 1, tzinfo=OSLO))
    csv_path = tmp_path / "kontoer.csv"
    assert ctx.register.write_yearly_csv(csv_path, 2026) == 1
    data = csv_path.read_bytes()
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[0] == "Name" and len(lines) == 2
    assert lines[1].startswith(
        "Bø sjukeheim – pårørende;Facebook;https://www.facebook.com/groups/bo;Helse og omsorg"
    )
    pdf_path = tmp_path / "kontoer.pdf"
    assert ctx.register.write_yearly_pdf(pdf_path, 2026) == 1
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile" in pdf  # fonts embedded
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("suffix", ["csv", "pdf"])
def test_r1_yearly_list_on_a_full_disk_keeps_the_previous_file_and_leaves_no_part(
    timed_context, tmp_path: Path, qapp, monkeypatch, suffix: str
) -> None:
    import errno

    from mtk_admin_desktop.storage import files

    ctx = timed_context
    ctx.at(dt.datetime(2025, 3, 1, tzinfo=OSLO))
    make_compliant(ctx, ctx.register.save_page({"name": "Biblioteket", "url": "facebook.com/bibl"}),
                   dt.date(2025, 3, 1))
    ctx.at(dt.datetime(2026, 2, 1, tzinfo=OSLO))
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / f"kontoer.{suffix}"
    target.write_bytes(b"last year's list")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    write = ctx.register.write_yearly_csv if suffix == "csv" else ctx.register.write_yearly_pdf
    with pytest.raises(OSError):
        write(target, 2026)
    assert target.read_bytes() == b"last year's list"
    assert sorted(p.name for p in stick.iterdir()) == [target.name]


def test_demo_register_has_history_and_findings(context) -> None:
    from mtk_admin_desktop.demo import core, register

    core.populate(context, TODAY)  # only this area's demo: other areas' demos are not under test here
    register.populate(context, TODAY)
    service = context.register
    assert service.main_page().url == "https://www.facebook.com/midttelemark"
    assert service.page_by_url("www.midt-telemark.kommune.no").platform == "website"
    findings = service.all_findings(TODAY)
    flat = {f.rule for fs in findings.values() for f in fs}
    assert {"R7.1", "R7.2", "R9", "R18", "R4", "R17"} <= flat
    this_year = {e.name for e in service.yearly_list(TODAY.year)}
    last_year = {e.name for e in service.yearly_list(TODAY.year - 1)}
    assert "Ungdomsrådet (X)" in last_year and "Ungdomsrådet (X)" not in this_year
    assert "Nordagutu skule" not in this_year
    assert "Midt-Telemark kommune" in this_year


def test_r7_4_far_below_plan_counts_the_planned_posts(context) -> None:
    service = context.register
    page_id = service.save_page({"name": "Biblioteket", "url": "facebook.com/bibliotek"})
    make_compliant(context, page_id, dt.date.today())
    today = dt.date.today()
    assert "R7.4" not in [f.rule for f in service.findings(page_id, today)]  # planning not in use: no basis
    for days_ago, status in ((3, "publisert"), (10, "publisert"), (12, "avlyst"), (40, "publisert")):
        day = today - dt.timedelta(days=days_ago)
        context.store.create(
            "posts",
            {
                "page_id": page_id,
                "planned_at": f"{day.isoformat()}T10:00:00+01:00",
                "title": "Innlegg",
                "status": status,
            },
        )
    assert service.posts_in_last_30_days(page_id, today) == 2
    findings = [f for f in service.findings(page_id, today) if f.rule == "R7.4"]
    assert len(findings) == 1 and "2 posts" in findings[0].message.english()  # the plan says 5 a week


def test_r1_platform_left_to_detection_on_a_saved_page_is_detected_again(context) -> None:
    page_id = context.register.save_page({"name": "A", "url": "instagram.com/a"})
    context.register.save_page({"platform": None, "name": "A2"}, page_id)
    assert context.register.page(page_id).platform == "instagram"


def test_r1_two_laptops_registering_the_same_account_offline_meet_as_one_page(
    tmp_path: Path, credentials
) -> None:
    from mtk_admin_desktop.services.context import AppContext

    first = AppContext.open(tmp_path / "a", credentials=credentials)
    second = AppContext.open(tmp_path / "b", credentials=credentials)
    try:
        a = first.register.save_page({"name": "Biblioteket", "url": "https://www.facebook.com/MTBibliotek/"})
        b = second.register.save_page(
            {"name": "Folkebiblioteket", "url": "m.facebook.com/mtbibliotek?ref=x", "unit": "Kultur"}
        )
        assert a == b
        first.store.integrate(second.store.ops_since(second.store.device_id, 0))
        second.store.integrate(first.store.ops_since(first.store.device_id, 0))
        one, other = first.register.pages(), second.register.pages()
        assert len(one) == len(other) == 1
        assert one[0].name == other[0].name  # the merge picks the same name on both laptops
        assert one[0].unit == "Kultur"
    finally:
        first.close()
        second.close()


def test_r17_a_closed_account_registered_anew_starts_over(context) -> None:
    service = context.register
    page_id = service.save_page({"name": "Ungdomsrådet", "url": "x.com/ungdomsrad"})
    make_compliant(context, page_id)
    service.set_status(page_id, "closed", TODAY)
    again = service.save_page({"name": "Ungdomsrådet", "url": "https://twitter.com/Ungdomsrad"}, today=TODAY)
    assert again == page_id
    page = service.page(page_id)
    assert page.status == "awaiting_clearance"
    assert page.cleared_by == "" and page.notice_sent_on == ""
    assert page.purpose == "Nyheter"  # what was known is kept


def test_r9_a_typo_in_a_role_holder_is_corrected_in_place(context) -> None:
    service = context.register
    page_id = service.save_page({"name": "A", "url": "facebook.com/a"})
    role_id = service.add_role(page_id, "Mrate Aas", "hovedadministrator", "marte.aas@mt.kommune")
    with pytest.raises(RegisterRefused):
        service.correct_role(role_id, "Marte Aas", "marte.aas(at)mt.kommune.no")
    service.correct_role(role_id, "Marte Aas", "marte.aas@mt.kommune.no")
    roles = service.roles(page_id)
    assert len(roles) == 1 and roles[0].person_name == "Marte Aas"
    assert roles[0].email == "marte.aas@mt.kommune.no" and roles[0].role == "hovedadministrator"
