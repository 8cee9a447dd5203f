"""Group keys and trusted recipients for case bundles sealed in the age format (age-encryption.org/v1).

A *group key* is an age X25519 identity (``AGE-SECRET-KEY-1…``) kept inside this vault — the vault
is the only place its secret half is stored; it leaves only when its owner exports it sealed under a
passphrase (`export_identity_sealed`, an age scrypt file the `age` tool reads with ``-i``). Its public
half (``age1…``, 62 characters) is what a group publishes: as a text line, a small text file, or a QR
code PNG. Anyone who has it can seal a case to the group; only a vault holding the identity opens it.

A *trusted recipient* is someone else's public key this vault's owner has added (by paste, file or QR
image) after comparing its fingerprint with the group over the phone.

The *fingerprint* is 24 decimal digits in six groups of four, derived by SHA-256 from the public key.
Digits are read aloud the same way in Mandarin, Cantonese and English and need no alphabet; 24 digits
are about 80 bits, so making a different key with the same fingerprint takes ~2**80 key generations.

These keys have nothing to do with the Ed25519 keys that sign rule-update packs (app/update/keys.py):
those prove who published rules; these decide who can read a case. docs/GROUPS.md says more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.errors import KeyRefused, NotFound
from app.vault import Vault

PUBLIC_HRP = "age"
PUBLIC_KEY_LENGTH = 62  # "age1" + 52 data characters + 6 checksum characters
SECRET_PREFIX = "AGE-SECRET-KEY-"
MAX_NAME = 100
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_QR_IMAGE_BYTES = 20 * 1024 * 1024
MAX_QR_IMAGE_PIXELS = 40_000_000
FINGERPRINT_DIGITS = 24
_FINGERPRINT_LABEL = b"faceledger-age-recipient-fingerprint-v1\x00"
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_NAME_COMMENT = re.compile(r"^#\s*(?:name|名称|名稱)\s*[:：]\s*(.*)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class ParsedKey:
    """A checked age X25519 public key and the name that came with it (file or QR), if any."""

    public_key: str
    name: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class GroupKey:
    id: int
    name: str
    public_key: str
    created_at: str
    retired_at: str | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def retired(self) -> bool:
        return self.retired_at is not None


@dataclass(frozen=True)
class TrustedRecipient:
    id: int
    name: str
    public_key: str
    added_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- fingerprints ----------------------------------------------------------------------------------


def fingerprint(public_key: str) -> str:
    """Six groups of four digits, e.g. ``0427 9915 3380 1276 5521 0093``."""
    digest = hashlib.sha256(_FINGERPRINT_LABEL + public_key.encode("ascii")).digest()
    number = int.from_bytes(digest, "big") % 10**FINGERPRINT_DIGITS  # bias below 2**-170
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    return " ".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


def same_fingerprint(shown: str, told: str) -> bool:
    """True when what the other side read out matches (spaces, dashes and full-width digits ignored)."""

    def digits(text: str) -> str:
        return "".join(ch for ch in text.translate(_FULLWIDTH_DIGITS) if ch.isdigit())

    return len(digits(told)) == FINGERPRINT_DIGITS and digits(shown) == digits(told)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# --- parsing public keys ---------------------------------------------------------------------------


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= generator[i] if (top >> i) & 1 else 0
    return chk


def _bech32_checksum_ok(hrp: str, data: str) -> bool:
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(expanded + [_BECH32_CHARSET.index(c) for c in data]) == 1


def _check_one_key(token: str) -> str:
    """The canonical (lower-case) form of one age X25519 public key, or KeyRefused saying why not."""
    if token.upper().startswith(SECRET_PREFIX):
        raise KeyRefused(
            "this is a SECRET key (AGE-SECRET-KEY-…): it must never be shared, pasted or sent. "
            "Ask for the PUBLIC key instead, which starts with age1",
            reason="secret",
        )
    if token.startswith(("ssh-", "ecdsa-sha2-", "sk-ssh-")):
        raise KeyRefused(
            "this is an SSH key; FaceLedger takes age public keys, which start with age1", reason="ssh"
        )
    if token.startswith("ed25519:"):
        raise KeyRefused(
            "this is an update-pack signing key (ed25519:…), not a group key; a group key starts with age1",
            reason="signing_key",
        )
    if token.upper() != token and token.lower() != token:
        raise KeyRefused(
            "this key mixes upper- and lower-case letters, so it has been altered; copy it again",
            reason="mixed_case",
        )
    key = token.lower()
    if not key.startswith("age1"):
        raise KeyRefused(
            "this is not an age public key (a group key starts with age1 and is 62 characters)",
            reason="not_age",
        )
    hrp = key[: key.rfind("1")]
    if hrp != PUBLIC_HRP:
        raise KeyRefused(
            f"this is an age key of another type ({hrp[:30]}1…: a plugin or post-quantum key); "
            "FaceLedger seals to X25519 keys, which start with age1 followed by 58 letters and digits",
            reason="other_type",
        )
    if len(key) < PUBLIC_KEY_LENGTH:
        raise KeyRefused(
            f"this key is cut short ({len(key)} of {PUBLIC_KEY_LENGTH} characters); copy the whole line",
            reason="short",
        )
    if len(key) > PUBLIC_KEY_LENGTH:
        raise KeyRefused(
            f"this key is too long ({len(key)} of {PUBLIC_KEY_LENGTH} characters); copy exactly one key",
            reason="long",
        )
    data = key[len(PUBLIC_HRP) + 1 :]
    if any(c not in _BECH32_CHARSET for c in data) or not _bech32_checksum_ok(PUBLIC_HRP, data):
        raise KeyRefused(
            "this key has a typo or is damaged (its checksum does not match); copy it again",
            reason="checksum",
        )
    try:
        x25519.Recipient.from_str(key)
    except pyrage.RecipientError:
        raise KeyRefused(
            "this key is not a valid X25519 public key; copy it again", reason="checksum"
        ) from None
    return key


def _clean_name(name: str) -> str:
    cleaned = _CONTROL.sub("", name).strip()
    return cleaned[:MAX_NAME]


def parse_public_key_text(text: str) -> ParsedKey:
    """Check pasted text, a key file's text or a QR code's text: exactly one age X25519 public key,
    optionally with a ``# name: …`` comment line. KeyRefused with a sentence saying what is wrong."""
    if "\x00" in text:
        raise KeyRefused("this is not a key: it contains binary data", reason="binary")
    name: str | None = None
    keys: list[str] = []
    for raw_line in text.replace("\r", "\n").split("\n"):
        line = raw_line.strip().lstrip("\ufeff")
        if not line:
            continue
        if line.startswith("#"):
            match = _NAME_COMMENT.match(line)
            if match and _clean_name(match.group(1)):
                name = _clean_name(match.group(1))
            if SECRET_PREFIX in line.upper():
                _check_one_key(line[line.upper().index(SECRET_PREFIX) :])
            continue
        keys.extend(_check_one_key(token) for token in line.split())
    if not keys:
        raise KeyRefused("no public key found (a group key is one line starting with age1)", reason="no_key")
    if len(set(keys)) > 1:
        raise KeyRefused(
            f"this holds {len(set(keys))} different keys; add them one at a time", reason="several"
        )
    return ParsedKey(keys[0], name)


