"""Illustrative cards for the demo articles, drawn locally with Pillow.

A card is a diagonal gradient, a simple motif (mountains, a network, fireworks…) and its
label in English, Japanese and Khmer. Each script is drawn only when a font for it is
installed (Khmer also needs Pillow's complex text layout), so the demo never depends on
fonts: without them the cards simply carry no text. Shapes come from a random generator
seeded with the card's key, so a card looks the same on every machine and every run.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont, features
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

ASPECT_RATIO = 16 / 9

# File names, not paths: Pillow looks them up in the system font folders itself.
FONTS = {
    "en": ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"),
    "ja": ("NotoSansCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Bold.otf"),
    "km": ("KhmerOSbattambang.ttf", "KhmerOS.ttf", "NotoSansKhmer-Regular.ttf"),
}
# Khmer stacks vowels and subscripts around consonants; without raqm it comes out garbled.
SCRIPTS_NEEDING_SHAPING = {"km"}


def create_demo_image(card, *, width):
    """Save ``card`` as a Wagtail image ``width`` pixels wide and return it."""
    data = render_card(card, width=width)
    image = get_image_model()(
        title=f"{card['label']['en']} (demo illustration)",
        description=card["alt"]["en"],
        file=ImageFile(io.BytesIO(data), name=f"demo-{card['key']}.jpg"),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    image.save()
    return image


def render_card(card, *, width):
    """The card as JPEG bytes."""
    size = (width, round(width / ASPECT_RATIO))
    start, end = card["colours"]
    canvas = _gradient(size, start, end).convert("RGBA")
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIFS[card["motif"]](ImageDraw.Draw(overlay), size, random.Random(card["key"]))
    canvas = Image.alpha_composite(canvas, overlay)
    _draw_label(canvas, card["label"])
    output = io.BytesIO()
    canvas.convert("RGB").save(output, format="JPEG", quality=85)
    return output.getvalue()


def _gradient(size, start, end):
    # Pillow's 256×256 ramp, turned and cropped so it runs corner to corner.
    ramp = Image.linear_gradient("L").rotate(45, resample=Image.Resampling.BICUBIC)
    mask = ramp.crop((38, 38, 218, 218)).resize(size, Image.Resampling.BICUBIC)
    return Image.composite(
        Image.new("RGB", size, end), Image.new("RGB", size, start), mask
    )


def _mountains(draw, size, rng):
    width, height = size
    draw.ellipse(
        _circle(width * 0.75, height * 0.3, height * 0.14), fill=(214, 48, 49, 230)
    )
    for layer, alpha in enumerate((90, 140, 200)):
        base = height * (0.62 + layer * 0.12)
        x = -width * 0.1
        while x < width:
            peak_width = width * rng.uniform(0.18, 0.32)
            peak = base - height * rng.uniform(0.18, 0.34)
            draw.polygon(
                [(x, height), (x + peak_width / 2, peak), (x + peak_width, height)],
                fill=(255, 255, 255, alpha // 3 + 20 * layer),
            )
            x += peak_width * 0.7


def _circles(draw, size, rng):
    width, height = size
    for _ in range(18):
        radius = height * rng.uniform(0.04, 0.16)
        centre = (rng.uniform(0, width), rng.uniform(0, height * 0.75))
        draw.ellipse(
            _circle(*centre, radius), fill=(255, 255, 255, rng.randint(40, 110))
        )


def _network(draw, size, rng):
    width, height = size
    nodes = [
        (rng.uniform(0.05, 0.95) * width, rng.uniform(0.08, 0.55) * height)
        for _ in range(14)
    ]
    line_width = max(1, width // 400)
    for node in nodes:
        for other in sorted(nodes, key=lambda n: math.dist(node, n))[1:3]:
            draw.line([node, other], fill=(255, 255, 255, 120), width=line_width)
    for node in nodes:
        draw.ellipse(_circle(*node, height * 0.025), fill=(255, 255, 255, 220))


def _road(draw, size, rng):
    width, height = size
    horizon = height * 0.3
    vanishing_x = width * rng.uniform(0.45, 0.65)
    draw.rectangle([0, horizon, width, height], fill=(30, 60, 30, 90))
    draw.polygon(
        [(width * 0.1, height), (vanishing_x, horizon), (width * 0.9, height)],
        fill=(40, 40, 40, 190),
    )
    # Dashes shrink towards the horizon, which is what makes the road recede.
    for dash in range(8):
        near = 1 - dash / 8
        far = near - 1 / 16
        draw.line(
            [
                (
                    vanishing_x + (width / 2 - vanishing_x) * near,
                    horizon + (height - horizon) * near,
                ),
                (
                    vanishing_x + (width / 2 - vanishing_x) * far,
                    horizon + (height - horizon) * far,
                ),
            ],
            fill=(255, 230, 120, 230),
            width=max(1, round(height * 0.02 * near)),
        )


def _bridge(draw, size, rng):
    width, height = size
    deck = height * 0.62
    arch = [
        (width * step / 40, deck - height * 0.28 * math.sin(step / 40 * math.pi))
        for step in range(41)
    ]
    draw.line(arch, fill=(255, 255, 255, 210), width=max(2, height // 60))
    draw.line(
        [(0, deck), (width, deck)],
        fill=(255, 255, 255, 230),
        width=max(2, height // 45),
    )
    for x, y in arch[4:-4:4]:
        draw.line(
            [(x, y), (x, deck)], fill=(255, 255, 255, 150), width=max(1, height // 200)
        )
    _waves(draw, size, rng, top=0.72)


def _fireworks(draw, size, rng):
    width, height = size
    for _ in range(5):
        centre = (rng.uniform(0.1, 0.9) * width, rng.uniform(0.12, 0.55) * height)
        radius = height * rng.uniform(0.1, 0.2)
        colour = rng.choice(
            [(255, 209, 102), (239, 71, 111), (6, 214, 160), (255, 255, 255)]
        )
        for ray in range(24):
            angle = 2 * math.pi * ray / 24
            tip = (
                centre[0] + radius * math.cos(angle),
                centre[1] + radius * math.sin(angle),
            )
            draw.line([centre, tip], fill=(*colour, 200), width=max(1, width // 500))
            draw.ellipse(_circle(*tip, max(1, height * 0.006)), fill=(*colour, 255))


def _waves(draw, size, rng, *, top):
    width, height = size
    for row in range(4):
        y = height * (top + row * 0.05)
        phase = rng.uniform(0, math.pi)
        points = [
            (x, y + height * 0.012 * math.sin(x / width * 12 + phase))
            for x in range(0, width + 1, max(1, width // 60))
        ]
        draw.line(points, fill=(255, 255, 255, 110), width=max(1, height // 150))


def _circle(x, y, radius):
    return [x - radius, y - radius, x + radius, y + radius]


MOTIFS = {
    "mountains": _mountains,
    "circles": _circles,
    "network": _network,
    "road": _road,
    "bridge": _bridge,
    "fireworks": _fireworks,
}


def _draw_label(canvas, label):
    width, height = canvas.size
    lines = [
        (text, font)
        for lang, text in label.items()
        if (font := _font(lang, round(height * (0.075 if lang == "en" else 0.055))))
    ]
    if not lines:
        return
    margin = round(height * 0.05)
    line_height = round(height * 0.1)
    band_top = height - margin - line_height * len(lines) - margin
    band = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    ImageDraw.Draw(band).rectangle([0, band_top, width, height], fill=(0, 0, 0, 110))
    canvas.alpha_composite(band)
    draw = ImageDraw.Draw(canvas)
    for index, (text, font) in enumerate(lines):
        # Centred, so the label survives the centre crops that listings make.
        draw.text(
            (width / 2, band_top + margin + index * line_height),
            text,
            font=font,
            anchor="ma",
            fill=(255, 255, 255, 255),
        )


def _font(lang, size):
    if lang in SCRIPTS_NEEDING_SHAPING and not features.check("raqm"):
        return None
    for name in FONTS[lang]:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return None
