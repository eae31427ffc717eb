"""Leave one author out, on the DEV part only: train the learned labels on the dev items of every
round but one, then score rules + model on the dev items of that round. Rounds 3, 4 and 5 were
each written by a separate author, so this measures the method on wording it was not trained on
without reading any held-out item (bench/bench_call.py and bench_content.py do that).

    .venv/bin/python scripts/label_cross_rounds.py [--rounds 3 4 5 6 7 8]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from label_scores import macro_f1, score  # noqa: E402
from train_labels import CONTENT_LEARNED, content_truth, train_label  # noqa: E402

from voiceprep.analysis.call_labels import LABELS, label_call_utterance  # noqa: E402
from voiceprep.analysis.content import analyze_content, content_context  # noqa: E402
from voiceprep.analysis.linear_labels import model_from_dict  # noqa: E402
from voiceprep.analysis.text_features import FEATURES_VERSION, text_features  # noqa: E402

CONTENT_NAMES = [f"star.{p}" for p in ("situation", "task", "action", "result", "insight")] + CONTENT_LEARNED + ["flag.rambling"]


def _model(section: str, docs: list[set[str]], truths: list[set[str]], names: list[str]):
    labels = {n: train_label(docs, [int(n in t) for t in truths], n) for n in names}
    return model_from_dict({"format": 1, "features_version": FEATURES_VERSION, "version": "cv", section: {"labels": labels}}, section)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, nargs="+", default=[3, 4, 5, 6, 7, 8])
    args = ap.parse_args()
    calls = [i for i in json.loads((ROOT / "bench" / "call_labels_set.json").read_text()) if i["split"] == "dev"]
    answers = [i for i in json.loads((ROOT / "bench" / "content_set.json").read_text()) if i["split"] == "dev"]
    call_docs = {i["id"]: set(text_features(i["text"]).sources) for i in calls}
    content_docs = {i["id"]: set(text_features(i["text"], content_context(i["question"])).sources) for i in answers}
    totals = {"call": [], "content": []}
    for rnd in args.rounds:
        train = [i for i in calls if i.get("round", 0) != rnd]
        test = [i for i in calls if i.get("round", 0) == rnd]
        m = _model("call", [call_docs[i["id"]] for i in train], [set(i["labels"]) for i in train], list(LABELS))
        got = {i["id"]: {lb.name for lb in label_call_utterance(i["text"], method="combined", model=m)} for i in test}
        r = score(test, list(LABELS), lambda i: set(i["labels"]), got)
        totals["call"].append(macro_f1(r))
        print(f"call    round {rnd} ({len(test)} dev items, model from {len(train)}): macro-F1 {macro_f1(r):.3f} | "
              + " ".join(f"{n[:5]}={v['precision']}/{v['recall']}" for n, v in r["labels"].items() if v["support"]))
        train = [i for i in answers if i.get("round", 0) != rnd]
        test = [i for i in answers if i.get("round", 0) == rnd]
        m = _model("content", [content_docs[i["id"]] for i in train], [content_truth(i) for i in train], CONTENT_LEARNED)
        got = {}
        for i in test:
            f = analyze_content(i["text"], i["question"], method="combined", model=m)
            got[i["id"]] = ({f"star.{p}" for p, v in f.star.items() if v} | {f"flag.{n}" for n in f.flag_names()}
                            | {f"strength.{n}" for n in f.strength_names()})
        r = score(test, CONTENT_NAMES, content_truth, got)
        totals["content"].append(macro_f1(r))
        print(f"content round {rnd} ({len(test)} dev items, model from {len(train)}): macro-F1 {macro_f1(r):.3f} | "
              + " ".join(f"{n.split('.')[-1][:5]}={v['precision']}/{v['recall']}" for n, v in r["labels"].items() if v["support"]))
    for k, v in totals.items():
        print(f"{k}: mean macro-F1 over held-out authors {sum(v) / len(v):.3f} (worst {min(v):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
