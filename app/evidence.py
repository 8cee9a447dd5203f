"""Evidence: photos, screenshots, scans, audio — stored encrypted inside the vault.

Each item keeps its bytes, SHA-256, the original file name (base name only: a path can reveal
who took it and where), a MIME type sniffed from the content (not trusted from the extension),
the EXIF capture time where the image has one, and the time it was added. The bytes are never
written to disk in clear unless the user exports them.
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
import warnings
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import AttachmentRefused, InvalidInput, NotFound, VaultDamaged
from app.evidence_names import MAX_NAME_AS_GIVEN, safe_evidence_name
from app.evidence_names import MAX_NAME_LENGTH as MAX_NAME_LENGTH  # re-exported
from app.vault import Vault

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024

# Pillow only reads headers here (EXIF), never pixels; still, open only formats we expect.
_EXIF_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "MPO")
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
_DATETIME = 306


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    uuid: str
    record_id: int
    original_name: str
    mime: str
    size: int
    sha256: str
    captured_at: str | None
    added_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def sniff_mime(data: bytes) -> str:
    """MIME type from the first bytes of the content."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:2] == b"BM":
        return "image/bmp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
            return "image/heic"
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        if brand.startswith(b"qt"):
            return "video/quicktime"
        return "video/mp4"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def capture_time(data: bytes) -> str | None:
    """EXIF DateTimeOriginal (or DateTime) as ISO 8601, with its offset when recorded; else None."""
    if not data.startswith((b"\xff\xd8\xff", b"\x89PNG", b"RIFF", b"II*\x00", b"MM\x00*")):
        return None
    try:
        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=_EXIF_FORMATS) as image:
                exif = image.getexif()
                sub = exif.get_ifd(_EXIF_IFD)
                raw = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
                offset = sub.get(_OFFSET_TIME_ORIGINAL)
    except Exception:  # noqa: BLE001 - a broken or hostile image simply has no capture time
        return None
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.strptime(raw.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    text = moment.isoformat()
    if isinstance(offset, str) and len(offset.strip("\x00")) == 6 and offset[0] in "+-":
        text += offset.strip("\x00")
    return text


def clean_name(name: str) -> str:
    """The safe display name for a name as given (app/evidence_names.py: the one rule, also
    applied on bundle import). A name that already passes the rule comes back unchanged."""
    return safe_evidence_name(name)


def check_size(size: int, name: str) -> None:
    if size > MAX_EVIDENCE_BYTES:
        raise AttachmentRefused(
            f"{name} is {size / 1048576:.0f} MB; evidence files are limited to "
            f"{MAX_EVIDENCE_BYTES // 1048576} MB each",
            "too_large",
            name,
        )
    if size == 0:
        raise AttachmentRefused(f"{name} is empty", "empty", name)


def read_evidence_file(path: Path) -> bytes:
    """Read a file the user wants to attach, refusing it before anything is written if unusable.
    Refusals are AttachmentRefused (an InvalidInput) with the reason and the file's name."""
    if path.is_dir():
        raise AttachmentRefused(f"attachment is a folder, not a file: {path}", "folder", path.name)
    try:
        size = path.stat().st_size
        check_size(size, path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise AttachmentRefused(f"attachment not found: {path}", "not_found", path.name) from None
    except IsADirectoryError:
        raise AttachmentRefused(f"attachment is a folder, not a file: {path}", "folder", path.name) from None
    except OSError as exc:
        raise AttachmentRefused(
            f"cannot read attachment {path}: {exc.strerror}", "unreadable", path.name
        ) from None
    check_size(len(data), path.name)
    return data


def add_evidence(vault: Vault, record_id: int, data: bytes, original_name: str) -> int:
    """Store `data` as evidence of a record; returns the evidence id."""
    name = clean_name(original_name)
    as_given = original_name[:MAX_NAME_AS_GIVEN] if original_name != name else ""
    check_size(len(data), name)
    digest = hashlib.sha256(data).hexdigest()
    with vault.write() as conn:
        if conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
            raise NotFound(f"no record with id {record_id}")
        cur = conn.execute(
            "INSERT INTO evidence(uuid, record_id, original_name, mime, size, sha256, captured_at, added_at,"
            " data, name_as_given) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                record_id,
                name,
                sniff_mime(data),
                len(data),
                digest,
                capture_time(data),
                datetime.now(UTC).isoformat(timespec="seconds"),
                data,
                as_given,  # the name exactly as given, kept as metadata when it had to change
            ),
        )
        return int(cur.lastrowid)


def name_as_given(vault: Vault, evidence_id: int) -> str:
    """The file name as the user gave it (the display name when it did not need changing)."""
    row = vault.conn.execute(
        "SELECT original_name, name_as_given FROM evidence WHERE id = ?", (evidence_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no evidence with id {evidence_id}")
    return str(row[1] or row[0])


_INFO_COLUMNS = "id, uuid, record_id, original_name, mime, size, sha256, captured_at, added_at"


def _info(row: Any) -> EvidenceInfo:
    return EvidenceInfo(
        id=int(row[0]),
        uuid=str(row[1]),
        record_id=int(row[2]),
        original_name=str(row[3]),
        mime=str(row[4]),
        size=int(row[5]),
        sha256=str(row[6]),
        captured_at=row[7],
        added_at=str(row[8]),
    )


def list_evidence(vault: Vault, record_id: int) -> list[EvidenceInfo]:
    rows = vault.conn.execute(
        f"SELECT {_INFO_COLUMNS} FROM evidence WHERE record_id = ? ORDER BY id", (record_id,)
    ).fetchall()
    return [_info(r) for r in rows]


def get_evidence(vault: Vault, evidence_id: int) -> EvidenceInfo:
    row = vault.conn.execute(f"SELECT {_INFO_COLUMNS} FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    if row is None:
        raise NotFound(f"no evidence with id {evidence_id}")
    return _info(row)


def get_evidence_bytes(vault: Vault, evidence_id: int) -> bytes:
    row = vault.conn.execute("SELECT data, sha256 FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    if row is None:
        raise NotFound(f"no evidence with id {evidence_id}")
    data = bytes(row[0])
    if hashlib.sha256(data).hexdigest() != row[1]:
        # Should be impossible (pages are authenticated); say so loudly rather than hand back bad evidence.
        raise VaultDamaged(f"evidence {evidence_id} does not match its SHA-256; restore a backup")
    return data


def delete_evidence(vault: Vault, evidence_id: int) -> None:
    with vault.write() as conn:
        if conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,)).rowcount == 0:
            raise NotFound(f"no evidence with id {evidence_id}")


def export_evidence(vault: Vault, evidence_id: int, dest: Path) -> Path:
    """Write one evidence item to a file the user chose (the only way its bytes leave the vault in
    clear). Refuses to overwrite; the file is created 0600 and appears complete or not at all."""
    data = get_evidence_bytes(vault, evidence_id)
    dest = Path(dest)
    if dest.exists():
        raise InvalidInput(f"{dest} already exists; choose another name", field="dest")
    if not dest.parent.is_dir():
        raise NotFound(f"folder {dest.parent} does not exist")
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(partial, dest)  # fails instead of overwriting a file that appeared meanwhile
        except FileExistsError:
            raise
        except OSError:  # file systems without hard links (FAT USB sticks, some network shares)
            if dest.exists():
                raise FileExistsError(dest) from None
            os.rename(partial, dest)
    except FileExistsError:
        raise InvalidInput(f"{dest} already exists; choose another name", field="dest") from None
    except OSError as exc:
        raise InvalidInput(f"cannot write {dest}: {exc.strerror}", field="dest") from None
    finally:
        partial.unlink(missing_ok=True)
    return dest
