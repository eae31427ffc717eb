"""A small fake ollama server on 127.0.0.1: the real /api/chat (NDJSON stream or one JSON
object) and /api/tags wire format, so tests exercise the official `ollama` client for real.

    with FakeOllama(models=["llama3.2:3b"], reply="Hello.") as fake:
        ollama.Client(host=fake.host).chat(...)
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Reply = str | Callable[[dict], str]


class FakeOllama:
    """Configurable fake server; `requests` records every JSON body received on /api/chat
    (bar the empty ones that only load the model: `warm_ups`)."""

    def __init__(
        self,
        models: list[str] | None = None,
        reply: Reply = "Could you tell me more about the result?",
        *,
        chunk_chars: int = 12,
        first_delay_s: float = 0.0,
        chunk_delay_s: float = 0.0,
        fail_after_chunks: int | None = None,
        status: int = 200,
        trickle_s: float | None = None,
        trickle_paths: tuple[str, ...] = ("/api/tags", "/api/chat"),
        endless: bool = False,
    ) -> None:
        self.models = models if models is not None else ["llama3.2:3b"]
        self.reply = reply
        self.chunk_chars = chunk_chars
        self.first_delay_s = first_delay_s
        self.chunk_delay_s = chunk_delay_s
        self.fail_after_chunks = fail_after_chunks
        self.status = status
        # Hostile or broken servers: send every byte of the reply (status line and headers too)
        # `trickle_s` apart, or answer 200 with a body that never ends.
        self.trickle_s = trickle_s
        self.trickle_paths = trickle_paths
        self.endless = endless
        self.requests: list[dict] = []
        self.warm_ups: list[dict] = []  # empty chats: ollama loads the model (kept apart from `requests`)
        self._server: ThreadingHTTPServer | None = None

    @property
    def host(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeOllama:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def _json(self, code: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _hostile(self) -> bool:
                """Trickle or flood instead of answering; True when it did."""
                if fake.endless:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n")
                    try:
                        while True:
                            self.wfile.write(b" " * 65536)
                    except (BrokenPipeError, ConnectionResetError, OSError):
                        return True
                if fake.trickle_s is not None and self.path.rstrip("/") in fake.trickle_paths:
                    body = b'{"models": []}'
                    raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
                    try:
                        for i in range(len(raw)):
                            self.wfile.write(raw[i : i + 1])
                            self.wfile.flush()
                            time.sleep(fake.trickle_s)
                    except (BrokenPipeError, ConnectionResetError, OSError):
                        pass
                    return True
                return False

            def do_GET(self) -> None:
                if self._hostile():
                    return
                if self.path.rstrip("/") == "/api/tags":
                    self._json(200, {"models": [{"name": m, "model": m, "size": 1, "digest": "0" * 12, "details": {}} for m in fake.models]})
                else:
                    self._json(404, {"error": "not found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") == "/api/chat" and body.get("messages") == []:  # ollama: load the model
                    fake.warm_ups.append(body)
                    if fake.trickle_s is None and not fake.endless:
                        self._json(200, {"model": body.get("model", ""), "created_at": "2026-11-22T00:00:00Z",
                                         "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "load"})
                        return
                elif fake.trickle_s is not None or fake.endless:
                    fake.requests.append(body)
                if self._hostile():
                    return
                if self.path.rstrip("/") != "/api/chat":
                    self._json(404, {"error": "not found"})
                    return
                fake.requests.append(body)
                model = body.get("model", "")
                if model not in fake.models:
                    self._json(404, {"error": f"model '{model}' not found"})
                    return
                if fake.status != 200:
                    self._json(fake.status, {"error": "internal error"})
                    return
                text = fake.reply(body) if callable(fake.reply) else fake.reply
                time.sleep(fake.first_delay_s)
                stamp = "2026-11-22T00:00:00Z"
                if not body.get("stream", True):
                    self._json(200, {"model": model, "created_at": stamp, "message": {"role": "assistant", "content": text},
                                     "done": True, "done_reason": "stop"})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                pieces = [text[i : i + fake.chunk_chars] for i in range(0, len(text), fake.chunk_chars)] or [""]
                try:
                    for n, piece in enumerate(pieces):
                        if fake.fail_after_chunks is not None and n == fake.fail_after_chunks:
                            self._chunk({"error": "an error was encountered while running the model"})
                            break
                        self._chunk({"model": model, "created_at": stamp, "message": {"role": "assistant", "content": piece}, "done": False})
                        time.sleep(fake.chunk_delay_s)
                    else:
                        self._chunk({"model": model, "created_at": stamp, "message": {"role": "assistant", "content": ""},
                                     "done": True, "done_reason": "stop"})
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _chunk(self, obj: dict) -> None:
                line = (json.dumps(obj) + "\n").encode()
                self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
                self.wfile.flush()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # clients hanging up is normal here
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
