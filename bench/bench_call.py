"""Call-label benchmark: per-label precision and recall on bench/call_labels_set.json, dev and
held-out scored separately, for the rules alone and for rules + learned model (the shipped
METHOD). Writes bench/call.json. Run: .venv/bin/python bench/bench_call.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from label_scores import SPLITS, by_split, choose, print_report  # noqa: E402

from voiceprep.analysis.call_labels import LABELS, METHOD, METHODS, label_call_utterance  # noqa: E402
from voiceprep.label_models import shipped_model  # noqa: E402


def truth(item: dict) -> set[str]:
    return set(item["labels"])


def predicted(item: dict, method: str) -> set[str]:
    return {lb.name for lb in label_call_utterance(item["text"], method=method)}


def main() -> int:
    items = json.loads((ROOT / "bench" / "call_labels_set.json").read_text())
    methods = {}
    for method in METHODS:
        methods[method] = by_split(items, list(LABELS), truth, {it["id"]: predicted(it, method) for it in items})
    result = {**methods[METHOD], "method": METHOD, "model_version": shipped_model("call").version,
              "items": {s: sum(1 for i in items if i["split"] == s) for s in SPLITS}, "choice": choose(methods), "methods": methods}
    (ROOT / "bench" / "call.json").write_text(json.dumps(result, indent=2) + "\n")
    print_report("call labels", list(LABELS), methods, METHOD, items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
