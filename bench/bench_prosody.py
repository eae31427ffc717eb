"""Prosody benchmark: pitch-track error and flag precision/recall on the constructed set, and the added time.

The set is built by scripts/make_prosody_samples.py (PSOLA-resynthesized piper and real speech
with imposed contours, fades and level changes; dev and held-out fixed by a hash of the base id).
Each item goes through the whole analyzer (the recogniser gives the words and the sentence
punctuation the flags are anchored on), so a sentence the recogniser runs on into the next is a
miss here as it would be for a user. Writes bench/prosody.json.

Run: .venv/bin/python bench/bench_prosody.py            (builds the set first if it is missing)
     .venv/bin/python bench/bench_prosody.py --sweep    (dev half only: flag P/R per threshold)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceprep.analysis.prosody import (  # noqa: E402
    ProsodySettings,
    ProsodyTracks,
    clean_pitch,
    prosody,
)
from voiceprep.audio.io import SAMPLE_RATE, load_audio  # noqa: E402
from voiceprep.speech.prosody_tracks import prosody_tracks  # noqa: E402
from voiceprep.types import Word  # noqa: E402

SET = ROOT / "bench" / "prosody_samples.tmp"
REAL = ROOT.parent / "shared" / "realspeech"  # read in place, never copied
WORDS_CACHE = SET / "words.json"
MATCH_S = 0.35  # a flag matches a truth ending when the ending's last voiced frame is this close to its span


def build_set() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_prosody_samples.py")], check=True)


def load_items() -> list[dict]:
    return json.loads((SET / "manifest.json").read_text())["items"]


def words_for(items: list[dict]) -> dict[str, list[Word]]:
    """The recogniser's words per item (cached: the thresholds sweep must not re-run Whisper)."""
    cache = json.loads(WORDS_CACHE.read_text()) if WORDS_CACHE.exists() else {}
    missing = [it for it in items if it["id"] not in cache or cache[it["id"]]["mtime"] != (SET / it["file"]).stat().st_mtime]
    if missing:
        from voiceprep.analyzer import Analyzer

        analyzer = Analyzer()
        for it in missing:
            m = analyzer.analyze_audio(load_audio(SET / it["file"]))
            cache[it["id"]] = {"mtime": (SET / it["file"]).stat().st_mtime,
                               "words": [[w.text, w.start, w.end, w.probability, w.source] for w in m.word_timeline]}
            print(f"  transcribed {it['id']}: {m.transcript[:70]}", flush=True)
        WORDS_CACHE.write_text(json.dumps(cache))
    return {k: [Word(*w) for w in v["words"]] for k, v in cache.items()}


def pitch_error(tracks: ProsodyTracks, truth_path: Path, settings: ProsodySettings) -> dict:
    """Share of truth-voiced frames the tracker calls voiced, and of those, the share within 1 st."""
    t = np.load(truth_path)
    target = t["target_hz"]
    measured = clean_pitch(tracks.f0_hz, tracks.step_s, settings)
    t_times = float(t["start_s"]) + float(t["step_s"]) * np.arange(target.size)
    nearest = np.clip(np.round((t_times - tracks.start_s) / tracks.step_s).astype(int), 0, measured.size - 1)
    m_on_truth = np.where(np.abs(tracks.times[nearest] - t_times) < tracks.step_s / 2, measured[nearest], 0.0)
    truth_voiced = target > 0
    both = truth_voiced & (m_on_truth > 0)
    err = np.abs(12 * np.log2(m_on_truth[both] / target[both]))
    return {
        "truth_voiced_frames": int(truth_voiced.sum()),
        "found_voiced_share": round(float(both.sum() / max(1, truth_voiced.sum())), 4),
        "within_1st_share": round(float((err <= 1.0).mean()) if err.size else 0.0, 4),
        "median_abs_error_st": round(float(np.median(err)) if err.size else float("nan"), 3),
    }


