"""Allows ``python -m mtk_admin_desktop``."""

from mtk_admin_desktop.cli import main

raise SystemExit(main())
