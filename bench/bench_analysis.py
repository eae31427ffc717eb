"""Speech-analysis benchmark: voiceprep's analyzer vs plain faster-whisper, side by side.

Scores both on audio_samples/ (synthesized, exact truth) and, when ../shared/realspeech/ exists,
on real human speech (MFA monologues with word-level TextGrids, MFA filler clips, read speech).
Writes bench/analysis.json and prints a table. Run: .venv/bin/python bench/bench_analysis.py
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analysis.lexicon import filled_pause_label, normalise  # noqa: E402
from voiceprep.analyzer import Analyzer  # noqa: E402
from voiceprep.audio.io import load_audio, write_wav  # noqa: E402

REAL = ROOT.parent / "shared" / "realspeech"
MATCH_S = 0.3  # a found filler matches a true one if they overlap or their centres are this close


@dataclass
class Result:
    """What one method made of one file."""

    words: list[str]
    wpm: float
    filled: list[tuple[float, float]]
    filler_words: list[tuple[str, float, float]]
    pauses: list[tuple[float, float]]
    stt_s: float


# ---------- the two methods ----------


def ours(analyzer: Analyzer, audio: np.ndarray) -> Result:
    t0 = time.perf_counter()
    m = analyzer.analyze_audio(audio)
    elapsed = time.perf_counter() - t0
    words = [normalise(w.text) for w in m.word_timeline if filled_pause_label(w.text) is None and normalise(w.text)]
    return Result(
        words,
        m.wpm,
        [(f.start, f.end) for f in m.fillers if f.kind == "filled_pause"],
        [(f.text, f.start, f.end) for f in m.fillers if f.kind == "filler_word"],
        [(p.start, p.end) for p in m.pauses],
        elapsed,
    )


def plain(model, audio: np.ndarray) -> Result:
    """faster-whisper as most apps use it: defaults, word timestamps, no prompt, no VAD."""
    t0 = time.perf_counter()
    segments, _ = model.transcribe(audio, language="en", word_timestamps=True)
    ws = [w for s in segments for w in (s.words or [])]
    elapsed = time.perf_counter() - t0
    lexical = [w for w in ws if filled_pause_label(w.word) is None and normalise(w.word)]
    span = (lexical[-1].end - lexical[0].start) if lexical else 0.0
    pauses = [(a.end, b.start) for a, b in zip(ws, ws[1:]) if b.start - a.end >= 0.5]
    return Result(
        [normalise(w.word) for w in lexical],
        len(lexical) / span * 60 if span > 0 else 0.0,
        [(w.start, w.end) for w in ws if filled_pause_label(w.word)],
        [],
        pauses,
        elapsed,
    )


# ---------- scoring ----------


def match(found: list[tuple[float, float]], truth: list[tuple[float, float]]) -> int:
    """Greedy one-to-one matches between found and true intervals."""
    used: set[int] = set()
    hits = 0
    for ts, te in truth:
        for i, (fs, fe) in enumerate(found):
            if i in used:
                continue
            if min(fe, te) > max(fs, ts) or abs((fs + fe) / 2 - (ts + te) / 2) <= MATCH_S:
                used.add(i)
                hits += 1
                break
    return hits


def wer(ref: list[str], hyp: list[str]) -> tuple[int, int]:
    """(edits, reference length) by word-level Levenshtein distance."""
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            cur = min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
            prev, d[j] = d[j], cur
    return d[len(hyp)], len(ref)


def words_of(text: str) -> list[str]:
    return [normalise(t) for t in re.findall(r"[A-Za-z0-9']+", text.replace("-", " ")) if normalise(t)]


def pause_scores(found: list[tuple[float, float]], truth: list[tuple[float, float]]) -> list[float | None]:
    """For each true pause, |length error| of the best-overlapping found pause (None = missed)."""
    errs: list[float | None] = []
    for ts, te in truth:
        best = max(found, key=lambda f: min(f[1], te) - max(f[0], ts), default=None)
        if best is None or min(best[1], te) <= max(best[0], ts):
            errs.append(None)
        else:
            errs.append(abs((best[1] - best[0]) - (te - ts)))
    return errs


def summarise(rows: list[dict], method: str) -> dict:
    g = lambda k: sum(r[method][k] for r in rows)  # noqa: E731
    fp_true, fp_found, fp_hit = g("filled_true"), g("filled_found"), g("filled_hit")
    fw_found, fw_hit = g("fw_found"), g("fw_hit")
    perrs = [e for r in rows for e in r[method]["pause_errors"]]
    found = [e for e in perrs if e is not None]
    edits, ref = g("wer_edits"), g("wer_ref")
    dur = sum(r["duration_s"] for r in rows)
    return {
        "filled_pause_recall": round(fp_hit / fp_true, 3) if fp_true else None,
        "filled_pause_precision": round(fp_hit / fp_found, 3) if fp_found else None,
        "filled_pauses": {"true": fp_true, "found": fp_found, "matched": fp_hit},
        "filler_word_precision": round(fw_hit / fw_found, 3) if fw_found else None,
        "median_abs_wpm_error_pct": round(statistics.median(r[method]["wpm_err_pct"] for r in rows), 2),
        "pause_recall_ge_0_8s": round(len(found) / len(perrs), 3) if perrs else None,
        "median_pause_length_error_s": round(statistics.median(found), 3) if found else None,
        "pauses_found_within_0_1s": round(sum(e <= 0.1 for e in found) / len(perrs), 3) if perrs else None,
        "word_error_rate": round(edits / ref, 3) if ref else None,
        "stt_real_time_factor": round(sum(r[method]["stt_s"] for r in rows) / dur, 3),
    }


def score(res: Result, truth: dict, duration_s: float) -> dict:
    tf = [(f["start"], f["end"]) for f in truth["fillers"] if f["kind"] == "filled_pause"]
    tw = [(f["start"], f["end"]) for f in truth["fillers"] if f["kind"] == "filler_word"]
    tp = [(p["start"], p["end"]) for p in truth["pauses"] if p["duration_s"] >= 0.8]
    edits, ref = wer(words_of(truth["text"]), res.words)
    return {
        "filled_true": len(tf),
        "filled_found": len(res.filled),
        "filled_hit": match(res.filled, tf),
        "fw_found": len(res.filler_words),
        "fw_hit": match([(s, e) for _, s, e in res.filler_words], tw),
        "wpm": round(res.wpm, 1),
        "wpm_err_pct": round(abs(res.wpm - truth["wpm"]) / truth["wpm"] * 100, 2),
        "pause_errors": [None if e is None else round(e, 3) for e in pause_scores(res.pauses, tp)],
        "wer_edits": edits,
        "wer_ref": ref,
        "stt_s": round(res.stt_s, 3),
    }


# ---------- real speech ----------


def textgrid_words(path: Path) -> list[tuple[float, float, str]]:
    """(start, end, label) of the `words` tier of a short- or long-format Praat TextGrid."""
    text = path.read_text()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if 'class = "IntervalTier"' in text:  # long format
        block = text.split('name = "words"')[1].split("item [")[0]
        return [(float(a), float(b), t) for a, b, t in re.findall(r'xmin = ([\d.]+)\s+xmax = ([\d.]+)\s+text = "([^"]*)"', block)]
    i = lines.index('"words"')
    n = int(lines[i + 3])
    out, j = [], i + 4
    for _ in range(n):
        out.append((float(lines[j]), float(lines[j + 1]), lines[j + 2].strip('"')))
        j += 3
    return out


def real_speech(analyzer: Analyzer, model) -> dict:
    out: dict = {"monologues": [], "filler_clips": [], "read": []}
    mono = REAL / "mfa_monologues"
    for wav in sorted(mono.glob("*.wav")):
        tier = textgrid_words(wav.with_suffix(".TextGrid"))
        spoken = [(a, b, t) for a, b, t in tier if t]
        fill = [(a, b) for a, b, t in spoken if filled_pause_label(t)]
        lexical = [t for a, b, t in spoken if not filled_pause_label(t)]
        span = spoken[-1][1] - spoken[0][0]
        true_wpm = len(lexical) / span * 60
        audio = load_audio(wav)
        row = {"file": wav.name, "true_fillers": len(fill), "true_wpm": round(true_wpm, 1)}
        for name, res in (("voiceprep", ours(analyzer, audio)), ("plain", plain(model, audio))):
            row[name] = {
                "fillers_found": len(res.filled),
                "fillers_matched": match(res.filled, fill),
                "wpm": round(res.wpm, 1),
                "wpm_err_pct": round(abs(res.wpm - true_wpm) / true_wpm * 100, 2),
            }
        out["monologues"].append(row)
    clips = REAL / "mfa_fillers" / "reference_transcripts.tsv"
    if clips.exists():
        for line in clips.read_text().splitlines():
            if "\t" not in line:
                continue
            name, ref = line.split("\t", 1)
            flac = REAL / "mfa_fillers" / f"{name}.flac"
            if not flac.exists():
                continue
            true_n = sum(1 for t in ref.split() if t in ("uh", "um", "hm"))
            audio = load_audio(flac)
            row = {"file": flac.name, "true_fillers": true_n}
            for mname, res in (("voiceprep", ours(analyzer, audio)), ("plain", plain(model, audio))):
                row[mname] = {"fillers_found": len(res.filled)}
            out["filler_clips"].append(row)
    read = [(REAL / "jfk" / "jfk.flac", (REAL / "jfk" / "jfk.txt"))]
    lib = REAL / "librivox_pocketsphinx"
    if (lib / "transcription").exists():
        for line in (lib / "transcription").read_text().splitlines():
            m = re.match(r"<s> (.*) </s> \((.*)\)", line.strip())
            if m and (lib / f"{m[2]}.wav").exists():
                read.append((lib / f"{m[2]}.wav", m[1]))
    for flac in sorted((REAL / "librispeech_lhotse").glob("*.flac")):
        read.append((flac, flac.with_suffix(".txt")))
    for path, ref in read:
        if not path.exists():
            continue
        ref_text = ref.read_text() if isinstance(ref, Path) else ref
        audio = load_audio(path)
        row = {"file": path.name}
        for mname, res in (("voiceprep", ours(analyzer, audio)), ("plain", plain(model, audio))):
            e, n = wer(words_of(ref_text), res.words)
            row[mname] = {"wer_edits": e, "wer_ref": n}
        out["read"].append(row)

    def agg(method: str) -> dict:
        mono_true = sum(r["true_fillers"] for r in out["monologues"])
        mono_found = sum(r[method]["fillers_found"] for r in out["monologues"])
        mono_hit = sum(r[method]["fillers_matched"] for r in out["monologues"])
        clip_true = sum(r["true_fillers"] for r in out["filler_clips"])
        clip_found = sum(r[method]["fillers_found"] for r in out["filler_clips"])
        clip_hit = sum(min(r["true_fillers"], r[method]["fillers_found"]) for r in out["filler_clips"])
        e = sum(r[method]["wer_edits"] for r in out["read"])
        n = sum(r[method]["wer_ref"] for r in out["read"])
        return {
            "monologue_filler_recall": round(mono_hit / mono_true, 3) if mono_true else None,
            "monologue_filler_precision": round(mono_hit / mono_found, 3) if mono_found else None,
            "monologue_fillers": {"true": mono_true, "found": mono_found, "matched": mono_hit},
            "monologue_median_abs_wpm_error_pct": round(statistics.median(r[method]["wpm_err_pct"] for r in out["monologues"]), 2) if out["monologues"] else None,
            "filler_clips_count_recall": round(clip_hit / clip_true, 3) if clip_true else None,
            "filler_clips_count_precision": round(clip_hit / clip_found, 3) if clip_found else None,
            "filler_clips": {"true": clip_true, "found": clip_found},
            "read_word_error_rate": round(e / n, 3) if n else None,
        }

    out["summary"] = {"voiceprep": agg("voiceprep"), "plain": agg("plain")}
    return out


def analyze_cli_wall_s(tmp: Path) -> dict:
    """Wall time of `voiceprep analyze --json` on a 60 s answer, process start and model load included."""
    samples = json.loads((ROOT / "audio_samples" / "samples.json").read_text())["samples"]
    parts, total = [], 0.0
    for s in samples:
        a = load_audio(ROOT / "audio_samples" / s["file"])
        parts.append(a)
        total += a.size / 16000
        if total >= 60:
            break
    path = write_wav(tmp / "answer_60s.wav", np.concatenate(parts)[: 60 * 16000])
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "voiceprep"), "analyze", str(path), "--json"], check=True, capture_output=True)
        runs.append(time.perf_counter() - t0)
    return {"audio_s": 60.0, "runs_s": [round(r, 2) for r in runs], "median_s": round(statistics.median(runs), 2)}


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    analyzer = Analyzer()
    analyzer.transcriber.load()
    model = analyzer.transcriber.load()  # the same bundled tiny.en weights for both methods
    truth = json.loads((ROOT / "audio_samples" / "samples.json").read_text())["samples"]
    rows = []
    for t in truth:
        audio = load_audio(ROOT / "audio_samples" / t["file"])
        dur = audio.size / 16000
        rows.append({
            "file": t["file"],
            "duration_s": round(dur, 2),
            "voiceprep": score(ours(analyzer, audio), t, dur),
            "plain": score(plain(model, audio), t, dur),
        })
    synth = {"voiceprep": summarise(rows, "voiceprep"), "plain": summarise(rows, "plain")}
    real = real_speech(analyzer, model) if REAL.exists() else None
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    cli = analyze_cli_wall_s(tmp)
    result = {
        "model": analyzer.transcriber.model.label,
        "cpus": os.cpu_count(),
        "synthesized": {"summary": synth, "per_sample": rows},
        "real_speech": real,
        "analyze_60s_wall": cli,
        "targets": {
            "filled_pause_recall": 0.95, "filled_pause_precision": 0.95, "median_abs_wpm_error_pct": 3.0,
            "pauses_found_within_0_1s": 0.95, "analyze_60s_wall_s": 6.0, "stt_real_time_factor": 0.15,
        },
    }
    (ROOT / "bench" / "analysis.json").write_text(json.dumps(result, indent=2) + "\n")

    console = Console()
    table = Table(title="Speech analysis: voiceprep vs plain faster-whisper (bundled tiny.en)", title_justify="left")
    table.add_column("figure")
    table.add_column("voiceprep", justify="right")
    table.add_column("plain", justify="right")
    table.add_column("target", justify="right")
    targets = result["targets"]
    for key in synth["voiceprep"]:
        if isinstance(synth["voiceprep"][key], dict):
            continue
        table.add_row(f"synth: {key}", str(synth["voiceprep"][key]), str(synth["plain"][key]), str(targets.get(key, "")))
    if real:
        for key in real["summary"]["voiceprep"]:
            if isinstance(real["summary"]["voiceprep"][key], dict):
                continue
            table.add_row(f"real: {key}", str(real["summary"]["voiceprep"][key]), str(real["summary"]["plain"][key]), "")
    table.add_row("analyze 60 s answer, wall (s)", str(cli["median_s"]), "", "6.0")
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
