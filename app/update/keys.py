"""Trusted Ed25519 keys for update packs, and the maintainer's signing-key files.

Two sources of trust:
- shipped keys: `resources/keys/*.pub`, part of the app (the FaceLedger project's key);
- group keys: added by the user on purpose (an advocacy group that publishes its own packs), kept in
  `config_dir()/update-keys.json`. Adding one requires the fingerprint the user was shown (and
  compared with what the group published) to be passed back, so no key is ever trusted silently.

Public key text form: ``ed25519:<base64 of the 32 raw bytes>``. A fingerprint is the SHA-256 of the
32 raw bytes, shown as 16 groups of 4 hex digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import InvalidInput, UpdateError
from app.inputs import require_regular_file
from app.paths import config_dir, resources_path
from app.update.atomic import atomic_write_bytes
from app.update.strictjson import JsonLimitError, loads_limited

KEY_PREFIX = "ed25519:"
USER_KEYS_FILE = "update-keys.json"
MAX_USER_KEYS = 50
_MAX_NAME = 100


@dataclass(frozen=True)
class TrustedKey:
    public_key: str  # "ed25519:<base64>"
    name: str
    origin: Literal["shipped", "group"]
    added: str = ""  # ISO 8601 UTC, group keys only

    @property
    def raw(self) -> bytes:
        return raw_public_key(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    def verifies(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except InvalidSignature:
            return False
        return True


def raw_public_key(text: str) -> bytes:
    """The 32 raw bytes of ``ed25519:<base64>``; InvalidInput if it is anything else."""
    text = text.strip()
    if not text.startswith(KEY_PREFIX):
        raise InvalidInput(f"a public key must start with {KEY_PREFIX!r}", field="key")
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("the public key is not valid base64", field="key") from None
    if len(raw) != 32:
        raise InvalidInput(f"an Ed25519 public key has 32 bytes, this one has {len(raw)}", field="key")
    return raw


def public_key_text(raw: bytes) -> str:
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def fingerprint_of(raw: bytes) -> str:
    digest = hashlib.sha256(raw).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str:
    """Fingerprints compare without spaces, colons or case, so users can paste any common form."""
    return re.sub(r"[\s:]", "", text).lower()


# --- shipped keys ----------------------------------------------------------------------------
def read_key_file(path: Path) -> str:
    """One ``ed25519:`` line in a `.pub` file; lines starting with # are comments."""
    try:
        require_regular_file(path, "key", field="key")
        if path.stat().st_size > 16 * 1024:
            raise InvalidInput(f"{path} is too large to be a key file", field="key")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not a UTF-8 text key file", field="key") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read key file {path}: {exc.strerror}", field="key") from None
    lines = [
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    if len(lines) != 1:
        raise InvalidInput(f"{path.name}: expected exactly one key line, found {len(lines)}", field="key")
    raw_public_key(lines[0])
    return lines[0]


def shipped_keys() -> list[TrustedKey]:
    folder = resources_path("keys")
    keys = []
    for path in sorted(folder.glob("*.pub")):
        keys.append(TrustedKey(public_key=read_key_file(path), name=path.stem, origin="shipped"))
    return keys


# --- group keys (user-added) -----------------------------------------------------------------
def _user_keys_path() -> Path:
    return config_dir() / USER_KEYS_FILE


def group_keys() -> list[TrustedKey]:
    """Keys the user added. A damaged file is an error, not silently "no keys"."""
    path = _user_keys_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        doc = loads_limited(data, max_bytes=256 * 1024, max_depth=4)
    except JsonLimitError as exc:
        raise UpdateError(f"{path.name} is damaged ({exc}); remove it and add the group keys again") from None
    if not isinstance(doc, dict) or doc.get("format") != 1 or not isinstance(doc.get("keys"), list):
        raise UpdateError(f"{path.name} is damaged (unknown layout); remove it and add the group keys again")
    keys = []
    for item in doc["keys"]:
        if not (
            isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("key", "name", "added"))
        ):
            raise UpdateError(f"{path.name} is damaged (bad entry); remove it and add the group keys again")
        try:
            raw_public_key(item["key"])
        except InvalidInput as exc:
            raise UpdateError(f"{path.name} is damaged ({exc})") from None
        keys.append(
            TrustedKey(public_key=item["key"], name=item["name"], origin="group", added=item["added"])
        )
    return keys


