"""Do an answer's figures hold when only the silence around it changes? (issue 9)

The robustness bench analyses each recording once, as rendered. A real answer's edges vary: in
`practice` the turn ends when the interviewer decides to reply (0.7-4 s after the last word), and a
recording made by hand starts and stops wherever the user pressed the key. Whisper reads the same
speech differently when the audio after it changes: in session 23 a dev answer cut 0.4 s after its
last word lost its whole last sentence (32 words heard for 41, pace 22 % low).

Every synthesized answer and real monologue of the robustness set (`bench/robust.tmp`, built by
`bench_robust.py`, the same splits), in every condition, is analysed as rendered and in variants:
cut 0.4, 0.8 and 1.5 s after its last true word or filler (where the recording runs on past that),
and with 0.5 s more before it: digital silence (a headset's noise gate, the headless loop), and
the recording's own sound before the first word (as if recording had started earlier). Per split: the robustness figures over all variants, and how
far the pace error moves between the variants of one answer (its spread, percentage points).

`bench/tails.json`; `--split dev` while developing (writes `bench/robust.tmp/tails_partial.json`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from bench_robust import TMP, Item, figure_doubt, off_target, score, summarise  # noqa: E402

from voiceprep.audio.io import SAMPLE_RATE, load_audio  # noqa: E402

CUTS_S = (0.4, 0.8, 1.5)  # after the last true word or filler
LEAD_S = 0.5
SPREAD_PP = 5.0  # an answer whose pace error moves more than this between variants is unstable


def variants(item: Item, audio: np.ndarray) -> list[tuple[str, np.ndarray, Item]]:
    """(name, audio, truth) of each variant of one answer."""
    end = max([item.chunks[-1][1]] + [b for _a, b in item.filled or ()])
    out = [("as_rendered", audio, item)]
    for cut in CUTS_S:
        n = int((end + cut) * SAMPLE_RATE)
        if n < audio.size:
            out.append((f"cut_{cut}", audio[:n], item))
    shift = lambda spans: None if spans is None else [(a + LEAD_S, b + LEAD_S) for a, b in spans]  # noqa: E731
    lead = replace(item, filled=shift(item.filled), pauses=shift(item.pauses),
                   chunks=[(a + LEAD_S, b + LEAD_S, w) for a, b, w in item.chunks])
    n = int(LEAD_S * SAMPLE_RATE)
    # digital silence (a headset's noise gate, or the headless loop between turns)...
    out.append((f"lead_{LEAD_S}_silence", np.concatenate([np.zeros(n, np.float32), audio]), lead))
    start = min([item.chunks[0][0]] + [a for a, _b in item.filled or ()])
    if start >= LEAD_S + 0.05:  # ...or the room as it sounds before the first word: recording started earlier
        out.append((f"lead_{LEAD_S}_room", np.concatenate([audio[:n], audio]), lead))
    return out


def stability(rows: list[dict]) -> dict:
    """How far each answer's signed pace error moves between its variants."""
    by_answer: dict[str, list[dict]] = {}
    for r in rows:
        by_answer.setdefault(r["id"], []).append(r)
    spreads = {}
    for answer, rs in by_answer.items():
        signed = [100 * (r["wpm"] - r["true_wpm"]) / r["true_wpm"] for r in rs]
        spreads[answer] = round(max(signed) - min(signed), 1)
    worst = max(spreads, key=spreads.get)
    return {
        "answers": len(spreads),
        "median_spread_pp": round(statistics.median(spreads.values()), 1),
        "worst_spread_pp": spreads[worst], "worst_answer": worst,
        "answers_spread_over_5pp": sum(s > SPREAD_PP for s in spreads.values()),
        "answers_off_target_in_some_variant": sum(any(off_target(r) for r in rs) for rs in by_answer.values()),
        "answers_off_target_unflagged_in_some_variant": sum(any(off_target(r) and not r["quality"] for r in rs)
                                                            for rs in by_answer.values()),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "held_out"), help="only this split (while developing: dev)")
    ap.add_argument("--out", type=Path, help="write the JSON here instead")
    args = ap.parse_args()
    listing = TMP / "items.json"
    if not listing.exists():
        print("bench/robust.tmp is missing: run `bench/run.py robust` first (it renders the answers)", file=sys.stderr)
        return 2
    from voiceprep.analyzer import Analyzer

    items = [Item(**{**d, "path": Path(d["path"])}) for d in json.loads(listing.read_text())]
    items = [i for i in items if i.kind in ("synth", "real_monologue") and i.wpm and i.chunks]
    if args.split:
        items = [i for i in items if i.split == args.split]
    analyzer = Analyzer()
    t0 = time.perf_counter()
    rows: list[dict] = []
    for it in items:
        audio = load_audio(it.path)
        for name, clip, truth in variants(it, audio):
            analyzer.transcriber.forget()  # each variant decoded afresh
            t = time.perf_counter()
            m = analyzer.analyze_audio(clip)
            rows.append({**score(truth, m, time.perf_counter() - t), "variant": name, "condition": it.condition})
    result: dict = {"cuts_s": CUTS_S, "lead_s": LEAD_S, "wall_s": round(time.perf_counter() - t0, 1), "splits": {}}
    for split in ("dev", "held_out"):
        rs = [r for r in rows if r["split"] == split]
        if rs:
            result["splits"][split] = {
                "all_variants": summarise(rs),
                "as_rendered": summarise([r for r in rs if r["variant"] == "as_rendered"]),
                "stability": stability(rs),
                "figure_doubt": figure_doubt(rs),
            }
    result["per_variant"] = rows
    out = args.out or (TMP / "tails_partial.json" if args.split else BENCH / "tails.json")
    out.write_text(json.dumps(result, indent=1) + "\n")
    for split, s in result["splits"].items():
        a, st = s["all_variants"], s["stability"]
        print(f"{split}: {st['answers']} answers x variants: worst |WPM err| {a['worst_abs_wpm_error_pct']} % "
              f"(as rendered {s['as_rendered']['worst_abs_wpm_error_pct']} %), worst words heard vs said "
              f"{a['worst_file_words_heard_vs_said_pct']} %, lost {a['lost']}; pace spread median {st['median_spread_pp']} pp, "
              f"worst {st['worst_spread_pp']} pp ({st['worst_answer']}), over {SPREAD_PP:.0f} pp: {st['answers_spread_over_5pp']}; "
              f"off target in some variant {st['answers_off_target_in_some_variant']} "
              f"(unflagged {st['answers_off_target_unflagged_in_some_variant']})")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
