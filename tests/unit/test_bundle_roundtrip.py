"""Case bundles between two real SQLCipher vaults: export, import, merge without duplicates, replay."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.bundle import export_bundle, import_bundle, imported_bundles
from app.bundle.redact import clean_image, masked_name
from app.errors import BundleReplayed, InvalidInput, NotFound
from app.evidence import get_evidence_bytes, list_evidence
from app.records import get_record_by_uuid, list_records, update_record
from app.tracking.lifecycle import EventKind
from app.tracking.requests import add_event, get_letter_pdf, get_request, list_requests
from app.vault import Vault
from tests.unit.test_bundle_util import (
    ADDRESS_MARKER,
    BUNDLE_KDF,
    BUNDLE_PASS,
    EMAIL_MARKER,
    ID_MARKER,
    NAME_MARKER,
    PHONE_MARKER,
    SMALL_CHUNK,
    counts,
    jpeg_with_gps,
    make_case,
    png_with_text,
    snapshot,
)
from tests.unit.vaultutil import PASSPHRASE, new_vault


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, int]]]:
    """One source vault for the module, kept open (each unlock costs an Argon2id derivation)."""
    path = tmp_path_factory.mktemp("src") / "source.db"
    with new_vault(path) as vault:
        yield vault, make_case(vault)


def _export(vault: Vault, out: Path, **kw: Any) -> dict[str, Any]:
    report = export_bundle(vault, out, BUNDLE_PASS, kdf_params=BUNDLE_KDF, log2_chunk=SMALL_CHUNK, **kw)
    return report.to_json()


def test_profile_roundtrip_is_identical_and_second_import_adds_nothing(
    source: tuple[Vault, dict[str, int]], tmp_path: Path
) -> None:
    src, ids = source
    bundle = tmp_path / "case.flb"
    first = _export(src, bundle, profile_id=ids["profile"])
    assert first["counts"] == {"profiles": 1, "records": 2, "evidence": 4, "requests": 1, "events": 3}
    wanted = {r.uuid for r in list_records(src, profile_id=ids["profile"])}
    expected = snapshot(src, wanted)
    pdf = get_letter_pdf(src, ids["request"])
    assert pdf is not None and pdf.startswith(b"%PDF")

    target = tmp_path / "target.db"
    with new_vault(target) as vault:
        report = import_bundle(vault, bundle, BUNDLE_PASS)
        assert report.added == first["counts"]
        assert report.conflicts == [] and sum(report.skipped.values()) == 0
        got = snapshot(vault)
        assert got == expected  # every record, evidence byte (sha256), request (text, PDF hash), event
        # The stored PDF bytes are the very bytes sent, and status/dates follow the imported timeline.
        (request,) = list_requests(vault)
        assert get_letter_pdf(vault, request.id) == pdf
        assert request.status.value == "refused" and request.sent_date == dt.date(2025, 9, 2)
        assert request.channel is not None and request.tracking_number == "EMS123456789CN"
        for item in list_evidence(vault, request.record_id):
            assert hashlib.sha256(get_evidence_bytes(vault, item.id)).hexdigest() == item.sha256
        before = counts(vault)

        # The same case exported again (a new bundle id) adds nothing: everything is already present.
        again = tmp_path / "again.flb"
        _export(src, again, profile_id=ids["profile"])
        second = import_bundle(vault, again, BUNDLE_PASS)
        assert sum(second.added.values()) == 0
        assert second.skipped == first["counts"] and second.conflicts == []
        after = counts(vault)
        assert {k: v for k, v in after.items() if k != "imported_bundles"} == {
            k: v for k, v in before.items() if k != "imported_bundles"
        }
        assert after["imported_bundles"] == 2 and len(imported_bundles(vault)) == 2

        # Importing the very same file again is a replay: refused, nothing changes.
        with pytest.raises(BundleReplayed, match="already imported"):
            import_bundle(vault, bundle, BUNDLE_PASS)
        assert counts(vault) == after
        # Found by search, listed by profile: the imported rows are ordinary rows.
        assert len(list_records(vault, search="阳光")) >= 1


def test_older_bundle_of_same_case_is_refused(source: tuple[Vault, dict[str, int]], tmp_path: Path) -> None:
    src, ids = source
    old, new = tmp_path / "old.flb", tmp_path / "new.flb"
    _export(src, old, profile_id=ids["profile"], now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    _export(src, new, profile_id=ids["profile"], now=dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
    with new_vault(tmp_path / "t.db") as vault:
        import_bundle(vault, new, BUNDLE_PASS)
        before = counts(vault)
        with pytest.raises(BundleReplayed, match="newer bundle of this case"):
            import_bundle(vault, old, BUNDLE_PASS)
        assert counts(vault) == before


def test_records_export_and_conflicts_keep_the_vault_version(
    source: tuple[Vault, dict[str, int]], tmp_path: Path
) -> None:
    src, ids = source
    bundle = tmp_path / "one.flb"
    report = _export(src, bundle, record_ids=[ids["first"]])
    assert report["counts"]["records"] == 1 and report["counts"]["requests"] == 1
    target = tmp_path / "t.db"
    with new_vault(target) as vault:
        import_bundle(vault, bundle, BUNDLE_PASS)
        record_uuid = list_records(src, profile_id=ids["profile"])[-1].uuid
        mine = get_record_by_uuid(vault, record_uuid)
        assert mine is not None
        update_record(vault, mine.id, notes="我在这边改过")
        request = list_requests(vault)[0]
        add_event(
            vault,
            request.id,
            EventKind.NOTE,
            dt.date(2025, 10, 1),
            note="本地备注",
            today=dt.date(2025, 11, 1),
        )
    # The source adds a new event meanwhile; a newer bundle carries it.
    note_event = add_event(
        src, ids["request"], EventKind.NOTE, dt.date(2025, 10, 2), note="来源新增", today=dt.date(2025, 11, 1)
    )
    newer = tmp_path / "newer.flb"
    _export(src, newer, record_ids=[ids["first"]])
    with Vault.open(target, PASSPHRASE) as vault:
        result = import_bundle(vault, newer, BUNDLE_PASS)
        assert [c.kind for c in result.conflicts] == ["records"]
        assert "notes" in result.conflicts[0].detail
        assert result.added["events"] == 1
        kept = get_record_by_uuid(vault, record_uuid)
        assert kept is not None and kept.notes == "我在这边改过"  # never overwritten silently
        notes = [e.note for e in get_request(vault, list_requests(vault)[0].id).events]
        assert "本地备注" in notes and "来源新增" in notes
    with src.write() as conn:  # leave the shared source as it was for other tests
        conn.execute("DELETE FROM events WHERE id = ?", (note_event,))


def test_export_needs_exactly_one_selection(source: tuple[Vault, dict[str, int]], tmp_path: Path) -> None:
    src, ids = source
    with pytest.raises(InvalidInput):
        _export(src, tmp_path / "x.flb")
    with pytest.raises(InvalidInput):
        _export(src, tmp_path / "x.flb", profile_id=ids["profile"], record_ids=[ids["first"]])
    with pytest.raises(NotFound):
        _export(src, tmp_path / "x.flb", record_ids=[999])
    with pytest.raises(NotFound):
        _export(src, tmp_path / "x.flb", profile_id=999)
    assert not (tmp_path / "x.flb").exists()
    assert not list(tmp_path.glob("*.partial"))


def test_redacted_export(source: tuple[Vault, dict[str, int]], tmp_path: Path) -> None:
    src, ids = source
    bundle = tmp_path / "red.flb"
    report = _export(src, bundle, profile_id=ids["profile"], redacted=True)
    assert report["redacted"] is True
    assert report["withheld_evidence"] == ["notes.txt"]  # not an image we can clean: withheld
    assert report["letter_pdfs_withheld"] == 1
    originals = {e.uuid: e.sha256 for r in (ids["first"], ids["second"]) for e in list_evidence(src, r)}
    with new_vault(tmp_path / "t.db") as vault:
        result = import_bundle(vault, bundle, BUNDLE_PASS)
        assert result.redacted and result.withheld_evidence == 1
        (profile_row,) = vault.conn.execute("SELECT name, phone, email, address, id_number FROM profiles")
        assert profile_row == ("欧阳某", "", "", "", "")
        (text,) = vault.conn.execute("SELECT letter_text FROM requests").fetchone()
        for marker in (NAME_MARKER, PHONE_MARKER, EMAIL_MARKER, ADDRESS_MARKER, ID_MARKER):
            assert marker not in text
        assert "欧阳某" in text
        rows = vault.conn.execute(
            "SELECT uuid, sha256, original_sha256, data, captured_at FROM evidence"
        ).fetchall()
        assert len(rows) == 3
        for uuid, sha, original_sha, data, _captured in rows:
            assert original_sha == originals[uuid] and sha != original_sha
            assert hashlib.sha256(bytes(data)).hexdigest() == sha
            with Image.open(io.BytesIO(bytes(data))) as image:
                image.load()
                assert len(image.getexif()) == 0 and "exif" not in image.info
            assert NAME_MARKER.encode() not in bytes(data)
        jpeg_capture = [c for _, _, _, d, c in rows if bytes(d).startswith(b"\xff\xd8")]
        assert jpeg_capture and all(c == "2025-03-01T08:15:00" for c in jpeg_capture)  # kept as a field


def test_clean_image_is_lossless_and_drops_gps() -> None:
    original = jpeg_with_gps(7)
    with Image.open(io.BytesIO(original)) as image:
        assert image.getexif().get_ifd(0x8825)  # GPS present before
        pixels = image.convert("RGB").tobytes()
    cleaned = clean_image(original, "image/jpeg")
    assert cleaned is not None and len(cleaned) < len(original)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert not image.getexif() and image.convert("RGB").tobytes() == pixels  # same pixels
    png = clean_image(png_with_text(), "image/png")
    assert png is not None and NAME_MARKER.encode() not in png
    webp_buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = NAME_MARKER
    Image.new("RGB", (8, 8)).save(webp_buffer, "WEBP", lossless=True, exif=exif.tobytes())
    webp = clean_image(webp_buffer.getvalue(), "image/webp")
    assert webp is not None and NAME_MARKER.encode() not in webp
    assert clean_image(b"\xff\xd8\xff\xe0garbage", "image/jpeg") is None
    assert clean_image(b"%PDF-1.4", "application/pdf") is None


@pytest.mark.parametrize(
    ("name", "masked"),
    [("张三", "张某"), ("欧阳娜娜", "欧阳某"), ("Chan Tai Man", "C. T. M."), ("", ""), ("司马", "司某")],
)
def test_masked_name(name: str, masked: str) -> None:
    assert masked_name(name) == masked
