"""Entry point of the frozen application: the same as the ``newsroom`` console script."""

import sys

from newsroom.cli import main

if __name__ == "__main__":
    sys.exit(main())
