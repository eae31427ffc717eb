"""The real model on audio_samples/, checked against the construction truth in samples.json."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES_DIR

pytestmark = pytest.mark.slow


def _overlaps_or_near(a_start, a_end, b_start, b_end, tol=0.3):
    return min(a_end, b_end) > max(a_start, b_start) or abs((a_start + a_end) / 2 - (b_start + b_end) / 2) <= tol


@pytest.fixture(scope="module")
def analysed(analyzer, samples_truth):
    return [(t, analyzer.analyze_file(SAMPLES_DIR / t["file"])) for t in samples_truth]


def test_every_planned_filled_pause_is_found_and_few_are_invented(analysed):
    true_n = found_n = hits = 0
    for truth, m in analysed:
        got = [f for f in m.fillers if f.kind == "filled_pause"]
        want = [f for f in truth["fillers"] if f["kind"] == "filled_pause"]
        true_n += len(want)
        found_n += len(got)
        hits += sum(any(_overlaps_or_near(g.start, g.end, w["start"], w["end"]) for g in got) for w in want)
    assert true_n >= 10
    assert hits / true_n >= 0.9, f"recall {hits}/{true_n}"
    assert hits / max(found_n, 1) >= 0.85, f"precision {hits}/{found_n}"


def test_pauses_are_measured_from_the_audio(analysed):
    errors = []
    for truth, m in analysed:
        for p in truth["pauses"]:
            match = [q for q in m.pauses if min(q.end, p["end"]) > max(q.start, p["start"])]
            assert match, f"{truth['file']}: pause at {p['start']} s ({p['duration_s']} s) not found"
            errors.append(abs(match[0].duration_s - p["duration_s"]))
    assert max(errors) <= 0.2
    assert sorted(errors)[len(errors) // 2] <= 0.05


def test_pace_and_word_count_track_the_truth(analysed):
    for truth, m in analysed:
        assert m.words == pytest.approx(truth["words"], rel=0.15), truth["file"]
        assert m.wpm == pytest.approx(truth["wpm"], rel=0.10), truth["file"]
        assert m.span_s == pytest.approx(truth["span_s"], abs=0.3), truth["file"]


def test_filler_words_are_found_where_planned(analysed):
    for truth, m in analysed:
        want = [f for f in truth["fillers"] if f["kind"] == "filler_word"]
        got = [f for f in m.fillers if f.kind == "filler_word"]
        for w in want:
            assert any(g.text == w["text"] for g in got), f"{truth['file']}: {w['text']!r} missed"
        assert len(got) <= len(want) + 1, f"{truth['file']}: {[g.text for g in got]}"


def test_lexical_like_is_not_a_filler(analysed):
    # 02 says "I think I like helping people" and 05 "I like teams that laugh together".
    for truth, m in analysed:
        likes = [f for f in m.fillers if f.text == "like"]
        planned = [f for f in truth["fillers"] if f["text"] == "like"]
        assert len(likes) <= len(planned), truth["file"]


def test_pace_over_time_is_reported(analysed):
    truth, m = max(analysed, key=lambda tm: tm[1].span_s)
    assert len(m.pace_over_time) >= 3
    rates = [p.wpm for p in m.pace_over_time]
    assert all(0 <= r < 320 for r in rates)
    assert sum(rates) / len(rates) == pytest.approx(m.wpm, rel=0.25)  # long pauses dip some windows
    assert min(rates) < max(rates)


def test_every_format_and_rate_gives_the_same_answer(analyzer, samples_truth):
    import json

    copies = json.loads((SAMPLES_DIR / "samples.json").read_text())["format_copies"]
    base = analyzer.analyze_file(SAMPLES_DIR / next(iter(copies.values())))
    for copy in copies:
        m = analyzer.analyze_file(SAMPLES_DIR / copy)
        assert m.duration_s == pytest.approx(base.duration_s, abs=0.06), copy
        assert m.words == pytest.approx(base.words, abs=1), copy
        assert [round(p.duration_s, 1) for p in m.pauses] == pytest.approx([round(p.duration_s, 1) for p in base.pauses], abs=0.11), copy