def score_item(item: dict, p) -> dict:
    """Per item: monotone truth vs flag, and each ending's truth vs the flags that match it."""
    rows = {"rising": [], "trailing": []}
    used_r, used_t = set(), set()
    for e in item["endings"]:
        for name, flags, used, truth in (("rising", p.rising_endings if p else (), used_r, e["rising"]),
                                         ("trailing", p.trailing_off if p else (), used_t, e["trailing"])):
            hit = [i for i, f in enumerate(flags) if f.start - MATCH_S <= e["end_s"] <= f.end + MATCH_S]
            used.update(hit)
            if truth is None:
                continue
            rows[name].append((bool(truth), bool(hit)))
    # Flags that match no ending at all are false alarms.
    stray_r = 0 if p is None else sum(1 for i in range(len(p.rising_endings)) if i not in used_r)
    stray_t = 0 if p is None else sum(1 for i in range(len(p.trailing_off)) if i not in used_t)
    return {"rising": rows["rising"], "trailing": rows["trailing"], "stray_rising": stray_r, "stray_trailing": stray_t,
            "monotone": (item["monotone"], bool(p.monotone) if p else False)}


def pr(pairs: list[tuple[bool, bool]], stray: int = 0) -> dict:
    tp = sum(1 for t, f in pairs if t and f)
    fp = sum(1 for t, f in pairs if not t and f) + stray
    fn = sum(1 for t, f in pairs if t and not f)
    return {"precision": round(tp / (tp + fp), 3) if tp + fp else None, "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "tp": tp, "fp": fp, "fn": fn, "positives": tp + fn, "negatives": sum(1 for t, _ in pairs if not t)}


def evaluate(items: list[dict], tracks: dict, words: dict, settings: ProsodySettings) -> dict:
    out: dict = {}
    for split in ("dev", "held_out"):
        for source in ("piper", "real", "all"):
            sel = [it for it in items if it["split"] == split and (source == "all" or it["source"] == source)]
            scores = [score_item(it, prosody(tracks[it["id"]], words[it["id"]], it["duration_s"], settings)) for it in sel]
            out[f"{split}/{source}"] = {
                "items": len(sel),
                "monotone": pr([s["monotone"] for s in scores if s["monotone"][0] is not None]),
                "rising_endings": pr([x for s in scores for x in s["rising"]], sum(s["stray_rising"] for s in scores)),
                "trailing_off": pr([x for s in scores for x in s["trailing"]], sum(s["stray_trailing"] for s in scores)),
                # Secondary readings: flags on endings nobody labelled (a sentence end the recogniser
                # found inside one clip) not counted; and trailing off without the 4 dB mild fades.
                "rising_endings_labelled_only": pr([x for s in scores for x in s["rising"]]),
                "trailing_off_without_mild_fades": pr([x for s, it in zip(scores, sel)
                                                       for x, e in zip(s["trailing"], it["endings"]) if e["fade_db"] != 4.0],
                                                      sum(s["stray_trailing"] for s in scores)),
            }
    return out


def sweep(items: list[dict], tracks: dict, words: dict) -> None:
    dev = [it for it in items if it["split"] == "dev"]
    base = ProsodySettings()
    for name, values in (("monotone_sd_st", (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2)), ("rise_st", (2.0, 2.5, 3.0, 3.5)),
                         ("pitch_quiet_db", (10.0, 12.0, 15.0, 20.0, 99.0)),
                         ("trail_drop_db", (6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0)), ("fade_window_s", (0.25, 0.4, 0.6))):
        for v in values:
            r = evaluate(dev, tracks, words, replace(base, **{name: v}))["dev/all"]
            key = {"monotone_sd_st": "monotone", "rise_st": "rising_endings", "pitch_quiet_db": "rising_endings"}.get(name, "trailing_off")
            print(f"{name}={v}: {key} P={r[key]['precision']} R={r[key]['recall']} (tp {r[key]['tp']} fp {r[key]['fp']} fn {r[key]['fn']})")


def timing_60s(items: list[dict], words: dict, settings: ProsodySettings) -> dict:
    """Added analysis time for 60 s of speech: Praat tracks plus the pure figures (not the recogniser)."""
    parts, ws, t = [], [], 0.0
    for it in items:
        a = load_audio(SET / it["file"])
        ws += [replace(w, start=w.start + t, end=w.end + t) for w in words[it["id"]]]
        parts.append(a)
        t += a.size / SAMPLE_RATE
        if t >= 60:
            break
    audio = np.concatenate(parts)[: 60 * SAMPLE_RATE]
    ws = [w for w in ws if w.end <= 60]
    prosody_tracks(audio[:SAMPLE_RATE], SAMPLE_RATE, settings)  # the import and Praat's first call are a one-off
    runs, cpu = [], []
    for _ in range(7):
        t0, c0 = time.perf_counter(), time.process_time()
        prosody(prosody_tracks(audio, SAMPLE_RATE, settings), ws, 60.0, settings)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"audio_s": 60.0, "runs_s": [round(r, 3) for r in runs], "median_s": round(statistics.median(runs), 3),
            "worst_s": round(max(runs), 3), "best_s": round(min(runs), 3), "median_cpu_s": round(statistics.median(cpu), 3),
            "cpus": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2)}


