"""The one object handed to widgets and commands: the store, settings, credentials, blobs, services.

Widgets receive an :class:`AppContext` in their constructor and use its services; they never open the
database themselves, nor reach through ``context.store`` / ``context.blobs``. A background job works on
a context of its own, ``with context.for_worker() as ctx:`` (SQLite connections belong to one thread).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mtk_admin_desktop.credentials import Credentials, KeyringCredentials
from mtk_admin_desktop.paths import Paths, default_data_dir
from mtk_admin_desktop.settings import Settings
from mtk_admin_desktop.storage.blobs import BlobStore
from mtk_admin_desktop.storage.store import Store

if TYPE_CHECKING:
    from mtk_admin_desktop.services.archive import ArchiveService
    from mtk_admin_desktop.services.moderation import ModerationService
    from mtk_admin_desktop.services.news import NewsService
    from mtk_admin_desktop.services.planning import PlanningService
    from mtk_admin_desktop.services.register import RegisterService
    from mtk_admin_desktop.services.sync import SyncService
    from mtk_admin_desktop.services.today import TodayService


def blob_paths(blobs_dir: Path) -> Callable[[str], Path]:
    """Where each blob (by SHA-256) of the store under ``blobs_dir`` is: for a process without a context."""
    return BlobStore(blobs_dir).path


class AppContext:
    """Everything one running application (or one command) works with."""

    def __init__(self, paths: Paths, store: Store, credentials: Credentials, demo: bool = False) -> None:
        self.paths = paths
        self.store = store
        self.credentials = credentials
        self.settings = Settings(store)
        self.blobs = BlobStore(paths.blobs_dir)
        self.demo = demo
        store.author = self.settings.get("user.name")

    @classmethod
    def open(cls, data_dir: Path | str | None = None, credentials: Credentials | None = None,
             demo: bool = False) -> AppContext:
        """Open (creating and migrating if needed) the store in ``data_dir``."""
        paths = Paths(Path(data_dir) if data_dir else default_data_dir())
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        store = Store.open(paths.db_file)
        return cls(paths, store, credentials or KeyringCredentials(), demo=demo)

    def open_worker_store(self) -> Store:
        """A new connection to the same database (close it when done). Background jobs use
        :meth:`for_worker` instead; the register page's yearly list is the last caller (to move)."""
        return Store.open(self.paths.db_file, author=self.store.author)

    def for_worker(self) -> AppContext:
        """A context of its own for a background job: a fresh connection to the same store, the same
        paths and credentials, and area services bound to that connection (SQLite connections belong
        to one thread). Use it as ``with context.for_worker() as ctx:``; it closes with the job."""
        return AppContext(self.paths, self.open_worker_store(), self.credentials, demo=self.demo)

    def on_store_changed(self, listener: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        """Call ``listener`` with the names of the tables a committed write on this context changed
        (writes by other connections, e.g. a background sync, are not heard). Returns the function that
        stops it; calling that twice is harmless."""
        self.store.add_listener(listener)
        return functools.partial(self.store.remove_listener, listener)

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # Area services, made on first use so a command that needs one area does not load the others.
    # This is the one place areas are wired together: each service is handed exactly the other areas
    # it uses (see docs/architecture.md, "Areas use").

    @functools.cached_property
    def register(self) -> RegisterService:
        from mtk_admin_desktop.services.register import RegisterService

        return RegisterService(self)

    @functools.cached_property
    def planning(self) -> PlanningService:
        from mtk_admin_desktop.services.planning import PlanningService

        return PlanningService(self, register=self.register)

    @functools.cached_property
    def moderation(self) -> ModerationService:
        from mtk_admin_desktop.services.moderation import ModerationService

        return ModerationService(self, register=self.register, archive=self.archive)

    @functools.cached_property
    def archive(self) -> ArchiveService:
        from mtk_admin_desktop.services.archive import ArchiveService

        # The sync area as a function: only an export asks it (for the witnessed chain heads), and loading
        # it (its engine, cryptography) is no part of opening the Arkiv tab (issue 19).
        return ArchiveService(self, sync=lambda: self.sync)

    @functools.cached_property
    def sync(self) -> SyncService:
        from mtk_admin_desktop.services.sync import SyncService

        return SyncService(self)

    @functools.cached_property
    def news(self) -> NewsService:
        from mtk_admin_desktop.services.news import NewsService

        return NewsService(self.store, feed_url=lambda: self.settings.get("news.feed_url"))

    @functools.cached_property
    def today(self) -> TodayService:
        from mtk_admin_desktop.services.today import TodayService

        return TodayService(
            self.store, planning=self.planning, news=self.news, moderation=self.moderation, sync=self.sync
        )
