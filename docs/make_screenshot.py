"""Make the README's pictures of the window on the sample photo, as a first start shows it.

On a screen of 1600×1000 or more (the window takes it as a first start does):
docs/screenshot.png: a three-step stack, split view on, the 5×5 unsharp step selected;
docs/inspector.png: the pixel inspector pinned on a pixel of the emboss step;
docs/feature-maps.png: the four Sobel directions as feature maps, after ReLU.
On a smaller screen, docs/laptop.png only: the same stack, maximised.

    xvfb-run -s "-screen 0 1600x1000x24" python docs/make_screenshot.py [folder]
    xvfb-run -s "-screen 0 1280x720x24" python docs/make_screenshot.py [folder]
"""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from kernelstudio.core import Stack, Step
from kernelstudio.gui import MainWindow
from kernelstudio.gui.app import application

STACK = Stack((
    Step(preset="unsharp", params={"amount": 2.0, "size": 5, "sigma": 1.2}),
    Step(preset="edge_enhance"),
    Step(preset="emboss", opacity=0.35),
))


def wait_for(app, window, signal) -> None:
    """Run the event loop until `signal`, then until every job of the worker has finished
    (so the progress bar is gone whatever the timing)."""
    done = []
    signal.connect(lambda *args: done.append(True))
    while not (done and window.worker.idle()):
        app.processEvents()


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    app = application()
    with tempfile.TemporaryDirectory() as settings:  # a first start, whatever this machine saved
        os.environ["XDG_DATA_HOME"] = settings  # and no session left by an earlier run
        QCoreApplication.setOrganizationName("kernelstudio-screenshot")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        window = MainWindow()
        window.start()
        window.show()
        wait_for(app, window, window.rendering.resultReady)
        laptop = window.screen().availableGeometry().width() < 1600
        window.document.edit(STACK, 0, "Screenshot stack")
        window.canvas.set_split_position(260)
        wait_for(app, window, window.rendering.resultReady)
        written = []
        if laptop:
            window.grab().save(str(folder / "laptop.png"))
            written.append("laptop.png")
        else:
            window.grab().save(str(folder / "screenshot.png"))
            window.document.select(2)
            window.inspector.raise_()
            window.inspector.inspect(215, 330)
            window.inspector.pinned = True
            wait_for(app, window, window.inspector.inspected)
            window.grab().save(str(folder / "inspector.png"))
            maps = window.feature_maps
            maps.raise_()
            maps.relu.setChecked(True)
            wait_for(app, window, maps.mapsShown)
            window.grab().save(str(folder / "feature-maps.png"))
            written += ["screenshot.png", "inspector.png", "feature-maps.png"]
        window.document.undo_stack.setClean()  # nothing to save: close without asking
        window.close()
    print(f"wrote {', '.join(written)} in {folder}")


if __name__ == "__main__":
    main()
