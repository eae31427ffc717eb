"""Call scenarios: who calls, about what, how they open, what calms and angers them (prompts/scenarios/*.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from voiceprep.errors import VoiceprepError
from voiceprep.resources import SCENARIOS


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    customer: str
    starting_mood: float
    goal: str
    facts: str
    opening: str
    calms: tuple[str, ...]
    angers: tuple[str, ...]
    resolved_when: str
    lines: dict[str, tuple[str, ...]]
    resolved_line: str
    hang_up_line: str


def load_scenarios(folder: Path = SCENARIOS) -> dict[str, Scenario]:
    out = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            d = tomllib.loads(path.read_text(encoding="utf-8"))
            lines = d["lines"]
            out[d["name"]] = Scenario(
                d["name"], d["title"], d["customer"], float(d["starting_mood"]), d["goal"], d["facts"], d["opening"],
                tuple(d["calms"]), tuple(d["angers"]), d["resolved_when"],
                {k: tuple(lines[k]) for k in ("angry", "neutral", "calm")}, lines["resolved"], lines["hang_up"])
        except (KeyError, tomllib.TOMLDecodeError, TypeError, ValueError) as exc:
            raise VoiceprepError(f"scenario {path.name} is invalid ({exc})", "fix the file or restore it from git") from exc
    return out


def get_scenario(name: str | None) -> Scenario:
    scenarios = load_scenarios()
    if name is None:
        return scenarios["late_delivery"]
    if name not in scenarios:
        raise VoiceprepError(f"unknown scenario {name!r}", f"choose from {', '.join(scenarios)} (voiceprep call --list-scenarios)")
    return scenarios[name]
