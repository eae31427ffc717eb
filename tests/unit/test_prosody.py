"""Prosody flags on synthetic pitch and level tracks whose answer is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from voiceprep.analysis.prosody import (
    ProsodySettings,
    ProsodyTracks,
    clean_pitch,
    prosody,
    phrases,
    rate_variation_pct,
    sentences,
)
from voiceprep.types import Prosody, SpeechMetrics, Word

STEP = 0.01
BASE_HZ = 120.0
S = ProsodySettings()


def words_for(spec: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(t, a, b) for t, a, b in spec]


def answer(n_sentences: int = 3, sentence_s: float = 2.0, gap_s: float = 0.5, question_at: int | None = None) -> tuple[list[Word], list[tuple[float, float]]]:
    """Sentences of four words each; returns the words and each sentence's (start, end)."""
    words, spans, t = [], [], 0.5
    for k in range(n_sentences):
        step = sentence_s / 4
        for i in range(4):
            text = f"w{k}{i}"
            if i == 3:
                text += "?" if k == question_at else "."
            words.append(Word(text, t + i * step, t + (i + 1) * step - 0.02))
        spans.append((t, t + sentence_s))
        t += sentence_s + gap_s
    return words, spans


def tracks(duration_s: float, st_of_t, level_of_t=None, voiced_of_t=None) -> ProsodyTracks:
    times = np.arange(0.0, duration_s, STEP)
    st = np.array([st_of_t(t) for t in times])
    f0 = BASE_HZ * 2 ** (st / 12)
    if voiced_of_t is not None:
        f0 = np.where([voiced_of_t(t) for t in times], f0, 0.0)
    level = np.array([level_of_t(t) for t in times]) if level_of_t else np.full(times.shape, -20.0)
    return ProsodyTracks(0.0, STEP, f0, level)


def in_spans(spans):
    return lambda t: any(a <= t <= b for a, b in spans)


def lively(t: float) -> float:
    return 4.0 * np.sin(2 * np.pi * t / 1.3)  # +-4 st, SD 2.8 st, one cycle per 1.3 s


def test_flat_voice_is_monotone_and_varied_is_not():
    words, spans = answer(4)
    dur = spans[-1][1] + 0.5
    rng = np.random.default_rng(0)
    flat = prosody(tracks(dur, lambda t: 0.3 * rng.standard_normal(), voiced_of_t=in_spans(spans)), words, dur)
    varied = prosody(tracks(dur, lively, voiced_of_t=in_spans(spans)), words, dur)
    assert flat.monotone and flat.pitch_sd_st < 0.5
    assert flat.monotone_stretches  # the whole answer is one flat stretch
    assert not varied.monotone
    assert varied.pitch_sd_st == pytest.approx(4.0 / np.sqrt(2), abs=0.3)
    assert varied.pitch_range_st == pytest.approx(8.0, abs=0.6)
    assert varied.pitch_median_hz == pytest.approx(BASE_HZ, rel=0.05)


def ending_contour(spans, last_sentence_rise_st: float, ramp_s: float = 0.45):
    """Level pitch with a ramp of `last_sentence_rise_st` over each sentence's last `ramp_s`."""
    def st(t):
        for a, b in spans:
            if b - ramp_s <= t <= b:
                return last_sentence_rise_st * (t - (b - ramp_s)) / ramp_s
        return 0.5 * np.sin(2 * np.pi * t / 0.7)
    return st


@pytest.mark.parametrize("rise, flagged", [(6.0, True), (4.0, True), (1.5, False), (0.0, False), (-4.0, False)])
def test_rising_statement_endings(rise, flagged):
    words, spans = answer(3)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, ending_contour(spans, rise), voiced_of_t=in_spans(spans)), words, dur)
    assert p.statements == 3
    assert len(p.rising_endings) == (3 if flagged else 0)
    if flagged:
        for e, (_, end) in zip(p.rising_endings, spans):
            assert e.start < end <= e.end + 0.05
            assert e.amount == pytest.approx(rise, abs=0.8)


