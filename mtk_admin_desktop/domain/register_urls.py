"""Page addresses: validation, normalisation and platform detection, and the R19 refusal by address.

Two registrations of the same account must meet as one page (``stable_id("page", url_normalised)``), so
every spelling of an address (``http://m.facebook.com/MidtTelemark/?ref=bookmarks``,
``facebook.com/midttelemark``) normalises to one text: host without ``www.``/``m.``, no scheme, no
query or fragment (except the few that identify an account), no trailing slash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "Register"

#: the platforms a page may be registered on (the contract other areas read)
PLATFORMS = ("facebook", "instagram", "linkedin", "youtube", "snapchat", "x", "website", "other")
#: platforms that are never allowed (R19); detected by name or by address
FORBIDDEN_PLATFORMS = ("tiktok", "telegram")

# Hosts (after stripping www./m./mobile./web.) that identify a platform, and the canonical host.
_SOCIAL_HOSTS: dict[str, tuple[str, str]] = {
    "facebook.com": ("facebook", "facebook.com"),
    "fb.com": ("facebook", "facebook.com"),
    "fb.me": ("facebook", "facebook.com"),
    "business.facebook.com": ("facebook", "facebook.com"),
    "instagram.com": ("instagram", "instagram.com"),
    "instagr.am": ("instagram", "instagram.com"),
    "linkedin.com": ("linkedin", "linkedin.com"),
    "no.linkedin.com": ("linkedin", "linkedin.com"),
    "youtube.com": ("youtube", "youtube.com"),
    "youtu.be": ("youtube", "youtu.be"),
    "snapchat.com": ("snapchat", "snapchat.com"),
    "x.com": ("x", "x.com"),
    "twitter.com": ("x", "x.com"),
}

# R19: any of these hosts, or a subdomain of them (vm.tiktok.com, vt.tiktok.com, web.telegram.org).
_FORBIDDEN_HOSTS: dict[str, str] = {
    "tiktok.com": "tiktok",
    "tiktokv.com": "tiktok",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "telegram.org": "telegram",
    "telegram.dog": "telegram",
}

# Query parameters that identify an account rather than track a visit (kept in the normalised form).
_KEEP_QUERY = {"facebook.com": ("id",)}

_STRIP_PREFIXES = ("www.", "m.", "mobile.", "web.", "touch.", "mbasic.")
# Checked on the host's ASCII (IDNA) form, so bø.kommune.no and xn--b-5ga.kommune.no are both valid.
_HOST_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)


class UrlError(ValueError):
    """An address that cannot be a page's address; ``text`` says why in the user's terms."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


@dataclass(frozen=True)
class PageUrl:
    """A validated address: what to show and link to, the normalised key, and the platform it names."""

    url: str
    normalised: str
    platform: str
    host: str

    @property
    def forbidden(self) -> bool:
        """True for a TikTok or Telegram address (R19)."""
        return self.platform in FORBIDDEN_PLATFORMS


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _STRIP_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    return host


def _unicode_host(host: str) -> str:
    """``host`` in lower case with its punycode labels (``xn--b-5ga``) shown as letters (``bø``).

    One spelling per host, so an address copied from a browser that shows punycode meets the same
    address typed with æøå (the normalised form is the page's id).
    """
    labels = []
    for label in host.lower().rstrip(".").split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                pass  # not valid punycode: left as it is, and the ASCII check refuses it if need be
        labels.append(label)
    return ".".join(labels)


def _ascii_host(host: str) -> str:
    """The IDNA (ASCII) form of ``host``, or an empty text when it has none."""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return ""


def forbidden_platform_of_host(host: str) -> str | None:
    """``tiktok``/``telegram`` when ``host`` is (a subdomain of) one of their domains, else None."""
    host = host.lower().rstrip(".")
    for domain, platform in _FORBIDDEN_HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return platform
    return None


def parse_page_url(raw: str) -> PageUrl:
    """Validate and normalise ``raw``; raises :class:`UrlError` with a message for the user.

    A missing scheme is taken as https; only http and https are addresses of pages.
    """
    text = (raw or "").strip()
    if not text:
        raise UrlError(Text(_CTX, QT_TRANSLATE_NOOP("Register", "The address is empty.")))
    if any(ch.isspace() for ch in text):
        raise UrlError(
            Text(
                _CTX, QT_TRANSLATE_NOOP("Register", "An address cannot contain spaces: {url}"), {"url": text}
            )
        )
    if text.startswith("@"):
        raise UrlError(
            Text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Register", "Write the whole address of the account, not only its handle: {url}"
                ),
                {"url": text},
            )
        )
    if "://" not in text:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", text):
            raise UrlError(
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Register", "Only web addresses (https://...) can be registered: {url}"
                    ),
                    {"url": text},
                )
            )
        text = "https://" + text.lstrip("/")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise UrlError(
            Text(
                _CTX,
                QT_TRANSLATE_NOOP("Register", "Only web addresses (https://...) can be registered: {url}"),
                {"url": raw.strip()},
            )
        )
    try:
        hostname = parts.hostname or ""
    except ValueError:
        hostname = ""
    hostname = _unicode_host(hostname)
    if not _HOST_RE.match(_ascii_host(hostname)):
        raise UrlError(
            Text(
                _CTX,
                QT_TRANSLATE_NOOP("Register", "This is not a valid web address: {url}"),
                {"url": raw.strip()},
            )
        )
    forbidden = forbidden_platform_of_host(hostname)
    bare = _bare_host(hostname)
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if forbidden:
        canonical_host, platform = bare, forbidden
    elif bare in _SOCIAL_HOSTS:
        platform, canonical_host = _SOCIAL_HOSTS[bare]
    elif bare.endswith(".facebook.com"):
        platform, canonical_host = "facebook", "facebook.com"
    else:
        platform, canonical_host = "website", bare
    query = ""
    if canonical_host in _KEEP_QUERY:
        kept = [(k, v) for k, v in parse_qsl(parts.query) if k in _KEEP_QUERY[canonical_host]]
        query = "&".join(f"{k}={v}" for k, v in sorted(kept))
    if platform != "website":
        # Account names on the platforms are case-insensitive; the web site's paths need not be.
        path = path.lower()
    if platform in ("facebook", "instagram", "x", "linkedin", "snapchat", "youtube") and path in ("",):
        raise UrlError(
            Text(
                _CTX,
                QT_TRANSLATE_NOOP("Register", "The address names the platform but no account: {url}"),
                {"url": raw.strip()},
            )
        )
    normalised = canonical_host + path + (("?" + query) if query else "")
    # Shown the way the platforms themselves spell their addresses.
    shown_host = canonical_host
    if canonical_host in ("facebook.com", "instagram.com", "linkedin.com", "youtube.com", "snapchat.com") or (
        platform == "website" and hostname.lower().startswith("www.")
    ):
        shown_host = "www." + canonical_host
    url = "https://" + shown_host + path + (("?" + query) if query else "")
    return PageUrl(url=url, normalised=normalised, platform=platform, host=canonical_host)


def normalise_url(raw: str) -> str:
    """The normalised key of an address (see :func:`parse_page_url`)."""
    return parse_page_url(raw).normalised
