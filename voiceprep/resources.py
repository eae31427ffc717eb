"""Files shipped inside the package (prompts, question bank, call scenarios, report template),
found through importlib.resources so an installed wheel has them as well as a checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("voiceprep")))
PROMPTS = _PACKAGE / "prompts"
SCENARIOS = PROMPTS / "scenarios"
TEMPLATES = _PACKAGE / "report" / "templates"
