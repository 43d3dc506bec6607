"""Entry script of the bundled application: the same ``main`` as the ``mtk-admin`` command."""

import sys

from mtk_admin_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
