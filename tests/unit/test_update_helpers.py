"""Shared helpers for the update tests (no tests here): signing keys, packs, a real HTTPS server.

The HTTPS server runs on 127.0.0.1 with a certificate from a CA generated for the test; only the
test's CA-bundle parameter trusts it. Every handler loop is bounded and stops by itself.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from app.paths import resources_path
from app.update import keys as trust
from app.update.pack import HANDLERS_PATH, assemble, build_manifest_bytes, build_pack, sign_manifest
from app.uscc import check_character

BUILT_IN_LIBRARY = resources_path("rules", "library.json")


# --- keys and packs ----------------------------------------------------------------------------
def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def trust_key(key: Ed25519PrivateKey, name: str = "Test group") -> trust.TrustedKey:
    text = trust.public_key_of(key)
    return trust.add_group_key(text, name, confirmed_fingerprint=trust.describe_key(text))


def built_in_version() -> str:
    return str(json.loads(BUILT_IN_LIBRARY.read_bytes())["library_version"])


def library_bytes(version: str) -> bytes:
    """The shipped library with only `library_version` changed: a real, loadable library."""
    doc = json.loads(BUILT_IN_LIBRARY.read_bytes())
    doc["library_version"] = version
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def valid_uscc(body17: str) -> str:
    return body17 + check_character(body17)


def handler_directory_bytes(count: int = 2) -> bytes:
    entries = []
    for i in range(count):
        entries.append(
            {
                "legal_name": f"测试物业服务有限公司{i}",
                "uscc": valid_uscc(f"9133010{i:02d}MA2H0000"[:17].ljust(17, "0")),
                "address": "浙江省杭州市西湖区测试路1号",
                "pi_contact": {"email": f"pi{i}@example.cn", "phone": "+86 571 8888 0000"},
                "source": "test fixture",
                "source_date": "2026-10-01",
            }
        )
    return json.dumps({"format": 1, "entries": entries}, ensure_ascii=False).encode("utf-8")


def pack_files(version: str, *, handlers: bool = True) -> dict[str, bytes]:
    files = {"rules/library.json": library_bytes(version)}
    if handlers:
        files[HANDLERS_PATH] = handler_directory_bytes()
    return files


def make_pack(
    key: Ed25519PrivateKey,
    version: str,
    *,
    expires: datetime | None = None,
    issued: datetime | None = None,
    min_app_version: str = "0.1.0",
    files: dict[str, bytes] | None = None,
) -> bytes:
    now = datetime.now(UTC).replace(microsecond=0)
    return build_pack(
        key,
        version=version,
        files=files if files is not None else pack_files(version),
        expires=expires or now + timedelta(days=30),
        issued=issued or now - timedelta(hours=1),
        min_app_version=min_app_version,
        publisher="Test group",
    )


def sign_raw_manifest(key: Ed25519PrivateKey, manifest: bytes, payload: bytes = b"") -> bytes:
    """A pack around arbitrary (possibly hostile) manifest bytes, validly signed."""
    return assemble(manifest, sign_manifest(key, manifest), payload)


def manifest_for(payload_files: dict[str, bytes], **overrides: Any) -> dict[str, Any]:
    now = datetime.now(UTC).replace(microsecond=0)
    doc: dict[str, Any] = json.loads(
        build_manifest_bytes(
            version="2026.12.1",
            issued=now - timedelta(hours=1),
            expires=now + timedelta(days=30),
            min_app_version="0.1.0",
            publisher="t",
            files=payload_files,
        )
    )
    doc.update(overrides)
    return doc


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: 'byte-identical state' is equality of two of these."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --- TLS material ------------------------------------------------------------------------------
@dataclass
class TlsFiles:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


def make_tls_files(folder: Path) -> TlsFiles:
    """A CA made for this test, and a server certificate for 127.0.0.1/localhost signed by it."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FaceLedger test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(IPv4Address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    files.ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert_pem.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    files.key_pem.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return files


# --- the HTTPS server --------------------------------------------------------------------------
Route = Callable[["_Handler"], None]


