"""Row and operation ids: random UUIDs, or UUIDv5 of a natural key so two offline records become one."""

from __future__ import annotations

import hashlib
import re
import uuid

# Our own namespace for name-based ids (uuid5 of "mtk-admin-desktop" in the URL namespace).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:mtk-admin-desktop")


def new_id() -> str:
    """A random UUID (version 4) as text."""
    return str(uuid.uuid4())


def stable_id(kind: str, natural_key: str) -> str:
    """The same UUID for the same ``kind`` and ``natural_key`` on every laptop (UUIDv5).

    Equal to ``uuid.uuid5`` for every ordinary text; a key holding a lone surrogate (text pasted from a
    broken source, or forged) still gets an id instead of a UnicodeEncodeError.
    """
    name = f"{kind}:{natural_key}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(NAMESPACE.bytes + name, usedforsecurity=False).digest()
    return str(uuid.UUID(bytes=digest[:16], version=5))


_CANONICAL = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_app_id(text: object) -> bool:
    """True for an id in the app's format: a UUID as :func:`new_id`/:func:`stable_id` write it.

    Lower-case, hyphenated, 36 characters: nothing else (no ``../``, no braces, no upper case), so
    an id from the shared folder is always safe as a file-name component and as a key.
    """
    return isinstance(text, str) and bool(_CANONICAL.fullmatch(text))
