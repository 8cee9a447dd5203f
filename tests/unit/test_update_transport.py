"""HTTPS transport against a real TLS server on 127.0.0.1 (TEST-MATRIX U3).

The server's certificate comes from a CA generated here; only the `ca_bundle` parameter trusts it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import UpdateCancelled, UpdateTransportError
from app.update.fetch import FetchLimits, check_https_url, fetch_pack
from tests.unit.test_update_helpers import (
    HttpsServer,
    TlsFiles,
    gzip_bomb,
    make_tls_files,
    run_connect_proxy,
    run_https_server,
    serve_bytes,
    serve_redirect,
    serve_sequence,
    serve_status,
    serve_stream,
    serve_trickle,
)

FAST = FetchLimits(connect_timeout=5, read_timeout=5, total_deadline=20, attempts=3, backoff=0.05)


@pytest.fixture(autouse=True)
def no_proxy_or_ca_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """requests honours proxy and CA variables (trust_env); the tests must not depend on the runner's."""
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "REQUESTS_CA_BUNDLE",
        "CURL_CA_BUNDLE",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls: TlsFiles) -> Iterator[HttpsServer]:
    yield from run_https_server(tls)


def ca(tls: TlsFiles) -> str:
    return str(tls.ca_pem)


def test_fetches_over_https_with_the_test_ca(server: HttpsServer, tls: TlsFiles) -> None:
    body = b"pack bytes " * 1000
    url = server.route("/pack", serve_bytes(body))
    assert fetch_pack(url, ca_bundle=ca(tls), limits=FAST) == body


def test_gzip_encoded_body_is_decoded(server: HttpsServer, tls: TlsFiles) -> None:
    import gzip

    body = b"0123456789" * 10_000
    url = server.route("/gz", serve_bytes(gzip.compress(body), **{"Content-Encoding": "gzip"}))
    assert fetch_pack(url, ca_bundle=ca(tls), limits=FAST) == body


def test_self_signed_certificate_is_not_trusted_without_the_ca(server: HttpsServer) -> None:
    url = server.route("/pack", serve_bytes(b"x"))
    with pytest.raises(UpdateTransportError, match="TLS certificate could not be verified"):
        fetch_pack(url, limits=FAST)
    assert server.hits("/pack") == 0  # nothing was requested over the unverified channel


def test_a_different_ca_is_not_trusted_either(server: HttpsServer, tmp_path: Path) -> None:
    other = make_tls_files(tmp_path)
    url = server.route("/pack", serve_bytes(b"x"))
    with pytest.raises(UpdateTransportError, match="TLS"):
        fetch_pack(url, ca_bundle=str(other.ca_pem), limits=FAST)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/pack",
        "ftp://127.0.0.1/x",
        "file:///etc/passwd",
        "https:///nohost",
        "https://user:pw@127.0.0.1/x",
        "127.0.0.1/pack",
        "https://[::1/pack",
        "https://127.0.0.1:notaport/pack",
    ],
)
def test_non_https_urls_are_refused_before_any_connection(url: str) -> None:
    with pytest.raises(UpdateTransportError):
        check_https_url(url)
    with pytest.raises(UpdateTransportError):
        fetch_pack(url, limits=FAST)


