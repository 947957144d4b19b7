"""Draw the app's icon (科 in white on the blue of the forms' headings) into ``resources/icons``: ``kesu.png``
(256 px, the window's icon) and ``kesu.ico`` (16 to 256 px, the Windows executable's). Run again after a change
of design: ``python scripts/make_icon.py``."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 256
BLUE, WHITE = (31, 78, 121, 255), (255, 255, 255, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    canvas.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=BLUE)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"), 170, index=0)
    canvas.text((SIZE / 2, SIZE / 2 + 4), "科", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "kesu.png")
    image.save(ICONS / "kesu.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
