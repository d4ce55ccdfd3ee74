"""Test-wide settings: no screen needed (or a virtual one of a chosen size), and no
hypothesis deadlines on a busy 2-core machine."""

import json
import os
import tempfile

# KERNELSTUDIO_TEST_SCREEN=1280x720 runs the suite on an offscreen screen of that size (the
# window-for-people tests rerun themselves so at each size they promise to hold at).
_SCREEN = os.environ.get("KERNELSTUDIO_TEST_SCREEN")
if _SCREEN:
    _width, _height = (int(side) for side in _SCREEN.split("x"))
    _config = os.path.join(tempfile.mkdtemp(prefix="kernelstudio-screen-"), "screen.json")
    with open(_config, "w", encoding="utf-8") as _stream:
        json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": _width,
                                "height": _height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                "dpr": 1}]}, _stream)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402 - after the platform is chosen

settings.register_profile("kernelstudio", deadline=None, print_blob=True)
settings.load_profile("kernelstudio")

