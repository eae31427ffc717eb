"""Content-coach benchmark: per-label precision and recall on bench/content_set.json.

Dev and held-out items are scored separately (the held-out third was not looked at while the
rules were written). Writes bench/content.json. Run: .venv/bin/python bench/bench_content.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analysis.content import FLAG_NAMES, STAR_PARTS, STRENGTH_NAMES, analyze_content  # noqa: E402


def labels_of(item: dict) -> set[str]:
    return {f"star.{p}" for p, v in item["star"].items() if v} | {f"flag.{f}" for f in item["flags"]} | {f"strength.{s}" for s in item["strengths"]}


def predicted(item: dict) -> set[str]:
    f = analyze_content(item["text"], item["question"])
    return {f"star.{p}" for p, v in f.star.items() if v} | {f"flag.{n}" for n in f.flag_names()} | {f"strength.{n}" for n in f.strength_names()}


def score(items: list[dict]) -> dict:
    names = [f"star.{p}" for p in STAR_PARTS] + [f"flag.{f}" for f in FLAG_NAMES] + [f"strength.{s}" for s in STRENGTH_NAMES]
    out = {}
    errors = []
    for name in names:
        tp = fp = fn = 0
        for it in items:
            want, got = name in labels_of(it), name in predicted(it)
            tp += want and got
            fp += got and not want
            fn += want and not got
            if want != got:
                errors.append({"id": it["id"], "label": name, "expected": want})
        out[name] = {
            "support": tp + fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        }
    return {"labels": out, "errors": errors}


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    items = json.loads((ROOT / "bench" / "content_set.json").read_text())
    result = {split: score([i for i in items if i["split"] == split]) for split in ("dev", "holdout")}
    result["all"] = score(items)
    (ROOT / "bench" / "content.json").write_text(json.dumps(result, indent=2) + "\n")
    table = Table(title=f"Content coach on {len(items)} labelled answers (precision / recall)", title_justify="left")
    for col in ("label", "support", "dev", "held out", "all"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for name, row in result["all"]["labels"].items():
        cell = lambda r: f"{r['precision']} / {r['recall']}"  # noqa: E731
        table.add_row(name, str(row["support"]), cell(result["dev"]["labels"][name]), cell(result["holdout"]["labels"][name]), cell(row))
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
