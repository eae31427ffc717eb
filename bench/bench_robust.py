"""Robustness benchmark: do the delivery measurements hold on voices, speeds, rooms, lines and
microphones the analysis was not tuned on?

The scripted answers of robust_answers.py are rendered (piper, bundled voice) in every condition
of robust_render.py, with exact truth; the real recordings in ../shared/realspeech are read in
place (the MFA monologues, whose TextGrids time every word and filler, also go through the
noise, phone, microphone, room and background-voice conditions; the read clips of JFK, LibriVox and
LibriSpeech, seven more real voices, go through the phone, room, hall, noise and hot-microphone
conditions too, scored on their words). Per condition and per split
(dev / held-out), for each speech model:

- words heard vs said: lexical words reported vs spoken; lost (deleted) and inserted words by
  word-level alignment;
- |WPM error| median and worst, against the truth words / (first to last audible sample);
- filled pauses ("um", "uh", "er", "ah"): precision and recall, matched one-to-one in time;
- pauses >= 0.8 s: share found with both edges within 0.2 s;
- the turn detector's read-back (Transcriber.read_back) of every stretch between pauses:
  word error rate and time per call.
Plus `voiceprep analyze` of 60 s of speech, wall time with process start and model load.

Generated audio goes to bench/robust.tmp/ (gitignored) and is regenerated on every run.
Writes bench/robust.json. Run: .venv/bin/python bench/bench_robust.py [--models tiny,base]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from bench_analysis import textgrid_words, words_of  # noqa: E402
from robust_answers import ANSWERS, BACKGROUND_LINES, split  # noqa: E402
from robust_render import CONDITIONS, Condition, background_track, render  # noqa: E402

from scripts.make_samples import build  # noqa: E402
from voiceprep.analysis.fillers import lexical_words  # noqa: E402
from voiceprep.analysis.lexicon import filled_pause_label, normalise  # noqa: E402
from voiceprep.analysis.numbers import spoken_words  # noqa: E402
from voiceprep.analysis.quality import unsure_words  # noqa: E402
from voiceprep.audio.io import SAMPLE_RATE, load_audio, write_wav  # noqa: E402

REAL = ROOT.parent / "shared" / "realspeech"
PIPER_SEED = 2026  # piper's random variation, seeded: every build of the set is the same audio
TMP = BENCH / "robust.tmp"
MATCH_S = 0.3  # a found filled pause matches a true one if they overlap or their centres are this close
PAUSE_MIN_S = 0.8
PAUSE_TOL_S = 0.2
REAL_CONDITIONS = ("clean", "room", "phone", "quiet_mic", "hot_mic", "noise_25db", "noise_15db", "voices_20db", "voices_15db",
                   "quiet_phone", "hum", "hall", "dropouts", "babble_15db", "babble_10db")
# For the read clips; the last two added 2026-11-25 (session 25), last so the seeds above stay.
READ_CONDITIONS = ("phone", "quiet_phone", "room", "hall", "noise_15db", "hot_mic", "voices_20db", "voices_15db")
READ_BACK_CONDITIONS = ("clean", "rate_0.7", "rate_1.4", "phone", "phone_fast", "noise_15db", "voices_15db")
TARGETS = {
    "worst_abs_wpm_error_pct": 8.0,
    "words_heard_vs_said_pct": 10.0,
    "filled_pause_precision_recall_synth": 0.9,
    "filled_pause_precision_recall_real": 0.85,
    "pauses_found_within_0_2s": 0.95,
    "analyze_60s_wall_s": 6.0,
}


@dataclass
class Item:
    """One audio file with its truth."""

    id: str
    condition: str
    split: str
    kind: str  # synth | real_monologue | real_clip | real_read
    path: Path
    words: list[str]  # lexical words said
    wpm: float | None
    filled: list[tuple[float, float]] | None  # None: no timing truth
    filled_count: int | None
    pauses: list[tuple[float, float]] | None
    chunks: list[tuple[float, float, list[str]]] = field(default_factory=list)  # read-back stretches


# ---------------------------------------------------------------- building the set


def _chunk_texts(script: str) -> list[str]:
    """The script cut at every pause of 0.5 s or more (a pause before anything is said is not
    one): piece i runs from truth edge 2i to 2i + 1. Each is one read-back stretch."""
    pieces = re.split(r"\[p([\d.]+)\]", script)
    out, cur = [], pieces[0]
    for i in range(1, len(pieces), 2):
        if float(pieces[i]) >= 0.5 and (out or cur.strip()):
            out.append(cur)
            cur = ""
        cur += " " + pieces[i + 1]
    out.append(cur)
    return [_plain(c) for c in out]


def _plain(script: str) -> str:
    return re.sub(r"\[(um|uh|er|ah)\]", " ", script).replace("{", "").replace("}", "")


def build_synth(voice) -> list[Item]:
    items: list[Item] = []
    clean_cache: dict[tuple[str, float], tuple[np.ndarray, dict]] = {}
    for k, ans in enumerate(ANSWERS):
        for ci, cond in enumerate(CONDITIONS):
            key = (ans["name"], cond.length_scale)
            if key not in clean_cache:
                clean_cache[key] = build(voice, {**ans, "length_scale": cond.length_scale})
            clean, truth = clean_cache[key]
            bg = background_track(voice, BACKGROUND_LINES, clean.size / SAMPLE_RATE, seed=1000 + k) if cond.needs_background else None
            audio = render(cond, clean, seed=100 * k + ci, background=bg)
            path = write_wav(TMP / cond.name / f"{ans['name']}.wav", audio)
            pauses = [(p["start"], p["end"]) for p in truth["pauses"] if p["duration_s"] >= PAUSE_MIN_S - 1e-9]
            edges = [truth["speech_start"], *[x for p in truth["pauses"] for x in (p["start"], p["end"])], truth["speech_end"]]
            texts = _chunk_texts(ans["script"])
            assert len(texts) * 2 == len(edges), ans["name"]
            chunks = [(edges[2 * i], edges[2 * i + 1], words_of(t)) for i, t in enumerate(texts) if words_of(t)]
            items.append(Item(
                f"{cond.name}/{ans['name']}", cond.name, split(ans["name"]), "synth", path, words_of(truth["text"]), truth["wpm"],
                [(f["start"], f["end"]) for f in truth["fillers"] if f["kind"] == "filled_pause"],
                sum(f["kind"] == "filled_pause" for f in truth["fillers"]), pauses, chunks,
            ))
    return items


def _real_background(duration_s: float) -> np.ndarray:
    """Real read speech (LibriVox and LibriSpeech readers) looped as the background voices."""
    clips = sorted((REAL / "librivox_pocketsphinx").glob("*.wav")) + sorted((REAL / "librispeech_lhotse").glob("*.flac"))
    parts, total = [], 0
    while total < duration_s * SAMPLE_RATE:
        for c in clips:
            a = load_audio(c)
            parts.append(a)
            total += a.size
    return np.concatenate(parts)[: int(duration_s * SAMPLE_RATE)]


@functools.cache
def _monologues() -> np.ndarray:
    """The three MFA monologues end to end, read once for every clip that needs them behind it."""
    return np.concatenate([load_audio(w) for w in sorted((REAL / "mfa_monologues").glob("*.wav"))])


def _monologue_background(duration_s: float, seed: int) -> np.ndarray:
    """The MFA monologues (one real speaker talking off the cuff, with his pauses) looped, from a
    random point, as another voice behind the read clips."""
    loop = _monologues()
    start = int(np.random.default_rng(seed).integers(loop.size))
    n = int(duration_s * SAMPLE_RATE)
    return np.tile(np.roll(loop, -start), n // loop.size + 1)[:n]


def monologue_truth(wav: Path) -> tuple[list[str], float, list[tuple[float, float]], list[tuple[float, float]], list]:
    tier = textgrid_words(wav.with_suffix(".TextGrid"))
    spoken = [(a, b, t) for a, b, t in tier if t and not t.startswith("<")]
    lexical = [t for a, b, t in spoken if not filled_pause_label(t)]
    span = spoken[-1][1] - spoken[0][0]
    filled = [(a, b) for a, b, t in spoken if filled_pause_label(t)]
    first, last = spoken[0][0], spoken[-1][1]
    pauses = [(a, b) for a, b, t in tier if not t and b - a >= PAUSE_MIN_S and a >= first and b <= last]
    chunks, cur, start, prev_end = [], [], None, 0.0
    for a, b, t in tier:
        if not t and b - a >= 0.5 and cur:
            chunks.append((start, prev_end, cur))
            cur, start = [], None
        elif t and not t.startswith("<"):
            start = a if start is None else start
            prev_end = b
            if not filled_pause_label(t):
                cur.append(normalise(t))
    if cur:
        chunks.append((start, prev_end, cur))
    return [normalise(t) for t in lexical], len(lexical) / span * 60, filled, pauses, chunks


def build_real(voice) -> list[Item]:
    items: list[Item] = []
    conds = {c.name: c for c in CONDITIONS}
    for k, wav in enumerate(sorted((REAL / "mfa_monologues").glob("*.wav"))):
        words, wpm, filled, pauses, chunks = monologue_truth(wav)
        clean = load_audio(wav)
        for ci, name in enumerate(REAL_CONDITIONS):
            cond: Condition = conds[name]
            if name == "clean":
                path = wav  # referenced in place, never copied
            else:
                bg = _real_background(clean.size / SAMPLE_RATE) if cond.needs_background else None
                path = write_wav(TMP / "real" / name / wav.name, render(cond, clean, seed=7000 + 100 * k + ci, background=bg))
            items.append(Item(f"real_{name}/{wav.stem}", f"real_{name}", split(wav.stem), "real_monologue", path, words, wpm,
                              filled, len(filled), pauses, chunks))
    items += _real_with_synthetic_colleagues(voice)
    tsv = REAL / "mfa_fillers" / "reference_transcripts.tsv"
    for line in tsv.read_text().splitlines():
        if "\t" not in line or line.startswith("#"):
            continue
        name, ref = line.split("\t", 1)
        toks = ref.split()
        n_filled = sum(t in ("uh", "um", "hm") for t in toks)
        said = [normalise(t) for t in toks if not t.startswith(("<", "[")) and t not in ("uh", "um", "hm")]
        items.append(Item(f"real_filler_clips/{name}", "real_filler_clips", split(name), "real_clip", REAL / "mfa_fillers" / f"{name}.flac",
                          said, None, None, n_filled, None))
    read = [(REAL / "jfk" / "jfk.flac", (REAL / "jfk" / "jfk.txt").read_text())]
    lib = REAL / "librivox_pocketsphinx"
    for line in (lib / "transcription").read_text().splitlines():
        m = re.match(r"<s> (.*) </s> \((.*)\)", line.strip())
        if m:
            read.append((lib / f"{m[2]}.wav", m[1]))
    for flac in sorted((REAL / "librispeech_lhotse").glob("*.flac")):
        read.append((flac, flac.with_suffix(".txt").read_text()))
    for path, text in read:
        items.append(Item(f"real_read/{path.stem}", "real_read", split(path.stem), "real_read", path, words_of(text), None, None, 0, None))
    # The same readers (seven real voices) on a line, in rooms, in noise, on a hot microphone and
    # with another real speaker talking behind them (the MFA monologues' speaker, who is none of
    # the readers): words heard against words said (no timings, so no pace truth).
    for k, (path, text) in enumerate(read):
        clean = load_audio(path)
        for ci, name in enumerate(READ_CONDITIONS):
            bg = _monologue_background(clean.size / SAMPLE_RATE, seed=9000 + 100 * k + ci) if conds[name].needs_background else None
            out = write_wav(TMP / "read" / name / f"{path.stem}.wav", render(conds[name], clean, seed=9000 + 100 * k + ci, background=bg))
            items.append(Item(f"real_read_{name}/{path.stem}", f"real_read_{name}", split(path.stem), "real_read", out,
                              words_of(text), None, None, 0, None))
    return items


def _real_with_synthetic_colleagues(voice) -> list[Item]:
    """The real monologues with the synthesized answers' two colleagues talking behind them (the
    worst case found in session 25: a quiet voice with a cold, whose own level is mostly as low as
    theirs). Their voices are synthesized after every other item's, so piper's seeded draws for
    those, and their audio, stayed as they were."""
    items: list[Item] = []
    conds = {c.name: c for c in CONDITIONS}
    for k, wav in enumerate(sorted((REAL / "mfa_monologues").glob("*.wav"))):
        words, wpm, filled, pauses, chunks = monologue_truth(wav)
        clean = load_audio(wav)
        for ci, name in enumerate(("voices_20db", "voices_15db")):
            bg = background_track(voice, BACKGROUND_LINES, clean.size / SAMPLE_RATE, seed=8000 + 100 * k + ci)
            path = write_wav(TMP / "real" / f"synth_{name}" / wav.name, render(conds[name], clean, seed=8000 + 100 * k + ci, background=bg))
            items.append(Item(f"real_synth_{name}/{wav.stem}", f"real_synth_{name}", split(wav.stem), "real_monologue", path,
                              words, wpm, filled, len(filled), pauses, chunks))
    return items


# ---------------------------------------------------------------- scoring


def align_counts(ref: list[str], hyp: list[str]) -> tuple[int, int, int, int]:
    """(hits, substitutions, deletions = lost, insertions) of a minimum-edit word alignment."""
    n, m = len(ref), len(hyp)
    d = np.zeros((n + 1, m + 1), dtype=np.int32)
    d[:, 0] = np.arange(n + 1)
    d[0, :] = np.arange(m + 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i, j] = min(d[i - 1, j] + 1, d[i, j - 1] + 1, d[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]))
    i, j, hits, subs, dels, ins = n, m, 0, 0, 0, 0
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i, j] == d[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]):
            hits += ref[i - 1] == hyp[j - 1]
            subs += ref[i - 1] != hyp[j - 1]
            i, j = i - 1, j - 1
        elif i > 0 and d[i, j] == d[i - 1, j] + 1:
            dels, i = dels + 1, i - 1
        else:
            ins, j = ins + 1, j - 1
    return hits, subs, dels, ins


def match(found: list[tuple[float, float]], truth: list[tuple[float, float]]) -> int:
    used: set[int] = set()
    hits = 0
    for ts, te in truth:
        best = [(abs((fs + fe) / 2 - (ts + te) / 2), i) for i, (fs, fe) in enumerate(found)
                if i not in used and (min(fe, te) > max(fs, ts) or abs((fs + fe) / 2 - (ts + te) / 2) <= MATCH_S)]
        if best:
            used.add(min(best)[1])
            hits += 1
    return hits


def score(item: Item, m, elapsed_s: float) -> dict:
    heard = [normalise(t) for w in m.word_timeline if filled_pause_label(w.text) is None and normalise(w.text)
             for t in spoken_words(w.text) if normalise(t)]
    hits, subs, lost, ins = align_counts(item.words, heard)
    found_filled = [(f.start, f.end) for f in m.fillers if f.kind == "filled_pause"]
    row: dict = {
        "id": item.id, "split": item.split, "said": len(item.words), "heard": m.words, "lost": lost, "inserted": ins,
        "substituted": subs, "filled_found": len(found_filled), "filled_true": item.filled_count,
        "quality": [q.code for q in getattr(m, "quality", ())], "analysis_s": round(elapsed_s, 2),
        # What the quality flags are decided from: voiced time by what it was heard as, and the
        # words the recogniser was unsure of (to judge the flags against the files off target).
        "heard_as_s": heard_as_s(m), "unsure_words": unsure_words([w.probability for w in lexical_words(m.word_timeline)]),
    }
    if item.wpm:
        row["wpm"], row["true_wpm"] = m.wpm, round(item.wpm, 1)
        row["wpm_err_pct"] = round(abs(m.wpm - item.wpm) / item.wpm * 100, 2)
    if item.filled is not None:
        row["filled_hit"] = match(found_filled, item.filled)
    elif item.filled_count is not None:  # clips without timing: counts only
        row["filled_hit"] = min(item.filled_count, len(found_filled))
    if item.pauses is not None:
        row["pauses_true"] = len(item.pauses)
        row["pauses_found"] = sum(
            any(abs(p.start - a) <= PAUSE_TOL_S and abs(p.end - b) <= PAUSE_TOL_S for p in m.pauses) for a, b in item.pauses
        )
    return row


def heard_as_s(m) -> dict[str, float]:
    """Seconds of the answer's voiced stretches by what each was heard as (words, breath, background_voice...)."""
    out: dict[str, float] = {}
    for v in m.voiced_stretches:
        out[v.heard_as] = round(out.get(v.heard_as, 0.0) + v.end - v.start, 3)
    return out


