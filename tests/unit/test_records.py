"""Records and evidence: add/get/list/update/delete, evidence bytes, sha256, mime, EXIF time."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from app.errors import InvalidFacts, InvalidInput, NotFound
from app.evidence import (
    MAX_EVIDENCE_BYTES,
    add_evidence,
    capture_time,
    clean_name,
    delete_evidence,
    export_evidence,
    get_evidence,
    get_evidence_bytes,
    list_evidence,
    read_evidence_file,
    sniff_mime,
)
from app.profiles import add_handler, add_profile, find_handlers, get_profile, list_profiles, update_profile
from app.records import (
    add_record,
    add_records,
    count_records,
    delete_record,
    get_record,
    list_records,
    update_record,
)
from app.vault import Vault

from .vaultutil import facts, new_vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = new_vault(tmp_path / "v.flv")
    yield v  # type: ignore[misc]
    v.close()


def jpeg_with_exif(when: str = "2025:03:01 08:30:15", offset: str | None = "+08:00") -> bytes:
    exif = Image.Exif()
    ifd = exif.get_ifd(0x8769)
    ifd[36867] = when
    if offset:
        ifd[36881] = offset
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def test_add_get_roundtrip(vault: Vault) -> None:
    rid = add_record(vault, facts(), notes="第一次")
    record = get_record(vault, rid)
    assert record.facts == facts() and record.notes == "第一次" and record.profile_id is None
    assert len(record.uuid) == 36
    [summary] = list_records(vault)
    assert (summary.id, summary.place_name, summary.city, summary.handler_name) == (
        rid,
        "阳光花园小区",
        "杭州",
        "杭州阳光物业管理有限公司",
    )
    assert summary.last_seen == "2025-06-01" and summary.evidence_count == 0


def test_invalid_facts_write_nothing(vault: Vault) -> None:
    with pytest.raises(InvalidFacts):
        add_record(vault, facts(date="2025-02-30"))
    with pytest.raises(NotFound):
        add_record(vault, facts(), profile_id=99)
    assert count_records(vault) == 0
    assert vault.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0] == 0


def test_filters_sort_and_paging(vault: Vault) -> None:
    pid = add_profile(vault, name="张三", phone="13800000000")
    ids = [
        add_record(
            vault,
            facts(date=f"2025-0{m}-01", last_seen=f"2025-0{m}-02", city=city, place_type=pt),
            profile_id=pid if m % 2 else None,
        )
        for m, city, pt in [(1, "杭州", "hotel"), (2, "天津", "hotel"), (3, "杭州", "gym_or_sports_venue")]
    ]
    assert [r.id for r in list_records(vault)] == ids[::-1]
    assert [r.id for r in list_records(vault, sort="date_asc")] == ids
    assert [r.id for r in list_records(vault, city="杭州")] == [ids[2], ids[0]]
    assert [r.id for r in list_records(vault, place_type="hotel")] == [ids[1], ids[0]]
    assert [r.id for r in list_records(vault, profile_id=pid)] == [ids[2], ids[0]]
    assert [r.id for r in list_records(vault, limit=1, offset=1)] == [ids[1]]
    with pytest.raises(InvalidInput):
        list_records(vault, sort="nonsense")


def test_update_and_delete(vault: Vault) -> None:
    rid = add_record(vault, facts())
    update_record(vault, rid, facts(place_name="新名字大厦"), notes="改过")
    record = get_record(vault, rid)
    assert record.facts["place_name"] == "新名字大厦" and record.notes == "改过"
    assert [r.id for r in list_records(vault, search="新名字")] == [rid]
    assert list_records(vault, search="阳光花园") == []
    with pytest.raises(InvalidFacts):
        update_record(vault, rid, facts(last_seen="2020-01-01"))
    assert get_record(vault, rid).facts["place_name"] == "新名字大厦"
    eid = add_evidence(vault, rid, b"bytes of a photo", "p.jpg")
    delete_record(vault, rid)
    with pytest.raises(NotFound):
        get_record(vault, rid)
    with pytest.raises(NotFound):
        get_evidence_bytes(vault, eid)  # evidence goes with its record (ON DELETE CASCADE)
    assert list_records(vault, search="新名字") == []
    with pytest.raises(NotFound):
        delete_record(vault, rid)


def test_evidence_roundtrip(vault: Vault) -> None:
    rid = add_record(vault, facts())
    photo = jpeg_with_exif()
    blob = bytes(range(256)) * 4000
    e1 = add_evidence(vault, rid, photo, "C:\\Users\\me\\Pictures\\门禁.jpg")
    e2 = add_evidence(vault, rid, blob, "/home/me/secret/scan.bin")
    assert get_evidence_bytes(vault, e1) == photo
    assert get_evidence_bytes(vault, e2) == blob
    info1, info2 = list_evidence(vault, rid)
    assert info1.original_name == "门禁.jpg" and info2.original_name == "scan.bin"
    assert info1.sha256 == hashlib.sha256(photo).hexdigest() and info1.size == len(photo)
    assert info1.mime == "image/jpeg" and info2.mime == "application/octet-stream"
    assert info1.captured_at == "2025-03-01T08:30:15+08:00"
    assert info2.captured_at is None and info1.added_at
    assert get_evidence(vault, e2) == info2
    assert list_records(vault)[0].evidence_count == 2
    delete_evidence(vault, e1)
    assert [e.id for e in list_evidence(vault, rid)] == [e2]
    with pytest.raises(NotFound):
        add_evidence(vault, 999, b"x", "x")


def test_capture_time_and_mime_sniffing() -> None:
    assert capture_time(jpeg_with_exif("2024:12:31 23:59:59", None)) == "2024-12-31T23:59:59"
    assert capture_time(jpeg_with_exif("not a date")) is None
    assert capture_time(b"\xff\xd8\xff garbage") is None
    assert capture_time(b"plain text") is None
    png = io.BytesIO()
    Image.new("RGB", (2, 2)).save(png, "PNG")
    assert sniff_mime(png.getvalue()) == "image/png"
    assert sniff_mime(b"%PDF-1.7 ...") == "application/pdf"
    assert sniff_mime(b"#!AMR\n....") == "audio/amr"
    assert sniff_mime(b"\x00\x00\x00\x18ftypheic....") == "image/heic"
    assert sniff_mime("物业回复：不同意".encode()) == "text/plain"
    # The extension does not decide: a PNG called .pdf is a PNG.
    assert sniff_mime(png.getvalue()) == "image/png"


def test_clean_name() -> None:
    assert clean_name("../../etc/passwd") == "passwd"
    assert clean_name("a\x00b\nc.jpg") == "abc.jpg"
    assert clean_name("..") == "evidence" and clean_name("") == "evidence"
    assert len(clean_name("x" * 1000)) == 255


def test_size_limits(tmp_path: Path, vault: Vault) -> None:
    rid = add_record(vault, facts())
    with pytest.raises(InvalidInput, match="empty"):
        add_evidence(vault, rid, b"", "empty.jpg")
    big = tmp_path / "big.mp4"
    with big.open("wb") as f:
        f.truncate(MAX_EVIDENCE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InvalidInput, match="limited to 200 MB"):
        read_evidence_file(big)
    with pytest.raises(InvalidInput, match="not found"):
        read_evidence_file(tmp_path / "missing.jpg")
    with pytest.raises(InvalidInput, match="folder"):
        read_evidence_file(tmp_path)
    assert list_evidence(vault, rid) == []


def test_profiles_and_handlers(vault: Vault) -> None:
    pid = add_profile(vault, name="李四", email="li@example.com")
    update_profile(vault, pid, phone="123")
    p = get_profile(vault, pid)
    assert (p.name, p.email, p.phone) == ("李四", "li@example.com", "123")
    assert [x.id for x in list_profiles(vault)] == [pid]
    with pytest.raises(InvalidInput):
        add_profile(vault, name="")
    with pytest.raises(InvalidInput):
        add_profile(vault, name="x", colour="red")
    hid = add_handler(vault, legal_name="华为技术有限公司", uscc="914403001922038216", kind="business")
    with pytest.raises(InvalidInput, match="uscc: check character"):
        add_handler(vault, legal_name="假公司", uscc="914403001922038217")
    assert [h.id for h in find_handlers(vault, "华为")] == [hid]
    assert [h.id for h in find_handlers(vault, "914403001922038216")] == [hid]
    assert find_handlers(vault, "100%") == []


def test_add_records_in_bulk(vault: Vault) -> None:
    ids = add_records(vault, [(facts(place_name=f"小区{i}"), f"备注{i}") for i in range(50)])
    assert len(ids) == 50 and count_records(vault) == 50
    assert [r.id for r in list_records(vault, search="小区7")] == [ids[7]]
    with pytest.raises(InvalidFacts, match="item 2: date"):
        add_records(vault, [(facts(), ""), (facts(), ""), (facts(date="2025-02-30"), "")])
    assert count_records(vault) == 50


def test_rows_written_without_the_place_name_column_still_list(vault: Vault) -> None:
    rid = add_record(vault, facts(place_name="直接写入"))
    vault.conn.execute("UPDATE records SET place_name = '' WHERE id = ?", (rid,))
    assert list_records(vault)[0].place_name == "直接写入"


def test_export_evidence(tmp_path: Path, vault: Vault) -> None:
    rid = add_record(vault, facts())
    photo = jpeg_with_exif()
    eid = add_evidence(vault, rid, photo, "gate.jpg")
    out = export_evidence(vault, eid, tmp_path / "exported.jpg")
    assert out.read_bytes() == photo and out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(InvalidInput, match="already exists"):
        export_evidence(vault, eid, out)
    assert out.read_bytes() == photo
    with pytest.raises(NotFound):
        export_evidence(vault, eid, tmp_path / "missing" / "x.jpg")
    assert sorted(p.name for p in tmp_path.iterdir() if "exported" in p.name) == ["exported.jpg"]
