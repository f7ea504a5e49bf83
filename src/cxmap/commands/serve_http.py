"""The live preview's HTTP side: the standard library's ``ThreadingHTTPServer``.

Every answer comes from the last state the builder published
(:class:`cxmap.commands.serve.Preview`): a request never waits for Graphviz.

* ``GET /`` - the page (one self-contained HTML document, its script allowed
  by a nonce: nothing else on the page can run);
* ``GET /state.json`` - every map's state;
* ``GET /drawing?path=P`` - the last good drawing (SVG) of the map the state
  calls ``P``; ``GET /report?path=P`` - its last good report (``--view report``);
* ``GET /events`` - Server-Sent Events: an ``update`` event (the state) on
  connecting and after every change.

Safety: a request names a map only by the name the state gives it, so no
request can reach another file (``..``, an absolute path or a symbolic link
leading out of the folder are refused); nothing writes or runs anything; the
``Host`` header must name the address served (a web page elsewhere cannot
reach the preview by pointing a name of its own at 127.0.0.1); every answer
says ``nosniff`` and has a content security policy.
"""

from __future__ import annotations

import json
import secrets
import select
import socket
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from cxmap.commands.serve import Preview

#: how often an idle event stream sends a comment (a closed tab is noticed then)
KEEPALIVE_SECONDS = 10.0
#: event streams served at once (each holds a thread)
MAX_STREAMS = 32
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}

_PAGE_POLICY = ("default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
                "img-src 'self' data:; connect-src 'self'; frame-src 'self'; "
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_DRAWING_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                   "frame-ancestors 'self'")


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    preview: Preview
    streams: int = 0
    lock: threading.Lock

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks the resolver for the host's full name,
        # which can take seconds; the name is not needed
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


def make_server(preview: Preview, host: str, port: int) -> PreviewServer:
    """A server bound to ``host``:``port`` (``0``: any free port); raises ``OSError``."""
    cls: type[PreviewServer] = type("Server", (PreviewServer,), {
        "address_family": socket.AF_INET6 if ":" in host else socket.AF_INET})
    server = cls((host.strip("[]"), port), PreviewHandler)
    server.preview = preview
    server.lock = threading.Lock()
    return server


def bad_path(path: str) -> bool:
    """A request path that tries to leave the folder: absolute, ``..``, a NUL or a backslash."""
    parts = path.replace("\\", "/").split("/")
    return (path.startswith(("/", "\\")) or ".." in parts or "\0" in path
            or (len(path) > 1 and path[1] == ":"))


class PreviewHandler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "cxmap-serve"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged (the terminal shows only the address)."""

    # ------------------------------------------------------------------ routing
    def do_GET(self) -> None:
        if not self._host_allowed():
            self._plain(421, "http_unknown_host")
            return
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        route = url.path
        if route in ("/", "/index.html"):
            self._page()
        elif route == "/state.json":
            current = self.server.preview.state()
            current["streams"] = self.server.streams   # open pages (event streams)
            self._send(200, "application/json; charset=utf-8",
                       json.dumps(current, ensure_ascii=False).encode("utf-8"))
        elif route in ("/drawing", "/report"):
            self._map_file(route, query.get("path", [""])[0])
        elif route == "/events":
            self._events()
        elif route == "/favicon.ico":   # browsers ask; there is none
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._plain(404, "http_not_found")

    def _host_allowed(self) -> bool:
        bound = str(self.server.server_address[0])
        host = self.headers.get("Host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if bound in ("0.0.0.0", "::"):
            return True   # the user chose to serve every address (and was warned)
        return name in _LOOPBACK | {bound, f"[{bound}]"}

    # ------------------------------------------------------------------ answers
    def _send(self, code: int, kind: str, body: bytes, policy: str = _DRAWING_POLICY) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", policy)
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def _plain(self, code: int, key: str) -> None:
        """An error answer, in the preview's language (``key`` of the ``serve`` catalogue)."""
        from cxmap.i18n import t

        text = t(f"serve.{key}", self.server.preview.lang)
        self._send(code, "text/plain; charset=utf-8", (text + "\n").encode("utf-8"))

    def _page(self) -> None:
        from cxmap.outputs.preview import page_html

        preview = self.server.preview
        nonce = secrets.token_urlsafe(16)
        body = page_html(preview.lang, preview.given, preview.view.value, nonce)
        self._send(200, "text/html; charset=utf-8", body.encode("utf-8"),
                   _PAGE_POLICY.format(nonce=nonce))

    def _map_file(self, route: str, path: str) -> None:
        state = self.server.preview.get(path)
        if state is None:
            if bad_path(path):
                self._plain(403, "http_refused")
            else:
                self._plain(404, "http_no_map")
            return
        if route == "/drawing":
            if state.drawing is None:
                self._plain(404, "http_no_drawing")
                return
            self._send(200, "image/svg+xml", state.drawing)
        else:
            if state.report is None:
                self._plain(404, "http_no_report")
                return
            self._send(200, "text/html; charset=utf-8", state.report.encode("utf-8"))

    def _events(self) -> None:
        server = self.server
        with server.lock:
            if server.streams >= MAX_STREAMS:
                self._plain(503, "http_too_many")
                return
            server.streams += 1
        try:
            self._stream()
        finally:
            with server.lock:
                server.streams -= 1

    def _stream(self) -> None:
        preview = self.server.preview
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        seen = -1
        quiet_since = time.monotonic()
        try:
            self.wfile.write(b"retry: 1000\n\n")
            while not preview.stopping:
                version = preview.state()["version"] if seen < 0 else preview.wait(seen, 1.0)
                if preview.stopping or self._gone():
                    break
                if version != seen:
                    state = preview.state()
                    seen = state["version"]
                    data = json.dumps(state, ensure_ascii=False)
                    self.wfile.write(f"event: update\nid: {seen}\ndata: {data}\n\n"
                                     .encode())
                elif time.monotonic() - quiet_since >= KEEPALIVE_SECONDS:
                    self.wfile.write(b": still here\n\n")
                else:
                    continue
                quiet_since = time.monotonic()
                self.wfile.flush()
        except OSError:   # the page went away while we wrote
            pass
        self.close_connection = True

    def _gone(self) -> bool:
        """Whether the page closed its stream (a closed or hidden tab): the
        connection has nothing more to read, it has ended."""
        sock = self.connection
        try:
            readable, _, _ = select.select([sock], [], [], 0)
            return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True


__all__ = ["KEEPALIVE_SECONDS", "MAX_STREAMS", "PreviewHandler", "PreviewServer",
           "bad_path", "make_server"]
