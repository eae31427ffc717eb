"""Call-label benchmark: per-label precision and recall on bench/call_labels_set.json (dev and
held-out scored separately). Writes bench/call.json. Run: .venv/bin/python bench/bench_call.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analysis.call_labels import LABELS, label_call_utterance  # noqa: E402


def score(items: list[dict]) -> dict:
    out, errors = {}, []
    got = {it["id"]: {lb.name for lb in label_call_utterance(it["text"])} for it in items}
    for name in LABELS:
        tp = sum(1 for it in items if name in it["labels"] and name in got[it["id"]])
        fp = sum(1 for it in items if name not in it["labels"] and name in got[it["id"]])
        fn = sum(1 for it in items if name in it["labels"] and name not in got[it["id"]])
        errors += [{"id": it["id"], "label": name, "expected": name in it["labels"]} for it in items if (name in it["labels"]) != (name in got[it["id"]])]
        out[name] = {"support": tp + fn, "precision": round(tp / (tp + fp), 3) if tp + fp else None, "recall": round(tp / (tp + fn), 3) if tp + fn else None}
    return {"labels": out, "errors": errors}


def main() -> int:
    items = json.loads((ROOT / "bench" / "call_labels_set.json").read_text())
    result = {s: score([i for i in items if i["split"] == s]) for s in ("dev", "holdout")}
    result["all"] = score(items)
    (ROOT / "bench" / "call.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"call labels on {len(items)} utterances (precision / recall): dev | held out | all")
    for name in LABELS:
        cells = [f"{result[s]['labels'][name]['precision']} / {result[s]['labels'][name]['recall']}" for s in ("dev", "holdout", "all")]
        print(f"  {name:15s} {' | '.join(cells)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
