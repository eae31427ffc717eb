"""Transcribing while the candidate speaks (issue 11, point 1): long answers are transcribed in
windows as they are spoken, so at the end of the turn only the last window is left.

Long answers: interview answers run to one or two minutes, longer than any turn-set answer
(3-15 s each). Each is built from one voice's turn-set answers told one after another with
thinking pauses of 0.7-2 s between them (the turn set's dev/held-out split kept: a long answer
is made of one split's answers only), plus the three real MFA monologues of one speaker told
in a row (../shared/realspeech, read in place). 30-120 s each.

Replay (always): at every point where `practice` hands the answer so far to the analyzer (the
candidate speaks again after a pause of 0.6 s or more, or has talked 10 s since the last
hand-over), `Analyzer.hear_ahead` gets the audio so far; at the end `analyze_audio` gets the whole answer. Measured per answer:
- the wall time of the end-of-turn analysis with the windows decoded ahead, and of the same
  analysis by a fresh analyzer (nothing decoded ahead: what the end of the turn cost before);
- the seconds of audio still decoded at the end, and the backlog: the decoding ahead is done in
  one background thread, so a job started at a resumption while the previous is still running
  waits (simulated from the measured wall times on the answer's own clock);
- the figures against the fresh analyzer's (an offline `analyze` of the same recording): same
  words, same fillers, same pauses, WPM difference.

Live (`--live N`, 3 by default, 0 to skip): N long answers (a dev voice, the real speaker, a
held-out voice, then the longest) through a real interview (as bench_latency: the
recording arrives in real time, the replies take real time to play), with and without decoding
ahead: from the reply decision to the answer's measured figures (wall), and the reply decision
time itself (does the decoding ahead slow the turn detector's read-backs?).

Run: .venv/bin/python bench/bench_streaming.py [--live N]   (writes bench/streaming.json; the live
part takes real time: about 3 minutes an answer)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_latency import QUESTIONS, PacedSink, PacedSource  # noqa: E402
from bench.bench_turns import SET, pct  # noqa: E402
from voiceprep.analyzer import Analyzer  # noqa: E402
from voiceprep.audio.io import SAMPLE_RATE, load_audio, write_wav  # noqa: E402
from voiceprep.audio.vad import VadSettings, flags_to_spans, frame_flags  # noqa: E402
from voiceprep.conversation import HAND_OVER_EVERY_S, PREPARE_AFTER_S, Conversation  # noqa: E402
from voiceprep.interview.brain import ScriptedBrain  # noqa: E402
from voiceprep.interview.session import Interview, PracticeSettings  # noqa: E402
from voiceprep.speech.stt import Transcriber  # noqa: E402

REAL = ROOT.parent / "shared" / "realspeech" / "mfa_monologues"
MONOLOGUES = ("acoustic_corpus.wav", "cold_corpus.wav", "cold_corpus3.wav")
GAPS_S = (0.8, 1.4, 0.9, 2.0, 1.1, 1.6, 0.7, 1.3, 1.8)  # thinking pauses between the parts, in turn
LEAD_S, END_S = 0.6, 1.2  # silence before the first word and after the last
LIVE = ("joe_dev", "mfa_monologues", "high_held_out", "slow_dev")  # run live, in this order


@dataclass(frozen=True)
class LongAnswer:
    name: str
    split: str  # dev | held_out | real
    question_kind: str
    audio: np.ndarray


def _join(parts: list[np.ndarray]) -> np.ndarray:
    out = [np.zeros(int(LEAD_S * SAMPLE_RATE), np.float32)]
    for i, p in enumerate(parts):
        if i:
            out.append(np.zeros(int(GAPS_S[(i - 1) % len(GAPS_S)] * SAMPLE_RATE), np.float32))
        out.append(p)
    out.append(np.zeros(int(END_S * SAMPLE_RATE), np.float32))
    return np.concatenate(out)


def _speech_only(audio: np.ndarray) -> np.ndarray:
    """A recording from 0.15 s before its first speech to 0.15 s after its last (the files' own
    silences at their edges would make the pauses between them longer than planned)."""
    vad = VadSettings()
    spans = flags_to_spans(frame_flags(audio, vad), vad)
    return audio[max(0, int((spans[0].start - 0.15) * SAMPLE_RATE)): int((spans[-1].end + 0.15) * SAMPLE_RATE)]


def long_answers() -> list[LongAnswer]:
    samples = json.loads((SET / "turnset.json").read_text())["samples"]
    groups: dict[tuple[str, str], list[dict]] = {}
    for s in samples:
        groups.setdefault((s["voice"], s["split"]), []).append(s)
    out = []
    for (voice, split), items in sorted(groups.items()):
        parts = []
        for s in sorted(items, key=lambda s: s["file"]):
            a = load_audio(SET / s["file"])
            parts.append(a[int((s["speech_start"] - 0.15) * SAMPLE_RATE): int((s["speech_end"] + 0.15) * SAMPLE_RATE)])
        out.append(LongAnswer(f"{voice}_{split}", split, items[0]["question_kind"], _join(parts)))
    if all((REAL / m).exists() for m in MONOLOGUES):
        out.append(LongAnswer("mfa_monologues", "real", "opinion", _join([_speech_only(load_audio(REAL / m)) for m in MONOLOGUES])))
    return out


def hand_overs_s(audio: np.ndarray, analyzer: Analyzer) -> list[float]:
    """Where `practice` hands the answer so far to the analyzer (Conversation.listen): when the
    candidate speaks again after a pause of PREPARE_AFTER_S or more, and after every
    HAND_OVER_EVERY_S of talk without one."""
    vad = VadSettings(aggressiveness=analyzer.settings.vad_aggressiveness)
    spans = flags_to_spans(frame_flags(audio, vad), vad)
    out: list[float] = []
    last = 0.0
    for prev, span in zip([None, *spans], spans):
        if prev is not None and span.start - prev.end >= PREPARE_AFTER_S:
            out.append(float(span.start))
            last = float(span.start)
        while span.end - last >= HAND_OVER_EVERY_S and max(span.start, last + HAND_OVER_EVERY_S) < span.end:
            last = float(max(span.start, last + HAND_OVER_EVERY_S))
            out.append(last)
    return out


class Counted(Transcriber):
    """A transcriber that counts the seconds of audio it decodes with timestamps."""

    decoded_s = 0.0

    def _decode(self, audio, prompt, heard_to_s=None):
        self.decoded_s += audio.size / SAMPLE_RATE
        return super()._decode(audio, prompt, heard_to_s)


def figures_same(a, b) -> dict:
    return {
        "same_words": [w.text for w in a.word_timeline] == [w.text for w in b.word_timeline],
        "same_fillers": [(f.text, f.start) for f in a.fillers] == [(f.text, f.start) for f in b.fillers],
        "same_pauses": [(p.start, p.end) for p in a.pauses] == [(p.start, p.end) for p in b.pauses],
        "wpm_streamed": round(a.wpm, 1), "wpm_offline": round(b.wpm, 1),
        "wpm_diff_pct": round(100 * abs(a.wpm - b.wpm) / b.wpm, 2) if b.wpm else None,
    }


def replay(answer: LongAnswer, streamed: Analyzer, fresh: Analyzer) -> dict:
    st, fr = streamed.transcriber, fresh.transcriber
    assert isinstance(st, Counted) and isinstance(fr, Counted)
    st.forget()
    fr.forget()
    duration = answer.audio.size / SAMPLE_RATE
    free_at, jobs = 0.0, []  # the background thread's clock: when it is next free (answer time)
    for at in hand_overs_s(answer.audio, streamed):
        start = max(at, free_at)
        t0 = time.perf_counter()
        n = streamed.hear_ahead(answer.audio[: int(at * SAMPLE_RATE)])
        wall = time.perf_counter() - t0
        free_at = start + wall
        jobs.append({"at_s": round(at, 2), "windows": n, "wall_s": round(wall, 3)})
    backlog = max(0.0, free_at - duration)
    st.decoded_s = 0.0
    t0 = time.perf_counter()
    live = streamed.analyze_audio(answer.audio)
    end_wall = time.perf_counter() - t0
    fr.decoded_s = 0.0
    t0 = time.perf_counter()
    offline = fresh.analyze_audio(answer.audio)
    offline_wall = time.perf_counter() - t0
    return {
        "answer": answer.name, "split": answer.split, "audio_s": round(duration, 1),
        "windows_decoded_ahead": sum(j["windows"] for j in jobs), "ahead_jobs": jobs,
        "ahead_wall_s": round(sum(j["wall_s"] for j in jobs), 2), "backlog_at_end_s": round(backlog, 2),
        "decoded_at_end_s": round(st.decoded_s, 1), "decoded_without_s": round(fr.decoded_s, 1),
        "end_analysis_s": round(end_wall + backlog, 2), "end_analysis_without_s": round(offline_wall, 2),
        **figures_same(live, offline),
    }


class _NoAhead:
    """The analyzer with nothing decoded ahead (the end of the turn as before)."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer

    def analyze_audio(self, audio):
        return self.analyzer.analyze_audio(audio)

    def hear_ahead(self, audio) -> int:
        return 0