def off_target(row: dict) -> bool:
    """The file misses a per-file target: |WPM error| or words heard vs said."""
    off = figures_off(row)
    return off["words"] or off.get("wpm", False)


def figures_off(row: dict) -> dict[str, bool]:
    """Per delivery figure the row can judge: is it off target? Words or pace out of their targets,
    filled pauses not counted right, a pause of 0.8 s or more not found within 0.2 s."""
    out = {"words": abs(row["heard"] - row["said"]) / max(row["said"], 1) * 100 > TARGETS["words_heard_vs_said_pct"]}
    if "wpm_err_pct" in row:
        out["wpm"] = row["wpm_err_pct"] > TARGETS["worst_abs_wpm_error_pct"]
    if row.get("filled_true") is not None:
        out["fillers"] = row["filled_found"] != row["filled_true"]
    if row.get("pauses_true"):
        out["pauses"] = row["pauses_found"] < row["pauses_true"]
    return out


def figure_doubt(rows: list[dict]) -> dict:
    """Say when unsure, per figure: how often a figure off target was still shown as sure (no flag
    of the answer puts it in doubt: analysis/quality.py IN_DOUBT), how often a right one was shown
    in doubt; and per flag, how often each figure was off in the answers carrying it (the evidence
    IN_DOUBT was chosen from, dev only), beside answers with no flag."""
    from voiceprep.analysis.quality import figures_in_doubt

    shown: dict = {}
    by_flag: dict = {}
    for r in rows:
        doubted = {f for code in r["quality"] for f in figures_in_doubt(code)}
        for fig, off in figures_off(r).items():
            c = shown.setdefault(fig, {"off": 0, "off_shown_sure": 0, "right": 0, "right_shown_in_doubt": 0})
            c["off" if off else "right"] += 1
            c["off_shown_sure" if off else "right_shown_in_doubt"] += (fig not in doubted) if off else (fig in doubted)
            for code in r["quality"] or ["(none)"]:
                cell = by_flag.setdefault(code, {}).setdefault(fig, [0, 0])
                cell[0] += off
                cell[1] += 1
    return {"shown": shown, "off_with_flag": by_flag}


