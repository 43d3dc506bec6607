"""Issue 17: the real application under a real X server, driven by real keyboard and mouse events only.

Each test starts Xvfb, a D-Bus session, a fresh HOME and ``python -m mtk_admin_desktop`` (see
``tests/xvfb_session.py``), presses keys and clicks with ``xdotool``, finds controls the way a screen
reader does (AT-SPI), and reads back what was stored through the command line's ``--json``. Screenshots
of each journey land in the session's log folder (or ``MTK_JOURNEY_SHOTS``) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from xvfb_session import APP_TITLE, XSession, keep_screenshot, poll, xsession

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SAVE = "Lagre"


@pytest.fixture
def x(tmp_path: Path):
    yield from xsession(tmp_path)


def start_main(session: XSession, *args: str, name: str = "app") -> int:
    """Start the app, wait for its main window, give it the focus; the window's id."""
    session.start_app(*args, name=name)
    window = session.wait_window(re.escape(APP_TITLE))
    session.focus_window(window)
    # The window is mapped before its tab is built; a screen reader sees it once the tab list is there.
    session.find("1 Sider", "page tab", timeout=60)
    return window


def on_screen(node: dict[str, Any], size: tuple[int, int]) -> bool:
    """The node's whole rectangle lies on the screen (a user can see and click it)."""
    return (node["x"] >= 0 and node["y"] >= 0 and node["width"] > 0 and node["height"] > 0
            and node["x"] + node["width"] <= size[0] and node["y"] + node["height"] <= size[1])


def quit_app(session: XSession, window: int) -> None:
    """Ctrl+Q, as a user quits; the window must go and the process end (the geometry is saved then)."""
    session.focus_window(window)
    session.key("ctrl+q")
    session.wait_gone(window)
    app = session.apps[-1]
    app.wait(timeout=30)
    assert app.returncode == 0, session.log()


# -- the first start -------------------------------------------------------------------------------


def test_the_first_start_on_a_new_computer_shows_the_demo_window(tmp_path: Path) -> None:
    """``dev.py run`` on a new computer: ``--demo-if-new`` writes the demo store and shows its window.

    It used to write the demo through the command line's offscreen Qt application and then show the
    window on that same application: offscreen, so the user saw nothing at all.
    """
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app("--demo-if-new")
        window = session.wait_window(re.escape(APP_TITLE))
        geometry = session.geometry(window)
        assert geometry.viewable and geometry.width > 600 and geometry.height > 400, geometry
        assert session.windows(r"\(demo"), "the window's title does not say it shows demo data"
        demo = session.home / ".local" / "share" / "mtk-admin-desktop-demo" / "mtk-admin.sqlite"
        assert demo.exists(), session.log()
        keep_screenshot(session, "first-start")


def test_demo_start_on_a_new_folder_shows_the_window(tmp_path: Path) -> None:
    """``mtk-admin demo --start --data-dir NEW``: the same path, named by the README for a newcomer."""
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app("demo", "--start", "--data-dir", str(tmp_path / "demo-store"))
        window = session.wait_window(re.escape(APP_TITLE))
        assert session.geometry(window).viewable
        assert (tmp_path / "demo-store" / "mtk-admin.sqlite").exists()


def test_dev_py_run_shows_the_window(tmp_path: Path) -> None:
    """The README's first command, as a newcomer types it (the venv already set up by this test run)."""
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app(command=[sys.executable, str(ROOT / "dev.py"), "run"], name="dev-run")
        window = session.wait_window(re.escape(APP_TITLE), timeout=180)
        assert session.geometry(window).viewable, session.log("dev-run")


