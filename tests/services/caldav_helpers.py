"""CalDAV test helpers: a counting proxy in front of Radicale, a fresh reader of a calendar."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import caldav

from tests.conftest import PASSWORD, USER

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "te",
               "upgrade", "content-length"}


class CountingProxy:
    """Forwards every HTTP request to the real server and records its method and path."""

    def __init__(self, target: str, etag_on_put: bool = True) -> None:
        parts = urlsplit(target)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.requests: list[tuple[str, str]] = []
        self.answered, self.fail_after = 0, 10**9
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the test reads the count, not a log

            def __getattr__(self, name: str) -> Any:
                if name.startswith("do_"):
                    return self._forward
                raise AttributeError(name)

            def _forward(self) -> None:
                with proxy._lock:
                    proxy.requests.append((self.command, self.path))
                    broken = proxy.answered >= proxy.fail_after
                    proxy.answered += 1
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if broken:  # the server falls over: every request from now on fails
                    self.send_response(500, "Internal Server Error")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(proxy.host, proxy.port, timeout=30)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    payload = answer.read()
                    self.send_response(answer.status, answer.reason)
                    for key, value in answer.getheaders():
                        # Some servers (SabreDAV when it rewrites what it stores) send no
                        # ETag back for a PUT.
                        dropped = key.lower() == "etag" and self.command == "PUT" and \
                            not etag_on_put
                        if key.lower() not in _HOP_BY_HOP and not dropped:
                            self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(payload)
                finally:
                    upstream.close()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> CountingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()

    def fail_after_next(self, count: int) -> None:
        """Answer ``count`` more requests, then fail every one with 500."""
        with self._lock:
            self.answered, self.fail_after = 0, count

    def heal(self) -> None:
        self.fail_after_next(10**9)


@contextmanager
def counting_proxy(target: str, etag_on_put: bool = True) -> Iterator[CountingProxy]:
    proxy = CountingProxy(target, etag_on_put).start()
    try:
        yield proxy
    finally:
        proxy.stop()


@dataclass(frozen=True)
class RemoteEvent:
    uid: str
    sequence: int
    status: str
    start: date | datetime
    summary: str
    marked: bool  # carries delegate_app's mark


def _calendar(url: str, name: str) -> Any:
    client = caldav.DAVClient(url, username=USER, password=PASSWORD)
    [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == name]
    return calendar


def remote_events(url: str, name: str) -> dict[str, RemoteEvent]:
    """What a phone subscribing to the calendar would see, read with a fresh client."""
    found = {}
    for event in _calendar(url, name).events():
        c = event.icalendar_component
        found[str(c["UID"])] = RemoteEvent(
            str(c["UID"]), int(c.get("SEQUENCE", 0)), str(c.get("STATUS", "")),
            c.decoded("DTSTART"), str(c.get("SUMMARY", "")),
            any(key.startswith("X-DELEGATE-APP") for key in c))
    return found


def add_foreign_event(url: str, name: str, uid: str = "phone-added-1@example.org") -> str:
    """An event an officer adds by phone: no mark of ours."""
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261101T090000Z\r\nDTSTART:20261130T100000Z\r\n"
            "DTEND:20261130T110000Z\r\nSUMMARY:Coffee with the consul\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")
    _calendar(url, name).save_event(text)
    return uid
