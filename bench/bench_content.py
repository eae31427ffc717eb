"""Content-coach benchmark: per-label precision and recall on bench/content_set.json, dev and
held-out scored separately, for the rules alone and for rules + learned model (the shipped
METHOD). Writes bench/content.json. Run: .venv/bin/python bench/bench_content.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from label_scores import SPLITS, by_split, choose, print_report  # noqa: E402

from voiceprep.analysis.content import (  # noqa: E402
    FLAG_NAMES,
    METHOD,
    METHODS,
    STAR_PARTS,
    STRENGTH_NAMES,
    analyze_content,
)
from voiceprep.label_models import shipped_model  # noqa: E402

NAMES = [f"star.{p}" for p in STAR_PARTS] + [f"flag.{f}" for f in FLAG_NAMES] + [f"strength.{s}" for s in STRENGTH_NAMES]


def labels_of(item: dict) -> set[str]:
    return {f"star.{p}" for p, v in item["star"].items() if v} | {f"flag.{f}" for f in item["flags"]} | {f"strength.{s}" for s in item["strengths"]}


def predicted(item: dict, method: str) -> set[str]:
    f = analyze_content(item["text"], item["question"], method=method)
    return {f"star.{p}" for p, v in f.star.items() if v} | {f"flag.{n}" for n in f.flag_names()} | {f"strength.{n}" for n in f.strength_names()}


def main() -> int:
    items = json.loads((ROOT / "bench" / "content_set.json").read_text())
    methods = {m: by_split(items, NAMES, labels_of, {it["id"]: predicted(it, m) for it in items}) for m in METHODS}
    result = {**methods[METHOD], "method": METHOD, "model_version": shipped_model("content").version,
              "items": {s: sum(1 for i in items if i["split"] == s) for s in SPLITS}, "choice": choose(methods), "methods": methods}
    (ROOT / "bench" / "content.json").write_text(json.dumps(result, indent=2) + "\n")
    print_report("content coach", NAMES, methods, METHOD, items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