# -- the window's size -------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, None), (1920, 1080, 2)])
def test_the_first_window_fits_the_screen_and_uses_it(tmp_path: Path, width: int, height: int,
                                                      scale: float | None) -> None:
    """A new user's window takes the available screen (not 1280×800 whatever the screen), with its
    status bar and the page form's Lagre on the screen; at 200 % it used to be twice the screen."""
    with XSession(tmp_path / "x", width=width, height=height, scale=scale) as session:
        window = start_main(session, "--data-dir", str(tmp_path / "store"))
        geometry = session.geometry(window)
        assert geometry.x >= 0 and geometry.y >= 0, geometry
        assert geometry.right <= width and geometry.bottom <= height, geometry
        assert geometry.width >= 0.9 * width and geometry.height >= 0.9 * height, geometry
        status_bar = session.find("", "status bar")
        assert on_screen(status_bar, (width, height)), status_bar
        session.key("ctrl+1", "ctrl+n")
        save = session.find(SAVE, "push button")
        assert on_screen(save, (width, height)), save
        keep_screenshot(session, f"main-window-{width}x{height}-scale{scale or 1}")
        # The post editor's and the moderation entry form's Save buttons, too.
        for tab, title, button in (("2 Planlegging", "Nytt innlegg", SAVE),
                                   ("3 Moderering", "oppføring", "Lagre oppføring")):
            session.focus_window(window)
            session.key(f"ctrl+{tab[0]}")
            session.find(tab, "page tab")
            session.key("ctrl+n")
            dialog = session.wait_window(title)
            geometry = session.geometry(dialog)
            assert geometry.right <= width and geometry.bottom <= height, (title, geometry)
            save = session.find(button, "push button",
                                where=lambda n, t=title: t.lower() in n["path"].split(" / ")[0].lower())
            assert on_screen(save, (width, height)), save
            keep_screenshot(session, f"dialog-{tab[2:]}-{width}x{height}-scale{scale or 1}")
            session.key("Escape")
            session.wait_gone(dialog)


def test_a_saved_window_larger_than_the_screen_is_brought_within_it(tmp_path: Path) -> None:
    """Saved on a full-HD screen at 100 %, opened on a laptop at 1366×768 and at 200 %: inside the screen."""
    store = str(tmp_path / "store")
    with XSession(tmp_path / "big", width=1920, height=1080) as session:
        window = start_main(session, "--data-dir", store)
        session._x("xdotool", "windowsize", "--sync", str(window), "1900", "1060", check=True)
        poll(lambda: session.geometry(window).width == 1900, 10, "the window to take its new size")
        quit_app(session, window)
    for width, height, scale in ((1366, 768, None), (1920, 1080, 2)):
        with XSession(tmp_path / f"small-{width}-{scale}", width=width, height=height,
                      scale=scale, accessibility=False) as session:
            session.start_app("--data-dir", store)
            window = session.wait_window(re.escape(APP_TITLE))
            geometry = session.geometry(window)
            assert geometry.right <= width and geometry.bottom <= height, (width, scale, geometry)
            assert geometry.x >= 0 and geometry.y >= 0, geometry
            quit_app(session, window)


# -- journeys ------------------------------------------------------------------------------------------

SEED_POSTS = """
import datetime as dt, sys
from zoneinfo import ZoneInfo
from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.services.context import AppContext

context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
main = context.planning.main_page()
today = dt.date.fromisoformat(sys.argv[2])
monday = today - dt.timedelta(days=today.weekday())
days = [monday + dt.timedelta(days=i) for i in range(7) if monday + dt.timedelta(days=i) != today]
# Ten news items in today's week, two a day on the other days: the week is full (R11), no day over.
for number in range(10):
    day = days[number // 2]
    when = dt.datetime.combine(day, dt.time(9 + number % 2 * 4, 0), tzinfo=ZoneInfo("Europe/Oslo"))
    # R11 counts what went out on past days and what is planned from today on (issue 18).
    status = "publisert" if day < today else "klar"
    context.planning.save_post(new_post(page_id=main.id, title=f"Sak {number}", kind="nyhet",
                                        status=status, text="Les mer på kommunens nettside.",
                                        planned_at=when.isoformat()))
context.close()
"""


def oslo_today() -> dt.date:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Europe/Oslo")).date()


def fodselsnummer(born: dt.date, individual: int) -> str:
    """A valid 11-digit fødselsnummer (both check digits right), made here, not by the app's code."""
    digits = f"{born:%d%m%y}{individual:03d}"
    for weights in ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)):
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        if check == 10:
            raise ValueError("no valid number with this individual number")
        digits += str(0 if check == 11 else check)
    return digits


def a_valid_fodselsnummer() -> str:
    for individual in range(100, 499):
        try:
            return fodselsnummer(dt.date(1985, 3, 14), individual)
        except ValueError:
            continue
    raise AssertionError("no valid number found")


def new_store(session: XSession, tmp_path: Path) -> str:
    """A store with the main page registered through the command line, as IT might set one up."""
    store = str(tmp_path / "store")
    added = session.cli("pages", "add", "--name", "Midt-Telemark kommune", "--url",
                        "https://www.facebook.com/midttelemark", "--main", "--data-dir", store)
    assert added, "pages add printed nothing"
    return store


