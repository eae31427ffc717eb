"""The content coach's LLM path (`voiceprep coach --llm`) judged on the same labelled answers as
bench_content.py, from recorded replies.

A model's replies are recorded once against a real ollama server, then every run replays them
through a local stand-in server with ollama's wire format, so the product's own client path
(`content_llm.analyze_content_llm`: request, schema check, fallback to the rules) is what gets
scored, reproducibly and without the model:

    .venv/bin/python bench/bench_llm_content.py --record --host http://127.0.0.1:11434 --model llama3.2:3b
    .venv/bin/python bench/bench_llm_content.py            # scores every recording in bench/llm_replies/

Recordings are bench/llm_replies/content-<model>.json: the model and, per answer, the reply to
the exact request (keyed by a hash of it, so a changed prompt or schema is seen as unrecorded).
With no recording the benchmark says so and measures nothing: replies written by hand would
measure their writer, not a model. Writes bench/llm_content.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_content import NAMES, labels_of  # noqa: E402
from label_scores import SPLITS, by_split, macro_f1  # noqa: E402

from voiceprep.content_llm import analyze_content_llm, chat_request  # noqa: E402
from voiceprep.llm import client  # noqa: E402

REPLIES = ROOT / "bench" / "llm_replies"
RECORD_TIMEOUT_S = 120.0  # a 3B model on 2 cores can take a minute for one answer


def request_key(request: dict) -> str:
    """A stable hash of what decides the reply: model, messages, schema and options (the same
    for the keyword arguments of `chat` and for the JSON body the client sends)."""
    seen = {"model": request.get("model"), "format": request.get("format"), "options": request.get("options"),
            "messages": [{"role": m["role"], "content": m["content"]} for m in request.get("messages", [])]}
    return hashlib.sha256(json.dumps(seen, sort_keys=True).encode()).hexdigest()[:24]


def recording_path(model: str, folder: Path = REPLIES) -> Path:
    return folder / f"content-{model.replace('/', '_').replace(':', '_')}.json"


def record(items: list[dict], host: str, model: str, folder: Path = REPLIES, timeout_s: float = RECORD_TIMEOUT_S) -> Path:
    """Ask the model about every answer and keep its raw replies (resumes a partial recording)."""
    path = recording_path(model, folder)
    data = json.loads(path.read_text()) if path.exists() else {"model": model, "replies": {}}
    c = client(host, timeout_s)
    for n, it in enumerate(items, 1):
        req = chat_request(it["text"], it["question"], model)
        key = request_key(req)
        if key in data["replies"]:
            continue
        data["replies"][key] = c.chat(**req).message.content
        data["recorded"] = time.strftime("%Y-%m-%d")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=1) + "\n")  # after every reply: an interrupted run loses nothing
        print(f"\r{n}/{len(items)} recorded", end="", flush=True)
    print()
    return path


def score_recording(items: list[dict], path: Path) -> dict:
    """Replay a recording through a stand-in ollama server and score what the product makes of it."""
    from tests.fakes.ollama_server import FakeOllama  # ollama's wire format on 127.0.0.1

    data = json.loads(path.read_text())
    model, replies = data["model"], data["replies"]
    missing = [it["id"] for it in items if request_key(chat_request(it["text"], it["question"], model)) not in replies]

    def reply(body: dict) -> str:
        return replies.get(request_key(body), "")

    got, fell_back = {}, []
    with FakeOllama(models=[model], reply=reply) as fake:
        for it in items:
            f = analyze_content_llm(it["text"], it["question"], host=fake.host, model=model)
            if not f.source.startswith("llm:"):
                fell_back.append(it["id"])
            got[it["id"]] = ({f"star.{p}" for p, v in f.star.items() if v} | {f"flag.{n}" for n in f.flag_names()}
                             | {f"strength.{n}" for n in f.strength_names()})
    res = by_split(items, NAMES, labels_of, got)
    return {"model": model, "recorded": data.get("recorded"), "unrecorded": len(missing),
            "fell_back_to_rules": len(fell_back), "macro_f1": {s: macro_f1(res[s]) for s in (*SPLITS, "holdout_fresh")},
            "splits": res}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--record", action="store_true", help="record the replies of a real ollama model first")
    ap.add_argument("--host", default=None, help="ollama server to record from (default: OLLAMA_HOST or localhost)")
    ap.add_argument("--model", default=None, help="the model to record (with --record)")
    ap.add_argument("--replies", type=Path, default=REPLIES, help="folder of recordings")
    args = ap.parse_args()
    items = json.loads((ROOT / "bench" / "content_set.json").read_text())
    if args.record:
        if not args.model:
            ap.error("--record needs --model")
        print(f"recorded to {record(items, args.host, args.model, args.replies)}")
    recordings = sorted(args.replies.glob("content-*.json")) if args.replies.exists() else []
    out: dict = {"measured": bool(recordings), "models": {}}
    if not recordings:
        out["why"] = "no recorded replies: run with --record --model NAME against an ollama server"
        print(f"content coach, LLM path: not measured ({out['why']})")
    for path in recordings:
        r = score_recording(items, path)
        out["models"][r["model"]] = r
        print(f"content coach, LLM path, {r['model']} (recorded {r['recorded']}): macro-F1 " +
              ", ".join(f"{s} {v:.3f}" for s, v in r["macro_f1"].items()) +
              f"; {r['unrecorded']} answers unrecorded, {r['fell_back_to_rules']} fell back to the rules")
        for name in NAMES:
            cells = [r["splits"][s]["labels"][name] for s in ("dev", "holdout")]
            print(f"  {name:22s} " + " | ".join(f"{c['precision'] if c['precision'] is not None else '-'} / "
                                                f"{c['recall'] if c['recall'] is not None else '-'}" for c in cells))
    (ROOT / "bench" / "llm_content.json").write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
