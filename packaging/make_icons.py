"""Draw the application icon: resources/icons/app.svg, wplstudio-SIZE.png and wplstudio.ico.

    python packaging/make_icons.py

The mark is the ILUO square at level U ("zelfstandig", deployable): three of its four
quarters filled in the app's orange on the app's blue. One drawing in SVG; the PNGs
are rendered from it with Qt, and the .ico packs those PNGs for Windows."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, ORANGE, WHITE = "#1f4e79", "#f39c32", "#ffffff"
FILLED = ((0, 0), (1, 0), (1, 1))  # (column, row) of the quarters drawn full: top left, top right, bottom right

# On a 16 x 16 grid so the smallest size stays sharp: quarters 5 x 5, a gap of 2, whole pixels.
QUARTER, GAP, MARGIN = 5, 2, 2


def svg() -> str:
    cells = []
    for column in (0, 1):
        for row in (0, 1):
            x, y = MARGIN + column * (QUARTER + GAP), MARGIN + row * (QUARTER + GAP)
            full = (column, row) in FILLED
            style = f'fill="{ORANGE}"' if full else f'fill="{WHITE}" fill-opacity="0.35"'
            cells.append(f'  <rect x="{x}" y="{y}" width="{QUARTER}" height="{QUARTER}" rx="0.6" {style}/>')
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="256" height="256" viewBox="0 0 16 16">',
        f'  <rect x="0" y="0" width="16" height="16" rx="3" ry="3" fill="{BLUE}"/>',
        *cells,
        "</svg>",
        "",
    ])


def render_png(svg_path: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_path)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each size as a PNG (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and images need it
    source = ICONS / "app.svg"
    source.write_text(svg(), encoding="utf-8")
    pngs = {size: render_png(source, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"wplstudio-{size}.png").write_bytes(png)
    (ICONS / "wplstudio.ico").write_bytes(ico(pngs))
    print(f"wrote app.svg, {len(pngs)} PNGs and wplstudio.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
