"""Abstract illustrations for the demo articles, drawn with Pillow (no stock photos needed).

Pure: returns JPEG bytes; the seeding action stores them as Wagtail images.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageOps

from . import content
from .compose import image_shape

WIDTH, HEIGHT = 1600, 900


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _rotated_gradient(width: int, height: int, angle: float) -> Image.Image:
    # Rotate a gradient larger than the picture and crop its middle: no empty corners.
    side = 2 * max(width, height)
    gradient = Image.linear_gradient("L").resize((side, side)).rotate(angle)
    left, top = (side - width) // 2, (side - height) // 2
    return gradient.crop((left, top, left + width, top + height))


def render_illustration(key: str, *, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """A deterministic abstract composition for image `key` ("<topic-slug>-<n>") as JPEG."""
    slug = key.rsplit("-", 1)[0]
    colours = [_rgb(c) for c in content.TOPIC_PALETTES[slug][0]]
    rng = random.Random(f"sitrep-demo-image:{key}")

    # A diagonal gradient between the palette's two darker colours.
    gradient = _rotated_gradient(width, height, rng.choice([30, 45, 135, 160]))
    base = ImageOps.colorize(gradient, black=colours[0], white=colours[1]).convert("RGBA")

    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    accents = colours[2:]
    shape = image_shape(key)
    if shape == "circles":
        for _ in range(7):
            r = rng.randint(height // 8, height // 2)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*rng.choice(accents), 90))
    elif shape == "bands":
        step = width // 7
        for i in range(-2, 10):
            x = i * step + rng.randint(-step // 4, step // 4)
            band = rng.randint(step // 4, step // 2)
            draw.polygon(
                [
                    (x, 0),
                    (x + band, 0),
                    (x + band - height // 2, height),
                    (x - height // 2, height),
                ],
                fill=(*rng.choice(accents), 110),
            )
    elif shape == "arcs":
        cx, cy = rng.randint(width // 4, 3 * width // 4), rng.randint(height // 2, height)
        for i in range(12):
            r = 80 + i * 70
            start = rng.randint(180, 250)
            draw.arc(
                (cx - r, cy - r, cx + r, cy + r),
                start=start,
                end=start + rng.randint(60, 160),
                fill=(*accents[i % len(accents)], 170),
                width=rng.randint(10, 28),
            )
    else:  # grid
        cell = 100
        for gx in range(0, width, cell):
            for gy in range(0, height, cell):
                if rng.random() < 0.35:
                    inset = rng.randint(8, 30)
                    draw.rectangle(
                        (gx + inset, gy + inset, gx + cell - inset, gy + cell - inset),
                        fill=(*rng.choice(accents), rng.randint(60, 160)),
                    )
    image = Image.alpha_composite(base, overlay).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue()


def render_portrait(key: str, *, size: int = 400) -> bytes:
    """An abstract square 'portrait' placeholder for a fictional author."""
    rng = random.Random(f"sitrep-demo-portrait:{key}")
    palette = rng.choice(list(content.TOPIC_PALETTES.values()))[0]
    colours = [_rgb(c) for c in palette]
    gradient = Image.linear_gradient("L").resize((size, size))
    image = ImageOps.colorize(gradient, black=colours[0], white=colours[1]).convert("RGBA")
    overlay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    # A head-and-shoulders silhouette, so it reads as a portrait placeholder.
    draw.ellipse((size * 0.32, size * 0.18, size * 0.68, size * 0.54), fill=(*colours[3], 200))
    draw.ellipse((size * 0.15, size * 0.6, size * 0.85, size * 1.25), fill=(*colours[2], 200))
    out = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue()
