"""The report's SVG charts: valid images whose marks sit where the data says."""

from __future__ import annotations

import base64
import math
import re
import xml.etree.ElementTree as ET

import pytest

from voiceprep.report import charts
from voiceprep.report.svg import Plot, nice_ticks, padded
from voiceprep.store import SessionSummary
from voiceprep.types import Filler, PacePoint, Pause, SpeechMetrics, Turn

NS = "{http://www.w3.org/2000/svg}"


def parse(uri: str) -> ET.Element:
    prefix = "data:image/svg+xml;base64,"
    assert uri.startswith(prefix)
    return ET.fromstring(base64.b64decode(uri[len(prefix):]))


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{NS}text")]


def path_points(d: str) -> list[list[tuple[float, float]]]:
    """The polylines of a path's d attribute, split at each move."""
    lines: list[list[tuple[float, float]]] = []
    for pen, x, y in re.findall(r"([ML])([-\d.]+),([-\d.]+)", d):
        if pen == "M":
            lines.append([])
        lines[-1].append((float(x), float(y)))
    return lines


def answer(start: float, pace: list[tuple[float, float]], fillers=(), pauses=()) -> Turn:
    m = SpeechMetrics(duration_s=30, words=60, span_s=28, wpm=130, articulation_wpm=140, speaking_time_s=25,
                      fillers=tuple(fillers), pauses=tuple(pauses), transcript="x", first_word_s=1.0,
                      pace_over_time=tuple(PacePoint(t, w) for t, w in pace))
    return Turn(1, "candidate", "answer", "x", start, start + 30, metrics=m)