def test_a_rising_question_is_not_flagged_but_the_statements_are():
    words, spans = answer(3, question_at=1)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, ending_contour(spans, 6.0), voiced_of_t=in_spans(spans)), words, dur)
    assert p.statements == 2
    flagged_ends = sorted(round(e.end, 1) for e in p.rising_endings)
    assert len(flagged_ends) == 2
    assert not any(e.start <= spans[1][1] <= e.end for e in p.rising_endings)


def test_octave_errors_at_the_end_do_not_make_a_rise():
    words, spans = answer(2)
    dur = spans[-1][1] + 0.5
    tr = tracks(dur, ending_contour(spans, -3.0), voiced_of_t=in_spans(spans))
    f0 = tr.f0_hz.copy()
    for _, b in spans:  # the tracker doubles the last 60 ms of each sentence (creak read as an octave up)
        i = round(b / STEP)
        f0[i - 6: i + 1] *= 2
    p = prosody(ProsodyTracks(0.0, STEP, f0, tr.level_db), words, dur)
    assert p.rising_endings == ()
    assert (clean_pitch(f0, STEP)[round(spans[0][1] / STEP) - 3]) == 0.0


def fade(spans, depth_db: float, fade_s: float = 0.6, sentence_gain=None):
    def level(t):
        for k, (a, b) in enumerate(spans):
            if a <= t <= b:
                base = -20.0 + (sentence_gain(k) if sentence_gain else 0.0) + 2.0 * np.sin(2 * np.pi * t / 0.25)
                if t >= b - fade_s:
                    base -= depth_db * (t - (b - fade_s)) / fade_s
                return base
        return -70.0
    return level


@pytest.mark.parametrize("depth_db, flagged", [(18.0, True), (24.0, True), (0.0, False), (3.0, False)])
def test_trailing_off(depth_db, flagged):
    words, spans = answer(3)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, lively, level_of_t=fade(spans, depth_db), voiced_of_t=in_spans(spans)), words, dur)
    assert p.endings == 3
    assert len(p.trailing_off) == (3 if flagged else 0)


def test_a_fade_before_a_pause_is_trailing_off_without_a_full_stop():
    """The recogniser often writes no full stop before a faded thinking pause: the pause ends the phrase."""
    words, spans = answer(3)
    run_on = [Word(w.text.rstrip("."), w.start, w.end) if i == 3 else w for i, w in enumerate(words)]  # no stop after sentence 1
    dur = spans[-1][1] + 0.5
    faded_first = fade(spans[:1], 24.0)
    level = lambda t: faded_first(t) if t <= spans[0][1] else fade(spans[1:], 0.0)(t)  # noqa: E731
    p = prosody(tracks(dur, lively, level_of_t=level, voiced_of_t=in_spans(spans)), run_on, dur)
    assert p.endings == 3
    assert [round(e.end, 1) for e in p.trailing_off] == [round(spans[0][1], 1)]
    # Pauses shorter than the phrase pause do not split a sentence.
    assert len(phrases(sentences(run_on), S.phrase_pause_s)) == 3
    assert len(phrases(sentences(run_on), 0.6)) == 2


def test_a_quieter_sentence_is_not_trailing_off_but_raises_loudness_variation():
    words, spans = answer(3)
    dur = spans[-1][1] + 0.5
    even = prosody(tracks(dur, lively, level_of_t=fade(spans, 0.0), voiced_of_t=in_spans(spans)), words, dur)
    uneven = prosody(tracks(dur, lively, level_of_t=fade(spans, 0.0, sentence_gain=lambda k: -8.0 if k == 1 else 0.0),
                            voiced_of_t=in_spans(spans)), words, dur)
    assert uneven.trailing_off == ()
    assert uneven.loudness_sd_db > even.loudness_sd_db + 2.0
    assert even.loudness_db == pytest.approx(-20.0, abs=1.0)


