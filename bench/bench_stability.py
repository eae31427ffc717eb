"""Stability benchmark: the same answer gives the same figures however much silence follows it.

A live answer ends when the turn policy decides, 0.7-4 s after the last word; a file someone
analyses may end much later. Every turn-set answer (audio_samples/turnset, dev and held-out) is
analysed twice: cut 0.7 s after its last word (the earliest a live answer ends) and as the whole
file (4-5 s of silence after). Writes bench/stability.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analyzer import Analyzer  # noqa: E402
from voiceprep.audio.io import SAMPLE_RATE, load_audio  # noqa: E402

SET = ROOT / "audio_samples" / "turnset"
LIVE_TAIL_S = 0.7  # audio/turn_policy.py: finished_silence_s, the shortest wait before a reply


def compare(analyzer: Analyzer, sample: dict) -> dict:
    audio = load_audio(SET / sample["file"])
    live = analyzer.analyze_audio(audio[: int((sample["speech_end"] + LIVE_TAIL_S) * SAMPLE_RATE)])
    analyzer.transcriber.forget()  # the whole file decoded afresh, not the windows just decoded recalled
    whole = analyzer.analyze_audio(audio)
    return {
        "file": sample["file"], "split": sample["split"], "wpm_live_cut": round(live.wpm, 1), "wpm_whole_file": round(whole.wpm, 1),
        "wpm_diff_pct": round(100 * abs(live.wpm - whole.wpm) / whole.wpm, 2) if whole.wpm else None,
        "same_words": [w.text for w in live.word_timeline] == [w.text for w in whole.word_timeline],
        "same_fillers": [f.text for f in live.fillers] == [f.text for f in whole.fillers],
        "same_pauses": [(p.start, p.end) for p in live.pauses] == [(p.start, p.end) for p in whole.pauses],
    }


def summarise(rows: list[dict]) -> dict:
    diffs = [r["wpm_diff_pct"] for r in rows if r["wpm_diff_pct"] is not None]
    return {"answers": len(rows), "wpm_within_2pct": sum(d <= 2.0 for d in diffs), "wpm_diff_pct_worst": max(diffs, default=None),
            "same_words": sum(r["same_words"] for r in rows), "same_fillers": sum(r["same_fillers"] for r in rows),
            "same_pauses": sum(r["same_pauses"] for r in rows)}


def main() -> int:
    samples = json.loads((SET / "turnset.json").read_text())["samples"]
    analyzer = Analyzer()
    rows = [compare(analyzer, s) for s in samples]
    result = {"live_tail_s": LIVE_TAIL_S, "dev": summarise([r for r in rows if r["split"] == "dev"]),
              "held_out": summarise([r for r in rows if r["split"] == "held_out"]), "per_answer": rows}
    (ROOT / "bench" / "stability.json").write_text(json.dumps(result, indent=2) + "\n")
    for split in ("dev", "held_out"):
        s = result[split]
        print(f"{split}: {s['answers']} answers; WPM within 2 %: {s['wpm_within_2pct']} (worst {s['wpm_diff_pct_worst']} %); "
              f"same words {s['same_words']}, fillers {s['same_fillers']}, pauses {s['same_pauses']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