def test_register_a_page_with_keyboard_and_mouse(x: XSession, tmp_path: Path) -> None:
    store = new_store(x, tmp_path)
    start_main(x, "--data-dir", store)
    x.key("ctrl+1", "ctrl+n")
    x.wait_focus("Navn")
    x.type("Biblioteket i Bø")
    x.tab_to("Adresse")
    x.type("https://www.facebook.com/biblioteketibo")
    save = x.find(SAVE, "push button")
    keep_screenshot(x, "journey-register-page")
    x.click_node(save)

    def stored() -> dict[str, Any] | None:
        pages = x.cli("pages", "list", "--data-dir", store)
        return next((p for p in pages if p["url"] == "https://www.facebook.com/biblioteketibo"), None)

    page = poll(stored, 20, "the new page in `pages list`")
    assert page["name"] == "Biblioteket i Bø"


def test_plan_a_post_and_see_r11_and_r15(x: XSession, tmp_path: Path) -> None:
    """A post typed in the editor: R15 for the fødselsnummer in its text while typing, and the week's
    eleventh news item on the main page gives R11 once saved."""
    store = new_store(x, tmp_path)
    today = oslo_today()
    x.python(SEED_POSTS, store, today.isoformat())
    week = f"{today.isocalendar().year}-W{today.isocalendar().week:02d}"
    before = x.cli("posts", "check", "--week", week, "--data-dir", store)
    assert not [f for f in before["weeks"][0]["findings"] if f["rule"] == "R11" and f["severity"] != "info"]
    main = start_main(x, "--data-dir", store)
    x.key("ctrl+2")
    x.find("2 Planlegging", "page tab")
    x.key("ctrl+n")
    editor = x.wait_window("Nytt innlegg")
    x.tab_to("(ingen side)", "combo box")
    x.key("Down")
    x.tab_to("Tittel")
    x.type("Vaksinering i Bø")
    x.tab_to("Tekst")
    number = a_valid_fodselsnummer()
    x.type(f"Spørsmål om vedtaket for {number} kan sendes til servicetorget.")

    def r15_shown() -> dict[str, Any] | None:
        return next((n for n in x.nodes() if n["role"] == "list item" and "R15" in n["name"]), None)

    poll(r15_shown, 20, "an R15 finding in the editor's findings list")
    keep_screenshot(x, "journey-post-editor-r15")
    x.click_node(x.find(SAVE, "push button"))
    x.wait_gone(editor)
    x.focus_window(main)

    after = x.cli("posts", "check", "--week", week, "--data-dir", store)
    post = next(p for p in after["posts"] if p["title"] == "Vaksinering i Bø")
    assert "R15" in {f["rule"] for f in post["findings"]}, post
    r11 = [f for f in after["weeks"][0]["findings"] if f["rule"] == "R11" and f["severity"] == "warning"]
    assert r11, after["weeks"]
    keep_screenshot(x, "journey-week-after-post")


def test_moderation_entry_with_a_pasted_screenshot_then_archive_export(x: XSession, tmp_path: Path,
                                                                     qapp: Any) -> None:
    import random

    from helpers import full_hd_screenshot

    store = new_store(x, tmp_path)
    shot = tmp_path / "kommentar.png"
    # A realistic capture (a one-colour image is refused as empty, rightly).
    shot.write_bytes(full_hd_screenshot(random.Random(17), "journey"))
    x.clipboard_image(shot)
    main = start_main(x, "--data-dir", store)
    x.key("ctrl+3")
    x.find("3 Moderering", "page tab")
    x.key("ctrl+n")
    dialog = x.wait_window("oppføring")
    x.tab_to("Velg side …", "combo box")
    x.key("Down")
    x.tab_to("Kommentartekst")
    x.type("Ærlig talt: du er en idiot, og alle i kommunen vet hvor du bor.")
    x.tab_to("— uten grunnlag —", "combo box")
    x.key("Down")
    paste = x.find("Lim inn bilde", "push button")
    x.click_node(paste)
    poll(lambda: [n for n in x.nodes() if n["role"] == "list item"
                  and "Skjermbilder" in n["path"]], 15, "the pasted screenshot in the list")
    keep_screenshot(x, "journey-moderation-pasted")
    x.click_node(x.find("Lagre oppføring", "push button"))
    x.wait_gone(dialog)
    entries = x.cli("moderation", "list", "--data-dir", store)
    assert len(entries) == 1, entries
    entry = entries[0]
    assert entry["comment_text"] == "Ærlig talt: du er en idiot, og alle i kommunen vet hvor du bor."
    assert len(entry["screenshots"]) == 1, entry

    # Arkiv: Ctrl+4, Ctrl+N opens the export; a folder typed, Eksporter clicked.
    x.focus_window(main)
    x.key("ctrl+4")
    x.find("4 Arkiv", "page tab")
    x.key("ctrl+n")
    export = x.wait_window("ksport")
    out = tmp_path / "usb"
    out.mkdir()
    x.tab_to("Målmappe")
    x.key("ctrl+a")
    x.type(str(out))
    x.click_node(x.find("Eksporter", "push button"))
    package = poll(lambda: sorted(out.glob("*.zip")), 60, "an archive package in the folder")[0]
    keep_screenshot(x, "journey-archive-exported")
    verified = x.cli("archive", "verify", str(package))
    assert verified and verified.get("ok") is True, verified
    assert export


