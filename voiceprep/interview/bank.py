"""The question bank: customer-service interview questions from prompts/questions.toml."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from pathlib import Path

from voiceprep.errors import VoiceprepError
from voiceprep.resources import PROMPTS

KINDS = ("past", "plan", "opinion")


@dataclass(frozen=True)
class Question:
    id: str
    category: str
    kind: str  # past (a lived example), plan (what would you do), opinion
    text: str
    listen_for: tuple[str, ...] = ()


def load_bank(path: Path | None = None) -> list[Question]:
    """All questions, validated; a broken file is a clear error, not a traceback."""
    path = path or PROMPTS / "questions.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VoiceprepError(f"question bank not found: {path}", "reinstall voiceprep or pass a valid file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise VoiceprepError(f"question bank {path} is not valid TOML ({exc})", "fix the file or restore it from git") from exc
    out, seen = [], set()
    for i, q in enumerate(data.get("question", []), 1):
        missing = [k for k in ("id", "category", "kind", "text") if not isinstance(q.get(k), str)]
        if missing or q["kind"] not in KINDS or q["id"] in seen:
            raise VoiceprepError(f"question {i} in {path} is invalid ({', '.join(missing) or 'kind or duplicate id'})",
                                 "each [[question]] needs a unique id, category, kind (past|plan|opinion) and text")
        seen.add(q["id"])
        out.append(Question(q["id"], q["category"], q["kind"], q["text"], tuple(q.get("listen_for", ()))))
    if not out:
        raise VoiceprepError(f"question bank {path} has no questions", "add [[question]] entries")
    return out


def categories(bank: list[Question]) -> list[str]:
    return sorted({q.category for q in bank})


def pick(bank: list[Question], n: int, categories_: list[str] | None = None, seed: int | None = None) -> list[Question]:
    """`n` questions, deterministic for a seed, spread over the chosen categories in turn."""
    pool = [q for q in bank if not categories_ or q.category in categories_]
    if categories_:
        unknown = sorted(set(categories_) - {q.category for q in bank})
        if unknown:
            raise VoiceprepError(f"unknown category {', '.join(unknown)}", f"choose from {', '.join(categories(bank))}")
    rng = random.Random(seed)
    by_cat: dict[str, list[Question]] = {}
    for q in pool:
        by_cat.setdefault(q.category, []).append(q)
    for qs in by_cat.values():
        rng.shuffle(qs)
    order = list(by_cat)
    rng.shuffle(order)
    picked: list[Question] = []
    while len(picked) < min(n, len(pool)):
        for cat in order:
            if by_cat[cat] and len(picked) < n:
                picked.append(by_cat[cat].pop())
    return picked
