"""Test helpers shared by several test modules: real analysed sessions in a temporary store."""

from __future__ import annotations

import json
from pathlib import Path

from voiceprep.store import Store
from voiceprep.types import HeldSilence, Turn, TurnNotes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "audio_samples"


def analysed_session(store: Store, analyzer, files: int = 3, *, complete: bool = True, transcript_suffix: str = "") -> str:
    """An interview session built from real analyses of the bundled samples."""
    from voiceprep.analysis.content import analyze_content
    from voiceprep.audio.io import load_audio

    truth = json.loads((SAMPLES / "samples.json").read_text())["samples"][:files]
    sid = store.start_session("interview", {"questions": files})
    t = 0.0
    for i, s in enumerate(truth):
        audio = load_audio(SAMPLES / s["file"])
        m = analyzer.analyze_audio(audio)
        store.add_turn(sid, Turn(2 * i, "interviewer", "question", s["question"], t, t + 3.0, latency_s=0.25))
        t += 3.0
        if transcript_suffix:  # what the candidate "said" goes into the words the report renders
            from dataclasses import replace

            from voiceprep.types import Word

            end = m.word_timeline[-1].end if m.word_timeline else 0.0
            m = replace(m, word_timeline=(*m.word_timeline, Word(transcript_suffix.strip(), end, end + 0.5)),
                        transcript=m.transcript + transcript_suffix)
        text = m.transcript
        held = HeldSilence(6.0, "filled", 2.0, "sorry, um") if i == 0 else None
        store.add_turn(sid, Turn(2 * i + 1, "candidate", "answer", text, t, t + m.duration_s, metrics=m,
                                 response_latency_s=m.first_word_s, question=s["question"], held_silence=held,
                                 notes=TurnNotes(content=analyze_content(text, s["question"]))), audio)
        t += m.duration_s
    if complete:
        store.finish_session(sid)
    return sid