def summarise(rows: list[dict]) -> dict:
    if not rows:
        return {}
    g = lambda k: sum(r.get(k) or 0 for r in rows)  # noqa: E731
    said, heard = g("said"), g("heard")
    errs = [r["wpm_err_pct"] for r in rows if "wpm_err_pct" in r]
    ft, ff, fh = g("filled_true"), g("filled_found"), g("filled_hit")
    pt, pf = g("pauses_true"), g("pauses_found")
    worst_words = max(rows, key=lambda r: abs(r["heard"] - r["said"]) / max(r["said"], 1))
    return {
        "files": len(rows),
        "words_said": said, "words_heard": heard,
        "words_heard_vs_said_pct": round((heard - said) / said * 100, 1) if said else None,
        "worst_file_words_heard_vs_said_pct": round((worst_words["heard"] - worst_words["said"]) / max(worst_words["said"], 1) * 100, 1),
        "lost": g("lost"), "inserted": g("inserted"), "substituted": g("substituted"),
        "median_abs_wpm_error_pct": round(statistics.median(errs), 2) if errs else None,
        "worst_abs_wpm_error_pct": round(max(errs), 2) if errs else None,
        "filled_pause_recall": round(fh / ft, 3) if ft else None,
        "filled_pause_precision": round(fh / ff, 3) if ff else (None if not ft else 0.0),
        "filled_pauses": {"true": ft, "found": ff, "matched": fh},
        "pauses_found_within_0_2s": round(pf / pt, 3) if pt else None,
        "pauses_ge_0_8s": pt,
        "quality_flagged_files": sum(bool(r["quality"]) for r in rows),
        # say when unsure: files whose figures miss a target, and of them those with no quality flag
        # (a confident wrong number)
        "off_target_files": sum(off_target(r) for r in rows),
        "off_target_unflagged_files": sum(off_target(r) and not r["quality"] for r in rows),
    }


