"""Charts: PNG images for the e-mail (Pillow) and SVG for the inbox pages, drawn from the same numbers."""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape

from PIL import Image, ImageDraw, ImageFont

WIDTH = 600
ROW = 34
TOP = 36
LABEL_WIDTH = 190
CURRENT_COLOUR = (31, 95, 168)
PREVIOUS_COLOUR = (170, 186, 204)
TEXT_COLOUR = (40, 40, 40)


@dataclass(frozen=True)
class Bar:
    """One label with this period's and the previous period's value."""

    label: str
    current: float
    previous: float


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bars_png(bars: list[Bar], current_label: str, previous_label: str) -> bytes:
    """Paired horizontal bars (current above previous) as a PNG, 600 px wide for phone screens."""
    height = TOP + ROW * max(1, len(bars)) + 10
    image = Image.new("RGB", (WIDTH * 2, height * 2), "white")  # drawn at 2x for sharp phone screens
    draw = ImageDraw.Draw(image)
    font, small = _font(26), _font(22)
    draw.rectangle((0, 8, 24, 32), fill=CURRENT_COLOUR)
    draw.text((34, 6), current_label, fill=TEXT_COLOUR, font=small)
    legend_x = 60 + int(draw.textlength(current_label, font=small))
    draw.rectangle((legend_x, 8, legend_x + 24, 32), fill=PREVIOUS_COLOUR)
    draw.text((legend_x + 34, 6), previous_label, fill=TEXT_COLOUR, font=small)
    peak = max([1.0] + [max(bar.current, bar.previous) for bar in bars])
    span = (WIDTH - LABEL_WIDTH - 50) * 2
    for index, bar in enumerate(bars):
        y = (TOP + index * ROW) * 2
        draw.text((0, y + 14), _short(bar.label), fill=TEXT_COLOUR, font=font)
        x0 = LABEL_WIDTH * 2
        current = int(span * bar.current / peak)
        previous = int(span * bar.previous / peak)
        draw.rectangle((x0, y + 6, x0 + max(current, 2), y + 32), fill=CURRENT_COLOUR)
        draw.rectangle((x0, y + 36, x0 + max(previous, 2), y + 54), fill=PREVIOUS_COLOUR)
        draw.text((x0 + current + 8, y + 4), f"{bar.current:g}", fill=TEXT_COLOUR, font=small)
    image = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def bars_svg(bars: list[Bar], current_label: str, previous_label: str, title: str) -> str:
    """The same chart as inline SVG (presentation attributes only, so no inline styles are needed)."""
    height = TOP + ROW * max(1, len(bars)) + 10
    peak = max([1.0] + [max(bar.current, bar.previous) for bar in bars])
    span = WIDTH - LABEL_WIDTH - 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
        '<rect x="0" y="4" width="12" height="12" fill="#1f5fa8"/>',
        f'<text x="18" y="15" font-size="12">{escape(current_label)}</text>',
        '<rect x="140" y="4" width="12" height="12" fill="#aabacc"/>',
        f'<text x="158" y="15" font-size="12">{escape(previous_label)}</text>',
    ]
    for index, bar in enumerate(bars):
        y = TOP + index * ROW
        current = span * bar.current / peak
        previous = span * bar.previous / peak
        parts += [
            f'<text x="0" y="{y + 14}" font-size="13">{escape(_short(bar.label))}</text>',
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{max(current, 1):.1f}" height="13" fill="#1f5fa8"/>',
            f'<rect x="{LABEL_WIDTH}" y="{y + 18}" width="{max(previous, 1):.1f}" height="9" fill="#aabacc"/>',
            f'<text x="{LABEL_WIDTH + current + 4:.1f}" y="{y + 14}" font-size="12">{bar.current:g}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def line_svg(labels: list[str], series: dict[str, list[float]], title: str) -> str:
    """Small multi-line chart over weeks (dashboard), one colour per series, with a legend."""
    colours = ["#1f5fa8", "#d9822b", "#2e9e5b", "#a83279", "#6b6b6b", "#8c6d1f", "#3aa6b9", "#b93a3a"]
    width, height, left, bottom = 600, 220, 40, 30
    peak = max([1.0] + [value for values in series.values() for value in values])
    step = (width - left - 10) / max(1, len(labels) - 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + 20 * len(series)}" role="img" '
        f'aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#999"/>',
        f'<text x="0" y="14" font-size="11">{peak:g}</text>',
    ]
    for index, label in enumerate(labels):
        parts.append(
            f'<text x="{left + index * step - 18:.1f}" y="{height - 10}" font-size="10">{escape(label)}</text>'
        )
    for number, (name, values) in enumerate(series.items()):
        colour = colours[number % len(colours)]
        points = " ".join(
            f"{left + index * step:.1f},{height - bottom - (height - bottom - 20) * value / peak:.1f}"
            for index, value in enumerate(values)
        )
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        y = height + 20 * number + 12
        parts.append(f'<rect x="{left}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{left + 18}" y="{y}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
