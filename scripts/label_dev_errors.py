"""The dev part only of the labelled sets: per-label precision / recall and every dev error, to
write rules against. Held-out items are never scored or printed here (bench/bench_call.py and
bench/bench_content.py report them).

    .venv/bin/python scripts/label_dev_errors.py call [--round N] [--label NAME] [--method rules|combined]
    .venv/bin/python scripts/label_dev_errors.py content [...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from label_scores import score  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=("call", "content"))
    ap.add_argument("--round", type=int, default=None, help="only dev items of this round")
    ap.add_argument("--label", default=None, help="only errors of this label")
    ap.add_argument("--method", default="rules")
    args = ap.parse_args()
    if args.set == "call":
        from bench_call import predicted, truth

        from voiceprep.analysis.call_labels import LABELS

        items = json.loads((ROOT / "bench" / "call_labels_set.json").read_text())
        names = list(LABELS)
    else:
        from bench_content import NAMES, predicted
        from bench_content import labels_of as truth

        items = json.loads((ROOT / "bench" / "content_set.json").read_text())
        names = NAMES
    dev = [i for i in items if i["split"] == "dev" and (args.round is None or i.get("round", 0) == args.round)]
    got = {it["id"]: predicted(it, args.method) for it in dev}
    res = score(dev, names, truth, got)
    by_id = {i["id"]: i for i in dev}
    print(f"dev items: {len(dev)}")
    for n in names:
        v = res["labels"][n]
        print(f"  {n:22s} support {v['support']:3d}  P {v['precision']}  R {v['recall']}")
    for e in res["errors"]:
        if args.label and e["label"] != args.label:
            continue
        it = by_id[e["id"]]
        kind = "MISSED" if e["expected"] else "FALSE "
        print(f"{kind} {e['label']:18s} {e['id']}: {it['text'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