def phone_line_dev(items: list[dict], words: dict, settings: ProsodySettings) -> dict:
    """Call turns are analysed after the telephone channel (300-3400 Hz, mu-law): the dev half through it.

    The words are the wideband ones (the recogniser is not re-run), so this isolates the tracks.
    """
    from voiceprep.audio.phone import phone_line

    dev = [it for it in items if it["split"] == "dev"]
    tracks = {it["id"]: prosody_tracks(phone_line(load_audio(SET / it["file"]), SAMPLE_RATE, noise_db=None), SAMPLE_RATE, settings)
              for it in dev}
    flags = evaluate(dev, tracks, words, settings)["dev/all"]
    pitch = [pitch_error(tracks[it["id"]], SET / it["file"].replace(".wav", ".npz"), settings) for it in dev]
    within = [x["within_1st_share"] for x in pitch]
    return {"items": len(dev), **{k: flags[k] for k in ("monotone", "rising_endings", "trailing_off")},
            "pitch_within_1st_median": round(statistics.median(within), 4), "pitch_within_1st_worst": round(min(within), 4),
            "found_voiced_share_median": round(statistics.median(x["found_voiced_share"] for x in pitch), 4)}


def degraded(items: list[dict], words: dict, settings: ProsodySettings, split: str) -> dict:
    """One half under steady pink noise 15 dB below the voice, and with real readers talking 15 dB
    below it (the conditions whose quality flags, `noisy` and `background_voices`, put the delivery
    figures in doubt): do the voice's figures hold there too? Wideband clean words, as above; the
    monotone, rising and trailing-off flags against truth, and how far pitch variety (SD) moves.
    Which voice figures a flag doubts was chosen on dev (analysis/quality.py IN_DOUBT)."""
    from robust_render import pink_noise

    from voiceprep.audio.level import active_level_db

    dev = [it for it in items if it["split"] == split]
    readers = np.concatenate([load_audio(c) for c in sorted((REAL / "librivox_pocketsphinx").glob("*.wav"))
                              + sorted((REAL / "librispeech_lhotse").glob("*.flac"))])
    out = {}
    for name in ("noise_15db", "voices_15db"):
        tracks, sd_moves = {}, []
        for k, it in enumerate(dev):
            clean = load_audio(SET / it["file"])
            rng = np.random.default_rng(500 + k)
            if name == "noise_15db":
                other = pink_noise(clean.size, rng)
            else:
                other = np.roll(np.tile(readers, clean.size // readers.size + 1), -int(rng.integers(readers.size)))[: clean.size]
            other = other * 10 ** ((active_level_db(clean) - 15.0 - active_level_db(other)) / 20)
            tracks[it["id"]] = prosody_tracks(np.clip(clean + other, -1, 1).astype(np.float32), SAMPLE_RATE, settings)
            ref = prosody(prosody_tracks(clean, SAMPLE_RATE, settings), words[it["id"]], it["duration_s"], settings)
            got = prosody(tracks[it["id"]], words[it["id"]], it["duration_s"], settings)
            if ref and got and ref.pitch_sd_st is not None and got.pitch_sd_st is not None:
                sd_moves.append(abs(got.pitch_sd_st - ref.pitch_sd_st))
        flags = evaluate(dev, tracks, words, settings)[f"{split}/all"]
        within = [pitch_error(tracks[it["id"]], SET / it["file"].replace(".wav", ".npz"), settings)["within_1st_share"] for it in dev]
        out[name] = {"items": len(dev), **{k: flags[k] for k in ("monotone", "rising_endings", "trailing_off")},
                     "pitch_within_1st_median": round(statistics.median(within), 4), "pitch_within_1st_worst": round(min(within), 4),
                     "pitch_sd_moved_st_median": round(statistics.median(sd_moves), 2) if sd_moves else None,
                     "pitch_sd_moved_st_worst": round(max(sd_moves), 2) if sd_moves else None}
    return out


def synthetic_source_pitch(settings: ProsodySettings) -> dict:
    """The tracker against a voice built without Praat: harmonics of a known F0 contour under vowel-like formants.

    A check that the pitch figures do not only agree with Praat's own PSOLA output.
    """
    rng = np.random.default_rng(13)
    rate, shares = SAMPLE_RATE, []
    for base_hz in (90.0, 130.0, 210.0):
        dur = 6.0
        t = np.arange(int(dur * rate)) / rate
        # A declining contour with accents and a final rise or fall, in semitones.
        st = -1.5 * t / dur + 3.0 * np.exp(-((t - 1.5) / 0.25) ** 2) + 2.0 * np.exp(-((t - 3.5) / 0.3) ** 2)
        st += np.where(t > dur - 0.6, rng.choice([-5.0, 5.0]) * (t - (dur - 0.6)) / 0.6, 0.0)
        f0 = base_hz * 2 ** (st / 12)
        phase = 2 * np.pi * np.cumsum(f0) / rate
        voice = np.zeros_like(t)
        for k in range(1, int(4000 / (base_hz * 1.5))):
            fk = k * f0
            amp = sum(g / (1 + ((fk - fc) / bw) ** 2) for fc, bw, g in ((600, 120, 1.0), (1200, 150, 0.5), (2500, 250, 0.25))) / k ** 0.5
            voice += amp * np.sin(k * phase)
        syllables = 0.5 + 0.5 * np.sin(2 * np.pi * 4.0 * t) ** 2  # 4 Hz loudness like syllables
        audio = (0.2 * voice / np.abs(voice).max() * syllables + 0.002 * rng.standard_normal(t.size)).astype(np.float32)
        tracks = prosody_tracks(audio, rate, settings)
        measured = clean_pitch(tracks.f0_hz, tracks.step_s, settings)
        truth = np.interp(tracks.times, t, f0)
        inside = (tracks.times > 0.05) & (tracks.times < dur - 0.05)
        v = inside & (measured > 0)
        err = np.abs(12 * np.log2(measured[v] / truth[v]))
        shares.append({"base_hz": base_hz, "voiced_found_share": round(float(v.sum() / inside.sum()), 4),
                       "within_1st_share": round(float((err <= 1.0).mean()), 4)})
    return {"voices": shares, "worst_within_1st_share": min(x["within_1st_share"] for x in shares)}


def level_check(items: list[dict], tracks_of, words: dict, settings: ProsodySettings) -> dict:
    """Known whole-answer level changes: loudness_db must move by the gain applied."""
    errs = []
    for it in items[:: max(1, len(items) // 12)]:
        a = load_audio(SET / it["file"])
        ref = prosody(tracks_of(a), words[it["id"]], it["duration_s"], settings)
        for gain in (-12.0, -6.0, 6.0):
            p = prosody(tracks_of(np.clip(a * 10 ** (gain / 20), -1, 1)), words[it["id"]], it["duration_s"], settings)
            if ref and p and ref.loudness_db is not None and p.loudness_db is not None:
                errs.append(abs((p.loudness_db - ref.loudness_db) - gain))
    return {"checks": len(errs), "median_abs_error_db": round(statistics.median(errs), 2) if errs else None,
            "worst_abs_error_db": round(max(errs), 2) if errs else None}


def main() -> int:
    if not (SET / "manifest.json").exists():
        build_set()
    settings = ProsodySettings()
    items = load_items()
    for it in items:
        it["duration_s"] = load_audio(SET / it["file"]).size / SAMPLE_RATE
    words = words_for(items)
    tracks = {it["id"]: prosody_tracks(load_audio(SET / it["file"]), SAMPLE_RATE, settings) for it in items}
    if "--sweep" in sys.argv:
        sweep(items, tracks, words)
        return 0
    pitch = {it["id"]: pitch_error(tracks[it["id"]], SET / it["file"].replace(".wav", ".npz"), settings) for it in items}
    pitch_summary = {}
    for split in ("dev", "held_out"):
        for source in ("piper", "real"):
            rows = [pitch[it["id"]] for it in items if it["split"] == split and it["source"] == source]
            if not rows:
                continue
            within = [r["within_1st_share"] for r in rows]
            found = [r["found_voiced_share"] for r in rows]
            worst = min((it for it in items if it["split"] == split and it["source"] == source), key=lambda it: pitch[it["id"]]["within_1st_share"])
            pitch_summary[f"{split}/{source}"] = {
                "items": len(rows),
                "within_1st_share_pooled": round(sum(r["within_1st_share"] * r["truth_voiced_frames"] * r["found_voiced_share"] for r in rows)
                                                 / sum(r["truth_voiced_frames"] * r["found_voiced_share"] for r in rows), 4),
                "within_1st_share_median": round(statistics.median(within), 4),
                "within_1st_share_worst": round(min(within), 4), "worst_item": worst["id"],
                "found_voiced_share_median": round(statistics.median(found), 4),
                "found_voiced_share_worst": round(min(found), 4),
            }
    flags = evaluate(items, tracks, words, settings)
    result = {
        "set": {"items": len(items), "dev": sum(it["split"] == "dev" for it in items),
                "held_out": sum(it["split"] == "held_out" for it in items),
                "rule": "held out when sha1(base id) % 3 == 0; thresholds chosen on dev only"},
        "settings": {k: v for k, v in settings.__dict__.items()},
        "pitch_track": pitch_summary,
        "flags": flags,
        "pitch_track_synthetic_source": synthetic_source_pitch(settings),
        "phone_line_dev": phone_line_dev(items, words, settings),
        "degraded_dev": degraded(items, words, settings, "dev"),
        "degraded_held_out": degraded(items, words, settings, "held_out"),
        "loudness_known_gain": level_check(items, lambda a: prosody_tracks(a, SAMPLE_RATE, settings), words, settings),
        "added_time_60s": timing_60s([it for it in items if it["split"] == "dev"], words, settings),
        "per_item_pitch": pitch,
        "targets": {"flag_precision": 0.9, "flag_recall": 0.9, "pitch_within_1st_share": 0.95, "added_time_60s_s": 0.3},
    }
    (ROOT / "bench" / "prosody.json").write_text(json.dumps(result, indent=2) + "\n")

    from rich.console import Console
    from rich.table import Table

    table = Table(title="Prosody on the constructed set (P / R; dev and held out)", title_justify="left")
    for col in ("split/source", "items", "monotone", "rising endings", "trailing off", "pitch within 1 st (pooled / worst)"):
        table.add_column(col)
    for key, r in flags.items():
        pk = pitch_summary.get(key)
        table.add_row(key, str(r["items"]), *(f"{r[k]['precision']} / {r[k]['recall']}" for k in ("monotone", "rising_endings", "trailing_off")),
                      f"{pk['within_1st_share_pooled']} / {pk['within_1st_share_worst']}" if pk else "")
    Console().print(table)
    print("pitch, non-Praat synthetic voices:", result["pitch_track_synthetic_source"])
    pl = result["phone_line_dev"]
    print("dev through the phone line:", {k: (pl[k]["precision"], pl[k]["recall"]) for k in ("monotone", "rising_endings", "trailing_off")},
          "pitch within 1 st median / worst", pl["pitch_within_1st_median"], pl["pitch_within_1st_worst"])
    print("loudness vs known gain:", result["loudness_known_gain"])
    print("added time, 60 s answer:", result["added_time_60s"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