@dataclass
class ServerState:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "FaceLedgerTest/1"
    protocol_version = "HTTP/1.0"  # one request per connection; the body ends when we close
    state: ServerState

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?")[0]
        with self.state.lock:
            self.state.hits[path] = self.state.hits.get(path, 0) + 1
        route = self.state.routes.get(path)
        try:
            if route is None:
                self.send_error(404)
            else:
                route(self)
        except (TimeoutError, BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            pass  # the client gave up (that is what many tests want)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of the base
        pass

    # helpers for routes
    def send_body(self, body: bytes, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        all_headers = {"Content-Type": "application/octet-stream", "Content-Length": str(len(body))}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # TLS handshakes the client refuses end up here; that is expected in these tests


@dataclass
class HttpsServer:
    base_url: str
    port: int
    state: ServerState

    def route(self, path: str, handler: Route) -> str:
        self.state.routes[path] = handler
        return self.base_url + path

    def hits(self, path: str) -> int:
        with self.state.lock:
            return self.state.hits.get(path, 0)


def run_https_server(tls: TlsFiles) -> Iterator[HttpsServer]:
    state = ServerState()
    handler = type("Handler", (_Handler,), {"state": state})
    server = _Server(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls.cert_pem, tls.key_pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield HttpsServer(base_url=f"https://127.0.0.1:{port}", port=port, state=state)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- route factories ---------------------------------------------------------------------------
def serve_bytes(body: bytes, **headers: str) -> Route:
    return lambda h: h.send_body(body, headers=headers)


def serve_status(status: int) -> Route:
    return lambda h: h.send_body(b"server error", status=status)


def serve_redirect(location: str, status: int = 302) -> Route:
    return lambda h: h.send_body(b"", status=status, headers={"Location": location})


def serve_stream(total: int, *, content_length: bool, chunk: int = 64 * 1024) -> Route:
    """`total` bytes of zeros; stops by itself at `total` or when the client hangs up."""

    def route(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/octet-stream")
        if content_length:
            h.send_header("Content-Length", str(total))
        h.end_headers()
        block = b"\0" * chunk
        sent = 0
        while sent < total:
            h.wfile.write(block)
            sent += chunk

    return route


@functools.lru_cache(maxsize=2)
def gzip_bomb(decoded_size: int) -> bytes:
    """`decoded_size` zeros, gzip-compressed (about 1000:1), built once per test session."""
    return gzip.compress(b"\0" * decoded_size, compresslevel=6)


def serve_trickle(*, interval: float, max_bytes: int, headers_too: bool = False) -> Route:
    """One byte every `interval` seconds, at most `max_bytes` of them (a bounded slowloris)."""

    def route(h: _Handler) -> None:
        if headers_too:
            head = b"HTTP/1.0 200 OK\r\nContent-Length: 100\r\nX-Slow: " + b"a" * max_bytes
            for i in range(len(head)):
                h.wfile.write(head[i : i + 1])
                h.wfile.flush()
                time.sleep(interval if i > 20 else 0)
            return
        h.send_response(200)
        h.send_header("Content-Length", str(max_bytes))
        h.end_headers()
        h.wfile.flush()
        for _ in range(max_bytes):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(interval)

    return route


def serve_sequence(routes: list[Route]) -> Route:
    """The n-th request gets routes[n] (the last one repeats)."""
    counter = {"n": 0}
    lock = threading.Lock()

    def route(h: _Handler) -> None:
        with lock:
            n = counter["n"]
            counter["n"] += 1
        routes[min(n, len(routes) - 1)](h)

    return route


# --- a CONNECT proxy (to prove proxies from the environment are honoured) -----------------------
@dataclass
class ConnectProxy:
    url: str
    tunnels: list[str]


def run_connect_proxy() -> Iterator[ConnectProxy]:
    """A minimal HTTP CONNECT proxy on 127.0.0.1 that only tunnels to 127.0.0.1 ports."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    tunnels: list[str] = []
    stop = threading.Event()

    def pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while not stop.is_set():
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def serve_client(client: socket.socket) -> None:
        client.settimeout(10)
        request = b""
        while b"\r\n\r\n" not in request and len(request) < 8192:
            chunk = client.recv(1024)
            if not chunk:
                client.close()
                return
            request += chunk
        line = request.split(b"\r\n", 1)[0].decode("ascii", "replace")
        method, target, _ = (line.split(" ") + ["", "", ""])[:3]
        host, _, port = target.rpartition(":")
        if method != "CONNECT" or host not in ("127.0.0.1", "localhost"):
            client.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
            client.close()
            return
        upstream = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        tunnels.append(target)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        client.settimeout(None)
        upstream.settimeout(None)
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            threading.Thread(target=serve_client, args=(client,), daemon=True).start()

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    try:
        yield ConnectProxy(url=f"http://127.0.0.1:{listener.getsockname()[1]}", tunnels=tunnels)
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
