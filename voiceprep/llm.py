"""The few ollama client helpers every LLM feature shares: host, a client whose every reply has a
deadline and a size cap, a whole-call deadline, and one-line errors."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx

from voiceprep.llm_settings import (
    DEFAULT_TIMEOUT_S,
    KEEP_ALIVE,
    MAX_REPLY_BYTES,
    resolve_host,
)

T = TypeVar("T")


class ReplyTooLong(httpx.TransportError):
    """The server sent more than MAX_REPLY_BYTES."""


class ReplyDeadline(httpx.TimeoutException):
    """The whole reply did not arrive within its deadline (the client's timeout is per read)."""


class _CappedStream(httpx.SyncByteStream):
    """A response body that stops at the request's deadline or at `max_bytes`."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float, max_bytes: int) -> None:
        self.inner, self.deadline, self.max_bytes = inner, deadline, max_bytes

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self.inner:
            received += len(chunk)
            if received > self.max_bytes:
                raise ReplyTooLong(f"reply larger than {self.max_bytes} bytes")
            if time.monotonic() > self.deadline:
                raise ReplyDeadline("reply not complete before its deadline")
            yield chunk

    def close(self) -> None:
        self.inner.close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx transport that gives every request a deadline for its whole reply and a size cap.

    httpx's timeouts are per socket read, so a server trickling a byte at a time never times out
    and an endless body fills memory; this wraps the body so both end the request.
    """

    def __init__(self, deadline_s: float, max_bytes: int = MAX_REPLY_BYTES) -> None:
        self.deadline_s, self.max_bytes = deadline_s, max_bytes
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.deadline_s
        response = self.inner.handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_CappedStream(response.stream, deadline, self.max_bytes),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


def client(host: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S):
    """The official client: connect within 3 s, every reply whole within `timeout_s`, capped in size."""
    import ollama

    timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 3.0))
    return ollama.Client(host=resolve_host(host), timeout=timeout, transport=DeadlineTransport(timeout_s))


def within(deadline_s: float, call: Callable[[], T]) -> T:
    """`call()` run in a worker thread; raises ReplyDeadline if it has not returned in time.

    The transport ends a slow body, but not a server that trickles its headers: this bounds the
    caller whatever the server does (the worker, a daemon, finishes or dies with the process).
    """
    box: queue.Queue = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, call()))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box.put((False, exc))

    threading.Thread(target=run, daemon=True, name="ollama-call").start()
    try:
        ok, value = box.get(timeout=deadline_s)
    except queue.Empty:
        raise ReplyDeadline(f"no complete reply within {deadline_s:g} s") from None
    if ok:
        return value
    raise value


def warm_up(host: str | None, model: str, deadline_s: float = 60.0) -> threading.Thread:
    """Load the model now, in the background, so the first follow-up does not wait for it (an
    empty chat loads a model in ollama). Failures are left to the real requests to report."""

    def run() -> None:
        try:
            within(deadline_s, lambda: client(host, deadline_s).chat(model=model, messages=[], keep_alive=KEEP_ALIVE, stream=False))
        except Exception:  # noqa: BLE001 - a warm-up that fails changes nothing
            pass

    thread = threading.Thread(target=run, daemon=True, name="ollama-warm-up")
    thread.start()
    return thread


def describe_error(exc: BaseException, model: str) -> str:
    """One line saying why an ollama call failed and what to do."""
    import ollama

    if isinstance(exc, ollama.ResponseError):
        if exc.status_code == 404:
            return f"ollama has no model {model}: run `ollama pull {model}`"
        return f"ollama failed ({exc.error})"
    if isinstance(exc, ReplyTooLong):
        return "ollama sent an over-long reply (is the address really an ollama server?)"
    if isinstance(exc, httpx.TimeoutException):
        return "ollama did not answer in time"
    if isinstance(exc, (ConnectionError, httpx.ConnectError, httpx.TransportError)):
        return "ollama is not reachable: start it with `ollama serve`"
    return f"ollama call failed ({exc.__class__.__name__})"
