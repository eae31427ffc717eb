"""A small SVG plot for the report's charts: axes with round ticks, lines, bars, bands and spans.

Plain Python rather than matplotlib: the report draws a handful of simple charts, and importing
matplotlib alone took 0.8 s of a 2.2 s `voiceprep report` (bench/bench_store.py). The page stays
self-contained: each chart is an inline `data:image/svg+xml` URI.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

FONT = 'font-family="sans-serif" font-size="11"'
AXIS_COLOUR = "#444"


def nice_ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo] if math.isfinite(lo) else []
    raw = (hi - lo) / max(1, most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    count = math.floor((hi - first) / step + 1e-9) + 1
    return [round(first + i * step, 10) for i in range(count)]


def padded(values: Sequence[float | None], *, floor: float | None = None, pad: float = 0.08) -> tuple[float, float]:
    """The range of the finite `values`, widened by `pad` of its size and kept at or above `floor`."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return (0.0, 1.0)
    lo, hi = min(finite), max(finite)
    size = hi - lo or max(1.0, abs(hi) * 0.1)
    lo, hi = lo - pad * size, hi + pad * size
    if floor is not None:
        lo = max(lo, floor)
        hi = max(hi, lo + size)  # every value under the floor: an empty range above it, not an inverted one
    return (lo, hi)


