"""Interviewer latency on the turn-taking set (issue 11): how soon the interviewer answers.

Every answer of audio_samples/turnset/ is played to a real interview (voiceprep.interview: the
engine, the turn detector with read-back and Smart Turn, the analyzer, piper) asking one question
of the answer's kind. The candidate's recording arrives in real time, as from a microphone
(so the silence after the last word takes the time it takes), and the interviewer's replies go
to a sink that takes real time to play, as a speaker does, so a follow-up cannot start before
the acknowledgement in front of it has been heard. Measured per answer:

- silence waited: from the answer's true last word to the end-of-turn decision (session clock),
  plus the wall time of that last judgement (read-back decode and Smart Turn);
- first reply: from the decision to the first sample of the acknowledgement (wall clock);
- follow-up: from the decision to the first sample of the substantive follow-up (wall clock);
- from the last word: silence waited + judgement + the two above;
- accuracy: the recorded answer's figures against an offline analysis of the same recording
  (WPM difference, fillers and long pauses the same).

Two interviewers: the scripted one (a follow-up only where the analysis calls for one) and an
LLM served by the fake ollama server at a realistic pace (first token after 0.3 s, then 30
tokens a second; always a follow-up), through the official client as in practice.

Run: .venv/bin/python bench/bench_latency.py [--limit N]   (writes bench/latency.json)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_turns import SET, Timed, pct  # noqa: E402
from tests.fakes.ollama_server import FakeOllama  # noqa: E402
from voiceprep.analyzer import Analyzer  # noqa: E402
from voiceprep.audio.frames import FRAME_S  # noqa: E402
from voiceprep.audio.io import load_audio  # noqa: E402
from voiceprep.audio.sources import FileSource  # noqa: E402
from voiceprep.conversation import Conversation  # noqa: E402
from voiceprep.interview.bank import Question  # noqa: E402
from voiceprep.interview.brain import FallbackBrain, OllamaBrain, ScriptedBrain  # noqa: E402
from voiceprep.interview.session import Interview, PracticeSettings  # noqa: E402
from voiceprep.models import resolve_smart_turn  # noqa: E402
from voiceprep.speech.tts import Voice  # noqa: E402

QUESTIONS = {
    "past": Question("bench_past", "difficult_customers", "past", "Tell me about a time you handled a difficult customer."),
    "plan": Question("bench_plan", "situational", "plan", "What would you do if a customer asked for something against policy?"),
    "opinion": Question("bench_opinion", "motivation", "opinion", "What does good customer service mean to you?"),
}
LLM_REPLY = "Thanks for walking me through that. What did you do next, and how did it turn out for the customer?"
TOKENS_PER_S, CHARS_PER_TOKEN, FIRST_TOKEN_S = 30.0, 4, 0.3


class PacedSource(FileSource):
    """The recording arrives as from a microphone: a frame no sooner than its time (a slow
    judgement falls behind and catches up, as with the mic's queue). Only while listening; the
    frames heard during the interviewer's replies are paced by the sink."""

    def frames(self) -> Iterator[np.ndarray]:
        t0 = time.perf_counter()
        for n, frame in enumerate(super().frames()):
            wait = t0 + n * FRAME_S - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            yield frame


class PacedSink:
    """Takes as long to play as the audio lasts (a speaker), without a sound device; only the
    replies (acknowledgement, follow-up), which the figures are about, to keep the run short."""

    realtime = False
    PACED = ("acknowledgement", "follow_up", "interruption")

    def __init__(self) -> None:
        self._rate, self._played, self._t0, self._paced = 22050, 0, 0.0, False

    def begin(self, name: str, sample_rate: int) -> None:
        self._rate, self._played, self._t0 = sample_rate, 0, time.perf_counter()
        self._paced = name in self.PACED

    def write(self, chunk: np.ndarray) -> bool:
        self._played += chunk.size
        wait = self._t0 + self._played / self._rate - time.perf_counter()
        if self._paced and wait > 0:
            time.sleep(wait)
        return True

    def end(self) -> float:
        return self._played / self._rate

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def run_answer(sample: dict, *, voice: Voice, analyzer: Analyzer, brain, prosody) -> dict:
    reader, scorer = Timed(analyzer.transcriber.read_back), Timed(prosody) if prosody else None
    engine = Conversation(source=PacedSource([SET / sample["file"]]), sink=PacedSink(), voice=voice, store=None,
                          read_back=reader, prosody=scorer)
    iv = Interview(engine, brain=brain, analyzer=analyzer, questions=[QUESTIONS[sample["question_kind"]]],
                   settings=PracticeSettings(hold_silences=0, seed=1))
    iv.run()
    turns = iv.turns
    answers = [t for t in turns if t.kind == "answer"]
    ack = next((t for t in turns if t.kind == "acknowledgement" and not t.notes.gave_way), None)
    follow = next((t for t in turns if t.kind == "follow_up"), None)
    row = {"file": sample["file"], "split": sample["split"], "voice": sample["voice"], "question_kind": sample["question_kind"],
           "recovered_cut_offs": answers[0].notes.recovered_cut_offs if answers else None}
    if not answers:
        return row
    answer = answers[0]
    judged = reader.last_s + (scorer.last_s if scorer else 0.0)
    waited = answer.end - answer.start - sample["speech_end"]  # the file starts when listening starts
    row.update({
        "silence_waited_s": round(waited, 3), "judgement_s": round(judged, 3),
        "first_reply_s": round(ack.latency_s, 3) if ack and ack.latency_s is not None else None,
        "follow_up_s": round(follow.latency_s, 3) if follow and follow.latency_s is not None else None,
        "follow_up": follow.text if follow else None,
    })
    row["first_reply_from_last_word_s"] = round(waited + judged + row["first_reply_s"], 3) if row["first_reply_s"] is not None else None
    row["follow_up_from_last_word_s"] = round(waited + judged + row["follow_up_s"], 3) if row["follow_up_s"] is not None else None
    analyzer.transcriber.forget()  # an offline analysis decodes afresh
    offline = analyzer.analyze_audio(load_audio(SET / sample["file"]))
    live = answer.metrics
    row["accuracy"] = {
        "wpm_live": round(live.wpm, 1), "wpm_offline": round(offline.wpm, 1),
        "wpm_diff_pct": round(100 * abs(live.wpm - offline.wpm) / offline.wpm, 2) if offline.wpm else None,
        "fillers_same": sorted(f.text.lower() for f in live.fillers) == sorted(f.text.lower() for f in offline.fillers),
        "long_pauses_live": [round(p.duration_s, 2) for p in live.pauses if p.duration_s >= 0.8],
        "long_pauses_offline": [round(p.duration_s, 2) for p in offline.pauses if p.duration_s >= 0.8],
    }
    row["accuracy"]["pauses_same"] = (len(row["accuracy"]["long_pauses_live"]) == len(row["accuracy"]["long_pauses_offline"])
                                      and all(abs(a - b) <= 0.1 for a, b in zip(row["accuracy"]["long_pauses_live"],
                                                                                row["accuracy"]["long_pauses_offline"])))
    return row


def summarise(rows: list[dict]) -> dict:
    def col(key: str) -> list[float]:
        return [r[key] for r in rows if r.get(key) is not None]

    out: dict = {"answers": len(rows), "follow_ups": len(col("follow_up_s"))}
    for key in ("first_reply_s", "follow_up_s", "silence_waited_s", "judgement_s", "first_reply_from_last_word_s",
                "follow_up_from_last_word_s"):
        xs = col(key)
        out[key] = {"p50": pct(xs, 0.5), "p95": pct(xs, 0.95), "worst": round(max(xs), 3) if xs else None}
    acc = [r["accuracy"] for r in rows if "accuracy" in r]
    diffs = [a["wpm_diff_pct"] for a in acc if a["wpm_diff_pct"] is not None]
    out["accuracy"] = {"wpm_diff_pct_median": pct(diffs, 0.5), "wpm_diff_pct_worst": max(diffs) if diffs else None,
                       "answers_wpm_within_2pct": sum(d <= 2.0 for d in diffs), "answers": len(acc),
                       "fillers_same": sum(a["fillers_same"] for a in acc), "long_pauses_same": sum(a["pauses_same"] for a in acc)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N answers (a quick look)")
    args = ap.parse_args()
    truth = json.loads((SET / "turnset.json").read_text())["samples"][: args.limit]
    voice, analyzer = Voice(), Analyzer()
    analyzer.transcriber.load()
    analyzer.transcriber.load_reader()
    model = resolve_smart_turn()
    prosody = None
    if model is not None:
        from voiceprep.speech.smart_turn import SmartTurn

        prosody = SmartTurn(model).complete_probability
    result: dict = {"smart_turn": model is not None, "interviewers": {}}
    with FakeOllama(reply=LLM_REPLY, first_delay_s=FIRST_TOKEN_S, chunk_chars=CHARS_PER_TOKEN,
                    chunk_delay_s=1.0 / TOKENS_PER_S) as fake:
        brains = {
            "scripted": lambda: ScriptedBrain(),
            "llm_paced": lambda: FallbackBrain(OllamaBrain(fake.host, "llama3.2:3b", 8.0), ScriptedBrain(), lambda s: None,
                                               model="llama3.2:3b", deadline_s=8.0),
        }
        for name, make in brains.items():
            rows = []
            for sample in truth:
                rows.append(run_answer(sample, voice=voice, analyzer=analyzer, brain=make(), prosody=prosody))
                r = rows[-1]
                print(f"{name} {r['file']}: waited {r.get('silence_waited_s')} + judged {r.get('judgement_s')}; "
                      f"ack {r.get('first_reply_s')} s, follow-up {r.get('follow_up_s')} s", file=sys.stderr)
            result["interviewers"][name] = {"dev": summarise([r for r in rows if r["split"] == "dev"]),
                                            "held_out": summarise([r for r in rows if r["split"] == "held_out"]),
                                            "all": summarise(rows), "per_answer": rows}
    result["targets"] = {"first_reply_p50_s": 0.3, "follow_up_p50_s_scripted": 0.8, "follow_up_p50_s_llm": 1.5,
                         "wpm_diff_pct_max": 2.0}
    result["llm_pace"] = {"first_token_s": FIRST_TOKEN_S, "tokens_per_s": TOKENS_PER_S, "chars_per_token": CHARS_PER_TOKEN}
    (ROOT / "bench" / "latency.json").write_text(json.dumps(result, indent=2) + "\n")
    for name, res in result["interviewers"].items():
        a = res["all"]
        print(f"{name}: first reply p50 {a['first_reply_s']['p50']} / p95 {a['first_reply_s']['p95']} s; "
              f"follow-up p50 {a['follow_up_s']['p50']} / p95 {a['follow_up_s']['p95']} s ({a['follow_ups']} follow-ups); "
              f"from the last word: follow-up p50 {a['follow_up_from_last_word_s']['p50']} s; "
              f"WPM vs offline median {a['accuracy']['wpm_diff_pct_median']} % worst {a['accuracy']['wpm_diff_pct_worst']} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
