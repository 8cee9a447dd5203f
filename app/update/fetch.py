"""Download an update pack over HTTPS with `requests` — the only network code in FaceLedger.

Guarantees (TEST-MATRIX U3):
- HTTPS only: an http:// URL is refused, and redirects are followed by hand so that a redirect to
  anything but https:// is refused before it is requested.
- TLS verification is always on. `ca_bundle` adds nothing and bypasses nothing: it replaces the
  system trust store with a given PEM file (for tests and enterprise TLS-inspecting proxies).
- Connect and per-read timeouts, and a TOTAL deadline over all attempts, redirects, headers and body:
  the body is read in small chunks with a monotonic-clock check between them, and a watchdog timer
  shuts the socket down at the deadline so that even a server trickling its headers one byte at a
  time cannot hold us past it.
- The body is capped on DECODED bytes (a gzip bomb stops at the cap; memory stays bounded because
  urllib3's read1(amt) never decompresses more than `amt` bytes at a time).
- Proxies from the environment are honoured (requests' trust_env, the default).
- Retries with exponential backoff only for connection errors and 5xx answers, at most `attempts`
  times, never past the deadline.
- `is_cancelled()` is polled between chunks and during backoff; cancelling raises UpdateCancelled.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.exceptions import DecodeError
from urllib3.exceptions import HTTPError as Urllib3Error

from app import __version__
from app.errors import UpdateCancelled, UpdateTransportError
from app.update.pack import MAX_PACK_BYTES

CHUNK_BYTES = 16 * 1024
MAX_REDIRECTS = 5
USER_AGENT = f"FaceLedger/{__version__} (update check)"


def never_cancelled() -> bool:
    return False


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 15.0
    read_timeout: float = 30.0  # per socket read (TEST-MATRIX U3: ≤ 30 s per read)
    total_deadline: float = 120.0  # everything, all attempts (U3: ≤ 120 s total)
    max_bytes: int = MAX_PACK_BYTES  # decoded body
    attempts: int = 3
    backoff: float = 1.0  # first pause; doubles each retry


def check_https_url(url: str) -> str:
    """The URL if it is an absolute https:// URL with a host, else UpdateTransportError."""
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:
        raise UpdateTransportError(f"the update URL is malformed: {exc}") from None
    if parts.scheme.lower() != "https":
        raise UpdateTransportError(
            f"only https:// update URLs are allowed, not {parts.scheme or 'no'} scheme"
        )
    if not hostname:
        raise UpdateTransportError("the update URL has no host name")
    if parts.username or parts.password:
        raise UpdateTransportError("the update URL must not contain a user name or password")
    return url.strip()