class _Clocked(Conversation):
    """Notes the wall time of each reply decision."""

    decided: list[float]

    def listen(self, *args, **kwargs):
        heard = super().listen(*args, **kwargs)
        if heard.end is not None:
            self.decided.append(heard.decided_wall)
        return heard


class _Finished:
    """Notes when each analysis finished (wall)."""

    def __init__(self, inner) -> None:
        self.inner, self.done = inner, []

    def analyze_audio(self, audio):
        out = self.inner.analyze_audio(audio)
        self.done.append(time.perf_counter())
        return out

    def hear_ahead(self, audio) -> int:
        return self.inner.hear_ahead(audio)


def live(answer: LongAnswer, analyzer: Analyzer, voice, prosody, *, ahead: bool, tmp: Path) -> dict:
    from voiceprep.audio.turns import TurnSettings

    analyzer.transcriber.forget()
    path = write_wav(tmp / f"{answer.name}.wav", answer.audio)
    engine = _Clocked(source=PacedSource([path]), sink=PacedSink(), voice=voice, store=None,
                      read_back=analyzer.transcriber.read_back, prosody=prosody)
    engine.decided = []
    measured = _Finished(analyzer if ahead else _NoAhead(analyzer))
    iv = Interview(engine, brain=ScriptedBrain(), analyzer=measured, questions=[QUESTIONS[answer.question_kind]],
                   settings=PracticeSettings(hold_silences=0, seed=1, follow_ups_per_question=0,
                                             turn=TurnSettings(max_turn_s=240.0)))
    iv.run()
    answers = [t for t in iv.turns if t.kind == "answer"]
    last_word = max(w.end for w in answers[0].metrics.word_timeline) if answers and answers[0].metrics.word_timeline else None
    return {
        "answer": answer.name, "ahead": ahead, "audio_s": round(answer.audio.size / SAMPLE_RATE, 1),
        "heard_as_one_answer_s": round(answers[0].end - answers[0].start, 1) if answers else None,
        "recovered_cut_offs": answers[0].notes.recovered_cut_offs if answers else None,
        "decision_after_last_word_s": round(answers[0].end - answers[0].start - last_word, 2) if last_word else None,
        "figures_after_decision_s": round(measured.done[0] - engine.decided[-1], 2) if measured.done and engine.decided else None,
        "wpm": round(answers[0].metrics.wpm, 1) if answers else None,
    }


