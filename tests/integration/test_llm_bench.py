"""The LLM path's benchmark (bench/bench_llm_content.py): replies recorded from a server are
replayed through the real ollama client and scored as the coach reads them. The "model" here is
a stand-in server whose replies are known, so the scores are known: this checks the recording,
the replay and the scoring, not any model."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.fakes.ollama_server import FakeOllama

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import bench_llm_content as bench  # noqa: E402

MODEL = "recorded:1b"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    every = json.loads((ROOT / "bench" / "content_set.json").read_text())
    dev = [i for i in every if i["split"] == "dev"][:4]
    held = [i for i in every if i["split"] == "holdout"][:3]
    return dev + held


def truthful(items: list[dict]):
    """A server that answers every answer with its labelled truth, in the schema."""
    by_prompt = {f"Question: {i['question']}\nAnswer: {i['text']}": i for i in items}

    def reply(body: dict) -> str:
        it = by_prompt[body["messages"][-1]["content"]]
        quote = " ".join(it["text"].split()[:3])
        return json.dumps({"star": it["star"], "flags": [{"name": f, "evidence": quote} for f in it["flags"]],
                           "strengths": [{"name": s, "evidence": quote} for s in it["strengths"]]})
    return reply


def test_a_recording_is_replayed_through_the_client_and_scored_as_the_coach_reads_it(items, tmp_path):
    with FakeOllama(models=[MODEL], reply=truthful(items)) as server:
        path = bench.record(items, server.host, MODEL, folder=tmp_path, timeout_s=10)
        asked = len(server.requests)
    assert asked == len(items)
    r = bench.score_recording(items, path)  # no server from here on: the file alone
    assert r["unrecorded"] == 0 and r["fell_back_to_rules"] == 0
    assert r["macro_f1"]["dev"] == 1.0 and r["macro_f1"]["holdout"] == 1.0

    with FakeOllama(models=[MODEL], reply=truthful(items)) as server:  # resumes: nothing asked twice
        bench.record(items, server.host, MODEL, folder=tmp_path, timeout_s=10)
        assert server.requests == []


def test_a_broken_reply_falls_back_to_the_rules_and_an_unrecorded_answer_is_counted(items, tmp_path):
    with FakeOllama(models=[MODEL], reply=truthful(items)) as server:
        path = bench.record(items, server.host, MODEL, folder=tmp_path, timeout_s=10)
    data = json.loads(path.read_text())
    keys = list(data["replies"])
    data["replies"][keys[0]] = "not json"
    del data["replies"][keys[1]]
    path.write_text(json.dumps(data))
    r = bench.score_recording(items, path)
    assert r["unrecorded"] == 1
    assert r["fell_back_to_rules"] == 2  # the broken reply and the unrecorded one (the stand-in answers "")