def _label(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e5 else f"{v:.0f}"


@dataclass
class Plot:
    """One chart: an x range, a left y range and optionally a right one, drawn into `parts`.

    Margins are shares of the image, as in the report's contour images (clickable marks use them).
    """

    x: tuple[float, float]
    y: tuple[float, float]
    y2: tuple[float, float] | None = None
    width: float = 630.0
    height: float = 216.0
    left: float = 0.1
    right: float = 0.9
    bottom_px: float = 40.0
    top_px: float = 10.0
    parts: list[str] = field(default_factory=list)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """Plot area in pixels: left, right, top, bottom."""
        return self.left * self.width, self.right * self.width, self.top_px, self.height - self.bottom_px

    def px(self, x: float) -> float:
        x0, x1, _, _ = self.box
        lo, hi = self.x
        return x0 + (x1 - x0) * (x - lo) / ((hi - lo) or 1.0)

    def py(self, y: float, *, right_axis: bool = False) -> float:
        _, _, top, bottom = self.box
        lo, hi = self.y2 if right_axis and self.y2 else self.y
        return bottom - (bottom - top) * (y - lo) / ((hi - lo) or 1.0)

    def band(self, y0: float, y1: float, colour: str, opacity: float) -> None:
        """A horizontal band across the plot (e.g. a target range)."""
        x0, x1, top, bottom = self.box
        a, b = max(top, min(bottom, self.py(y1))), max(top, min(bottom, self.py(y0)))
        self.parts.append(f'<rect x="{x0:.1f}" y="{a:.1f}" width="{x1 - x0:.1f}" height="{b - a:.1f}" fill="{colour}" fill-opacity="{opacity}"/>')

    def spans(self, spans: Sequence[tuple[float, float]], y0: float, y1: float, colour: str, opacity: float) -> None:
        """Rectangles from x to x + width, between y0 and y1 (e.g. the answers on the session clock)."""
        top, bottom = self.py(y1), self.py(y0)
        self.parts += [f'<rect x="{self.px(a):.1f}" y="{top:.1f}" width="{max(1.0, self.px(a + w) - self.px(a)):.1f}" '
                       f'height="{bottom - top:.1f}" fill="{colour}" fill-opacity="{opacity}"/>' for a, w in spans]

    def line(self, xs: Sequence[float], ys: Sequence[float | None], colour: str, *, marker: str | None = None,
             width: float = 1.5, right_axis: bool = False) -> None:
        """A polyline; a None or NaN y breaks it. Markers: "o" circles, "s" squares, "^"/"v" triangles."""
        pen, d, dots = "M", [], []
        for x, y in zip(xs, ys):
            if y is None or not math.isfinite(y) or not math.isfinite(x):
                pen = "M"
                continue
            px, py = self.px(x), self.py(y, right_axis=right_axis)
            d.append(f"{pen}{px:.1f},{py:.1f}")
            pen = "L"
            if marker:
                dots.append(_marker(marker, px, py, colour))
        if d:
            self.parts.append(f'<path d="{" ".join(d)}" fill="none" stroke="{colour}" stroke-width="{width}"/>')
        self.parts += dots

    def labels(self, points: Sequence[tuple[float, float]], text: str, colour: str, *, right_axis: bool = False) -> None:
        """`text` just above each (x, y) point (a mark on a plotted value)."""
        self.parts += [f'<text x="{self.px(x):.1f}" y="{self.py(y, right_axis=right_axis) - 6:.1f}" text-anchor="middle" '
                       f'fill="{colour}" {FONT}>{escape(text)}</text>' for x, y in points]

    def ticks(self, xs: Sequence[float], y: float, colour: str, *, half_height_px: float = 9.0) -> None:
        """A short vertical stroke at each x, centred on y (events on a timeline)."""
        cy = self.py(y)
        self.parts += [f'<line x1="{self.px(x):.1f}" y1="{cy - half_height_px:.1f}" x2="{self.px(x):.1f}" '
                       f'y2="{cy + half_height_px:.1f}" stroke="{colour}" stroke-width="2"/>' for x in xs]

    def bars(self, edges: Sequence[float], counts: Sequence[int], colour: str) -> None:
        """Histogram bars between consecutive edges, white gaps between them."""
        base = self.py(0)
        for a, b, n in zip(edges, edges[1:], counts):
            if n:
                top = self.py(n)
                self.parts.append(f'<rect x="{self.px(a):.1f}" y="{top:.1f}" width="{self.px(b) - self.px(a):.1f}" '
                                  f'height="{base - top:.1f}" fill="{colour}" stroke="white"/>')

    def note(self, text: str) -> None:
        """A line of text in the middle of the plot (e.g. nothing to show)."""
        x0, x1, top, bottom = self.box
        self.parts.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{(top + bottom) / 2:.1f}" text-anchor="middle" {FONT}>{escape(text)}</text>')

    def axes(self, xlabel: str, ylabel: str, *, x_ticks: Sequence[float] | None = None,
             y_ticks: Sequence[tuple[float, str]] | None = None, ylabel_colour: str = AXIS_COLOUR,
             y2label: str | None = None, y2label_colour: str = AXIS_COLOUR) -> None:
        """Bottom and left axes (and the right one when there is a second range), ticks and labels."""
        x0, x1, top, bottom = self.box
        p = self.parts
        p.append(f'<line x1="{x0:.1f}" y1="{bottom:.1f}" x2="{x1:.1f}" y2="{bottom:.1f}" stroke="{AXIS_COLOUR}"/>')
        p.append(f'<line x1="{x0:.1f}" y1="{top:.1f}" x2="{x0:.1f}" y2="{bottom:.1f}" stroke="{AXIS_COLOUR}"/>')
        for v in x_ticks if x_ticks is not None else nice_ticks(*self.x, most=8):
            if self.x[0] - 1e-9 <= v <= self.x[1] + 1e-9:
                x = self.px(v)
                p.append(f'<line x1="{x:.1f}" y1="{bottom:.1f}" x2="{x:.1f}" y2="{bottom + 4:.1f}" stroke="{AXIS_COLOUR}"/>'
                         f'<text x="{x:.1f}" y="{bottom + 15:.1f}" text-anchor="middle" {FONT}>{_label(v)}</text>')
        for v, text in y_ticks if y_ticks is not None else [(t, _label(t)) for t in nice_ticks(*self.y, most=5)]:
            if self.y[0] - 1e-9 <= v <= self.y[1] + 1e-9:
                y = self.py(v)
                p.append(f'<line x1="{x0 - 4:.1f}" y1="{y:.1f}" x2="{x0:.1f}" y2="{y:.1f}" stroke="{AXIS_COLOUR}"/>'
                         f'<text x="{x0 - 6:.1f}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{escape(text)}</text>')
        p.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{self.height - 6:.1f}" text-anchor="middle" {FONT}>{escape(xlabel)}</text>')
        if ylabel:
            p.append(f'<text transform="translate(14 {(top + bottom) / 2:.1f}) rotate(-90)" text-anchor="middle" {FONT} '
                     f'fill="{ylabel_colour}">{escape(ylabel)}</text>')
        if self.y2 is not None:
            p.append(f'<line x1="{x1:.1f}" y1="{top:.1f}" x2="{x1:.1f}" y2="{bottom:.1f}" stroke="{AXIS_COLOUR}"/>')
            for v in nice_ticks(*self.y2, most=5):
                if self.y2[0] - 1e-9 <= v <= self.y2[1] + 1e-9:
                    y = self.py(v, right_axis=True)
                    p.append(f'<line x1="{x1:.1f}" y1="{y:.1f}" x2="{x1 + 4:.1f}" y2="{y:.1f}" stroke="{AXIS_COLOUR}"/>'
                             f'<text x="{x1 + 6:.1f}" y="{y + 4:.1f}" {FONT}>{_label(v)}</text>')
            if y2label:
                p.append(f'<text transform="translate({self.width - 8:.1f} {(top + bottom) / 2:.1f}) rotate(90)" '
                         f'text-anchor="middle" {FONT} fill="{y2label_colour}">{escape(y2label)}</text>')

    def legend(self, entries: Sequence[tuple[str, str]]) -> None:
        """Coloured labels in a row above the plot's right end (give the plot a `top_px` of 24 or more)."""
        _, x1, top, _ = self.box
        x, y = x1, max(11.0, top - 8)
        for text, colour in reversed(entries):
            x -= 7 * len(text) + 16
            self.parts.append(f'<rect x="{x:.1f}" y="{y - 8:.1f}" width="10" height="8" fill="{colour}"/>'
                              f'<text x="{x + 14:.1f}" y="{y:.1f}" {FONT}>{escape(text)}</text>')

    def svg(self) -> str:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width:.0f} {self.height:.0f}" '
                f'width="{self.width:.0f}" height="{self.height:.0f}"><rect width="100%" height="100%" fill="white"/>'
                + "".join(self.parts) + "</svg>")

    def uri(self) -> str:
        return data_uri(self.svg())


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "s":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
    if kind in ("^", "v"):
        s = -1 if kind == "^" else 1
        return f'<path d="M{x - 3.5:.1f},{y - 3 * s:.1f} L{x + 3.5:.1f},{y - 3 * s:.1f} L{x:.1f},{y + 3.5 * s:.1f} Z" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>'
