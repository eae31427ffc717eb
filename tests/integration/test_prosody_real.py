"""Prosody through the whole analyzer on resynthesized speech whose contour is known (Praat PSOLA).

Real recordings (LibriVox, read in place from ../shared/realspeech) and the bundled voice, each
given a flat contour, or a natural one with a +6 semitone rise imposed on every sentence's end.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voiceprep.analysis.prosody import clean_pitch
from voiceprep.analysis.prosody_settings import ProsodySettings
from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.speech.prosody_tracks import prosody_tracks
from voiceprep.speech.psola import resynthesize

pytestmark = pytest.mark.slow

REAL = Path(__file__).resolve().parents[3] / "shared" / "realspeech" / "librivox_pocketsphinx"
S = ProsodySettings()
GAP = np.zeros(int(0.7 * SAMPLE_RATE), dtype=np.float32)


def joined(clips: list[np.ndarray]) -> tuple[np.ndarray, list[float]]:
    """Clips trimmed to their loud part, 0.7 s apart; returns the audio and each clip's end time."""
    parts, ends, t = [GAP], [], GAP.size / SAMPLE_RATE
    for c in clips:
        loud = np.flatnonzero(np.abs(c) > 0.02 * np.abs(c).max())
        c = c[max(0, loud[0] - 480): loud[-1] + 480]
        parts += [c, GAP]
        t += c.size / SAMPLE_RATE
        ends.append(t)
        t += GAP.size / SAMPLE_RATE
    return np.concatenate(parts).astype(np.float32), ends


def voiced_ends(audio: np.ndarray, ends: list[float]) -> list[float]:
    """The last voiced frame before each clip's end: where its voice (and any imposed ramp) stops."""
    tracks = prosody_tracks(audio, SAMPLE_RATE, S)
    times, f0 = tracks.times, clean_pitch(tracks.f0_hz, tracks.step_s, S)
    return [float(times[(f0 > 0) & (times <= end + 0.05)][-1]) for end in ends]


def impose(audio: np.ndarray, ends: list[float], *, flat: bool, rise_st: float) -> tuple[np.ndarray, np.ndarray]:
    """Resynthesize with the contour flattened (SD 0.3 st) or kept, and a ramp of `rise_st` over each clip's last 0.45 s of voice."""
    tracks = prosody_tracks(audio, SAMPLE_RATE, S)
    times, f0 = tracks.times, clean_pitch(tracks.f0_hz, tracks.step_s, S)
    v = f0 > 0
    median = float(np.median(f0[v]))
    st = np.zeros(f0.shape)
    st[v] = 12 * np.log2(f0[v] / median)
    if flat:
        st[v] = (st[v] - st[v].mean()) * (0.3 / st[v].std())
    for end in ends:
        last = times[v & (times <= end + 0.05)][-1]
        ramp = v & (times >= last - 0.45) & (times <= last)
        start_val = st[ramp][0]
        st[ramp] = start_val + rise_st * (times[ramp] - (last - 0.45)) / 0.45
    target = np.where(v, median * 2 ** (st / 12), 0.0)
    return resynthesize(audio, times, target, SAMPLE_RATE, S), target


@pytest.fixture(scope="module")
def real_clips():
    if not REAL.is_dir():
        pytest.skip("../shared/realspeech is not beside the checkout")
    return joined([load_audio(REAL / f"sense_and_sensibility_01_austen_64kb-{n}.wav") for n in ("0880", "0930")])


def test_real_speech_with_imposed_rising_endings(analyzer, real_clips):
    audio, ends = real_clips
    rising, target = impose(audio, ends, flat=False, rise_st=6.0)
    p = analyzer.analyze_audio(rising).prosody
    assert p is not None and p.statements >= 2
    for end in voiced_ends(audio, ends):  # each statement's end is flagged, and the rise measured near its imposed size
        hits = [e for e in p.rising_endings if e.start - 0.35 <= end <= e.end + 0.35]
        assert hits, f"rise ending at {end:.2f} s not flagged: {p.rising_endings}"
        assert 3.0 <= hits[0].amount <= 9.0
    # The tracker follows the imposed contour.
    tracks = prosody_tracks(rising, SAMPLE_RATE, S)
    measured = clean_pitch(tracks.f0_hz, tracks.step_s, S)
    both = (target > 0) & (measured[: target.size] > 0)
    err = np.abs(12 * np.log2(measured[: target.size][both] / target[both]))
    assert both.sum() > 100 and (err <= 1.0).mean() >= 0.9


def test_real_speech_made_flat_is_monotone_and_falling_endings_are_not_flagged(analyzer, real_clips):
    audio, ends = real_clips
    flat, _ = impose(audio, ends, flat=True, rise_st=-2.0)
    p = analyzer.analyze_audio(flat).prosody
    assert p.monotone and p.pitch_sd_st < S.monotone_sd_st
    assert p.rising_endings == ()
    natural = analyzer.analyze_audio(audio).prosody
    assert not natural.monotone and natural.pitch_sd_st > p.pitch_sd_st + 1.0


def test_bundled_voice_question_rises_are_not_upspeak(analyzer, voice):
    q = voice.synthesize("Did you call the customer back the same day?", exact=True)
    s = voice.synthesize("I called the customer back the same day.", exact=True)
    audio, ends = joined([s, q])
    rising, _ = impose(audio, ends, flat=False, rise_st=6.0)
    p = analyzer.analyze_audio(rising).prosody
    assert p.statements == 1, "the question is not checked for upspeak"
    statement_end = voiced_ends(audio, ends)[0]
    assert len(p.rising_endings) == 1 and p.rising_endings[0].start - 0.35 <= statement_end <= p.rising_endings[0].end + 0.35


def test_a_faded_ending_is_trailing_off(analyzer, voice):
    # One fixed rendition (piper's noise off): with it on, a -24 dB fade measures 10-14 dB against
    # the 10 dB line and about 1 rendition in 12 is missed; that rate is bench_prosody's to report.
    audio, ends = joined([voice.synthesize("I booked an engineer for the next morning.", exact=True),
                          voice.synthesize("Her service was back within a day.", exact=True)])
    gain_db = np.zeros(audio.size)
    b = int(ends[1] * SAMPLE_RATE)
    a = b - int(0.8 * SAMPLE_RATE)
    gain_db[a:b] = np.linspace(0, -24, b - a)
    gain_db[b:] = -24
    p = analyzer.analyze_audio((audio * 10 ** (gain_db / 20)).astype(np.float32)).prosody
    first, second = voiced_ends(audio, ends)
    assert p.endings == 2
    assert [e for e in p.trailing_off if e.start - 0.5 <= second <= e.end + 0.5], p.trailing_off
    assert not [e for e in p.trailing_off if e.start - 0.5 <= first <= e.end + 0.5], p.trailing_off