def read_back_eval(transcriber, items: list[Item]) -> dict:
    """The turn detector's read-back of each stretch between pauses: accuracy and cost."""
    transcriber.load_reader()  # loaded before listening, as practice does: not in the first call's time
    out: dict = {}
    for cond in sorted({i.condition for i in items}):
        edits = ref = 0
        times: list[float] = []
        for it in (i for i in items if i.condition == cond):
            audio = load_audio(it.path)
            for a, b, said in it.chunks:
                clip = audio[int(max(0.0, a - 0.1) * SAMPLE_RATE): int((b + 0.1) * SAMPLE_RATE)]
                t0 = time.perf_counter()
                text = transcriber.read_back(clip)
                times.append(time.perf_counter() - t0)
                heard = [normalise(t) for w in text.split() if not filled_pause_label(w) for t in spoken_words(w) if normalise(t)]
                _, subs, lost, ins = align_counts(said, heard)
                edits += subs + lost + ins
                ref += len(said)
        if ref:
            out[cond] = {"stretches": len(times), "word_error_rate": round(edits / ref, 3),
                         "median_s": round(statistics.median(times), 3), "p95_s": round(sorted(times)[int(0.95 * (len(times) - 1))], 3)}
    return out


def analyze_60s_wall(model: str, items: list[Item]) -> dict:
    """`voiceprep analyze --json` of 60 s of speech, process start and model load included:
    the clean synthesized answers joined, and the real monologues joined."""
    out = {}
    for name, parts in (
        ("synth_clean", [i.path for i in items if i.condition == "clean" and i.kind == "synth"]),
        ("real_monologues", [i.path for i in items if i.condition == "real_clean" and i.kind == "real_monologue"]),
    ):
        audio = np.concatenate([load_audio(p) for p in parts])[: 60 * SAMPLE_RATE]
        path = write_wav(TMP / f"answer_60s_{name}.wav", audio)
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "voiceprep", "analyze", str(path), "--json", "--stt-model", model],
                           check=True, capture_output=True, cwd=ROOT)
            runs.append(time.perf_counter() - t0)
        out[name] = {"audio_s": round(audio.size / SAMPLE_RATE, 1), "runs_s": [round(r, 2) for r in runs], "median_s": round(statistics.median(runs), 2)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="tiny,base")
    ap.add_argument("--skip-timing", action="store_true", help="no `voiceprep analyze` wall-time runs")
    ap.add_argument("--skip-read-back", action="store_true")
    ap.add_argument("--split", choices=("dev", "held_out"), help="only this split (while developing: dev)")
    ap.add_argument("--conditions", help="only these conditions, comma-separated (e.g. clean,voices_15db,real_clean)")
    ap.add_argument("--reuse", action="store_true", help="reuse the audio in bench/robust.tmp instead of rendering it again")
    ap.add_argument("--markdown", action="store_true", help="print bench/robust.json as the tables in bench/README.md, run nothing")
    args = ap.parse_args()
    if args.markdown:
        print(markdown(json.loads((BENCH / "robust.json").read_text())))
        return 0
    from voiceprep.analyzer import Analyzer
    from voiceprep.speech.tts import Voice

    t_start = time.perf_counter()
    if args.reuse and (TMP / "items.json").exists():
        items = [Item(**{**d, "path": Path(d["path"])}) for d in json.loads((TMP / "items.json").read_text())]
    else:
        shutil.rmtree(TMP, ignore_errors=True)
        import onnxruntime

        # piper's random variation stays on, from a fixed seed set before the voice's session
        # exists (as scripts/make_prosody_samples.py does): every build is the same samples, so
        # figures from two runs of the code are figures of the same audio. (Unseeded until
        # 2026-11-24, session 20: every run was a new draw.)
        onnxruntime.set_seed(PIPER_SEED)
        voice = Voice()
        items = build_synth(voice)
        items += build_real(voice)
        (TMP / "items.json").write_text(json.dumps([{**i.__dict__, "path": str(i.path)} for i in items]))
    build_s = time.perf_counter() - t_start
    if args.split:
        items = [i for i in items if i.split == args.split]
    if args.conditions:
        items = [i for i in items if i.condition in args.conditions.split(",")]
    partial = args.split or args.conditions or args.skip_read_back or args.skip_timing
    out_path = TMP / "partial.json" if partial else BENCH / "robust.json"
    result: dict = {"cpus": os.cpu_count(), "targets": TARGETS, "build_s": round(build_s, 1),
                    "conditions": {c.name: c.about for c in CONDITIONS}, "models": {}}
    if out_path.exists():  # a run of some models keeps the other models' last figures
        kept = json.loads(out_path.read_text()).get("models", {})
        result["models"] = {k: v for k, v in kept.items() if k not in args.models.split(",")}
    for model in args.models.split(","):
        load_before = _load_average()
        analyzer = Analyzer(stt_model=model)
        whisper = analyzer.transcriber.load()
        rows_by_cond: dict[str, list[dict]] = {}
        for it in items:
            audio = load_audio(it.path)
            t0, retried = time.perf_counter(), whisper.retried
            m = analyzer.analyze_audio(audio)
            row = score(it, m, time.perf_counter() - t0)
            row["decodes_retried"] = whisper.retried - retried  # by beam search (stt.SttSettings.retry_beam_size)
            rows_by_cond.setdefault(it.condition, []).append(row)
        per_condition = {
            cond: {"dev": summarise([r for r in rows if r["split"] == "dev"]),
                   "held_out": summarise([r for r in rows if r["split"] == "held_out"]),
                   "all": summarise(rows)}
            for cond, rows in rows_by_cond.items()
        }
        audio_s = sum(load_audio(i.path).size for i in items) / SAMPLE_RATE
        analysis_s = sum(r["analysis_s"] for rows in rows_by_cond.values() for r in rows)
        result["models"][model] = {
            "label": analyzer.transcriber.model.label,
            "per_condition": per_condition,
            "per_file": rows_by_cond,
            "analysis_real_time_factor": round(analysis_s / audio_s, 3),
            "decodes_retried": sum(r["decodes_retried"] for rows in rows_by_cond.values() for r in rows),
            "off_target_unflagged": [r["id"] for rows in rows_by_cond.values() for r in rows if off_target(r) and not r["quality"]],
            "figure_doubt": {split: figure_doubt([r for rows in rows_by_cond.values() for r in rows if r["split"] == split])
                             for split in ("dev", "held_out")},
        }
        if not args.skip_read_back:
            result["models"][model]["read_back"] = read_back_eval(analyzer.transcriber, [i for i in items if i.chunks and (
                i.condition in READ_BACK_CONDITIONS or i.condition == "real_clean")])
        if not args.skip_timing:
            result["models"][model]["analyze_60s_wall"] = analyze_60s_wall(model, items)
        # The machine is shared: say how loaded it was, before and after this model's run.
        result["models"][model]["measured"] = {"finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
                                               "load_average_before": load_before, "load_average_after": _load_average()}
        result["wall_s"] = round(time.perf_counter() - t_start, 1)
        out_path.write_text(json.dumps(result, indent=2) + "\n")  # each model's figures as soon as they exist
    print_tables(result)
    return 0