def test_too_little_voicing_gives_no_pitch_figures():
    words, spans = answer(2)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, lively, voiced_of_t=lambda t: 1.0 <= t <= 1.5), words, dur)
    assert p.pitch_median_hz is None and p.pitch_sd_st is None and not p.monotone


def test_no_words_no_prosody():
    assert prosody(tracks(2.0, lively), [], 2.0) is None


def test_sentences_split_at_punctuation_and_fillers_never_end_one():
    ws = words_for([("So", 0, 0.2), ("it", 0.3, 0.4), ("worked.", 0.5, 0.8), ("Did", 1.0, 1.2), ("it?", 1.3, 1.5),
                    ("Yes,", 1.8, 2.0), ("um.", 2.1, 2.4)])
    got = sentences(ws)
    assert [len(s.words) for s in got] == [3, 2, 1]
    assert [s.question for s in got] == [False, True, False]
    assert got[2].words[-1].text == "Yes,"
    titled = sentences(words_for([("And", 0, .2), ("Mr.", .3, .5), ("Dashwood", .6, 1.0), ("left.", 1.1, 1.4)]))
    assert len(titled) == 1


def test_rate_variation():
    steady = sentences(words_for([(f"w{i}{'.' if i % 4 == 3 else ''}", i * 0.3, i * 0.3 + 0.25) for i in range(12)]))
    assert rate_variation_pct(steady, 4) == pytest.approx(0.0, abs=1.0)
    fast_then_slow = sentences(words_for([("a", 0, .1), ("b", .2, .3), ("c", .4, .5), ("d.", .6, .7),
                                          ("e", 1, 1.5), ("f", 1.6, 2.1), ("g", 2.2, 2.7), ("h.", 2.8, 3.3)]))
    assert rate_variation_pct(fast_then_slow, 4) > 40


def test_json_round_trip_and_contract():
    words, spans = answer(3)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, ending_contour(spans, 6.0), level_of_t=fade(spans, 20.0), voiced_of_t=in_spans(spans)), words, dur)
    assert Prosody.from_dict(p.to_dict(details=True)) == p
    out = p.to_dict()
    for key in ("monotone", "rising_endings", "trailing_off", "pitch_median_hz", "pitch_range_st", "pitch_sd_st",
                "loudness_db", "loudness_sd_db"):
        assert key in out
    assert set(out["rising_endings"][0]) >= {"start", "end"}
    assert "contour" not in out and "contour" in p.to_dict(details=True)
    m = SpeechMetrics(dur, 12, dur, 120.0, 130.0, dur, (), (), "x", prosody=p)
    assert m.to_dict()["prosody"] == p.to_dict() and m.to_dict(details=True)["prosody"]["contour"]
    assert SpeechMetrics(1.0, 0, 0.0, 0.0, 0.0, 0.0, (), (), "").to_dict()["prosody"] is None


def test_settings_have_one_owner():
    # The report's pitch band is read from the same settings the flag uses.
    assert S.monotone_sd_st < S.lively_sd_st


def test_the_report_contour_is_a_small_svg_with_the_flagged_endings_shaded():
    import base64
    import re

    from voiceprep.report.charts import prosody_contour
    from voiceprep.types import Turn

    words, spans = answer(3)
    dur = spans[-1][1] + 0.5
    p = prosody(tracks(dur, ending_contour(spans, 6.0), level_of_t=fade(spans, 20.0), voiced_of_t=in_spans(spans)), words, dur)
    m = SpeechMetrics(dur, 12, dur, 120.0, 130.0, dur, (), (), "x", prosody=p)
    uri = prosody_contour(Turn(0, "candidate", "answer", "x", 0.0, dur, metrics=m))
    assert uri.startswith("data:image/svg+xml;base64,") and len(uri) < 20_000
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert svg.count("<path") == 2  # pitch and loudness
    flagged = len(p.rising_endings) + len(p.trailing_off)
    assert flagged >= 1 and len(re.findall(r'fill="#(?:ef6c00|6a1b9a)"', svg)) == flagged
