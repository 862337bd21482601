"""
Pictures for the demo, drawn locally with Pillow (no downloads): gradients with
soft shapes, different for every seed, so slides and articles do not all look alike.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(colour, seed, size=(1200, 675)):
    """A JPEG (bytes) of a diagonal gradient from `colour`, with circles and a band."""
    rng = random.Random(seed)
    width, height = size
    base = _rgb(colour)
    light = tuple(min(255, channel + 90) for channel in base)
    picture = PillowImage.new("RGB", size, base)
    gradient = PillowImage.linear_gradient("L").rotate(rng.choice([30, 45, 60, 120]), expand=True).resize(size)
    picture = PillowImage.composite(PillowImage.new("RGB", size, light), picture, gradient)
    shapes = PillowImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(shapes)
    for _ in range(rng.randint(4, 8)):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, rng.randint(25, 70)))
    band_top = rng.randint(height // 2, height - height // 5)
    draw.rectangle((0, band_top, width, band_top + height // 12), fill=(255, 255, 255, 60))
    picture = PillowImage.alpha_composite(picture.convert("RGBA"), shapes.filter(ImageFilter.GaussianBlur(3)))
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def draw_logo(size=192):
    """A round red-and-gold emblem for the federation's logo (PNG bytes)."""
    picture = PillowImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((0, 0, size - 1, size - 1), fill=(179, 19, 27, 255))
    margin = size // 6
    draw.ellipse((margin, margin, size - margin, size - margin), outline=(255, 205, 0, 255), width=size // 24)
    centre, arm = size // 2, size // 5
    star = [
        (centre, centre - arm),
        (centre + arm // 4, centre - arm // 4),
        (centre + arm, centre - arm // 4),
        (centre + arm // 3, centre + arm // 6),
        (centre + arm * 2 // 3, centre + arm),
        (centre, centre + arm // 2),
        (centre - arm * 2 // 3, centre + arm),
        (centre - arm // 3, centre + arm // 6),
        (centre - arm, centre - arm // 4),
        (centre - arm // 4, centre - arm // 4),
    ]
    draw.polygon(star, fill=(255, 205, 0, 255))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def save_image(title, data, filename):
    """Store picture bytes as a Wagtail image."""
    return get_image_model().objects.create(title=title, file=ImageFile(io.BytesIO(data), name=filename))