# -- nothing typed is lost: Lagre / Forkast / Avbryt, and a draft after a crash ------------------------

SEED_ONE_POST = """
import datetime as dt, sys
from zoneinfo import ZoneInfo
from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.services.context import AppContext

context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
main = context.planning.main_page()
when = dt.datetime.combine(dt.date.fromisoformat(sys.argv[2]), dt.time(10, 0), tzinfo=ZoneInfo("Europe/Oslo"))
saved = context.planning.save_post(new_post(page_id=main.id, title="Brøyting i sentrum", kind="nyhet",
                                            status="utkast", text="Brøytebilen kommer i kveld.",
                                            planned_at=when.isoformat()))
print(saved if isinstance(saved, str) else saved["id"])
context.close()
"""

#: a local_drafts row, read as the journey's eyes (the drafts are this laptop's only: no command shows them)
READ_DRAFTS = """
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}/mtk-admin.sqlite?mode=ro", uri=True)
rows = db.execute("SELECT kind, key, payload FROM local_drafts")
print(json.dumps([[kind, key, json.loads(payload)] for kind, key, payload in rows]))
"""


def all_titles(session: XSession, store: str) -> list[str]:
    """The titles of every post in the store, read back through ``posts check --json``."""
    return [p["title"] for p in session.cli("posts", "check", "--data-dir", store)["posts"]]


def in_window(title: str) -> Any:
    """A ``where`` for :meth:`XSession.find`: the node belongs to the window titled ``title``."""
    return lambda node: title.lower() in node["path"].split(" / ")[0].lower()


def open_in_list(session: XSession) -> int:
    """Planning tab, its List view (Alt+L), Tab into the list, Enter on the first post: the editor."""
    session.key("ctrl+2")
    session.find("2 Planlegging", "page tab")
    session.key("alt+l")
    session.tab_to("Innlegg", "table")
    session.key("Return")
    return session.wait_window("Rediger innlegg")


@pytest.mark.parametrize("choice", ["Avbryt", "Forkast"])
def test_esc_on_an_edited_post_asks_and_avbryt_keeps_editing(x: XSession, tmp_path: Path,
                                                              choice: str) -> None:
    """Esc on an edited post asks Lagre / Forkast / Avbryt. Avbryt goes back to the form with the edit
    still there, and Lagre then saves it; Forkast closes and leaves the saved post as it was."""
    store = new_store(x, tmp_path)
    x.python(SEED_ONE_POST, store, oslo_today().isoformat())
    main = start_main(x, "--data-dir", store)
    editor = open_in_list(x)
    x.tab_to("Tittel")
    x.key("ctrl+a")
    x.type("Brøyting i sentrum i kveld")
    x.key("Escape")
    question = x.wait_window("Endringer som ikke er lagret")
    keep_screenshot(x, f"journey-unsaved-question-{choice}")
    x.click_node(x.find(choice, "push button", where=in_window("Endringer som ikke er lagret")))
    x.wait_gone(question)
    if choice == "Avbryt":
        # Back in the editor with the edit kept; Lagre saves it.
        assert x.geometry(editor).viewable
        x.find("Tittel", "text", where=lambda n: in_window("Rediger innlegg")(n)
               and n["text"] == "Brøyting i sentrum i kveld")
        x.click_node(x.find(SAVE, "push button", where=in_window("Rediger innlegg")))
        x.wait_gone(editor)
        wanted = "Brøyting i sentrum i kveld"
    else:
        x.wait_gone(editor)
        wanted = "Brøyting i sentrum"
    x.focus_window(main)
    assert all_titles(x, store) == [wanted]
    assert json.loads(x.python(READ_DRAFTS, store)) == [], "a draft was left after the editor closed"


