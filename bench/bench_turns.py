"""Turn-taking benchmark on audio_samples/turns/ and interviewer latency in a headless session.

- false cut-offs: the detector ended the turn during a mid-answer thinking pause;
- response delay: from the true end of a finished answer to the decision, plus the wall time
  the decision itself took (the read-back decode), i.e. what a candidate would wait;
- the same for a plain 0.6 s silence timer, for comparison;
- interviewer latency_s p50/p95 from a headless practice session with the scripted interviewer
  (acknowledgements and substantive follow-ups reported separately).
Writes bench/turns.json. Run: .venv/bin/python bench/bench_turns.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.audio.frames import to_frames  # noqa: E402
from voiceprep.audio.io import load_audio  # noqa: E402
from voiceprep.audio.turns import TurnDetector, TurnSettings  # noqa: E402
from voiceprep.speech.stt import Transcriber  # noqa: E402


def pct(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))], 3)


def run_detector(settings: TurnSettings, read_tail, truth: list[dict]) -> dict:
    rows = []
    for s in truth:
        cost: list[float] = []

        def timed_read(audio):
            t0 = time.perf_counter()
            text = read_tail(audio)
            cost.append(time.perf_counter() - t0)
            return text

        det = TurnDetector(settings, timed_read if read_tail else None)
        end = None
        for f in to_frames(load_audio(ROOT / "audio_samples" / "turns" / s["file"])):
            end = det.push(f)
            if end:
                break
        cut = end is not None and end.decided_at_s < s["speech_end"] - 0.05
        rows.append({
            "file": s["file"], "reason": end.reason if end else None, "mid_pauses": [p["duration_s"] for p in s["mid_pauses"]],
            "false_cut_off": cut,
            "delay_s": None if cut or end is None else round(end.decided_at_s - s["speech_end"] + (cost[-1] if cost else 0.0), 3),
        })
    delays = [r["delay_s"] for r in rows if r["delay_s"] is not None and not r["mid_pauses"]]
    with_pauses = [r for r in rows if r["mid_pauses"]]
    return {
        "per_sample": rows,
        "pauses": sum(len(r["mid_pauses"]) for r in with_pauses),
        "false_cut_offs": sum(r["false_cut_off"] for r in rows),
        "finished_answers": len(delays),
        "response_delay_p50_s": pct(delays, 0.5), "response_delay_p95_s": pct(delays, 0.95),
    }


def interviewer_latency() -> dict:
    samples = ROOT / "audio_samples"
    files = [str(samples / f) for f in ("06_short_answer.wav", "04_slow_thoughtful.wav", "12_apology_backtrack.wav",
                                        "03_fast_talker.wav", "11_teamwork.wav", "09_kpis.wav", "05_filler_words.wav", "08_angry_customer.wav")]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "voiceprep", "practice", "--input", *files, "--questions", "6", "--seed", "7",
                               "--brain", "scripted", "--hold-silences", "0", "--data-dir", tmp, "--json"],
                              capture_output=True, text=True, check=True, cwd=ROOT)
    turns = json.loads(proc.stdout)["turns"]
    acks = [t["latency_s"] for t in turns if t["kind"] == "acknowledgement" and "latency_s" in t]
    follow = [t["latency_s"] for t in turns if t["kind"] == "follow_up" and "latency_s" in t]
    every = acks + follow + [t["latency_s"] for t in turns if t["kind"] == "interruption" and "latency_s" in t]
    return {
        "first_reply_p50_s": pct(acks, 0.5), "first_reply_p95_s": pct(acks, 0.95), "first_replies": len(acks),
        "follow_up_p50_s": pct(follow, 0.5), "follow_up_p95_s": pct(follow, 0.95), "follow_ups": len(follow),
        "all_p50_s": pct(every, 0.5), "all_p95_s": pct(every, 0.95),
    }


def main() -> int:
    truth = json.loads((ROOT / "audio_samples" / "turns" / "turns.json").read_text())["samples"]
    tr = Transcriber()
    tr.load()

    result = {
        "voiceprep": run_detector(TurnSettings(), tr.read_back, truth),
        "silence_timer_0_6s": run_detector(TurnSettings(min_silence_s=0.6, short_turn_s=0.0, patience_s=0.6), None, truth),
        "interviewer_latency": interviewer_latency(),
        "targets": {"false_cut_offs": 0, "response_delay_p50_s": 1.2, "latency_p50_s": 0.4},
    }
    (ROOT / "bench" / "turns.json").write_text(json.dumps(result, indent=2) + "\n")
    v, b, lat = result["voiceprep"], result["silence_timer_0_6s"], result["interviewer_latency"]
    print(f"turn-taking on {len(truth)} answers ({v['pauses']} thinking pauses of 1.5-3 s):")
    print(f"  voiceprep:        false cut-offs {v['false_cut_offs']}, response delay p50 {v['response_delay_p50_s']} s, p95 {v['response_delay_p95_s']} s")
    print(f"  0.6 s silence:    false cut-offs {b['false_cut_offs']}, response delay p50 {b['response_delay_p50_s']} s")
    print(f"interviewer latency_s (scripted): first reply p50 {lat['first_reply_p50_s']} s / p95 {lat['first_reply_p95_s']} s; "
          f"follow-up question p50 {lat['follow_up_p50_s']} s / p95 {lat['follow_up_p95_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