def _save_group_keys(keys: list[TrustedKey]) -> None:
    doc = {"format": 1, "keys": [{"key": k.public_key, "name": k.name, "added": k.added} for k in keys]}
    atomic_write_bytes(_user_keys_path(), json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


def trusted_keys() -> list[TrustedKey]:
    return shipped_keys() + group_keys()


def describe_key(text: str) -> str:
    """The fingerprint to show the user before they decide to trust `text`."""
    return fingerprint_of(raw_public_key(text))


def add_group_key(text: str, name: str, *, confirmed_fingerprint: str) -> TrustedKey:
    """Trust a group's key. `confirmed_fingerprint` is what the user checked; it must match."""
    raw = raw_public_key(text)
    name = name.strip()
    if not name or len(name) > _MAX_NAME or any(ord(c) < 32 for c in name):
        raise InvalidInput(f"give the key a name of 1–{_MAX_NAME} printable characters", field="name")
    fingerprint = fingerprint_of(raw)
    if normalise_fingerprint(confirmed_fingerprint) != normalise_fingerprint(fingerprint):
        raise InvalidInput(
            f"the confirmed fingerprint does not match this key ({fingerprint}); nothing was added",
            field="fingerprint",
        )
    existing = group_keys()
    if any(k.raw == raw for k in shipped_keys() + existing):
        raise InvalidInput(f"this key is already trusted ({fingerprint})", field="key")
    if len(existing) >= MAX_USER_KEYS:
        raise InvalidInput(f"at most {MAX_USER_KEYS} group keys can be trusted", field="key")
    added = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    key = TrustedKey(public_key=public_key_text(raw), name=name, origin="group", added=added)
    _save_group_keys([*existing, key])
    return key


def remove_group_key(fingerprint: str) -> TrustedKey:
    wanted = normalise_fingerprint(fingerprint)
    existing = group_keys()
    for key in existing:
        if normalise_fingerprint(key.fingerprint) == wanted:
            _save_group_keys([k for k in existing if k is not key])
            return key
    if any(normalise_fingerprint(k.fingerprint) == wanted for k in shipped_keys()):
        raise InvalidInput("a key shipped with the app cannot be removed", field="fingerprint")
    raise InvalidInput("no group key with that fingerprint", field="fingerprint")


# --- maintainer signing keys -----------------------------------------------------------------
def generate_signing_key(out: Path, passphrase: bytes | None = None) -> TrustedKey:
    """Write a new private key (PKCS#8 PEM, mode 0600, never over an existing file)."""
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise InvalidInput(f"{out} exists; refusing to overwrite a key file", field="out") from None
    except OSError as exc:
        raise InvalidInput(f"cannot create {out}: {exc.strerror}", field="out") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return TrustedKey(public_key=public_key_text(raw), name=out.stem, origin="group")


def private_key_is_encrypted(path: Path) -> bool:
    try:
        return b"ENCRYPTED" in path.read_bytes()[:100]
    except OSError as exc:
        raise InvalidInput(f"cannot read key file {path}: {exc.strerror}", field="key") from None


def load_signing_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read key file {path}: {exc.strerror}", field="key") from None
    if len(data) > 16 * 1024:
        raise InvalidInput(f"{path} is too large to be a key file", field="key")
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except TypeError:
        raise InvalidInput(f"{path} is encrypted: a passphrase is needed", field="key") from None
    except ValueError:
        raise InvalidInput(
            f"{path} is not a readable PEM private key (or the passphrase is wrong)", field="key"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"{path} is not an Ed25519 private key", field="key")
    return key


def public_key_of(key: Ed25519PrivateKey) -> str:
    return public_key_text(
        key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
