"""The one object handed to widgets and commands: the store, settings, credentials, blobs, services.

Widgets receive an :class:`AppContext` in their constructor and use its services; they never open the
database themselves. Worker threads call :meth:`AppContext.open_worker_store` for a connection of
their own (SQLite connections belong to one thread).
"""

from __future__ import annotations

import functools
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
        """A new connection to the same database, for a worker thread (close it when done)."""
        return Store.open(self.paths.db_file, author=self.store.author)

    def close(self) -> None:
        self.store.close()

    # Area services, made on first use so a command that needs one area does not load the others.

    @functools.cached_property
    def register(self) -> RegisterService:
        from mtk_admin_desktop.services.register import RegisterService

        return RegisterService(self)

    @functools.cached_property
    def planning(self) -> PlanningService:
        from mtk_admin_desktop.services.planning import PlanningService

        return PlanningService(self)

    @functools.cached_property
    def moderation(self) -> ModerationService:
        from mtk_admin_desktop.services.moderation import ModerationService

        return ModerationService(self)

    @functools.cached_property
    def archive(self) -> ArchiveService:
        from mtk_admin_desktop.services.archive import ArchiveService

        return ArchiveService(self)

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
        from mtk_admin_desktop.services.planning import PlanningService
        from mtk_admin_desktop.services.today import TodayService

        # A worker thread gives the today view its own connection; the planning checks then run on it.
        return TodayService(
            self.store,
            open_store=self.open_worker_store,
            planning_on=lambda store: PlanningService(self, store),
            news=self.news,
        )
