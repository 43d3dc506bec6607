"""The shared folder as a few file primitives: real (:class:`LocalShare`) or simulated (:class:`MemoryShare`).

The engine only ever uses these primitives, so the tests can run it against a share that crashes, tears
files, lags in its listings, goes away, turns read-only or mounts empty, and can record every file
operation of one push to replay its prefixes. Paths are relative, ``/``-separated, under the sync root
``<folder>/mtk-admin-sync``.
"""

from __future__ import annotations

import errno
import os
import random
import stat
from dataclasses import dataclass, field
from pathlib import Path

from mtk_admin_desktop.domain.sync_segment import ROOT_DIR


class LinkUnsupportedError(OSError):
    """The file system cannot make hard links (some SMB servers, FAT on a USB stick)."""


class ShareUnavailableError(OSError):
    """The shared folder is not there (not mounted, network down, stick unplugged)."""


#: the largest file read from the share when the caller names no limit (a marker, device.json)
SMALL_FILE_LIMIT = 64 * 1024


class UnsafeFileError(OSError):
    """A name on the share that is not a plain file we may read: a FIFO, device, socket, symlink or
    directory (``reason`` = ``"not_regular"``), or larger than the limit of its kind (``"too_large"``)."""

    def __init__(self, reason: str, path: str, detail: str = "") -> None:
        super().__init__(errno.EINVAL, detail or reason, path)
        self.reason = reason
        self.path = path


class SimulatedCrash(BaseException):
    """Raised by :class:`MemoryShare` to stop a push or pull in the middle, like a power cut would."""


class Share:
    """The primitives the sync engine uses; see :class:`LocalShare` for their meaning."""

    def available(self) -> bool:
        raise NotImplementedError

    def read(self, path: str, limit: int = SMALL_FILE_LIMIT) -> bytes:
        raise NotImplementedError

    def exists(self, path: str) -> bool:
        raise NotImplementedError

    def is_dir(self, path: str) -> bool:
        raise NotImplementedError

    def listdir(self, path: str) -> list[str]:
        raise NotImplementedError

    def makedirs(self, path: str) -> None:
        raise NotImplementedError

    def write_tmp(self, path: str, data: bytes) -> None:
        raise NotImplementedError

    def link(self, src: str, dst: str) -> None:
        raise NotImplementedError

    def rename(self, src: str, dst: str) -> None:
        raise NotImplementedError

    def replace(self, src: str, dst: str) -> None:
        raise NotImplementedError

    def unlink(self, path: str) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        return ""