def test_a_post_typed_before_a_crash_is_offered_back_and_saved(x: XSession, tmp_path: Path) -> None:
    """Typing in a new post, then the program is killed (SIGKILL: no chance to save anything). Started
    again, the Planlegging tab offers the draft; opening it brings back what was typed, and Lagre saves."""
    store = new_store(x, tmp_path)
    main = start_main(x, "--data-dir", store)
    x.key("ctrl+2")
    x.find("2 Planlegging", "page tab")
    x.key("ctrl+n")
    x.wait_window("Nytt innlegg")
    x.tab_to("Tittel")
    x.type("Vannavstengning på Gvarv")
    x.tab_to("Tekst")
    x.type("Vannet blir stengt fra klokka 9 til 12.")

    def drafted() -> list[Any] | None:
        drafts = json.loads(x.python(READ_DRAFTS, store))
        return drafts if drafts and "klokka 9 til 12" in drafts[0][2].get("text", "") else None

    poll(drafted, 20, "the autosaved draft in the store")
    app = x.apps[-1]
    os.killpg(app.pid, signal.SIGKILL)
    app.wait(timeout=30)
    x.wait_gone(main)
    assert all_titles(x, store) == [], "the post was saved without Lagre"

    start_main(x, "--data-dir", store, name="after-crash")
    x.key("ctrl+2")
    x.find("2 Planlegging", "page tab")
    offer = x.find("Åpne utkastet", "push button", timeout=30)
    keep_screenshot(x, "journey-draft-offered")
    x.click_node(offer)
    editor = x.wait_window("Nytt innlegg")
    x.find("Tittel", "text", where=lambda n: in_window("Nytt innlegg")(n)
           and n["text"] == "Vannavstengning på Gvarv")
    x.click_node(x.find(SAVE, "push button", where=in_window("Nytt innlegg")))
    x.wait_gone(editor)
    assert all_titles(x, store) == ["Vannavstengning på Gvarv"]
    assert json.loads(x.python(READ_DRAFTS, store)) == [], "the draft was kept after it was saved"


def test_the_when_field_reads_norwegian_and_tab_leaves_it_in_two_stops(x: XSession, tmp_path: Path) -> None:
    """The post editor's "Når (norsk tid)" as a keyboard and screen-reader user meets it: the date is
    read as dd.mm.åååå and the time as HH:MM (an AT-SPI walk heard an ISO date), and Tab leaves the
    field after the date and the time, not after walking day, month, year, hour and minute sections."""
    store = new_store(x, tmp_path)
    day = oslo_today()
    x.python(SEED_ONE_POST, store, day.isoformat())
    start_main(x, "--data-dir", store)
    window = open_in_list(x)
    editor = in_window("Rediger innlegg")
    # The field's row takes the focus (AT-SPI marks the row and the date part inside it as focused).
    first = x.tab_to("Når (norsk tid)")
    assert editor(first), first
    date_field = x.find("Når (norsk tid) – dato", "text", where=lambda n: "focused" in n["states"])
    assert date_field["text"] == f"{day:%d.%m.%Y}", date_field
    stops = [first]
    for _ in range(4):
        x.key("Tab")
        node = poll(x.focused, 10, "a focused node")
        if not node["name"].startswith("Når"):
            break
        stops.append(node)
    else:
        raise AssertionError(f"Tab did not leave the field: {[n['name'] for n in stops]}")
    assert len(stops) <= 2, [n["name"] for n in stops]
    assert [n["text"] for n in stops[1:]] in ([], ["10:00"]), stops
    assert node["name"] == "Ingen dato ennå", node  # the next control of the form
    # Typed the Norwegian way: Shift+Tab back into the date, a new date, Lagre; stored in Oslo time.
    x.key("shift+Tab")
    if len(stops) == 2:
        x.key("shift+Tab")
    x.find("Når (norsk tid) – dato", "text", where=lambda n: "focused" in n["states"])
    x.key("ctrl+a")
    later = day + dt.timedelta(days=3)
    x.type(f"{later:%d.%m.%Y}")
    x.key("Tab")
    x.find("Når (norsk tid) – klokkeslett", "text", where=lambda n: "focused" in n["states"]
           and n["text"] == "10:00")
    x.click_node(x.find(SAVE, "push button", where=editor))
    x.wait_gone(window)
    posts = x.cli("posts", "check", "--data-dir", store)["posts"]
    assert [p["planned_at"][:16] for p in posts] == [f"{later:%Y-%m-%d}T10:00"], posts