def summarise(rows: list[dict]) -> dict:
    def col(k):
        return [r[k] for r in rows if r.get(k) is not None]

    return {
        "answers": len(rows), "audio_s": [r["audio_s"] for r in rows],
        "end_analysis_s": {"p50": pct(col("end_analysis_s"), 0.5), "worst": max(col("end_analysis_s"), default=None)},
        "end_analysis_without_s": {"p50": pct(col("end_analysis_without_s"), 0.5), "worst": max(col("end_analysis_without_s"), default=None)},
        "decoded_at_end_s": {"p50": pct(col("decoded_at_end_s"), 0.5), "worst": max(col("decoded_at_end_s"), default=None)},
        "backlog_at_end_s_worst": max(col("backlog_at_end_s"), default=None),
        "same_words": sum(col("same_words")), "same_fillers": sum(col("same_fillers")), "same_pauses": sum(col("same_pauses")),
        "wpm_diff_pct_worst": max(col("wpm_diff_pct"), default=None),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--live", type=int, default=3, help="run N long answers live too (real time, ~3 min each; 0: none)")
    args = ap.parse_args()
    answers = long_answers()
    streamed, fresh = Analyzer(transcriber=Counted()), Analyzer(transcriber=Counted())
    streamed.transcriber.load()
    streamed.transcriber.load_reader()
    fresh.transcriber.load()
    rows = []
    for a in answers:
        rows.append(replay(a, streamed, fresh))
        r = rows[-1]
        print(f"{r['answer']} {r['audio_s']} s: end {r['end_analysis_s']} s (without {r['end_analysis_without_s']} s), "
              f"decoded at end {r['decoded_at_end_s']} of {r['decoded_without_s']} s, backlog {r['backlog_at_end_s']} s; "
              f"same words {r['same_words']} fillers {r['same_fillers']} pauses {r['same_pauses']}", file=sys.stderr)
    result: dict = {"replay": {split: summarise([r for r in rows if r["split"] == split]) for split in ("dev", "held_out", "real")},
                    "per_answer": rows}
    result["replay"]["all"] = summarise(rows)
    if args.live:
        import tempfile

        from voiceprep.models import resolve_smart_turn
        from voiceprep.speech.tts import Voice

        model = resolve_smart_turn()
        prosody = None
        if model is not None:
            from voiceprep.speech.smart_turn import SmartTurn

            prosody = SmartTurn(model).load().complete_probability
        voice, runs = Voice(), []
        with tempfile.TemporaryDirectory() as tmp:
            chosen = sorted((a for a in answers if a.name in LIVE), key=lambda a: LIVE.index(a.name))[: args.live]
            for a in chosen:
                for ahead in (True, False):
                    runs.append(live(a, streamed, voice, prosody, ahead=ahead, tmp=Path(tmp)))
                    print(f"live {runs[-1]}", file=sys.stderr)
        result["live"] = {"runs": runs}
        for ahead in (True, False):
            xs = [r["figures_after_decision_s"] for r in runs if r["ahead"] is ahead and r["figures_after_decision_s"] is not None]
            ds = [r["decision_after_last_word_s"] for r in runs if r["ahead"] is ahead and r["decision_after_last_word_s"] is not None]
            result["live"]["ahead" if ahead else "without"] = {
                "figures_after_decision_s": {"p50": pct(xs, 0.5), "worst": max(xs, default=None)},
                "decision_after_last_word_s": {"p50": pct(ds, 0.5), "worst": max(ds, default=None)}}
    (ROOT / "bench" / "streaming.json").write_text(json.dumps(result, indent=2) + "\n")
    for split, s in result["replay"].items():
        print(f"{split}: {s['answers']} answers; end of turn {s['end_analysis_s']} s vs {s['end_analysis_without_s']} s without; "
              f"decoded at end {s['decoded_at_end_s']}; same words {s['same_words']}, fillers {s['same_fillers']}, "
              f"pauses {s['same_pauses']}; worst WPM diff {s['wpm_diff_pct_worst']} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
