"""Make docs/screenshot.png: the window on the sample photo with a three-step stack.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshot.py [output.png]
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from kernelstudio.core import Stack, Step
from kernelstudio.gui import MainWindow
from kernelstudio.gui.app import application


def wait_for(app, signal) -> None:
    done = []
    signal.connect(lambda *args: done.append(True))
    while not done:
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("screenshot.png"))
    app = application()
    with tempfile.TemporaryDirectory() as settings:  # a first start, whatever this machine saved
        QCoreApplication.setOrganizationName("kernelstudio-screenshot")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        window = MainWindow()
        window.resize(1440, 900)
        window.show()
        wait_for(app, window.resultReady)
        stack = Stack((
            Step(preset="unsharp", params={"amount": 2.0, "size": 5, "sigma": 1.2}),
            Step(preset="edge_enhance"),
            Step(preset="emboss", opacity=0.35),
        ))
        window.document.edit(stack, 0, "Screenshot stack")
        window.canvas.set_split_position(260)
        wait_for(app, window.resultReady)
        window.grab().save(str(out))
        window.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
