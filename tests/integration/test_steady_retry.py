"""A window Whisper decodes badly is decoded again the same way every time (issue 9).

faster-whisper retries a window that loops or is unsure by sampling, and CTranslate2 seeds that
sampling once per worker thread: the same real clip, analysed three times in one process, read
three ways. voiceprep retries by beam search instead (`SttSettings.retry_beam_size`). Real acted
filler clips (Montreal Forced Aligner's test set), read in place from ../shared/realspeech."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CLIPS = Path(__file__).resolve().parents[3] / "shared" / "realspeech" / "mfa_fillers"


@pytest.mark.parametrize("name", ["mfa_uhum", "mfa_internalsil"])
def test_a_retried_window_reads_the_same_every_time(analyzer, name):
    clip = CLIPS / f"{name}.flac"
    if not clip.exists():
        pytest.skip("../shared/realspeech is not beside the checkout")
    model = analyzer.transcriber.load()
    texts = []
    for _ in range(3):
        analyzer.transcriber.forget()  # decode afresh, not from the windows kept
        before = model.retried
        texts.append(analyzer.analyze_file(clip).transcript)
        assert model.retried > before, "this clip no longer needs a retry: pick one that does"
    assert texts[0] == texts[1] == texts[2]