class LocalShare(Share):
    """A folder on a mounted file system (SMB share, USB stick, local disk)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.root = self.folder / ROOT_DIR

    def describe(self) -> str:
        return str(self.folder)

    def _p(self, path: str) -> Path:
        return self.root / path if path else self.root

    def available(self) -> bool:
        return self.folder.is_dir()

    def read(self, path: str, limit: int = SMALL_FILE_LIMIT) -> bytes:
        """The bytes of a regular file of at most ``limit`` bytes; FileNotFoundError if it is not there.

        Anyone who can write to the share can put anything under a name we read: the file is opened
        without following a symlink and without blocking (a FIFO would otherwise wait for a writer
        for ever), checked to be a regular file, and read no further than ``limit`` (a sparse file or
        a growing one cannot make us read gigabytes). Anything else raises :class:`UnsafeFileError`.
        """
        if not self.folder.is_dir():
            raise ShareUnavailableError(errno.ENOENT, "shared folder not available", str(self.folder))
        target = self._p(path)
        nofollow = getattr(os, "O_NOFOLLOW", 0)
        if not nofollow:
            # No O_NOFOLLOW (Windows): refuse a link or junction before opening.
            isjunction = getattr(os.path, "isjunction", lambda _p: False)
            if stat.S_ISLNK(os.lstat(target).st_mode) or isjunction(target):
                raise UnsafeFileError("not_regular", path, "a link")
        flags = os.O_RDONLY | nofollow | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(target, flags)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK) or (exc.errno == errno.ENXIO):
                raise UnsafeFileError("not_regular", path, "a link or special file") from None
            if isinstance(exc, IsADirectoryError):
                raise UnsafeFileError("not_regular", path, "a folder") from None
            raise
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise UnsafeFileError("not_regular", path, "not a regular file")
            if info.st_size > limit:
                raise UnsafeFileError("too_large", path, f"{info.st_size} bytes, limit {limit}")
            chunks: list[bytes] = []
            size = 0
            while size <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            if size > limit:
                raise UnsafeFileError("too_large", path, f"more than {limit} bytes")
            return b"".join(chunks)
        finally:
            os.close(fd)

    def exists(self, path: str) -> bool:
        return os.path.lexists(self._p(path))

    def is_dir(self, path: str) -> bool:
        """True for a real folder (a symlink to one is not followed)."""
        try:
            return stat.S_ISDIR(os.lstat(self._p(path)).st_mode)
        except OSError:
            return False

    def listdir(self, path: str) -> list[str]:
        """Names in a folder, or [] if it does not exist."""
        try:
            return sorted(os.listdir(self._p(path)))
        except (FileNotFoundError, NotADirectoryError):
            return []

    def makedirs(self, path: str) -> None:
        self._p(path).mkdir(parents=True, exist_ok=True)

    def write_tmp(self, path: str, data: bytes) -> None:
        """Create a new file, write, flush, fsync and close it (FileExistsError if it exists)."""
        with open(self._p(path), "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def link(self, src: str, dst: str) -> None:
        """Give ``src`` the name ``dst`` too; FileExistsError if ``dst`` exists (never overwrites)."""
        try:
            os.link(self._p(src), self._p(dst))
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno in (
                errno.EPERM,
                errno.ENOTSUP,
                errno.EOPNOTSUPP,
                errno.ENOSYS,
                errno.EXDEV,
                errno.EMLINK,
                errno.EINVAL,
            ) or isinstance(exc, NotImplementedError):
                raise LinkUnsupportedError(exc.errno or 0, str(exc)) from exc
            raise
        self._sync_dir(dst)

    def rename(self, src: str, dst: str) -> None:
        """Rename onto a name the caller checked is free (on Windows this refuses to overwrite)."""
        if self._p(dst).exists():
            raise FileExistsError(errno.EEXIST, "exists", dst)
        os.rename(self._p(src), self._p(dst))
        self._sync_dir(dst)

    def replace(self, src: str, dst: str) -> None:
        os.replace(self._p(src), self._p(dst))
        self._sync_dir(dst)

    def unlink(self, path: str) -> None:
        self._p(path).unlink(missing_ok=True)

    def _sync_dir(self, path: str) -> None:
        # The new name must survive a power cut too; not every platform can fsync a directory.
        if os.name != "posix":
            return
        try:
            fd = os.open(self._p(path).parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


@dataclass
class MemoryShare(Share):
    """An in-memory share with switchable faults and a record of every change, for tests and benchmarks.

    ``unavailable``: every call fails as if unplugged. ``read_only``: changes fail with PermissionError.
    ``empty_mount``: the folder is there but shows (and takes writes into) an empty place, as when the
    share did not mount. ``lag``: listings hide names created since the last :meth:`settle`.
    ``crash_after``: the n-th change from now raises :class:`SimulatedCrash` (a write is torn first if
    ``tear_on_crash``). ``links``: whether hard links work.
    """

    files: dict[str, bytes] = field(default_factory=dict)
    unavailable: bool = False
    read_only: bool = False
    empty_mount: bool = False
    lag: bool = False
    links: bool = True
    crash_after: int | None = None
    tear_on_crash: bool = False
    log: list[tuple[str, str, str, bytes]] = field(default_factory=list)
    written: dict[str, list[bytes]] = field(default_factory=dict)
    _hidden: set[str] = field(default_factory=set)
    _dirs: set[str] = field(default_factory=set)  # folders made (a folder with no files still exists)
    _shadow: dict[str, bytes] = field(default_factory=dict)
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def _view(self) -> dict[str, bytes]:
        return self._shadow if self.empty_mount else self.files

    def _check(self) -> None:
        if self.unavailable:
            raise ShareUnavailableError(errno.ENOENT, "shared folder not available")

    def _change(self, kind: str, a: str, b: str = "", data: bytes = b"") -> bool:
        """Account for one change; returns False if it must be torn (then a crash follows)."""
        self._check()
        if self.read_only:
            raise PermissionError(errno.EROFS, "read-only file system", a)
        if self.crash_after is not None:
            if self.crash_after <= 0:
                if self.tear_on_crash and kind == "write" and data:
                    self._view()[a] = data[: self.rng.randrange(len(data))]
                raise SimulatedCrash(f"crash before {kind} {a}")
            self.crash_after -= 1
        self.log.append((kind, a, b, data))
        return True

    def settle(self) -> None:
        """Listings catch up (the end of the SMB directory cache's delay)."""
        self._hidden.clear()

    def available(self) -> bool:
        return not self.unavailable

    def read(self, path: str, limit: int = SMALL_FILE_LIMIT) -> bytes:
        self._check()
        try:
            data = self._view()[path]
        except KeyError:
            if self.is_dir(path):
                raise UnsafeFileError("not_regular", path, "a folder") from None
            raise FileNotFoundError(errno.ENOENT, "no such file", path) from None
        if len(data) > limit:
            raise UnsafeFileError("too_large", path, f"{len(data)} bytes, limit {limit}")
        return data

    def is_dir(self, path: str) -> bool:
        self._check()
        path = path.rstrip("/")
        if path in self._view():
            return False
        prefix = path + "/"
        return path in self._dirs or any(name.startswith(prefix) for name in self._view())

    def exists(self, path: str) -> bool:
        self._check()
        view = self._view()
        return path in view or any(name.startswith(path.rstrip("/") + "/") for name in view)

    def listdir(self, path: str) -> list[str]:
        self._check()
        prefix = path.rstrip("/") + "/" if path else ""
        names = set()
        for name in self._view():
            if name.startswith(prefix) and not (self.lag and name in self._hidden):
                names.add(name[len(prefix) :].split("/", 1)[0])
        return sorted(names)

    def makedirs(self, path: str) -> None:
        self._check()
        if self.read_only:
            raise PermissionError(errno.EROFS, "read-only file system", path)
        if not self.empty_mount:
            parts = path.strip("/").split("/")
            self._dirs.update("/".join(parts[: n + 1]) for n in range(len(parts)))

    def write_tmp(self, path: str, data: bytes) -> None:
        if path in self._view():
            raise FileExistsError(errno.EEXIST, "exists", path)
        self._change("write", path, "", data)
        self._put(path, data)

    def _put(self, path: str, data: bytes) -> None:
        self._view()[path] = data
        self._hidden.add(path)
        if not self.empty_mount:
            self.written.setdefault(path, []).append(data)

    def link(self, src: str, dst: str) -> None:
        if not self.links:
            self._check()
            raise LinkUnsupportedError(errno.EPERM, "hard links not supported")
        view = self._view()
        if dst in view:
            self._check()
            raise FileExistsError(errno.EEXIST, "exists", dst)
        self._change("link", src, dst)
        self._put(dst, view[src])

    def rename(self, src: str, dst: str) -> None:
        view = self._view()
        if dst in view:
            self._check()
            raise FileExistsError(errno.EEXIST, "exists", dst)
        self._change("rename", src, dst)
        self._put(dst, view.pop(src))

    def replace(self, src: str, dst: str) -> None:
        view = self._view()
        self._change("replace", src, dst)
        self._put(dst, view.pop(src))

    def unlink(self, path: str) -> None:
        self._change("unlink", path)
        self._view().pop(path, None)

    # -- faults the tests apply directly to stored files (not the engine's writes) ---------------

    def tear(self, path: str, keep: int) -> None:
        self.files[path] = self.files[path][:keep]

    def flip(self, path: str, position: int) -> None:
        data = bytearray(self.files[path])
        if data:
            data[position % len(data)] ^= 0x10
        self.files[path] = bytes(data)


def replay(
    log: list[tuple[str, str, str, bytes]], files: dict[str, bytes], prefix: int, torn: int | None = None
) -> dict[str, bytes]:
    """The share's files after the first ``prefix`` recorded changes (the last write cut to ``torn``)."""
    out = dict(files)
    for number, (kind, a, b, data) in enumerate(log[:prefix]):
        last = number == prefix - 1
        if kind == "write":
            out[a] = data[:torn] if (last and torn is not None) else data
        elif kind == "link":
            out[b] = out[a]
        elif kind in ("rename", "replace"):
            out[b] = out.pop(a)
        elif kind == "unlink":
            out.pop(a, None)
    return out
