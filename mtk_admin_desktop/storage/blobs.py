"""Content-addressed files (screenshots, images): stored once, named by their SHA-256, never changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mtk_admin_desktop.storage.files import atomic_write


class BlobError(RuntimeError):
    """A blob is missing or its bytes no longer match its name."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


class BlobStore:
    """Blobs under ``root/ab/cd/<sha256>``; the same layout the shared folder uses."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise BlobError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        """Store ``data`` (if not there already) and return its SHA-256."""
        sha = sha256_bytes(data)
        target = self.path(sha)
        if not (target.exists() and sha256_file(target) == sha):
            atomic_write(target, data)
        return sha

    def has(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def read(self, sha256: str, verify: bool = True) -> bytes:
        """The blob's bytes; raises :class:`BlobError` if missing or (with ``verify``) damaged."""
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError as exc:
            raise BlobError(f"blob {sha256} is missing") from exc
        if verify and sha256_bytes(data) != sha256:
            raise BlobError(f"blob {sha256} is damaged (its content no longer matches its name)")
        return data

    def verify(self, sha256: str) -> bool:
        """True if the blob exists and its bytes still match its name."""
        try:
            return sha256_file(self.path(sha256)) == sha256
        except FileNotFoundError:
            return False
