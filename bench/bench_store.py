"""Store and report benchmark: HTML report of a 30-minute session, `history` over 1,000 sessions.

Sessions are built from one real analysis of a bundled sample, repeated on the session clock,
with its audio kept (the report embeds each answer as compact Opus). Timings are medians of 3
runs after a first, cold run (its time is reported separately). Writes bench/store.json.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analyzer import Analyzer  # noqa: E402
from voiceprep.audio.io import load_audio  # noqa: E402
from voiceprep.store import Store  # noqa: E402
from voiceprep.types import Turn  # noqa: E402


def timed(fn, runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(round(time.perf_counter() - t0, 3))
    return out


def main() -> int:
    sample = ROOT / "audio_samples" / "10_mixed_disfluent.wav"
    audio = load_audio(sample)
    m = Analyzer().analyze_audio(audio)
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "big")
        sid = store.start_session("interview", {})
        t, i = 0.0, 0
        while t < 30 * 60:
            store.add_turn(sid, Turn(i, "interviewer", "question", "Tell me about a time...", t, t + 4, latency_s=0.3))
            t += 4
            store.add_turn(sid, Turn(i + 1, "candidate", "answer", m.transcript, t, t + m.duration_s, metrics=replace(m),
                                     response_latency_s=m.first_word_s, question="Tell me about a time..."), audio)
            t += m.duration_s
            i += 2
        t_wait = time.perf_counter()
        store.finish_session(sid)  # waits for the compact (Opus) copies still being encoded
        compact_wait_s = round(time.perf_counter() - t_wait, 2)
        answers = i // 2
        cli = [str(ROOT / ".venv" / "bin" / "voiceprep"), "report", sid, "--data-dir", str(Path(tmp) / "big"), "--out", str(Path(tmp) / "r.html")]
        first = timed(lambda: subprocess.run(cli, check=True, capture_output=True), runs=1)[0]
        runs = timed(lambda: subprocess.run(cli, check=True, capture_output=True))
        from voiceprep.report.html import render

        inproc = timed(lambda: render(store, store.get_session(sid)))
        result["report_30_min_session"] = {
            "answers": answers, "session_s": round(t), "first_run_s": first, "cli_runs_s": runs,
            "cli_median_s": statistics.median(runs), "in_process_runs_s": inproc, "in_process_median_s": statistics.median(inproc),
            "html_bytes": (Path(tmp) / "r.html").stat().st_size, "target_s": 2.0, "target_bytes": 5_000_000,
            "compact_wait_at_finish_s": compact_wait_s,
        }
        from voiceprep.audio.io import encode_compact

        enc = timed(lambda: encode_compact(audio))
        result["compact_audio"] = {
            "answer_s": round(audio.size / 16000, 1), "encode_runs_s": enc,
            "encode_s_per_audio_s": round(statistics.median(enc) / (audio.size / 16000), 4),
            "bytes_per_audio_s": round(len(encode_compact(audio)) / (audio.size / 16000)),
            "wav_bytes_per_audio_s": 32000,
        }

        many = Store.open(Path(tmp) / "many")
        for n in range(1000):
            s = many.start_session("interview", {}, started_at=1.7e9 + n * 3600)
            for k in range(3):
                many.add_turn(s, Turn(k, "candidate", "answer", m.transcript, k * 30.0, k * 30 + 25, metrics=m))
            many.finish_session(s)
        cli = [str(ROOT / ".venv" / "bin" / "voiceprep"), "history", "--data-dir", str(Path(tmp) / "many")]
        runs = timed(lambda: subprocess.run(cli, check=True, capture_output=True))
        all_rows = timed(lambda: subprocess.run([*cli, "--limit", "0"], check=True, capture_output=True))
        query = timed(lambda: many.list_sessions(None))
        result["history_1000_sessions"] = {
            "cli_runs_s": runs, "cli_median_s": statistics.median(runs), "cli_all_1000_rows_median_s": statistics.median(all_rows),
            "query_runs_s": query, "query_median_s": statistics.median(query), "target_s": 0.5,
        }
    (ROOT / "bench" / "store.json").write_text(json.dumps(result, indent=2) + "\n")
    r, h = result["report_30_min_session"], result["history_1000_sessions"]
    print(f"report of a {r['session_s'] / 60:.0f}-minute session ({r['answers']} answers): CLI median {r['cli_median_s']} s "
          f"(first run {r['first_run_s']} s), in process {r['in_process_median_s']} s; target 2 s; "
          f"page {r['html_bytes'] / 1e6:.1f} MB (target 5 MB)")
    print(f"history over 1,000 sessions: CLI median {h['cli_median_s']} s (default 20 rows; all 1,000 rows "
          f"{h['cli_all_1000_rows_median_s']} s), query {h['query_median_s']} s; target 0.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
