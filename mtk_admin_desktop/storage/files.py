"""The one way to write a file that must survive a pulled USB stick or a power cut.

Write to a temporary name beside the target, flush and fsync it, rename it over the target, then fsync
the folder so the new name is on disk too. A failure at any step removes the temporary file and leaves
whatever was at the target before. Used for blobs, exports (CSV, PDF, .ics) and everything else the
app writes as a whole file; the sync share and the archive package have their own write-once rules on
top of :func:`fsync_dir`.
"""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path


def temporary_beside(path: Path) -> Path:
    """A fresh hidden name in ``path``'s folder, for writing before the rename."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in folder ``path`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (SMB mounts, FAT on some kernels) cannot sync a folder; a real I/O error
        # (a pulled stick, a full disk) still reaches the caller.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def replace_durably(temporary: Path, path: Path) -> None:
    """fsync ``temporary`` (already written and closed), rename it to ``path`` and fsync the folder."""
    with open(temporary, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(temporary, path)
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing (see the module text); creates the folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_beside(path)
    try:
        with open(temporary, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
        fsync_dir(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
