"""A real ``chroma run`` server for the retrieval tests (session-scoped, started once).

Started from the venv's ``chroma`` binary on 127.0.0.1 and a free port, with its log redirected
to a file; ready when ``GET /api/v2/heartbeat`` answers; stopped with SIGTERM at the end.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMA_BIN = Path(sys.executable).parent / "chroma"


@dataclass(frozen=True)
class ChromaServer:
    host: str
    port: int
    log: Path

    def wipe(self) -> None:
        """Delete every collection, so each test starts from an empty server."""
        import chromadb
        from chromadb.config import Settings

        client = chromadb.HttpClient(host=self.host, port=self.port, settings=Settings(anonymized_telemetry=False))
        for col in client.list_collections():
            client.delete_collection(col if isinstance(col, str) else col.name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    if not CHROMA_BIN.exists():
        pytest.fail(f"chroma binary not found at {CHROMA_BIN}; install the project (make install)")
    import httpx

    base = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = base / "chroma.log"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [str(CHROMA_BIN), "run", "--path", str(base / "data"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma run did not start; log:\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        yield ChromaServer("127.0.0.1", port, log)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def mode_settings(request: pytest.FixtureRequest, data_dir: Path) -> object:
    """Settings for an index test in ``request.param`` mode: ``embedded`` or ``server`` (wiped first)."""
    from dataclasses import replace

    from chains.settings import Settings

    settings = replace(Settings.from_env(), data_dir=data_dir)
    if request.param == "server":
        server: ChromaServer = request.getfixturevalue("chroma_server")
        server.wipe()
        settings = replace(settings, chroma_host=server.host, chroma_port=server.port)
    return settings
