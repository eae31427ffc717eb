"""The same answer gives the same figures however long the silence after it: a live answer ends
0.7-4 s after the last word (the turn policy), a file someone analyses may have much more."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voiceprep.audio.io import SAMPLE_RATE, load_audio

pytestmark = pytest.mark.slow

TURNSET = Path(__file__).resolve().parents[2] / "audio_samples" / "turnset"


@pytest.mark.parametrize(("name", "speech_end"), [("a08.flac", 12.4), ("a23.flac", 9.83)])
def test_words_do_not_depend_on_the_silence_after_the_answer(analyzer, name, speech_end):
    audio = load_audio(TURNSET / name)
    live = analyzer.analyze_audio(audio[: int((speech_end + 0.8) * SAMPLE_RATE)])
    padded = np.concatenate([audio, np.zeros(3 * SAMPLE_RATE, dtype=np.float32)])  # ~8 s of silence after
    analyzer.transcriber.forget()  # decoded afresh, not recalled
    offline = analyzer.analyze_audio(padded)
    assert [w.text for w in live.word_timeline] == [w.text for w in offline.word_timeline]
    assert live.wpm == offline.wpm
    assert [f.text for f in live.fillers] == [f.text for f in offline.fillers]
    assert [(p.start, p.end) for p in live.pauses] == [(p.start, p.end) for p in offline.pauses]
