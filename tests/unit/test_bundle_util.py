"""Helpers for the case-bundle tests (and a check that the sample case is what the tests think).

`make_case` fills a real vault with a complainant, records, evidence (a JPEG carrying GPS EXIF),
a request drafted by app.tracking (real letter text and PDF), its timeline with an attached reply.
`seal_manifest` builds a properly encrypted bundle around ANY manifest, so hostile contents pass
authentication and reach the parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from app.bundle import format as bundle_format
from app.evidence import add_evidence
from app.kdf import KdfParams
from app.profiles import add_profile
from app.records import add_record
from app.tracking import drafting
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel
from app.tracking.requests import Attachment, add_event, mark_sent
from app.vault import Vault
from tests.unit.vaultutil import FAST_KDF, facts, new_vault

BUNDLE_PASS = "bundle 口令 for the group"
BUNDLE_KDF = KdfParams(time_cost=3)
SMALL_CHUNK = 12  # 4 KiB chunks: a case spans many chunks, so chunk-level tampering is tested

NAME_MARKER = "欧阳测试标记"
PHONE_MARKER = "13912345678"
EMAIL_MARKER = "marker-person@example.org"
ADDRESS_MARKER = "标记路999号标记小区"
ID_MARKER = "11010519491231002X"
NOTE_MARKER = "私人笔记标记MARKERNOTE"
PLACE_MARKER = "标记花园MARKERPLACE"


def jpeg_with_gps(seed: int = 0) -> bytes:
    """A real JPEG with EXIF: GPS position, capture time, camera owner."""
    image = Image.new("RGB", (64, 48), ((seed * 70) % 256, (seed * 30) % 256, 200))
    exif = Image.Exif()
    exif[0x013B] = "Artist " + NAME_MARKER  # Artist
    exif[0x0132] = "2025:03:01 08:15:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (39.0, 54.0, 27.0)
    gps[3] = "E"
    gps[4] = (116.0, 23.0, 50.0)
    exif.get_ifd(0x8769)[36867] = "2025:03:01 08:15:00"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", NAME_MARKER)
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 200, 30)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def make_case(vault: Vault) -> dict[str, int]:
    """A complainant with two records, evidence, a sent letter with a reply, and an unrelated record."""
    profile = add_profile(
        vault,
        name=NAME_MARKER,
        phone=PHONE_MARKER,
        email=EMAIL_MARKER,
        address=ADDRESS_MARKER,
        id_number=ID_MARKER,
    )
    other = add_profile(vault, name="李四", phone="13000000000")
    first = add_record(vault, facts(place_name=PLACE_MARKER), notes=NOTE_MARKER, profile_id=profile)
    second = add_record(
        vault,
        facts(
            place_type="hotel",
            city="上海",
            place_name="某酒店",
            handler={"name": "上海某酒店有限公司", "kind": "business"},
        ),
        notes="第二条",
        profile_id=profile,
    )
    unrelated = add_record(vault, facts(city="北京"), notes="别人的", profile_id=other)
    add_evidence(vault, first, jpeg_with_gps(1), "门禁.jpg")
    add_evidence(vault, second, png_with_text(), "screen.png")
    add_evidence(vault, second, b"plain text note about the hotel", "notes.txt")
    request = drafting.draft_request(
        vault, first, ["withdraw_consent", "deletion", "alternative_method"], letter_date=dt.date(2025, 9, 1)
    )
    mark_sent(
        vault,
        request,
        dt.date(2025, 9, 2),
        Channel.REGISTERED_MAIL,
        tracking_number="EMS123456789CN",
        today=dt.date(2025, 11, 1),
    )
    add_event(
        vault,
        request,
        EventKind.REPLIED,
        dt.date(2025, 9, 20),
        note="物业回复：不同意删除",
        attachment=Attachment(jpeg_with_gps(2), "reply.jpg"),
        today=dt.date(2025, 11, 1),
    )
    add_event(
        vault, request, EventKind.REFUSED, dt.date(2025, 9, 21), note="拒绝", today=dt.date(2025, 11, 1)
    )
    return {
        "profile": profile,
        "other": other,
        "first": first,
        "second": second,
        "unrelated": unrelated,
        "request": request,
    }


def snapshot(vault: Vault, record_uuids: set[str] | None = None) -> dict[str, Any]:
    """Everything a bundle must carry, keyed by uuid (ids differ between vaults)."""
    conn = vault.conn
    recs = {u: (json.loads(f), n) for u, f, n in conn.execute("SELECT uuid, facts_json, notes FROM records")}
    if record_uuids is not None:
        recs = {u: v for u, v in recs.items() if u in record_uuids}
    ev = {
        u: (r, name, sha, hashlib.sha256(bytes(data)).hexdigest(), cap)
        for u, r, name, sha, data, cap in conn.execute(
            "SELECT x.uuid, r.uuid, x.original_name, x.sha256, x.data, x.captured_at FROM evidence x"
            " JOIN records r ON r.id = x.record_id"
        )
        if r in recs
    }
    reqs = {
        u: (
            r,
            t,
            text,
            hashlib.sha256(bytes(pdf)).hexdigest() if pdf is not None else None,
            st,
            ref,
            cit,
            sent,
            due,
        )
        for u, r, t, text, pdf, st, ref, cit, sent, due in conn.execute(
            "SELECT q.uuid, r.uuid, q.types_json, q.letter_text, q.letter_pdf, q.status, q.reference_code,"
            " q.citations_json, q.sent_date, q.due_date FROM requests q JOIN records r ON r.id = q.record_id"
        )
        if r in recs
    }
    events = {
        u: (q, k, d, n, x)
        for u, q, k, d, n, x in conn.execute(
            "SELECT e.uuid, q.uuid, e.kind, e.date, e.note, x.uuid FROM events e"
            " JOIN requests q ON q.id = e.request_id LEFT JOIN evidence x ON x.id = e.evidence_id"
        )
        if q in reqs
    }
    return {"records": recs, "evidence": ev, "requests": reqs, "events": events}


def counts(vault: Vault) -> dict[str, int]:
    return {
        t: int(vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in ("profiles", "records", "evidence", "requests", "events", "imported_bundles")
    }


def file_state(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """SHA-256 of the vault file and of any sidecar files (-wal/-shm) that exist."""
    sidecars = []
    for suffix in ("-wal", "-shm", "-journal"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            sidecars.append((suffix, hashlib.sha256(p.read_bytes()).hexdigest()))
    return hashlib.sha256(path.read_bytes()).hexdigest(), sidecars


def seal_manifest(
    manifest: Any,
    blobs: list[bytes] = (),
    passphrase: str = BUNDLE_PASS,  # type: ignore[assignment]
    *,
    raw_manifest: bytes | None = None,
) -> bytes:
    """A properly encrypted bundle around any manifest (a dict, or raw bytes)."""
    data = (
        raw_manifest if raw_manifest is not None else json.dumps(manifest).encode()
    )  # \u escapes: lone surrogates too
    payload = bundle_format.build_payload(data, list(blobs))
    return b"".join(bundle_format.seal(payload, passphrase, params=BUNDLE_KDF, log2_chunk=SMALL_CHUNK))


def new_fast_vault(path: Path) -> Vault:
    return new_vault(path)


def test_sample_case_has_everything(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.db") as vault:
        ids = make_case(vault)
        snap = snapshot(vault)
        assert len(snap["records"]) == 3 and len(snap["evidence"]) == 4
        assert len(snap["requests"]) == 1 and len(snap["events"]) == 3
        (req,) = snap["requests"].values()
        assert req[3] is not None and NAME_MARKER in req[2]  # a real PDF, and the letter names the sender
        assert ids["profile"] != ids["other"]
    assert FAST_KDF.time_cost == 3
