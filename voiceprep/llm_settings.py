"""Where ollama is and how long its replies may take: plain values, importable without the HTTP
stack (the commands read them when the CLI starts; voiceprep.llm loads httpx only when used)."""

from __future__ import annotations

import os

DEFAULT_HOST = "http://127.0.0.1:11434"
DEFAULT_MODEL = "llama3.2:3b"
DEFAULT_TIMEOUT_S = 20.0
# An interviewer or customer line is well under 1 KB and a model list a few tens of KB: a reply
# larger than this is a broken or hostile server, and is not held in memory.
MAX_REPLY_BYTES = 2_000_000
# The model stays loaded this long after each request: a practice session pauses for minutes
# between follow-ups, and reloading a 3B model costs seconds on a laptop.
KEEP_ALIVE = "30m"


def resolve_host(host: str | None = None) -> str:
    """--ollama-host, else $OLLAMA_HOST, else the local default; scheme added when missing."""
    h = host or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST
    return h if "://" in h else f"http://{h}"
