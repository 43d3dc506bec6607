"""The device's Ed25519 signing key for moderation entries: private half in the keyring, public half synced.

The private key is kept only in the OS keyring (``context.credentials``), never in the database, a log
or the shared folder. Its public key is written to ``device_keys`` (row id = device id) so every laptop
can check the signatures after a sync. Without a keyring there is no key, and entries are saved unsigned.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import getpass
import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mtk_admin_desktop.credentials import Credentials, NoKeyringError

if TYPE_CHECKING:
    from mtk_admin_desktop.storage.store import Store, Transaction

ALGORITHM = "ed25519"


def key_name(device_id: str) -> str:
    """The keyring entry holding this device's private key (a cloned laptop takes a new device id)."""
    return f"moderation-signing-key:{device_id}"


def _raw_public(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def signed_message(entry_hash: str) -> bytes:
    """What is signed: the entry hash, prefixed so a signature cannot be replayed in another context."""
    return b"mtk-admin-moderation-entry:v1:" + entry_hash.encode("ascii")


class DeviceSigner:
    """Signs entry hashes with this device's key, creating the key on first use."""

    def __init__(self, credentials: Credentials, store: Store) -> None:
        self.credentials = credentials
        self.store = store

    def private_key(self, create: bool = True) -> Ed25519PrivateKey | None:
        """This device's key from the keyring (made and saved there if ``create``); None without a keyring."""
        try:
            if not self.credentials.available():
                return None
            stored = self.credentials.get(key_name(self.store.device_id))
            if stored:
                try:
                    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored, validate=True))
                except ValueError:  # binascii.Error is one
                    # A damaged secret in the keyring must not stop evidence being saved: sign nothing
                    # (the entry is marked unsigned) and leave the secret as it is for IT to look at.
                    return None
            if not create:
                return None
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            self.credentials.set(key_name(self.store.device_id), base64.b64encode(raw).decode("ascii"))
            # Read it back: a keyring that silently drops secrets must not leave us signing with a key
            # nobody can use again.
            if self.credentials.get(key_name(self.store.device_id)) is None:
                return None
            return key
        except NoKeyringError:
            return None

    def key_damaged(self) -> bool:
        """True if the keyring holds something under this device's key name that is not a key."""
        try:
            if not self.credentials.available():
                return False
            stored = self.credentials.get(key_name(self.store.device_id))
        except NoKeyringError:
            return False
        if not stored:
            return False
        try:
            Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored, validate=True))
        except ValueError:
            return True
        return False

    def publish(self, tx: Transaction, key: Ed25519PrivateKey) -> None:
        """Record the public key in ``device_keys`` (once; the field never changes afterwards)."""
        public = _raw_public(key.public_key())
        row = self.store.get("device_keys", self.store.device_id, include_deleted=True)
        if row is not None and row.get("public_key") == public:
            return
        # A different key already stored for this device makes create() raise AppendOnlyError:
        # the keyring lost its key; the caller saves unsigned rather than claim a second identity.
        tx.create(
            "device_keys",
            {
                "public_key": public,
                "algorithm": ALGORITHM,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "host": socket.gethostname(),
                "user": _os_user(),
            },
            row_id=self.store.device_id,
        )

    def sign(self, key: Ed25519PrivateKey, entry_hash: str) -> str:
        return base64.b64encode(key.sign(signed_message(entry_hash))).decode("ascii")


def verify_signature(entry: Mapping[str, Any], public_keys: Mapping[str, str]) -> bool | None:
    """True if the entry's signature is valid for its stored hash; None if its device's key is unknown."""
    public = public_keys.get(str(entry.get("signer_device") or ""))
    if not public:
        return None
    return _entry_signature_holds(public, str(entry.get("signature") or ""), str(entry.get("entry_hash")))


@functools.lru_cache(maxsize=200_000)
def _entry_signature_holds(public: str, signature: str, entry_hash: str) -> bool:
    """Whether ``signature`` is ``public``'s signature of ``entry_hash``: a pure function of the three
    texts, so a check is done once per process (an Ed25519 check is ~0.2 ms: 2,000 entries, 0.4 s of
    every verification). The entry's content is still hashed again each time, so an edited entry fails."""
    try:
        key = public_key_from_text(public)
        key.verify(base64.b64decode(signature), signed_message(entry_hash))
    except (InvalidSignature, ValueError, TypeError, UnicodeEncodeError):
        return False
    return True


def own_public_key_mismatch(credentials: Credentials, store: Store) -> bool:
    """True if ``device_keys`` holds a public key for this device that the keyring's key does not match."""
    row = store.get("device_keys", store.device_id, include_deleted=True)
    if row is None:
        return False
    key = DeviceSigner(credentials, store).private_key(create=False)
    if key is None:
        return False
    return _raw_public(key.public_key()) != row.get("public_key")


# -- the same key signs this device's sync segments (docs/sync.md "Trust") ---------------------------


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The public half of ``key`` as base64 (what ``device_keys`` and a segment header carry)."""
    return _raw_public(key.public_key())


def sign_bytes(key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message)).decode("ascii")


def signature_holds(public: str, message: bytes, signature: str) -> bool:
    """True if ``signature`` (base64) is ``public``'s (base64) signature of ``message``."""
    try:
        public_key_from_text(public).verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint(public: str) -> str:
    """A key's fingerprint for people: the first 16 hex digits of the SHA-256 of the raw key, in fours."""
    import hashlib

    try:
        raw = base64.b64decode(public, validate=True)
    except ValueError:
        return ""
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def keyring_key_for(credentials: Credentials, store: Store) -> Ed25519PrivateKey | None:
    """This device's signing key from the keyring (made on first use); None without a keyring."""
    try:
        return DeviceSigner(credentials, store).private_key(create=True)
    except Exception:  # noqa: BLE001 - a keyring that fails in any way means: sync unsigned
        return None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds where no user is known
        return ""
