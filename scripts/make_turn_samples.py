"""Regenerates audio_samples/turns/: answers with mid-answer thinking pauses, for turn-taking.

Pauses of 1.5-3 s sit after unfinished clauses ("...and [2 s] we agreed") and, the hard case,
after complete sentences ("I stayed calm. [1.8 s] Then I..."). Finished answers end with 4 s of
silence. Built like audio_samples/ (scripts/make_samples.py), so the truth is exact.
Usage: .venv/bin/python scripts/make_turn_samples.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from make_samples import build  # noqa: E402

from voiceprep.audio.io import SAMPLE_RATE, write_wav  # noqa: E402
from voiceprep.speech.tts import Voice  # noqa: E402

OUT = ROOT / "audio_samples" / "turns"
TAIL_S = 4.0

TURNS = [
    ("t01_unfinished_and", "I called the customer back and [p2.0] we agreed on a partial refund that afternoon.", "unfinished"),
    ("t02_unfinished_that", "The problem was that [p2.5] the parcel had gone to her old address, so I rebooked it.", "unfinished"),
    ("t03_unfinished_to", "My first step was to [p3.0] check the whole account history before I promised anything.", "unfinished"),
    ("t04_filler_pause", "I think the most important thing is [um] [p2.0] listening before you answer.", "unfinished"),
    ("t05_because", "I escalated it because [p1.5] the billing system would not let me issue the credit.", "unfinished"),
    ("t06_complete_then_more", "I stayed calm. [p1.8] Then I explained the two options we had.", "complete"),
    ("t07_complete_then_more", "That was my first job in a call centre. [p2.5] In my second job I trained new starters.", "complete"),
    ("t08_finished", "I apologised, refunded the duplicate charge and emailed her the confirmation the same day.", None),
    ("t09_finished", "We cut the callback backlog by half in two weeks, and the team kept the new rota.", None),
    ("t10_finished", "Since then I always read the address back to the customer before I close the call.", None),
    ("t11_finished_short", "Yes, I am happy to work weekends.", None),
    ("t12_finished_question", "Would that kind of flexibility work for your team?", None),
]


def main() -> int:
    voice = Voice()
    OUT.mkdir(parents=True, exist_ok=True)
    truth = []
    for name, script, kind in TURNS:
        audio, t = build(voice, {"name": name, "length_scale": 1.2, "question": "", "script": script})
        speech_end = t["speech_end"]
        audio = np.concatenate([audio[: int(speech_end * SAMPLE_RATE)], np.zeros(int(TAIL_S * SAMPLE_RATE), dtype=np.float32)])
        write_wav(OUT / f"{name}.wav", audio)
        truth.append({
            "file": f"{name}.wav", "speech_start": t["speech_start"], "speech_end": speech_end,
            "mid_pauses": [{**p, "after": kind} for p in t["pauses"] if p["duration_s"] >= 1.0],
        })
        print(name, round(speech_end, 2), [p["duration_s"] for p in truth[-1]["mid_pauses"]])
    (OUT / "turns.json").write_text(json.dumps({
        "about": "Turn-taking set: speech_end is where the answer really ends; every mid_pause is a thinking "
                 "pause during which the candidate keeps the turn ('after': unfinished clause or complete sentence).",
        "samples": truth}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
