"""Demo data of the register area: the municipality's accounts with a few years of history and real gaps.

The pages were registered over the years, so their history is written as it would have arrived by sync
from the nettredaktør's earlier laptop: ops with the hybrid-clock stamps of those days (through
``store.integrate``, the sync's own path). That makes the yearly list (R1) for 1 January of this year and
of last year differ the way a real register would. Gaps are deliberate so the checklist has something to
say: a page without notice to the service office, a unit page whose main administrator left, a group
that has grown past the R18 limit, a page not reviewed for two months, one awaiting clearance.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.ids import new_id, stable_id
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.register_urls import parse_page_url
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.register import OSLO

HISTORY_DEVICE = stable_id("device", "demo: the nettredaktør's previous laptop")


class _History:
    """Ops stamped at past moments, from one (earlier) device, ready for ``store.integrate``."""

    def __init__(self, author: str) -> None:
        self.ops: list[Op] = []
        self.author = author
        self._seq = 0
        self._last: dict[tuple[str, str, str], str] = {}

    def write(self, when: dt.date, table: str, row_id: str, values: dict[str, Any]) -> str:
        ms = int(dt.datetime.combine(when, dt.time(10, 0), OSLO).timestamp() * 1000)
        for name, value in values.items():
            self._seq += 1
            key = (table, row_id, name)
            prev = (self._last[key],) if key in self._last else ()
            op = Op(
                op_id=new_id(),
                device=HISTORY_DEVICE,
                dev_seq=self._seq,
                hlc=Timestamp(ms, self._seq, HISTORY_DEVICE).encode(),
                tbl=table,
                row_id=row_id,
                kind="set",
                field=name,
                value=value,
                prev=prev,
                author=self.author,
            )
            self._last[key] = op.op_id
            self.ops.append(op)
        return row_id


def _page(history: _History, when: dt.date, url: str, **values: Any) -> str:
    parsed = parse_page_url(url)
    page_id = stable_id("page", parsed.normalised)
    history.write(
        when,
        "pages",
        page_id,
        {
            "url": parsed.url,
            "url_normalised": parsed.normalised,
            "platform": values.pop("platform", parsed.platform),
            "status": "awaiting_clearance",
            "status_changed_on": when.isoformat(),
            "is_main": 0,
            **values,
        },
    )
    return page_id


def _role(
    history: _History,
    when: dt.date,
    page_id: str,
    person: str,
    email: str,
    role: str,
    acknowledged: dt.date | None,
    until: dt.date | None = None,
) -> None:
    role_id = new_id()
    history.write(
        when,
        "page_roles",
        role_id,
        {
            "page_id": page_id,
            "person_name": person,
            "email": email,
            "role": role,
            "acknowledged_on": acknowledged.isoformat() if acknowledged else None,
            "from_date": when.isoformat(),
            "to_date": None,
        },
    )
    if until is not None:
        history.write(until, "page_roles", role_id, {"to_date": until.isoformat()})


def _activate(history: _History, when: dt.date, page_id: str, cleared_by: str) -> None:
    history.write(
        when,
        "pages",
        page_id,
        {
            "cleared_by": cleared_by,
            "cleared_on": when.isoformat(),
            "status": "active",
            "status_changed_on": when.isoformat(),
        },
    )


def _review(history: _History, when: dt.date, page_id: str, who: str, note: str) -> None:
    history.write(
        when,
        "page_reviews",
        new_id(),
        {"page_id": page_id, "reviewed_on": when.isoformat(), "reviewed_by": who, "note": note},
    )


def populate(context: AppContext, today: dt.date) -> None:
    """Add the register's part of the demo: eight accounts, their roles, reviews and history."""
    h = _History("Kari Nordbø")
    director = "Tone Haugen"
    year = today.year
    kari, kari_mail = "Kari Nordbø", "kari.nordbo@mt.kommune.no"
    full = {"visual_profile_confirmed": 1, "visual_profile_confirmed_by": kari}

    # The main page and the website (R1: "Kommunens konto pr 1.1.2024").
    start = dt.date(year - 5, 3, 2)
    main = _page(
        h,
        start,
        "https://www.facebook.com/midttelemark",
        name="Midt-Telemark kommune",
        is_main=1,
        unit="Kommunikasjon og service",
        purpose="Kommunens hovedkanal: nyheter, tjenesteinformasjon og beredskapsmeldinger.",
        target_group="Innbyggere, næringsliv og besøkende i Midt-Telemark",
        activity_what="Nyheter, arrangementer, driftsmeldinger og film fra kommunen",
        activity_frequency=8,
        activity_period="week",
        activity_by="Kommunikasjon og service",
        notice_sent_on=start.isoformat(),
        notice_sent_by=kari,
        visual_profile_confirmed_on=start.isoformat(),
        **full,
    )
    _activate(h, start + dt.timedelta(days=1), main, director)
    _role(h, start, main, kari, kari_mail, "hovedadministrator", start)
    _role(h, start, main, "Ola Haugen", "ola.haugen@mt.kommune.no", "administrator", start)
    _role(
        h,
        today - dt.timedelta(days=40),
        main,
        "Ingrid Bakken",
        "ingrid.bakken@mt.kommune.no",
        "redaktor",
        None,
    )

    web = _page(
        h,
        start,
        "www.midt-telemark.kommune.no",
        name="midt-telemark.kommune.no",
        unit="Kommunikasjon og service",
        purpose="Kommunens offisielle nettsted med alle tjenester.",
        target_group="Alle som trenger kommunens tjenester",
        activity_what="Aktuelle saker, tjenestesider og kunngjøringer",
        activity_frequency=10,
        activity_period="week",
        activity_by="Kommunikasjon og service",
        **full,
        visual_profile_confirmed_on=start.isoformat(),
    )
    _activate(h, start + dt.timedelta(days=1), web, director)
    _role(h, start, web, kari, kari_mail, "hovedadministrator", start)

    # Unit pages.
    lib_start = dt.date(year - 4, 9, 15)
    library = _page(
        h,
        lib_start,
        "https://www.facebook.com/midttelemarkfolkebibliotek",
        name="Midt-Telemark folkebibliotek",
        unit="Kultur",
        purpose="Arrangementer, nye bøker og åpningstider i bibliotekene i Bø, Gvarv og Nordagutu.",
        target_group="Lånere i alle aldre, skoler og barnehager",
        activity_what="Arrangementer og boktips",
        activity_frequency=2,
        activity_period="week",
        activity_by="Bibliotekarene",
        notice_sent_on=lib_start.isoformat(),
        notice_sent_by="Siri Lia",
        visual_profile_confirmed_on=lib_start.isoformat(),
        **full,
    )
    _activate(h, lib_start + dt.timedelta(days=3), library, director)
    _role(h, lib_start, library, "Siri Lia", "siri.lia@mt.kommune.no", "hovedadministrator", lib_start)
    _role(h, lib_start, library, "Per Moen", "per.moen@mt.kommune.no", "redaktor", lib_start)

    club_start = dt.date(year - 2, 2, 1)
    club = _page(
        h,
        club_start,
        "instagram.com/ungdomsklubbenbo",
        name="Ungdomsklubben i Bø",
        unit="Oppvekst",
        purpose="Program og påmelding for ungdomsklubben.",
        target_group="Ungdom 13-18 år i Bø",
        activity_what="Program for uka, bilder fra kveldene",
        activity_frequency=3,
        activity_period="week",
        activity_by="Miljøarbeiderne",
        visual_profile_confirmed=0,
    )
    _activate(h, club_start + dt.timedelta(days=5), club, director)
    _role(h, club_start, club, "Jonas Berg", "jonas.berg@mt.kommune.no", "hovedadministrator", club_start)
    _role(h, club_start, club, "Emma Solheim", "", "administrator", None)

    school_start = dt.date(year - 3, 8, 20)
    culture = _page(
        h,
        school_start,
        "https://www.facebook.com/kulturskolenmidttelemark",
        name="Kulturskolen i Midt-Telemark",
        unit="Kultur",
        purpose="Konserter, forestillinger og opptak til kulturskolen.",
        target_group="Elever, foreldre og publikum",
        activity_what="Konserter og opptak",
        activity_frequency=4,
        activity_period="month",
        activity_by="Rektor og lærerne",
        notice_sent_on=school_start.isoformat(),
        notice_sent_by="Lars Tveit",
        visual_profile_confirmed_on=school_start.isoformat(),
        **full,
    )
    _activate(h, school_start + dt.timedelta(days=2), culture, director)
    # The main administrator left in the summer; nobody has taken over yet (R7.1).
    _role(
        h,
        school_start,
        culture,
        "Lars Tveit",
        "lars.tveit@mt.kommune.no",
        "hovedadministrator",
        school_start,
        until=dt.date(year, 6, 30) if dt.date(year, 6, 30) < today else today - dt.timedelta(days=20),
    )
    _role(h, school_start, culture, "Marte Aas", "marte.aas@mt.kommune.no", "redaktor", school_start)

    home_start = dt.date(year - 1, 4, 10)
    home = _page(
        h,
        home_start,
        "https://www.facebook.com/groups/bosjukeheimparorande",
        name="Bø sjukeheim - pårørende",
        unit="Helse og omsorg",
        purpose="Informasjon til pårørende om aktiviteter og besøk.",
        target_group="Pårørende til bebuarar",
        activity_what="Aktivitetsplan og besøksinformasjon",
        activity_frequency=2,
        activity_period="month",
        activity_by="Avdelingsleder",
        notice_sent_on=home_start.isoformat(),
        notice_sent_by="Hilde Rui",
        is_group=1,
        group_size=46,
        visual_profile_confirmed_on=home_start.isoformat(),
        **full,
    )
    _activate(h, home_start + dt.timedelta(days=7), home, director)
    _role(h, home_start, home, "Hilde Rui", "hilde.rui@mt.kommune.no", "hovedadministrator", home_start)

    # A page closed last year: on last year's list, not on this year's.
    youth_start = dt.date(year - 3, 5, 5)
    youth = _page(
        h,
        youth_start,
        "https://x.com/gvarvungdomsrad",
        name="Ungdomsrådet (X)",
        unit="Oppvekst",
        purpose="Ungdomsrådets saker.",
        target_group="Ungdom",
        activity_what="Saker fra møtene",
        activity_frequency=1,
        activity_period="month",
        activity_by="Ungdomsrådets sekretær",
        notice_sent_on=youth_start.isoformat(),
        notice_sent_by="Kari Nordbø",
    )
    _activate(h, youth_start + dt.timedelta(days=4), youth, director)
    _role(
        h,
        youth_start,
        youth,
        "Nora Lien",
        "nora.lien@mt.kommune.no",
        "hovedadministrator",
        youth_start,
        until=dt.date(year - 1, 6, 1),
    )
    closed_on = dt.date(year - 1, 6, 1)
    h.write(
        closed_on,
        "pages",
        youth,
        {
            "status": "closed",
            "status_changed_on": closed_on.isoformat(),
            "notes": "Lagt ned: ungdomsrådet bruker hovedsiden.",
        },
    )

    # A new school page, registered this month and waiting for clearance (R17).
    new_start = today - dt.timedelta(days=6)
    school = _page(
        h,
        new_start,
        "https://www.facebook.com/nordaguturskule",
        name="Nordagutu skule",
        unit="Oppvekst",
        purpose="Informasjon til foreldre og elever.",
        target_group="",
    )
    _role(h, new_start, school, "Åse Kvisli", "ase.kvisli@mt.kommune.no", "hovedadministrator", None)

    # The review log (R4): most pages reviewed this month, the library two months ago.
    for page_id, who in (
        (main, kari),
        (web, kari),
        (club, "Jonas Berg"),
        (home, "Hilde Rui"),
        (culture, "Marte Aas"),
    ):
        for months_back in (3, 2, 1):
            _review(
                h,
                today - dt.timedelta(days=30 * months_back + 3),
                page_id,
                who,
                "Gått gjennom innhold og roller.",
            )
        _review(h, today - dt.timedelta(days=9), page_id, who, "Månedlig gjennomgang: alt i orden.")
    _review(h, today - dt.timedelta(days=64), library, "Siri Lia", "Oppdatert åpningstider.")

    context.store.integrate(h.ops)
