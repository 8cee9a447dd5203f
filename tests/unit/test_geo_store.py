"""Record places in a real SQLCipher vault: the migration, coding on write, corrections, consented GPS."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from PIL import Image

from app import migrations
from app.errors import InvalidInput, NotFound
from app.evidence import add_evidence
from app.geo.exif import evidence_gps, gps_position
from app.geo.store import (
    clear_gps,
    code_unplaced,
    get_place,
    nearest_unit_code,
    place_codes,
    set_gps,
    set_place,
)
from app.records import add_record, add_records, delete_record, update_record
from app.vault import Vault

from .vaultutil import PASSPHRASE, facts, new_vault


def _places_migration() -> int:
    return next(m.version for m in migrations.MIGRATIONS if m.description.startswith("record places"))


def _insert_raw_record(vault: Vault, record_facts: dict[str, object]) -> int:
    """A record as code before migration 'record places' wrote it (no place row)."""
    with vault.write() as conn:
        cur = conn.execute(
            "INSERT INTO records(uuid, facts_json, place_type, city, date, last_seen, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                json.dumps(record_facts, ensure_ascii=False),
                record_facts["place_type"],
                record_facts["city"],
                record_facts["date"],
                record_facts["date"],
                "2025-01-01T00:00:00+00:00",
                "2025-01-01T00:00:00+00:00",
            ),
        )
        return int(cur.lastrowid)


def test_migration_on_a_real_vault_keeps_records_and_codes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.flv"
    before = _places_migration() - 1
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        with new_vault(path) as vault:
            assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == before
            beijing = _insert_raw_record(vault, facts(city="北京", address="朝阳区建国路88号"))
            unknown = _insert_raw_record(vault, facts(city="杭州湾新区", address=""))
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "record_places" in tables
        assert get_place(vault, beijing) is None  # not coded yet: SQL migrations cannot read text
        assert code_unplaced(vault) == 2
        assert code_unplaced(vault) == 0
        place = get_place(vault, beijing)
        assert place is not None and (place.code, place.name, place.source) == (
            "110105",
            "北京市朝阳区",
            "auto",
        )
        unplaced = get_place(vault, unknown)
        assert unplaced is not None and unplaced.code == ""
        assert vault.check().ok


def test_records_are_coded_when_written_and_recoded_when_their_place_text_changes(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.flv") as vault:
        record = add_record(vault, facts(city="杭州", address="西湖区文三路100号"))
        assert get_place(vault, record).code == "330106"  # type: ignore[union-attr]
        ids = add_records(
            vault, [(facts(city="辽宁朝阳", address=""), ""), (facts(city="朝阳", address=""), "")]
        )
        places = [get_place(vault, i) for i in ids]
        assert [p.code for p in places if p] == ["211300", "211300"]
        assert places[1] is not None and "110105" in places[1].alternatives
        assert place_codes(vault, [record, *ids]) == {record: "330106", ids[0]: "211300", ids[1]: "211300"}

        # A correction sticks while the text stays the same ...
        corrected = set_place(vault, ids[1], "110105")
        assert (corrected.code, corrected.source, corrected.alternatives) == ("110105", "user", ())
        update_record(vault, ids[1], notes="多写一句备注")
        assert get_place(vault, ids[1]).code == "110105"  # type: ignore[union-attr]
        # ... and gives way when the place text changes (it was about the old text).
        update_record(vault, ids[1], facts(city="长春", address="朝阳区红旗街"))
        assert get_place(vault, ids[1]).code == "220104"  # type: ignore[union-attr]
        assert get_place(vault, ids[1]).source == "auto"  # type: ignore[union-attr]

        # Back to automatic on request.
        set_place(vault, record, "110105")
        assert set_place(vault, record, None).code == "330106"


def test_bad_corrections_change_nothing(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.flv") as vault:
        record = add_record(vault, facts())
        hk = add_record(vault, facts(jurisdiction="HK", city="香港", address="九龍"))
        before = get_place(vault, record)
        with pytest.raises(InvalidInput):
            set_place(vault, record, "999999")
        with pytest.raises(InvalidInput):
            set_place(vault, record, "北京")
        with pytest.raises(InvalidInput):
            set_place(vault, hk, "330100")  # a Hong Kong record's place is in Hong Kong
        with pytest.raises(NotFound):
            set_place(vault, 9999, "110105")
        assert get_place(vault, record) == before
        assert get_place(vault, hk).code == "810000"  # type: ignore[union-attr]


def _jpeg_with_gps(lat: tuple[float, float, float], lon: tuple[float, float, float]) -> bytes:
    image = Image.new("RGB", (8, 8), (10, 20, 30))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: lat, 3: "E", 4: lon}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_gps_only_with_consent_and_removable(tmp_path: Path) -> None:
    photo = _jpeg_with_gps((39.0, 54.0, 36.0), (116.0, 27.0, 0.0))
    lon, lat = gps_position(photo)  # type: ignore[misc]
    assert lon == pytest.approx(116.45) and lat == pytest.approx(39.91)
    assert gps_position(b"not an image") is None
    with new_vault(tmp_path / "v.flv") as vault:
        record = add_record(vault, facts(city="北京", address=""))
        evidence = add_evidence(vault, record, photo, "gate.jpg")
        assert evidence_gps(vault, evidence) == pytest.approx((116.45, 39.91))
        with pytest.raises(InvalidInput):
            set_gps(vault, record, lon, lat, consent=False)
        assert get_place(vault, record).gps_lon is None  # type: ignore[union-attr]
        with pytest.raises(InvalidInput):
            set_gps(vault, record, 500.0, lat, consent=True)
        set_gps(vault, record, lon, lat, consent=True)
        place = get_place(vault, record)
        assert place is not None and place.gps_lon == pytest.approx(lon) and place.gps_consent_at
        assert place.code == "110000"  # the administrative code is not changed by a GPS position
        assert nearest_unit_code(lon, lat) in {"110105", "110101", "110102"}
        clear_gps(vault, record)
        place = get_place(vault, record)
        assert place is not None and (place.gps_lon, place.gps_lat, place.gps_consent_at) == (
            None,
            None,
            None,
        )


def test_deleting_a_record_deletes_its_place(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.flv") as vault:
        record = add_record(vault, facts())
        set_gps(vault, record, 120.1, 30.2, consent=True)
        delete_record(vault, record)
        assert vault.conn.execute("SELECT count(*) FROM record_places").fetchone()[0] == 0
        with pytest.raises(NotFound):
            get_place(vault, record)


def test_a_case_bundle_does_not_carry_the_precise_position(tmp_path: Path) -> None:
    """Export a record with a consented GPS position, import it elsewhere: the code is read again
    from the facts there, the position stays behind."""
    from app.bundle import export_bundle, import_bundle
    from app.records import get_record, get_record_by_uuid
    from tests.unit.test_bundle_util import BUNDLE_KDF, BUNDLE_PASS, SMALL_CHUNK

    bundle = tmp_path / "case.bundle"
    with new_vault(tmp_path / "a.flv") as vault:
        record = add_record(vault, facts(city="北京", address="朝阳区建国路88号"))
        set_gps(vault, record, 116.461234, 39.909876, consent=True)
        record_uuid = get_record(vault, record).uuid
        export_bundle(
            vault, bundle, BUNDLE_PASS, kdf_params=BUNDLE_KDF, log2_chunk=SMALL_CHUNK, record_ids=[record]
        )
    with new_vault(tmp_path / "b.flv") as other:
        import_bundle(other, bundle, BUNDLE_PASS)
        imported = get_record_by_uuid(other, record_uuid)
        assert imported is not None
        place = get_place(other, imported.id)
        assert place is not None and place.code == "110105"
        assert (place.gps_lon, place.gps_lat, place.gps_consent_at) == (None, None, None)
