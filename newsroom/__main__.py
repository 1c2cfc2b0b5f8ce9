"""Entry point for ``python -m newsroom``."""

import sys

from newsroom.cli import main

sys.exit(main())
