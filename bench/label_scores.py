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


def by_split(items: list[dict], names: list[str], truth: Callable[[dict], set[str]], got: dict[str, set[str]]) -> dict:
    res = {s: score([i for i in items if i["split"] == s], names, truth, got) for s in SPLITS}
    res["all"] = score(items, names, truth, got)
    return res


def cell(r: dict) -> str:
    p, rc = r["precision"], r["recall"]
    f = lambda v: "  -  " if v is None else f"{v:.2f}"  # noqa: E731
    return f"{f(p)} / {f(rc)}"
