"""Per-label precision and recall of a labeller on a labelled set, split by split, with the worst
and median label: shared by bench_call.py and bench_content.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from statistics import median

SPLITS = ("dev", "holdout")


def score(items: list[dict], names: Iterable[str], truth: Callable[[dict], set[str]], got: dict[str, set[str]]) -> dict:
    """{labels: {name: support/precision/recall}, errors: [...], worst/median precision and recall}."""
    out, errors = {}, []
    for name in names:
        tp = fp = fn = 0
        for it in items:
            want, have = name in truth(it), name in got[it["id"]]
            tp += want and have
            fp += have and not want
            fn += want and not have
            if want != have:
                errors.append({"id": it["id"], "label": name, "expected": want})
        out[name] = {"support": tp + fn, "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                     "recall": round(tp / (tp + fn), 3) if tp + fn else None}
    return {"labels": out, "errors": errors, **summary(out)}


def summary(labels: dict) -> dict:
    """Worst and median precision and recall over the labels that have a value."""
    res: dict = {}
    for key in ("precision", "recall"):
        vals = [(v[key], k) for k, v in labels.items() if v[key] is not None]
        if vals:
            low = min(vals)
            res[f"worst_{key}"] = {"label": low[1], "value": low[0]}
            res[f"median_{key}"] = round(median(v for v, _ in vals), 3)
    return res


# Rounds 3 to 7 were written by separate authors from the label definitions alone, without
# sight of the rules, the model or the earlier items. The newest rounds' held-out parts are
# "fresh": read as totals only. Earlier rounds' held-out parts have been read and only help
# choose the method (with the fresh one: `choose` reads every held-out item).
FRESH_ROUND = 10  # round 10: scored whole before anything was changed for it (held-out totals of rounds 6-9 were read on 2026-11-24)


def by_split(items: list[dict], names: list[str], truth: Callable[[dict], set[str]], got: dict[str, set[str]]) -> dict:
    """dev, holdout (all held-out items), holdout_choice (held-out rounds before FRESH_ROUND: seen,
    they choose the method), holdout_fresh (held-out rounds FRESH_ROUND and later: untouched by any
    choice), all."""
    res = {s: score([i for i in items if i["split"] == s], names, truth, got) for s in SPLITS}
    held = [i for i in items if i["split"] == "holdout"]
    res["holdout_choice"] = score([i for i in held if i.get("round", 0) < FRESH_ROUND], names, truth, got)
    res["holdout_fresh"] = score([i for i in held if i.get("round", 0) >= FRESH_ROUND], names, truth, got)
    res["all"] = score(items, names, truth, got)
    return res


def macro_f1(result: dict) -> float:
    """Mean F1 over the labels with support (a label never predicted counts as 0)."""
    f1s = []
    for v in result["labels"].values():
        if not v["support"]:
            continue
        p, r = v["precision"] or 0.0, v["recall"] or 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return round(sum(f1s) / len(f1s), 3) if f1s else 0.0


def cell(r: dict) -> str:
    p, rc = r["precision"], r["recall"]
    f = lambda v: "  -  " if v is None else f"{v:.2f}"  # noqa: E731
    return f"{f(p)} / {f(rc)}"


SHOWN = ("dev", "holdout_choice", "holdout_fresh")
CHOICE_MARGIN = 0.01  # the combined method replaces the rules only if its held-out macro-F1 is this much higher


def choose(methods: dict) -> dict:
    """Macro-F1 on every held-out item (all rounds), rules unless beaten by CHOICE_MARGIN.

    Until round 3 the choice read the held-out rounds 0-2 only. Those were written by the author
    of the rules, and on round 3 (a new author) that rule's pick lost: it would have moved the
    content coach to rules alone (0.74 vs 0.78 macro-F1 on round 3, blame recall 0.17 vs 0.67).
    Amended after seeing round 3's totals to all held-out items; both readings are reported."""
    f = {m: macro_f1(r["holdout"]) for m, r in methods.items()}
    best = "combined" if f.get("combined", 0.0) >= f["rules"] + CHOICE_MARGIN else "rules"
    earlier = {m: macro_f1(r["holdout_choice"]) for m, r in methods.items()}
    return {"macro_f1_holdout": f, "macro_f1_holdout_choice": earlier, "margin": CHOICE_MARGIN, "chosen": best}


def print_report(title: str, names: list[str], methods: dict, shipped: str, items: list[dict]) -> None:
    """Plain-text table: precision / recall per label, method and split; then worst and median rows."""
    counts = {s: sum(1 for i in items if i["split"] == "dev") if s == "dev" else len(
        [i for i in items if i["split"] == "holdout" and (i.get("round", 0) >= FRESH_ROUND) == (s == "holdout_fresh")]) for s in SHOWN}
    print(f"{title}: {len(items)} items; dev {counts['dev']}, held-out used for the choice {counts['holdout_choice']}, "
          f"fresh held-out {counts['holdout_fresh']}. Precision / recall. Shipped method: {shipped}")
    cols = [(m, s) for m in methods for s in SHOWN]
    width = max(len(n) for n in names) + 1
    print(" " * width + " | ".join(f"{m[:5]} {s.replace('holdout_', 'held-'):>11s}" for m, s in cols))
    for n in names:
        print(f"{n:{width}s}" + " | ".join(f"{cell(methods[m][s]['labels'][n]):>17s}" for m, s in cols))
    for m, s in cols:
        r = methods[m][s]
        wp, wr = r.get("worst_precision"), r.get("worst_recall")
        print(f"  {m:8s} {s:15s} macro-F1 {macro_f1(r):.3f}; worst precision {wp['value']:.2f} ({wp['label']}), "
              f"worst recall {wr['value']:.2f} ({wr['label']}); median {r['median_precision']:.2f} / {r['median_recall']:.2f}")
    c = choose(methods)
    note = "" if c["chosen"] == shipped else f"  <-- the choice rule says {c['chosen']}; the code ships {shipped}"
    print(f"  choice rule (all held-out macro-F1, margin {CHOICE_MARGIN}): {c['macro_f1_holdout']} -> {c['chosen']}{note}; "
          f"held-out rounds 0-{FRESH_ROUND - 1} alone: {c['macro_f1_holdout_choice']}")