def _looks_like_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    )


def read_qr_text(data: bytes) -> str:
    """The text of the one QR code in an image (PNG, JPEG, GIF, BMP, WebP), or KeyRefused."""
    import zxingcpp
    from PIL import Image

    if len(data) > MAX_QR_IMAGE_BYTES:
        raise KeyRefused(
            f"the image is larger than {MAX_QR_IMAGE_BYTES // 1048576} MB", reason="image_too_large"
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_QR_IMAGE_PIXELS:
                raise KeyRefused(
                    "the image has too many pixels to be a QR code photo", reason="image_too_large"
                )
            image.load()
            found = zxingcpp.read_barcodes(
                image.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
            )
    except KeyRefused:
        raise
    except (OSError, ValueError, Image.DecompressionBombError):
        raise KeyRefused(
            "the image cannot be read (damaged or not an image)", reason="unreadable_image"
        ) from None
    texts = {code.text for code in found if code.valid and code.text}
    if not texts:
        raise KeyRefused(
            "no QR code found in this image; photograph it straight on and well lit", reason="no_qr"
        )
    if len(texts) > 1:
        raise KeyRefused(
            "this image holds more than one QR code; crop it to the group's key", reason="several_qr"
        )
    return texts.pop()


def read_key_file(path: Path) -> ParsedKey:
    """A public key from a text file (``age1…`` with optional comments) or a QR code image."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_QR_IMAGE_BYTES + 1)
    except FileNotFoundError:
        raise KeyRefused(f"key file not found: {path}", reason="missing_file") from None
    except IsADirectoryError:
        raise KeyRefused(f"{path} is a folder, not a key file", reason="missing_file") from None
    except OSError as exc:
        raise KeyRefused(f"cannot read key file {path}: {exc.strerror}", reason="missing_file") from None
    if not data:
        raise KeyRefused(f"{path.name} is empty", reason="empty")
    if _looks_like_image(data[:16]):
        return parse_public_key_text(read_qr_text(data))
    if data.startswith(b"age-encryption.org/") or data.startswith(b"FLBUNDLE"):
        raise KeyRefused(
            f"{path.name} is an encrypted file (a case bundle?), not a key", reason="encrypted_file"
        )
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyRefused(f"{path.name} is too large to be a key file", reason="too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyRefused(
            f"{path.name} is neither a text key file nor a QR code image", reason="not_text"
        ) from None
    return parse_public_key_text(text)


# --- export forms ----------------------------------------------------------------------------------


def public_key_file_text(name: str, public_key: str) -> str:
    """The public-key file: comment lines (ignored by `age -R`) and the key line."""
    return (
        "# FaceLedger group public key (age X25519) — share freely\n"
        f"# name: {_clean_name(name)}\n"
        f"# fingerprint: {fingerprint(public_key)}\n"
        f"{public_key}\n"
    )


def qr_text(name: str, public_key: str) -> str:
    return f"# name: {_clean_name(name)}\n{public_key}"


def qr_png(name: str, public_key: str, *, scale: int = 8) -> bytes:
    """A QR code PNG holding the name and the key (read back by `read_key_file`)."""
    import segno

    code = segno.make(qr_text(name, public_key), error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


# --- group keys (this vault's own identities) --------------------------------------------------------


def _check_name(name: str) -> str:
    cleaned = _clean_name(name)
    if not cleaned:
        raise KeyRefused("give the key a name (e.g. the group's name)", reason="no_name")
    return cleaned


def _group_key(row: Sequence[Any]) -> GroupKey:
    return GroupKey(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), None if row[4] is None else str(row[4])
    )


_GROUP_COLUMNS = "id, name, public_key, created_at, retired_at"


def create_group_key(vault: Vault, name: str) -> GroupKey:
    """A new X25519 identity, stored only inside the vault."""
    clean = _check_name(name)
    identity = x25519.Identity.generate()
    public_key = str(identity.to_public())
    with vault.write() as conn:
        cur = conn.execute(
            "INSERT INTO group_keys(name, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)",
            (clean, public_key, str(identity), _now()),
        )
        key_id = int(cur.lastrowid)
    return get_group_key(vault, key_id)


def get_group_key(vault: Vault, key_id: int) -> GroupKey:
    row = vault.conn.execute(f"SELECT {_GROUP_COLUMNS} FROM group_keys WHERE id = ?", (key_id,)).fetchone()
    if row is None:
        raise NotFound(f"no group key with id {key_id}")
    return _group_key(row)


def list_group_keys(vault: Vault, *, include_retired: bool = True) -> list[GroupKey]:
    where = "" if include_retired else " WHERE retired_at IS NULL"
    return [
        _group_key(r)
        for r in vault.conn.execute(
            f"SELECT {_GROUP_COLUMNS} FROM group_keys{where} ORDER BY retired_at IS NOT NULL, id"
        ).fetchall()
    ]


def retire_group_key(vault: Vault, key_id: int) -> GroupKey:
    """Stop offering a key (after a rotation). It still opens bundles sealed to it earlier."""
    get_group_key(vault, key_id)
    with vault.write() as conn:
        conn.execute(
            "UPDATE group_keys SET retired_at = ? WHERE id = ? AND retired_at IS NULL", (_now(), key_id)
        )
    return get_group_key(vault, key_id)


def group_identities(vault: Vault) -> list[tuple[GroupKey, x25519.Identity]]:
    """Every identity of this vault (retired ones too: old bundles must keep opening)."""
    out = []
    for row in vault.conn.execute(
        f"SELECT {_GROUP_COLUMNS}, secret_key FROM group_keys ORDER BY retired_at IS NOT NULL, id DESC"
    ).fetchall():
        out.append((_group_key(row[:5]), x25519.Identity.from_str(str(row[5]))))
    return out


def export_identity_sealed(vault: Vault, key_id: int, passphrase: str) -> bytes:
    """The identity file (as `age-keygen` writes it), sealed with age's scrypt passphrase recipient.

    For a backup of the group key outside the vault, or for `age -d -i FILE` on a machine without
    FaceLedger. Never written in clear."""
    if not passphrase:
        raise KeyRefused("choose a passphrase to protect the exported secret key", reason="no_passphrase")
    key = get_group_key(vault, key_id)
    secret = vault.conn.execute("SELECT secret_key FROM group_keys WHERE id = ?", (key_id,)).fetchone()[0]
    text = (
        f"# FaceLedger group key: {key.name}\n# created: {key.created_at}\n"
        f"# public key: {key.public_key}\n{secret}\n"
    )
    return bytes(age_passphrase.encrypt(text.encode("utf-8"), passphrase))


# --- trusted recipients ----------------------------------------------------------------------------


def _recipient(row: Sequence[Any]) -> TrustedRecipient:
    return TrustedRecipient(int(row[0]), str(row[1]), str(row[2]), str(row[3]))


def add_trusted_recipient(vault: Vault, name: str, key: ParsedKey | str) -> TrustedRecipient:
    """Trust a public key under a name. The same key twice is refused (say which name it has)."""
    parsed = parse_public_key_text(key) if isinstance(key, str) else key
    clean = _check_name(name)
    existing = vault.conn.execute(
        "SELECT name FROM trusted_recipients WHERE public_key = ?", (parsed.public_key,)
    ).fetchone()
    if existing is not None:
        raise KeyRefused(f"this key is already trusted, as {existing[0]!r}", reason="already_trusted")
    own = vault.conn.execute(
        "SELECT name FROM group_keys WHERE public_key = ?", (parsed.public_key,)
    ).fetchone()
    if own is not None:
        raise KeyRefused(
            f"this is this vault's own group key {own[0]!r}; it need not be added", reason="own_key"
        )
    with vault.write() as conn:
        cur = conn.execute(
            "INSERT INTO trusted_recipients(name, public_key, added_at) VALUES (?, ?, ?)",
            (clean, parsed.public_key, _now()),
        )
        rid = int(cur.lastrowid)
    return _recipient(
        vault.conn.execute(
            "SELECT id, name, public_key, added_at FROM trusted_recipients WHERE id = ?", (rid,)
        ).fetchone()
    )


def list_trusted_recipients(vault: Vault) -> list[TrustedRecipient]:
    return [
        _recipient(r)
        for r in vault.conn.execute(
            "SELECT id, name, public_key, added_at FROM trusted_recipients ORDER BY name, id"
        ).fetchall()
    ]


def remove_trusted_recipient(vault: Vault, recipient_id: int) -> None:
    with vault.write() as conn:
        if conn.execute("DELETE FROM trusted_recipients WHERE id = ?", (recipient_id,)).rowcount == 0:
            raise NotFound(f"no trusted recipient with id {recipient_id}")


def resolve_recipient(vault: Vault, spec: str) -> tuple[str, str]:
    """(public key, label) for `bundle export --to SPEC`: an age1… key, a key file or QR image, or the
    name of a trusted recipient or of one of this vault's group keys."""
    text = spec.strip()
    if text.lower().startswith("age1") or text.upper().startswith(SECRET_PREFIX):
        parsed = parse_public_key_text(text)
    elif Path(text).exists():
        parsed = read_key_file(Path(text))
    else:
        for rec in list_trusted_recipients(vault):
            if rec.name == text:
                return rec.public_key, rec.name
        for own in list_group_keys(vault, include_retired=False):
            if own.name == text:
                return own.public_key, own.name
        raise KeyRefused(
            f"{text[:80]!r} is neither an age public key, nor a key file, nor the name of a trusted "
            "recipient or of this vault's group key",
            reason="unknown_recipient",
        )
    return parsed.public_key, label_for(vault, parsed.public_key, parsed.name)


def label_for(vault: Vault, public_key: str, fallback: str | None = None) -> str:
    """The name this vault knows a public key by (trusted recipient or own key), else `fallback`."""
    row = vault.conn.execute(
        "SELECT name FROM trusted_recipients WHERE public_key = ?"
        " UNION ALL SELECT name FROM group_keys WHERE public_key = ?",
        (public_key, public_key),
    ).fetchone()
    if row is not None:
        return str(row[0])
    return fallback or public_key[:16] + "…"


__all__ = [
    "GroupKey",
    "ParsedKey",
    "TrustedRecipient",
    "add_trusted_recipient",
    "create_group_key",
    "export_identity_sealed",
    "fingerprint",
    "get_group_key",
    "group_identities",
    "label_for",
    "list_group_keys",
    "list_trusted_recipients",
    "parse_public_key_text",
    "public_key_file_text",
    "qr_png",
    "read_key_file",
    "read_qr_text",
    "remove_trusted_recipient",
    "resolve_recipient",
    "retire_group_key",
    "same_fingerprint",
]