def _load_average() -> list[float]:
    """1, 5 and 15-minute load averages (as `uptime` prints them)."""
    return [round(x, 2) for x in os.getloadavg()]


def markdown(result: dict) -> str:
    """The per-condition figures of every model as Markdown tables: dev / held-out, median and worst."""
    out = []

    def f(v, fmt="{:.2f}"):
        return "-" if v is None else fmt.format(v)

    for model, res in result["models"].items():
        out.append(f"\n**{res['label']}** (dev / held-out)\n")
        out.append("| condition | words heard/said | lost / inserted | \\|WPM err\\| median | worst | filled P | filled R | pauses >= 0.8 s within 0.2 s | flagged "
                   "| off target (of them unflagged) |")
        out.append("|---|---|---|---|---|---|---|---|---|---|")
        for cond, s in res["per_condition"].items():
            d, h = s.get("dev") or {}, s.get("held_out") or {}

            def both(k, fmt="{:.2f}"):
                return f"{f(d.get(k), fmt)} / {f(h.get(k), fmt)}"

            def pair(x: dict, k1: str, k2: str) -> str:
                return f"{x[k1]}/{x[k2]}" if x else "-"

            def off(x: dict) -> str:
                return f"{x['off_target_files']} ({x['off_target_unflagged_files']})" if x and "off_target_files" in x else "-"

            out.append(
                f"| {cond} | {pair(d, 'words_heard', 'words_said')} / {pair(h, 'words_heard', 'words_said')} "
                f"| {pair(d, 'lost', 'inserted')} / {pair(h, 'lost', 'inserted')} "
                f"| {both('median_abs_wpm_error_pct', '{:.1f}')} | {both('worst_abs_wpm_error_pct', '{:.1f}')} "
                f"| {both('filled_pause_precision')} | {both('filled_pause_recall')} | {both('pauses_found_within_0_2s')} "
                f"| {pair(d, 'quality_flagged_files', 'files')} / {pair(h, 'quality_flagged_files', 'files')} "
                f"| {off(d)} / {off(h)} |"
            )
        if "measured" in res:
            ms = res["measured"]
            out.append(f"\nMeasured {ms['finished']}; load average (1/5/15 min) {ms['load_average_before']} before, "
                       f"{ms['load_average_after']} after; analysis real-time factor {res['analysis_real_time_factor']}.")
        if "off_target_unflagged" in res:
            out.append(f"\nOff target with no quality flag ({len(res['off_target_unflagged'])}): "
                       + (", ".join(res["off_target_unflagged"]) or "none") + ".")
        if "read_back" in res:
            out.append(f"\nRead-back ({res['label']}): " + "; ".join(
                f"{c} WER {v['word_error_rate']:.2f}, {v['median_s']:.2f}/{v['p95_s']:.2f} s" for c, v in res["read_back"].items()))
        if "analyze_60s_wall" in res:
            out.append(f"\n`voiceprep analyze` 60 s ({res['label']}): " + "; ".join(
                f"{k} median {v['median_s']} s (runs {v['runs_s']})" for k, v in res["analyze_60s_wall"].items()))
    return "\n".join(out)