class _Watchdog:
    """At the deadline, shut down every socket opened for this fetch, waking any blocked read."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        try:
            # The plain-socket method on purpose: SSLSocket.shutdown would also drop its TLS object
            # under the feet of the reading thread.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass

    def stop(self) -> None:
        self._timer.cancel()


class _WatchedAdapter(HTTPAdapter):
    """An HTTPAdapter whose HTTPS connections register their socket with the watchdog once open."""

    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__(max_retries=0)
        outer = watchdog

        class WatchedHTTPSConnection(HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                if self.sock is not None:
                    outer.register(self.sock)

        self._connection_cls = WatchedHTTPSConnection

    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        pool = super().get_connection_with_tls_context(*args, **kwargs)
        pool.ConnectionCls = self._connection_cls  # per-pool override; pools belong to this session
        return pool


class _Attempt:
    """State shared by one fetch: deadline, limits, cancel callback."""

    def __init__(self, limits: FetchLimits, is_cancelled: Callable[[], bool], watchdog: _Watchdog) -> None:
        self.limits = limits
        self.is_cancelled = is_cancelled
        self.watchdog = watchdog
        self.deadline = time.monotonic() + limits.total_deadline

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check(self) -> None:
        if self.is_cancelled():
            raise UpdateCancelled("the update check was cancelled; nothing was changed")
        if self.remaining() <= 0 or self.watchdog.fired:
            raise UpdateTransportError(
                f"the server did not deliver the pack within {self.limits.total_deadline:g} s; gave up"
            )

    def timeout(self) -> tuple[float, float]:
        left = max(self.remaining(), 0.01)
        return (min(self.limits.connect_timeout, left), min(self.limits.read_timeout, left))

    def pause(self, seconds: float) -> None:
        """Backoff sleep that still notices cancel and the deadline."""
        end = time.monotonic() + min(seconds, max(self.remaining(), 0.0))
        while time.monotonic() < end:
            self.check()
            time.sleep(min(0.05, max(end - time.monotonic(), 0.0)))
        self.check()


class _Retryable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def make_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.trust_env = True  # honour HTTPS_PROXY / NO_PROXY (and REQUESTS_CA_BUNDLE) like every other tool
    return session


def fetch_pack(
    url: str,
    *,
    ca_bundle: str | None = None,
    limits: FetchLimits | None = None,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> bytes:
    """The decoded body at `url` (≤ limits.max_bytes), or UpdateTransportError / UpdateCancelled."""
    limits = limits or FetchLimits()
    url = check_https_url(url)
    if ca_bundle and not Path(ca_bundle).is_file():
        raise UpdateTransportError(f"the CA bundle {ca_bundle} does not exist; nothing was fetched")
    watchdog = _Watchdog(limits.total_deadline)
    attempt = _Attempt(limits, is_cancelled, watchdog)
    session = make_session()
    adapter = _WatchedAdapter(watchdog)
    session.mount("https://", adapter)
    # The verify value: True (system store) or the given CA file; never False.
    verify: bool | str = ca_bundle if ca_bundle else True
    watchdog.start()
    try:
        last_problem = ""
        for number in range(1, max(limits.attempts, 1) + 1):
            attempt.check()
            try:
                return _fetch_once(session, url, verify, attempt)
            except _Retryable as exc:
                last_problem = exc.message
                if number < limits.attempts:
                    attempt.pause(limits.backoff * 2 ** (number - 1))
        raise UpdateTransportError(f"{last_problem} (tried {limits.attempts} times)")
    finally:
        watchdog.stop()
        session.close()


def _fetch_once(session: requests.Session, url: str, verify: bool | str, attempt: _Attempt) -> bytes:
    for _hop in range(MAX_REDIRECTS + 1):
        attempt.check()
        try:
            response = session.get(
                url, stream=True, allow_redirects=False, timeout=attempt.timeout(), verify=verify
            )
        except requests.exceptions.SSLError as exc:
            raise UpdateTransportError(
                "the server's TLS certificate could not be verified, so nothing was downloaded "
                f"({_short(exc)})"
            ) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            attempt.check()  # a socket shut by the watchdog reports the deadline, not a retry
            raise _Retryable(f"could not reach the update server: {_short(exc)}") from None
        except requests.exceptions.RequestException as exc:
            raise UpdateTransportError(f"the update request failed: {_short(exc)}") from None
        except ValueError as exc:  # requests pre-parses a Location header even when not following it
            raise UpdateTransportError(f"the server sent a malformed address: {_short(exc)}") from None
        with response:
            if response.is_redirect:
                location = response.headers.get("Location", "")
                try:
                    target = urljoin(url, location)
                    scheme = urlsplit(target).scheme.lower()
                except ValueError:
                    raise UpdateTransportError(
                        "the server redirected to a malformed address; refused"
                    ) from None
                if scheme != "https":
                    raise UpdateTransportError(
                        f"the server redirected to a non-HTTPS address ({target[:100]}); refused"
                    )
                url = check_https_url(target)
                continue
            if response.status_code >= 500:
                raise _Retryable(f"the update server answered HTTP {response.status_code}")
            if response.status_code != 200:
                raise UpdateTransportError(f"the update server answered HTTP {response.status_code}")
            return _read_body(response, attempt)
    raise UpdateTransportError(f"more than {MAX_REDIRECTS} redirects; refused")


def _read_body(response: requests.Response, attempt: _Attempt) -> bytes:
    cap = attempt.limits.max_bytes
    declared = response.headers.get("Content-Length")
    encoded = response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
    if declared and declared.isdigit() and not encoded and int(declared) > cap:
        raise UpdateTransportError(f"the pack is {int(declared)} bytes, more than the limit of {cap}")
    raw = response.raw
    body = bytearray()
    try:
        while True:
            attempt.check()
            chunk = raw.read1(CHUNK_BYTES, decode_content=True)
            if not chunk:
                break
            body += chunk
            if len(body) > cap:
                raise UpdateTransportError(
                    f"the pack is larger than the limit of {cap} bytes; download stopped"
                )
    except DecodeError as exc:
        raise UpdateTransportError(
            f"the server sent a body that does not decompress: {_short(exc)}"
        ) from None
    except (Urllib3Error, requests.exceptions.RequestException, OSError) as exc:
        attempt.check()  # a socket shut by the watchdog reports the deadline, not a retry
        raise _Retryable(f"the download broke off: {_short(exc)}") from None
    attempt.check()
    return bytes(body)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
