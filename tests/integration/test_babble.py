"""A room full of talk (issue 9): six real readers at once (../shared/realspeech, read in place)
15 dB below a candidate who pauses between two sentences. The talk fills the pause, so the VAD
hears no pause at all, and it is too loud for the level alone to call it someone else's; decoded
alone it is words, well below the candidate and between their sentences: another voice. It is
not their speaking time, the pause is theirs, and the answer says other voices were there."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.level import active_level_db

pytestmark = pytest.mark.slow

REAL = Path(__file__).resolve().parents[3] / "shared" / "realspeech"
FOREGROUND = ("First I confirm the caller with two security questions.",
              "Then I send a reset link to the email on the account.")
PAUSE_S = 1.4
BELOW_DB = 15.0
TALKERS = 6


def trim(a: np.ndarray, floor: float = 0.01) -> np.ndarray:
    loud = np.flatnonzero(np.abs(a) > floor)
    return a[loud[0]: loud[-1] + 1]


def crowd_draw(voice, seed: int) -> tuple[np.ndarray, tuple[float, float], float]:
    """(the answer with the crowd behind it, the candidate's pause, their speaking time)."""
    readers = [REAL / "jfk" / "jfk.flac", *sorted((REAL / "librivox_pocketsphinx").glob("*.wav")),
               *sorted((REAL / "librispeech_lhotse").glob("*.flac"))]
    if not all(p.exists() for p in readers[:2]):
        pytest.skip("../shared/realspeech is not beside the checkout")
    z = lambda s: np.zeros(int(s * SAMPLE_RATE), dtype=np.float32)  # noqa: E731
    a, b = (trim(voice.synthesize(t, exact=True)) for t in FOREGROUND)
    fg = np.concatenate([z(0.6), a, z(PAUSE_S), b, z(0.6)])
    pause = (0.6 + a.size / SAMPLE_RATE, 0.6 + a.size / SAMPLE_RATE + PAUSE_S)
    loop = np.concatenate([load_audio(p) for p in readers])
    rng = np.random.default_rng(seed)
    crowd = sum(np.roll(loop, -int(rng.integers(loop.size)))[: fg.size] for _ in range(TALKERS))
    crowd *= 10 ** ((active_level_db(fg) - BELOW_DB - active_level_db(crowd)) / 20)
    return np.clip(fg + crowd, -1.0, 1.0).astype(np.float32), pause, (a.size + b.size) / SAMPLE_RATE


def test_the_talk_in_the_pauses_is_other_voices_and_some_pauses_come_back(analyzer, voice):
    """Eight draws of the crowd. Before, none said other voices were there (six "could not be
    heard as words", two nothing: one of those heard 25 words for 21) and no pause was found;
    now every one says so, and the pause comes back where the crowd in it was left uncovered by
    the recogniser (three of the eight on the machine this was written on; where the full
    decode wrote the crowd's words into the pause, they are still counted: bench/README.md)."""
    flagged, paused = 0, 0
    for seed in range(1, 9):
        audio, pause, speech_s = crowd_draw(voice, seed)
        analyzer.transcriber.forget()
        m = analyzer.analyze_audio(audio)
        flagged += "background_voices" in {q.code for q in m.quality}
        paused += any(min(p.end, pause[1]) - max(p.start, pause[0]) >= 0.8 for p in m.pauses)
        others = [v for v in m.voiced_stretches if v.heard_as == "background_voice" and v.start < pause[1] and v.end > pause[0]]
        assert all(v.level_db is not None and v.level_db <= -12 for v in others), others
        assert m.speaking_time_s <= speech_s + PAUSE_S + 1.0, (seed, m.speaking_time_s, speech_s)
    assert flagged >= 7, flagged
    assert paused >= 2, paused
