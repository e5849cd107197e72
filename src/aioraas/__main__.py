"""``python -m aioraas``: the same as the ``aioraas`` command."""

import sys

from aioraas.cli import main

sys.exit(main())
