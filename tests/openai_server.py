"""A small, real OpenAI-compatible chat-completions server for tests, benches and the app's tests.

It speaks just enough of ``POST /v1/chat/completions`` for the real ``openai`` client (through
langchain's ``ChatOpenAI``): non-streaming JSON, SSE streaming (``data: {...}`` lines, then
``data: [DONE]``), and ``tool_calls`` answers for ``with_structured_output(method="function_calling")``.

What it answers, per request, in this order:

1. the next scripted :class:`Reply` from the queue (``server.queue(...)``), else
2. ``responder(request)`` when set (a hook that builds a reply from the request), else
3. the default reply: the section's verified base text when the prompt carries one
   (``【基础稿开始】…【基础稿结束】``), else a short Chinese sentence.

Fault modes (server-wide ``mode``, optionally only for the first ``fault_times`` calls, or per reply):
``timeout`` (hang, never answer), ``stall`` (stream half the answer, then hang), ``429``, ``500``, ``malformed`` (broken JSON body / SSE event), ``bad_shape`` (valid JSON, no usable ``choices``),
``cut`` (the connection drops mid-body). ``refuse`` (connection refused) is a closed port: use
:func:`closed_port` in-process, or ``--mode refuse`` on the command line (nothing listens on ``--port``).

Every request is recorded (:class:`RecordedRequest`: body, messages, stream flag, start and finish
times on ``time.monotonic()`` and wall clock), in-process as ``server.requests`` and for other
processes at ``GET /_requests``. ``POST /_queue`` (a JSON list of replies) and ``POST /_mode``
(``{"mode": "...", "fault_times": n, "latency": s}``) script a server running in another process.

Command line::

    python -m tests.openai_server --port 0 [--latency 1.0] [--mode timeout|429|500|malformed|cut|refuse]

prints ``READY http://127.0.0.1:PORT/v1`` on stdout once it listens and runs until killed.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULT_MODES = ("timeout", "stall", "429", "500", "malformed", "bad_shape", "cut", "refuse")
BASE_START = "【基础稿开始】"
BASE_END = "【基础稿结束】"
DEFAULT_TEXT = "这是测试模型的回复。"


@dataclass
class Reply:
    """One scripted answer. ``mode`` makes this one call fail; ``tool_call`` answers with a function call."""

    content: str = ""
    mode: str | None = None
    latency: float | None = None
    tool_call: dict[str, Any] | None = None  # {"name": str, "arguments": dict | str}
    finish_reason: str = "stop"

    @classmethod
    def from_obj(cls, obj: Reply | str | dict[str, Any]) -> Reply:
        if isinstance(obj, Reply):
            return obj
        if isinstance(obj, str):
            return cls(content=obj)
        return cls(**obj)


@dataclass
class RecordedRequest:
    """What the server received, and when (``started``/``finished`` are ``time.monotonic()``)."""

    index: int
    path: str
    body: dict[str, Any]
    started: float
    started_wall: float
    finished: float | None = None
    finished_wall: float | None = None
    outcome: str = ""  # "ok", or the fault mode served

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def prompt(self) -> str:
        """All message contents joined: what a test greps for figures, passages, scope."""
        parts = []
        for m in self.messages:
            content = m.get("content")
            if isinstance(content, list):
                content = "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            parts.append(str(content or ""))
        return "\n".join(parts)

    @property
    def last_user(self) -> str:
        for m in reversed(self.messages):
            if m.get("role") == "user":
                return str(m.get("content") or "")
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "path": self.path,
            "body": self.body,
            "started": self.started_wall,
            "finished": self.finished_wall,
            "outcome": self.outcome,
        }


Responder = Callable[[RecordedRequest], "Reply | str | None"]


def base_text(request: RecordedRequest) -> str | None:
    """The verified base text the drafter puts in its prompt (the latest one, if re-asked)."""
    found = re.findall(re.escape(BASE_START) + r"\n?(.*?)\n?" + re.escape(BASE_END), request.prompt, re.S)
    return found[-1].strip() if found else None


def echo_base_text(request: RecordedRequest) -> Reply:
    """Answer with the base text as given: a model that changes nothing."""
    return Reply(content=base_text(request) or DEFAULT_TEXT)


def change_numbers(text: str, delta: int = 7) -> str:
    """Every number with a decimal point, or followed by 万元/元/%, gets ``delta`` added to its integer part."""

    def bump(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        return f"{int(whole) + delta}{frac}"

    return re.sub(r"(?<![\d.])(\d+)(\.\d+)?(?=\s*(?:万元|亿元|元|%|分))", bump, text)


class OpenAIServer:
    """A threaded HTTP server on 127.0.0.1 (port 0 = any free port); use as a context manager."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        mode: str | None = None,
        fault_times: int | None = None,
        responder: Responder | None = None,
        replies: Iterable[Reply | str | dict[str, Any]] = (),
        model: str = "test-model",
        port: int = 0,
        hang_seconds: float = 60.0,
        chunk_size: int = 8,
    ) -> None:
        if mode is not None and mode not in FAULT_MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {FAULT_MODES}")
        self.latency = latency
        self.mode = mode
        self.fault_times = fault_times
        self.responder = responder
        self.model = model
        self.hang_seconds = hang_seconds
        self.chunk_size = chunk_size
        self.requests: list[RecordedRequest] = []
        self._replies: list[Reply] = [Reply.from_obj(r) for r in replies]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._faults_served = 0
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> OpenAIServer:
        handler = type("Handler", (_Handler,), {"server_ref": self})
        self._httpd = _Server(("127.0.0.1", self._port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="openai-test-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting ------------------------------------------------------------------------------
    def queue(self, *replies: Reply | str | dict[str, Any]) -> None:
        with self._lock:
            self._replies.extend(Reply.from_obj(r) for r in replies)

    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _record(self, path: str, body: dict[str, Any]) -> RecordedRequest:
        with self._lock:
            req = RecordedRequest(len(self.requests), path, body, time.monotonic(), time.time())
            self.requests.append(req)
            return req

    def _decide(self, req: RecordedRequest) -> Reply:
        """A server-wide fault first (it consumes no scripted reply), then the queue, the responder, the echo."""
        with self._lock:
            if self.mode and self.mode != "refuse":
                if self.fault_times is None or self._faults_served < self.fault_times:
                    self._faults_served += 1
                    # the text a cut or garbled stream carries part of (the echo: no scripted reply is used up)
                    return Reply(content=echo_base_text(req).content, mode=self.mode)
            scripted = self._replies.pop(0) if self._replies else None
        if scripted is not None:
            return scripted
        if self.responder is not None:
            got = self.responder(req)
            if got is not None:
                return Reply.from_obj(got)
        return echo_base_text(req)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 makes a burst of concurrent connects wait 1 s
    daemon_threads = True


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Handler(BaseHTTPRequestHandler):
    server_ref: OpenAIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    # -- small helpers --------------------------------------------------------------------------
    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _read_body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            body = {"_unparsed": raw.decode("utf-8", "replace")}
        return body if isinstance(body, dict) else {"_body": body}

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _sse(self, obj: Any) -> None:
        payload = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
        self._chunk(f"data: {payload}\n\n".encode())

    # -- routes ---------------------------------------------------------------------------------
    def do_GET(self) -> None:
        srv = self.server_ref
        if self.path.rstrip("/").endswith("/_requests"):
            with srv._lock:
                self._send_json(200, [r.to_dict() for r in srv.requests])
        elif self.path.rstrip("/").endswith("/models"):
            self._send_json(200, {"object": "list", "data": [{"id": srv.model, "object": "model"}]})
        else:
            self._send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        srv = self.server_ref
        body = self._read_body()
        path = self.path.rstrip("/")
        if path.endswith("/_queue"):
            items = body.get("_body", []) if "_body" in body else [body]
            srv.queue(*items)
            self._send_json(200, {"queued": len(items)})
            return
        if path.endswith("/_mode"):
            with srv._lock:
                srv.mode = body.get("mode") or None
                srv.fault_times = body.get("fault_times")
                srv._faults_served = 0
                if "latency" in body:
                    srv.latency = float(body["latency"])
            self._send_json(200, {"mode": srv.mode})
            return
        if not path.endswith("/chat/completions"):
            self._send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            return
        req = srv._record(self.path, body)
        try:
            reply = srv._decide(req)
            latency = srv.latency if reply.latency is None else reply.latency
            if latency > 0 and srv._stopping.wait(latency):
                req.outcome = "stopped"
                return
            req.outcome = reply.mode or "ok"
            self._answer(req, reply)
        except (BrokenPipeError, ConnectionResetError):
            req.outcome = (req.outcome or "ok") + "+client-gone"
        finally:
            req.finished = time.monotonic()
            req.finished_wall = time.time()

    # -- the chat-completions answer ------------------------------------------------------------
    def _answer(self, req: RecordedRequest, reply: Reply) -> None:
        srv = self.server_ref
        mode = reply.mode
        if mode == "timeout" or (mode == "stall" and not req.stream):
            srv._stopping.wait(srv.hang_seconds)
            self.close_connection = True
            return
        if mode in ("429", "500"):
            status = int(mode)
            kind = "rate_limit_error" if status == 429 else "server_error"
            message = "Rate limit reached" if status == 429 else "Internal server error"
            self._send_json(status, {"error": {"message": message, "type": kind, "code": None}},
                            {"retry-after-ms": "10"} if status == 429 else None)
            return
        completion_id = f"chatcmpl-test-{req.index}"
        created = int(time.time())
        if mode == "bad_shape":  # valid JSON that is no chat completion
            if not req.stream:
                self._send_json(200, {"id": completion_id, "object": "chat.completion", "choices": None})
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._sse([1, 2])
            self._sse("[DONE]")
            self._chunk(b"")
            return
        if not req.stream:
            if mode == "malformed":
                data = b'{"id": "x", "choices": [{"index": 0, "message": {"role": "assist'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            message: dict[str, Any] = {"role": "assistant", "content": reply.content}
            finish = reply.finish_reason
            if reply.tool_call is not None:
                message = {"role": "assistant", "content": None, "tool_calls": [_tool_call(reply, req.index)]}
                finish = "tool_calls"
            obj = {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": srv.model,
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": {"prompt_tokens": len(req.prompt), "completion_tokens": len(reply.content),
                          "total_tokens": len(req.prompt) + len(reply.content)},
            }
            if mode == "cut":
                data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self._drop()
                return
            self._send_json(200, obj)
            return
        # SSE stream, chunked transfer encoding (so a cut is a detectable protocol error)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": srv.model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        self._sse(chunk({"role": "assistant", "content": ""}))
        if reply.tool_call is not None:
            call = _tool_call(reply, req.index)
            self._sse(chunk({"tool_calls": [{"index": 0, **call}]}))
            self._sse(chunk({}, "tool_calls"))
            self._sse("[DONE]")
            self._chunk(b"")
            return
        pieces = [reply.content[i: i + srv.chunk_size] for i in range(0, len(reply.content), srv.chunk_size)]
        for n, piece in enumerate(pieces):
            if mode in ("cut", "stall") and n >= max(1, len(pieces) // 2):
                if mode == "stall":  # half the answer, then silence on an open connection
                    srv._stopping.wait(srv.hang_seconds)
                self._drop()
                return
            if mode == "malformed" and n == len(pieces) // 2:
                self._chunk(b'data: {"choices": [{"index": 0, "delta": {"content": "\n\n')
                continue
            self._sse(chunk({"content": piece}))
            self._sse(chunk({"content": ""}))  # real servers send empty deltas too
        if mode in ("cut", "stall"):  # too short to cut in the middle: cut before the end
            self._drop()
            return
        self._sse(chunk({}, reply.finish_reason))
        if (req.body.get("stream_options") or {}).get("include_usage"):
            self._sse({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                       "model": srv.model, "choices": [],
                       "usage": {"prompt_tokens": len(req.prompt), "completion_tokens": len(reply.content),
                                 "total_tokens": len(req.prompt) + len(reply.content)}})
        self._sse("[DONE]")
        self._chunk(b"")

    def _drop(self) -> None:
        """Close the socket at once, mid-body."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _tool_call(reply: Reply, index: int) -> dict[str, Any]:
    call = reply.tool_call or {}
    args = call.get("arguments", {})
    return {
        "id": f"call_test_{index}",
        "type": "function",
        "function": {"name": call.get("name", ""),
                     "arguments": args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.openai_server",
                                     description="OpenAI-compatible test server (127.0.0.1).")
    parser.add_argument("--port", type=int, default=0, help="port (0 = any free port)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    parser.add_argument("--mode", choices=FAULT_MODES, default=None, help="fault mode for every call")
    parser.add_argument("--fault-times", type=int, default=None, help="apply --mode only to the first N calls")
    parser.add_argument("--model", default="test-model")
    args = parser.parse_args(argv)
    if args.mode == "refuse":
        port = args.port or closed_port()
        print(f"READY http://127.0.0.1:{port}/v1", flush=True)
        threading.Event().wait()
        return 0
    server = OpenAIServer(latency=args.latency, mode=args.mode, fault_times=args.fault_times, model=args.model,
                          port=args.port).start()
    print(f"READY {server.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