def print_tables(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for model, res in result["models"].items():
        table = Table(title=f"Robustness, {res['label']} (all files; held-out in brackets)", title_justify="left")
        for col in ("condition", "heard/said", "lost", "ins", "|WPM err| med", "worst", "filled P", "filled R", "pauses<=0.2s", "flagged"):
            table.add_column(col, justify="left" if col == "condition" else "right")
        for cond, s in res["per_condition"].items():
            a, h = s["all"], s["held_out"]

            def both(k, fmt="{}"):
                va = a.get(k)
                vh = h.get(k) if h else None
                out = "-" if va is None else fmt.format(va)
                return out + ("" if vh is None or vh == va else f" ({fmt.format(vh)})")

            table.add_row(cond, f"{a['words_heard']}/{a['words_said']}", str(a["lost"]), str(a["inserted"]),
                          both("median_abs_wpm_error_pct", "{:.1f}"), both("worst_abs_wpm_error_pct", "{:.1f}"),
                          both("filled_pause_precision", "{:.2f}"), both("filled_pause_recall", "{:.2f}"),
                          both("pauses_found_within_0_2s", "{:.2f}"), f"{a['quality_flagged_files']}/{a['files']}")
        console.print(table)
        if "read_back" not in res:
            continue
        rb = Table(title=f"Read-back, {res['label']}", title_justify="left")
        for col in ("condition", "stretches", "WER", "median s", "p95 s"):
            rb.add_column(col)
        for cond, s in res["read_back"].items():
            rb.add_row(cond, str(s["stretches"]), f"{s['word_error_rate']:.3f}", f"{s['median_s']:.2f}", f"{s['p95_s']:.2f}")
        console.print(rb)
        if "analyze_60s_wall" in res:
            console.print(f"analyze 60 s, wall: {json.dumps(res['analyze_60s_wall'])}")
        console.print(f"analysis real-time factor: {res['analysis_real_time_factor']}")


if __name__ == "__main__":
    sys.exit(main())