def test_redirect_to_http_is_refused(server: HttpsServer, tls: TlsFiles) -> None:
    plain_hits: list[int] = []
    server.route("/pack", serve_bytes(b"x"))
    url = server.route("/moved", serve_redirect(f"http://127.0.0.1:{server.port}/pack"))
    with pytest.raises(UpdateTransportError, match="non-HTTPS"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    assert server.hits("/pack") == 0 and not plain_hits


def test_redirect_to_https_is_followed(server: HttpsServer, tls: TlsFiles) -> None:
    server.route("/pack", serve_bytes(b"the pack"))
    url = server.route("/moved", serve_redirect("/pack", status=301))
    assert fetch_pack(url, ca_bundle=ca(tls), limits=FAST) == b"the pack"


def test_redirect_loop_is_bounded(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/loop", serve_redirect("/loop"))
    with pytest.raises(UpdateTransportError, match="redirects"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    assert server.hits("/loop") == 6


def test_50_mb_body_with_content_length_is_refused_early(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/big", serve_stream(50 * 1024 * 1024, content_length=True))
    started = time.monotonic()
    with pytest.raises(UpdateTransportError, match="more than the limit"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    assert time.monotonic() - started < 10


def test_50_mb_body_without_content_length_stops_at_the_cap(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/big", serve_stream(50 * 1024 * 1024, content_length=False))
    limits = FetchLimits(
        connect_timeout=5, read_timeout=5, total_deadline=30, attempts=1, max_bytes=20 * 1024 * 1024
    )
    with pytest.raises(UpdateTransportError, match="larger than the limit"):
        fetch_pack(url, ca_bundle=ca(tls), limits=limits)


def test_gzip_bomb_is_capped_on_decoded_bytes(server: HttpsServer, tls: TlsFiles) -> None:
    bomb = gzip_bomb(50 * 1024 * 1024)
    assert len(bomb) < 100 * 1024  # small on the wire: only a decoded-size cap catches it
    url = server.route("/bomb", serve_bytes(bomb, **{"Content-Encoding": "gzip"}))
    with pytest.raises(UpdateTransportError, match="larger than the limit"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)


def test_slow_body_ends_at_the_total_deadline(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/slow", serve_trickle(interval=1.0, max_bytes=60))
    limits = FetchLimits(connect_timeout=5, read_timeout=30, total_deadline=3, attempts=3, backoff=0.05)
    started = time.monotonic()
    with pytest.raises(UpdateTransportError, match="within 3 s"):
        fetch_pack(url, ca_bundle=ca(tls), limits=limits)
    elapsed = time.monotonic() - started
    assert 2.5 < elapsed < 10.0, elapsed  # the server alone would take 60 s
    assert server.hits("/slow") == 1  # a deadline is final: no retry


def test_slow_headers_end_at_the_total_deadline(server: HttpsServer, tls: TlsFiles) -> None:
    """Headers trickled byte by byte: each read is quick, so only the watchdog ends it on time."""
    url = server.route("/slowhead", serve_trickle(interval=0.5, max_bytes=60, headers_too=True))
    limits = FetchLimits(connect_timeout=5, read_timeout=30, total_deadline=3, attempts=1)
    started = time.monotonic()
    with pytest.raises(UpdateTransportError, match="within 3 s"):
        fetch_pack(url, ca_bundle=ca(tls), limits=limits)
    assert time.monotonic() - started < 10.0  # the server alone would take 30 s


def test_read_timeout_applies_per_read(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/stall", serve_trickle(interval=8.0, max_bytes=3))
    limits = FetchLimits(connect_timeout=5, read_timeout=1, total_deadline=20, attempts=1)
    started = time.monotonic()
    with pytest.raises(UpdateTransportError, match="broke off|could not reach"):
        fetch_pack(url, ca_bundle=ca(tls), limits=limits)
    assert time.monotonic() - started < 7  # the next byte comes only after 8 s


def test_500s_are_retried_a_bounded_number_of_times(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/err", serve_status(500))
    started = time.monotonic()
    with pytest.raises(UpdateTransportError, match="HTTP 500.*tried 3 times"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    assert server.hits("/err") == 3
    assert time.monotonic() - started >= 0.05 + 0.1  # backoff 0.05 s, then 0.1 s


def test_a_503_then_success_recovers(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/flaky", serve_sequence([serve_status(503), serve_status(502), serve_bytes(b"ok")]))
    assert fetch_pack(url, ca_bundle=ca(tls), limits=FAST) == b"ok"
    assert server.hits("/flaky") == 3


def test_404_is_not_retried(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.base_url + "/missing"
    with pytest.raises(UpdateTransportError, match="HTTP 404"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    assert server.hits("/missing") == 1


def test_connection_refused_is_retried_then_reported(tls: TlsFiles) -> None:
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UpdateTransportError, match="could not reach.*tried 3 times"):
        fetch_pack(f"https://127.0.0.1:{port}/pack", ca_bundle=ca(tls), limits=FAST)


def test_cancel_stops_a_slow_download(server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/slow", serve_trickle(interval=0.2, max_bytes=100))
    cancel = threading.Event()
    threading.Timer(0.8, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(UpdateCancelled):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST, is_cancelled=cancel.is_set)
    assert time.monotonic() - started < 6  # the server alone would take 20 s


def test_proxy_from_the_environment_is_used(
    server: HttpsServer, tls: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.route("/pack", serve_bytes(b"via proxy"))
    for proxy in run_connect_proxy():
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "")
        assert fetch_pack(url, ca_bundle=ca(tls), limits=FAST) == b"via proxy"
        assert proxy.tunnels == [f"127.0.0.1:{server.port}"]
        # TLS is end to end through the tunnel: the proxy cannot swap the certificate unnoticed.
        with pytest.raises(UpdateTransportError, match="TLS"):
            fetch_pack(url, limits=FAST)


def test_malformed_redirect_and_missing_ca_bundle_are_typed_errors(
    server: HttpsServer, tls: TlsFiles
) -> None:
    url = server.route("/weird", serve_redirect("https://[::1/x"))
    with pytest.raises(UpdateTransportError, match="malformed"):
        fetch_pack(url, ca_bundle=ca(tls), limits=FAST)
    with pytest.raises(UpdateTransportError, match="does not exist"):
        fetch_pack(url, ca_bundle="/nonexistent/ca.pem", limits=FAST)
