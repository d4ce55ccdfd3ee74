"""``python -m kernelstudio``: the same as the ``kernelstudio`` command."""

import sys

from kernelstudio.cli import main

sys.exit(main())
