"""Render resources/icons/kernelstudio.svg to the PNG, ICO and ICNS files that ship.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

The results are committed, so building the app needs no SVG renderer.
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombuffer("RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", 0, 1)


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "kernelstudio.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"kernelstudio-{size}.png", optimize=True)
    ico_sizes = [(size, size) for size in SIZES if size <= 256]
    images[256].save(ICONS / "kernelstudio.ico", sizes=ico_sizes)
    images[512].save(ICONS / "kernelstudio.icns")
    del app
    print(f"wrote {len(SIZES)} PNGs, an ICO and an ICNS to {ICONS}")


if __name__ == "__main__":
    main()
