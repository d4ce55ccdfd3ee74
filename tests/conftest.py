"""Test-wide settings: no screen needed, and no hypothesis deadlines on a busy 2-core machine."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

settings.register_profile("kernelstudio", deadline=None, print_blob=True)
settings.load_profile("kernelstudio")
