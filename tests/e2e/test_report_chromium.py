"""The HTML report in a real headless Chromium: loads with no console errors, charts visible,
transcript escaped. A screenshot is kept in tests/artifacts/."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.helpers import ROOT, analysed_session
from voiceprep.report.html import write_report
from voiceprep.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def report(tmp_path_factory, analyzer):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it via scripts/setup.sh")
        pytest.skip("chromium not installed (apt-get install chromium)")
    d = tmp_path_factory.mktemp("report")
    store = Store.open(d / "data")
    analysed_session(store, analyzer, files=2)  # an earlier session, for the trend chart
    sid = analysed_session(store, analyzer, files=3, transcript_suffix=" <script>document.title='pwned'</script><b>x</b>")
    return write_report(store, store.get_session(sid), d / "report.html"), d


def chromium(*args: str, user_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={user_dir}", *args], capture_output=True, text=True, timeout=120)


def test_report_loads_without_console_errors_and_is_escaped(report):
    path, d = report
    proc = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", path.as_uri(), user_dir=d / "profile1")
    dom = proc.stdout
    assert "<title>voiceprep" in dom and "pwned" not in dom.split("</title>")[0]
    assert "&lt;script&gt;" in dom and "<b>x</b>" not in dom
    console = [ln for ln in proc.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert console == [], console
    charts = re.findall(r'<img class="chart" alt="([^"]+)" src="data:image/svg\+xml;base64,', dom)
    assert set(charts) >= {"Pace over time", "Filler timeline", "Pause lengths", "Your sessions over time"}
    assert dom.count("<audio") == 3
    assert "http://" not in dom and "https://" not in dom  # nothing to fetch: works offline


def _png_colours(png: bytes) -> set[tuple[int, int, int]]:
    """Distinct RGB colours of a PNG (8-bit RGB/RGBA, no filtering beyond the standard five)."""
    width, height, depth, ctype = struct.unpack(">IIBB", png[16:26])
    idat = b"".join(png[i + 8 : i + 8 + struct.unpack(">I", png[i : i + 4])[0]] for i in _chunks(png, b"IDAT"))
    raw = zlib.decompress(idat)
    bpp = 4 if ctype == 6 else 3
    stride = width * bpp
    prev = bytearray(stride)
    colours = set()
    pos = 0
    for _ in range(height):
        f, line = raw[pos], bytearray(raw[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(tuple(line[i : i + 3]) for i in range(0, stride, bpp * 8))
        prev = line
    return colours


def _chunks(png: bytes, name: bytes):
    i = 8
    while i < len(png):
        length = struct.unpack(">I", png[i : i + 4])[0]
        if png[i + 4 : i + 8] == name:
            yield i
        i += 12 + length


def test_screenshot_shows_the_charts(report):
    path, d = report
    shot = ROOT / "tests" / "artifacts" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    chromium(f"--screenshot={shot}", "--window-size=1100,1800", path.as_uri(), user_dir=d / "profile2")
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    colours = _png_colours(png)
    # the chart blue (#1565c0) and a band colour are on screen, not just text on white
    assert any(abs(r - 0x15) < 30 and abs(g - 0x65) < 30 and abs(b - 0xC0) < 30 for r, g, b in colours)
    assert len(colours) > 20


def test_inline_answer_audio_is_compact_opus_that_chromium_plays(report):
    """Answers are embedded as WebM/Opus (not WAV): Chromium decodes each to its full length."""
    import re

    path, d = report
    html = path.read_text()
    sources = re.findall(r'<audio[^>]* src="(data:audio/webm;codecs=opus;base64,[^"]+)"', html)
    assert len(sources) == 3 and "data:audio/wav" not in html
    page = d / "play.html"
    page.write_text(
        f'<html><head><title>wait</title></head><body><audio id="a" preload="auto" src="{sources[0]}"></audio><script>'
        "const a = document.getElementById('a');"
        "a.onloadedmetadata = () => { document.title = 'duration ' + a.duration.toFixed(1); };"
        "a.onerror = () => { document.title = 'error ' + (a.error && a.error.code); };"
        "</script></body></html>"
    )
    proc = chromium("--virtual-time-budget=10000", "--autoplay-policy=no-user-gesture-required", "--dump-dom", page.as_uri(),
                    user_dir=d / "profile3")
    title = re.search(r"<title>(.*?)</title>", proc.stdout).group(1)
    assert title.startswith("duration "), title
    assert float(title.split()[1]) > 1.0