@pytest.mark.parametrize(("lo", "hi"), [(0, 1), (0, 7), (93.2, 187.5), (0.5, 8.5), (-3, 3), (0, 1813)])
def test_ticks_are_round_and_cover_the_range(lo, hi):
    ticks = nice_ticks(lo, hi)
    assert 2 <= len(ticks) <= 8
    assert all(lo - 1e-9 <= t <= hi + 1e-9 for t in ticks)
    step = ticks[1] - ticks[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(abs(mantissa - m) < 1e-6 for m in (1, 2, 2.5, 5))
    assert (hi - lo) - (ticks[-1] - ticks[0]) <= step + 1e-9  # no more than a step left uncovered


def test_padded_range_keeps_a_floor_and_survives_no_data():
    assert padded([120, 180], floor=0.0) == pytest.approx((115.2, 184.8))
    assert padded([0.2, 0.3], floor=0.0)[0] == pytest.approx(0.192)
    assert padded([0.0, 3.0], floor=0.0)[0] == 0.0  # never below the floor
    lo, hi = padded([-5.0, -4.0], floor=0.0)
    assert lo == 0.0 < hi
    assert padded([None, math.nan]) == (0.0, 1.0)
    lo, hi = padded([5.0])
    assert lo < 5.0 < hi


def test_a_value_maps_into_the_plot_area():
    p = Plot(x=(0, 10), y=(0, 100))
    x0, x1, top, bottom = p.box
    assert p.px(0) == x0 and p.px(10) == x1 and p.px(5) == pytest.approx((x0 + x1) / 2)
    assert p.py(0) == bottom and p.py(100) == top


def test_pace_chart_draws_each_answer_as_its_own_line_with_the_band():
    a = answer(0, [(5, 120), (10, 140), (15, 160)])
    b = answer(100, [(5, 200), (10, 180)])
    root = parse(charts.pace_over_time([a, b], (120, 160)))
    paths = [p.get("d") for p in root.iter(f"{NS}path")]
    lines = [pts for d in paths for pts in path_points(d)]
    assert [len(pts) for pts in lines] == [3, 2]  # a gap between the answers, not one line across it
    (x1, y120), (_, y140), (_, y160) = lines[0]
    assert y120 > y140 > y160  # faster is higher
    assert lines[1][0][0] > x1  # the second answer later on the clock
    assert y140 - y160 == pytest.approx(y120 - y140, abs=0.2)  # linear scale
    band = [r for r in root.iter(f"{NS}rect") if r.get("fill") == "#2e7d32" and r.get("fill-opacity")]
    assert len(band) == 1
    top, height = float(band[0].get("y")), float(band[0].get("height"))
    assert top == pytest.approx(y160, abs=0.2) and top + height == pytest.approx(y120, abs=0.2)
    assert "target 120-160" in texts(root) and "words per minute" in texts(root)
    assert len(list(root.iter(f"{NS}circle"))) == 5


def test_filler_timeline_has_a_tick_per_filler_on_its_row():
    a = answer(0, [], fillers=[Filler("um", "filled_pause", 2, 2.3), Filler("like", "filler_word", 5, 5.2)])
    b = answer(60, [], fillers=[Filler("uh", "filled_pause", 3, 3.2)])
    root = parse(charts.filler_timeline([a, b]))
    ticks = [ln for ln in root.iter(f"{NS}line") if ln.get("stroke") in ("#f9a825", "#1565c0")]
    ums = sorted(float(ln.get("x1")) for ln in ticks if ln.get("stroke") == "#f9a825")
    words = [float(ln.get("x1")) for ln in ticks if ln.get("stroke") == "#1565c0"]
    assert len(ums) == 2 and len(words) == 1
    assert ums[0] < words[0] < ums[1]  # 2 s, 5 s, then 63 s on the session clock
    um_y = {float(ln.get("y1")) for ln in ticks if ln.get("stroke") == "#f9a825"}
    word_y = {float(ln.get("y1")) for ln in ticks if ln.get("stroke") == "#1565c0"}
    assert len(um_y) == 1 and len(word_y) == 1 and um_y.pop() < word_y.pop()  # um / uh is the upper row
    assert {"um / uh", "filler words"} <= set(texts(root))


def test_pause_histogram_bar_heights_follow_the_counts():
    pauses = [Pause(0, 0.6), Pause(0, 0.7), Pause(0, 0.9), Pause(0, 2.5), Pause(0, 12.0)]
    root = parse(charts.pause_histogram([answer(0, [], pauses=pauses)]))
    bars = [r for r in root.iter(f"{NS}rect") if r.get("fill") == "#1565c0"]
    heights = sorted(float(r.get("height")) for r in bars)
    assert len(bars) == 3  # 0.5-1 s (3), 2-3 s (1), 8-12.5 s (1)
    assert heights[2] == pytest.approx(3 * heights[0], rel=0.01) and heights[0] == pytest.approx(heights[1])
    empty = parse(charts.pause_histogram([answer(0, [])]))
    assert "no pauses of 0.5 s or more" in texts(empty)


def _summary(n: int, wpm: float | None, fillers: float, sd: float | None = None) -> SessionSummary:
    return SessionSummary(f"s{n}", "interview", float(n), True, 3, wpm, fillers, 1.0, {}, sd, 0.5, 0.0)


def test_trend_charts_use_both_axes():
    sessions = [_summary(1, 100, 9.0, 1.0), _summary(2, 150, 3.0, None), _summary(3, 130, 6.0, 2.5)]
    root = parse(charts.trends(sessions))
    (wpm,), (fill,) = ([path_points(p.get("d"))[0] for p in root.iter(f"{NS}path") if p.get("stroke") == c] for c in ("#1565c0", "#f9a825"))
    assert wpm[1][1] < wpm[2][1] < wpm[0][1]  # 150 highest, then 130, then 100
    assert fill[0][1] < fill[2][1] < fill[1][1]  # 9/min highest on its own axis
    assert {"wpm", "fillers per minute", "1", "2", "3"} <= set(texts(root))
    voice = parse(charts.voice_trends(sessions))
    sd_lines = [path_points(p.get("d")) for p in voice.iter(f"{NS}path") if p.get("stroke") == "#1565c0"]
    assert [len(pts) for pts in sd_lines[0]] == [1, 1]  # the unmeasured middle session breaks the line
    assert "rising endings / answer" in texts(voice)


def test_a_session_figure_in_doubt_is_marked_on_the_trend():
    from dataclasses import replace

    sessions = [_summary(1, 100, 9.0), replace(_summary(2, 250, 20.0), figures_in_doubt=("wpm", "fillers")), _summary(3, 130, 6.0)]
    root = parse(charts.trends(sessions))
    (wpm,), (fill,) = ([path_points(p.get("d"))[0] for p in root.iter(f"{NS}path") if p.get("stroke") == c] for c in ("#1565c0", "#f9a825"))
    marks = [(float(t.get("x")), float(t.get("y")), t.get("fill")) for t in root.iter(f"{NS}text") if t.text == "?"]
    want = [(wpm[1][0], wpm[1][1] - 6, "#1565c0"), (fill[1][0], fill[1][1] - 6, "#f9a825")]  # just above each point
    assert [(round(x, 1), round(y, 1), c) for x, y, c in sorted(marks)] == [(round(x, 1), round(y, 1), c) for x, y, c in sorted(want)]
    assert not [t for t in parse(charts.trends([_summary(1, 100, 9.0), _summary(2, 120, 3.0)])).iter(f"{NS}text") if t.text == "?"]


def test_labels_are_escaped():
    p = Plot(x=(0, 1), y=(0, 1))
    p.axes("a <b> & c", "y")
    assert "&lt;b&gt; &amp; c" in p.svg()
    ET.fromstring(p.svg())
