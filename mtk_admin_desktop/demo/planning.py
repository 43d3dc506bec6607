"""Demo data of the planning area: a realistic month of posts around today, with a few things to fix.

The main page gets one or two news items most working days, and one week goes over the quota (R11);
unit pages post as needed. A handful of posts carry what the checks are for: an image without
alternative text (R12.1), a "klikk her" link (R12.4), a hashtag without capitals (R12.6), a post that
sounds like case processing (R15), one without its website counterpart (R2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mtk_admin_desktop.domain.planning import OSLO, format_planned, is_working_day
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.planning import demo_post_id

WEB = "https://www.midt-telemark.kommune.no/aktuelt/"

# (title, text, kind) for the main page; the website counterpart is filled in below.
_MAIN_NEWS = [
    (
        "Vinterdrift på kommunale veger",
        "Brøytemannskapene er klare. Ved snøfall over 8 cm starter brøytinga "
        "tidlig om morgonen. Parker bilen slik at brøytebilen kommer fram.",
        "nyhet",
    ),
    (
        "Ledige stillinger i helse og omsorg",
        "Vi søker sykepleiere og helsefagarbeidere til sjukeheimen i Bø. "
        "Se alle ledige stillinger på nettsiden vår.",
        "nyhet",
    ),
    (
        "Kommunestyremøte torsdag",
        "Kommunestyret møtes i rådhuset i Bø kl. 18.00. Møtet strømmes direkte, og "
        "sakskartet ligger på nettsiden.",
        "nyhet",
    ),
    (
        "Bilder fra julegrantenninga",
        "Takk til alle som kom på julegrantenninga i Gvarv! Her er noen bilder fra kvelden.",
        "bilde",
    ),
    (
        "Film: slik sorterer du avfall",
        "Se filmen om sortering av plast, papp og matavfall. Filmen er tekstet.",
        "film",
    ),
    (
        "Høring: kommuneplanens samfunnsdel",
        "Forslag til samfunnsdel er lagt ut til offentlig ettersyn. Frist for innspill er 15. januar.",
        "nyhet",
    ),
    (
        "Vannavstenging i Akkerhaugen",
        "På grunn av arbeid på vannledningen blir vannet stengt tirsdag fra kl. 09 til 13.",
        "nyhet",
    ),
    (
        "Influensavaksine",
        "Helsestasjonen tilbyr influensavaksine til risikogrupper. Ingen timebestilling.",
        "nyhet",
    ),
    (
        "Åpningstider i jula",
        "Servicetorget har redusert åpningstid i romjula. Se åpningstidene på nettsiden.",
        "nyhet",
    ),
    (
        "Tilskudd til lag og foreninger",
        "Lag og foreninger kan nå søke om kulturmidler for neste år.",
        "nyhet",
    ),
]


def _image(
    name: str, alt: str, photographer: str = "Midt-Telemark kommune", licence: str = "Eget bilde"
) -> dict[str, Any]:
    return {
        "type": "image",
        "name": name,
        "alt_text": alt,
        "contains_text": False,
        "image_text": "",
        "photographer": photographer,
        "licence": licence,
    }


def populate(context: AppContext, today: dt.date) -> None:
    """Add about a month of posts (two weeks back, three ahead) to the main page and two unit pages."""
    service = context.planning
    pages = service.pages()
    main = service.main_page()
    if main is None:
        return
    by_url = {p.url.lower(): p for p in pages}
    library = next((p for u, p in by_url.items() if "folkebibliotek" in u), None)
    culture = next((p for u, p in by_url.items() if "kulturskolen" in u), None)
    people = {
        "main": ["Kari Nordbø", "Ola Haugen", "Ingrid Bakken"],
        "library": ["Siri Lia", "Per Moen"],
        "culture": ["Marte Aas"],
    }
    monday = today - dt.timedelta(days=today.weekday())
    start = monday - dt.timedelta(days=14)
    over_week = monday + dt.timedelta(days=7)  # next week is over the quota on purpose
    posts: list[tuple[str, dict[str, Any]]] = []
    n = 0
    day = start
    while day < monday + dt.timedelta(days=21):
        if is_working_day(day):
            per_day = 1 + (day.toordinal() % 2)
            if over_week <= day < over_week + dt.timedelta(days=7):
                per_day = 3 if day.weekday() == 1 else 2  # 12 that week, 3 on Tuesday
            for k in range(per_day):
                title, text, kind = _MAIN_NEWS[n % len(_MAIN_NEWS)]
                n += 1
                when = dt.datetime.combine(day, dt.time(9 + 4 * k, 0 if k == 0 else 30), tzinfo=OSLO)
                status = (
                    "publisert"
                    if day < today
                    else ("klar" if day < today + dt.timedelta(days=4) else "utkast")
                )
                attachments = (
                    [_image("brøyting.jpg", "Brøytebil på snødekt veg ved Bø sentrum")]
                    if kind == "nyhet" and n % 4 == 0
                    else []
                )
                if kind == "bilde":
                    attachments = [
                        _image(
                            "julegran.jpg",
                            "Folk samlet rundt den tente julegrana på torget i Gvarv",
                            "Per Moen",
                            "Samtykke fra de avbildede",
                        )
                    ]
                if kind == "film":
                    attachments = [{"type": "video", "name": "sortering.mp4", "captions": True}]
                posts.append(
                    (
                        f"main:{day.isoformat()}:{k}",
                        {
                            "page_id": main.id,
                            "planned_at": format_planned(when),
                            "title": title,
                            "text": text,
                            "kind": kind,
                            "status": status,
                            "responsible": people["main"][n % 3],
                            "attachments": attachments,
                            "links": [],
                            "website": {
                                "mode": "url" if status == "publisert" else "planned",
                                "url": WEB + title.lower().replace(" ", "-")[:40]
                                if status == "publisert"
                                else "",
                                "reason": "",
                            },
                        },
                    )
                )
        day += dt.timedelta(days=1)
    # The last post before today went out but nobody marked it published (I dag's "planned but not marked
    # published", R11), whatever the hour the demo is opened.
    forgotten = max((p for _, p in posts if p["status"] == "publisert"), key=lambda p: p["planned_at"])
    forgotten["status"] = "klar"
    forgotten["website"] = {"mode": "planned", "url": "", "reason": ""}

    # The posts with something to fix, on the main page this week and next.
    fix_day = today if is_working_day(today) else monday + dt.timedelta(days=7)
    posts.append(
        (
            "main:fix:alt",
            {
                "page_id": main.id,
                "planned_at": format_planned(dt.datetime.combine(fix_day, dt.time(15, 0), OSLO)),
                "title": "Ny gang- og sykkelveg åpnet",
                "kind": "bilde",
                "status": "utkast",
                "text": "Den nye gang- og sykkelvegen mellom Gvarv og Sauherad sentrum er åpnet. God tur! "
                "#midttelemarkkommune",
                "responsible": "Ingrid Bakken",
                "attachments": [_image("sykkelveg.jpg", "")],
                "links": [],
                "website": {"mode": "planned"},
            },
        )
    )
    posts.append(
        (
            "main:fix:link",
            {
                "page_id": main.id,
                "planned_at": format_planned(
                    dt.datetime.combine(fix_day + dt.timedelta(days=1), dt.time(11, 0), OSLO)
                ),
                "title": "Påmelding til vinteraktiviteter",
                "kind": "arrangement",
                "status": "utkast",
                "text": "Det er åpent for påmelding til vinteraktiviteter for barn og unge. Klikk her: "
                "https://www.midt-telemark.kommune.no/vinteraktiviteter",
                "responsible": "Ola Haugen",
                "attachments": [],
                "links": [],
                "website": {},
            },
        )
    )
    if library is not None:
        for i, (title, text) in enumerate(
            [
                (
                    "Lesestund for de minste",
                    "Velkommen til lesestund 🎉 på biblioteket i Bø onsdag kl. 10. Gratis, ingen påmelding.",
                ),
                ("Nye bøker i hylla", "Vi har fått inn mange nye romaner og fagbøker. Kom innom!"),
                ("Julequiz på biblioteket", "Bli med på julequiz fredag kl. 18. Premie til vinnerlaget."),
                (
                    "Om søknaden din om lånekort",
                    "Vi har behandlet søknaden din om lånekort for barn. Vedtaket er sendt i posten.",
                ),
            ]
        ):
            when = dt.datetime.combine(monday + dt.timedelta(days=2 + 5 * i), dt.time(12, 0), OSLO)
            posts.append(
                (
                    f"library:{i}",
                    {
                        "page_id": library.id,
                        "planned_at": format_planned(when),
                        "title": title,
                        "text": text,
                        "kind": "arrangement" if i != 1 else "nyhet",
                        "status": "klar" if i < 2 else "utkast",
                        "responsible": people["library"][i % 2],
                        "attachments": [],
                        "links": [],
                        "website": {"mode": "not_relevant", "reason": "Kun for bibliotekets brukere"},
                        "send_to_communication": 1 if i == 2 else 0,
                    },
                )
            )
    if culture is not None:
        when = dt.datetime.combine(monday + dt.timedelta(days=10), dt.time(19, 0), OSLO)
        posts.append(
            (
                "culture:0",
                {
                    "page_id": culture.id,
                    "planned_at": format_planned(when),
                    "title": "Julekonsert i Bø kyrkje",
                    "text": "Elevane i kulturskolen inviterer til julekonsert. Billetter ved inngangen.",
                    "kind": "arrangement",
                    "status": "klar",
                    "responsible": people["culture"][0],
                    "attachments": [{"type": "video", "name": "invitasjon.mp4", "captions": False}],
                    "links": [
                        {
                            "url": "https://www.midt-telemark.kommune.no/kulturskolen/program.pdf",
                            "text": "Program",
                        }
                    ],
                    "website": {"mode": "planned"},
                    "send_to_communication": 1,
                },
            )
        )
    posts.append(
        (
            "idea:0",
            {
                "page_id": main.id,
                "planned_at": None,
                "title": "Idé: portrett av en lærling",
                "kind": "nyhet",
                "status": "ide",
                "text": "Intervju med en lærling i kommunen, kanskje i februar.",
                "responsible": "Kari Nordbø",
                "attachments": [],
                "links": [],
                "website": {},
            },
        )
    )

    with context.store.transaction() as tx:
        for key, values in posts:
            tx.create("posts", values, row_id=demo_post_id(key))
