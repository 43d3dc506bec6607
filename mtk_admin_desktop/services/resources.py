"""What an area service is built from: the store, settings, credentials, blobs and paths.

Services are typed against :class:`Resources`, not against :class:`~mtk_admin_desktop.services.context.
AppContext`, so the import graph runs one way: ``services/context.py`` builds the services and no service
imports it back (issue 14). An AppContext (or its worker copy) is one such object; a test may hand in
anything with these attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from mtk_admin_desktop.credentials import Credentials
    from mtk_admin_desktop.paths import Paths
    from mtk_admin_desktop.settings import Settings
    from mtk_admin_desktop.storage.blobs import BlobStore
    from mtk_admin_desktop.storage.store import Store


class Resources(Protocol):
    """The things of one running application (or one command) a service may use."""

    paths: Paths
    store: Store
    credentials: Credentials
    settings: Settings
    blobs: BlobStore
    demo: bool

