"""The few ollama client helpers every LLM feature shares: host, client with a timeout, errors."""

from __future__ import annotations

import os

DEFAULT_HOST = "http://127.0.0.1:11434"
DEFAULT_MODEL = "llama3.2:3b"
DEFAULT_TIMEOUT_S = 20.0


def resolve_host(host: str | None = None) -> str:
    """--ollama-host, else $OLLAMA_HOST, else the local default; scheme added when missing."""
    h = host or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST
    return h if "://" in h else f"http://{h}"


def client(host: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S):
    """The official client with a finite timeout (its default waits forever)."""
    import ollama

    return ollama.Client(host=resolve_host(host), timeout=timeout_s)


def describe_error(exc: BaseException, model: str) -> str:
    """One line saying why an ollama call failed and what to do."""
    import httpx
    import ollama

    if isinstance(exc, ollama.ResponseError):
        if exc.status_code == 404:
            return f"ollama has no model {model}: run `ollama pull {model}`"
        return f"ollama failed ({exc.error})"
    if isinstance(exc, httpx.TimeoutException):
        return "ollama did not answer in time"
    if isinstance(exc, (ConnectionError, httpx.ConnectError, httpx.TransportError)):
        return "ollama is not reachable: start it with `ollama serve`"
    return f"ollama call failed ({exc.__class__.__name__})"
