"""Render the app icon's PNG sizes, a Windows .ico and a macOS .icns from the one SVG, with Qt.

Run by build.py with the app's Python (it needs PySide6's QtSvg, which is in PySide6-Essentials):

    python packaging/render_icons.py resources/icons/notalone.svg OUT_DIR

writes OUT_DIR/hicolor/<n>x<n>/apps/notalone.png, OUT_DIR/notalone.ico and OUT_DIR/notalone.icns. PNGs are
built at build time and never committed; Qt writes no timestamps into them, so they are reproducible.
The .ico and .icns containers are written here (PNG entries) rather than through Qt's image plugins, which
write a single size per file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HICOLOR_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-holding icns types by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int, target: Path) -> bytes:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):  # PNG, from the suffix
        raise SystemExit(f"render_icons: cannot write {target}")
    return target.read_bytes()


def ico(images: dict[int, bytes]) -> bytes:
    """A .ico holding PNG images (read by Windows Vista and later); width/height 0 means 256."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: render_icons.py ICON.svg OUT_DIR", file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 (QtSvg needs an application object for fonts and painting)
    pngs = {}
    for size in sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES)):
        # The hicolor sizes go where the .deb takes them from; the others only feed the .ico and .icns.
        hicolor = out / "hicolor" / f"{size}x{size}" / "apps" / "notalone.png"
        pngs[size] = render_png(svg, size, hicolor if size in HICOLOR_SIZES else out / "sizes" / f"{size}.png")
    (out / "notalone.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (out / "notalone.icns").write_bytes(icns({size: pngs[size] for size in ICNS_TYPES}))
    print(f"render_icons: {len(HICOLOR_SIZES)} PNG sizes, notalone.ico and notalone.icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
