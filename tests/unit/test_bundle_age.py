"""Case bundles in the age format: sealed to group keys (one or several), or to a passphrase (scrypt),
next to FLBUNDLE v1 files that must keep opening. Real vaults, real files, real pyrage."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyrage import passphrase as age_passphrase

from app.bundle import (
    Envelope,
    bundle_envelope,
    export_bundle,
    import_bundle,
    keys,
    needs_passphrase,
    sealing,
)
from app.bundle import importer as importer_mod
from app.bundle.format import BundleLimits
from app.cli.bundle_cmd import sealed_sentence
from app.errors import (
    BundleNotForThisVault,
    BundleTampered,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidInput,
    OutputExists,
)
from app.evidence import add_evidence
from tests.unit.test_bundle_util import BUNDLE_KDF, BUNDLE_PASS, counts, file_state, make_case, snapshot
from tests.unit.vaultutil import new_vault


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A resident's vault with a case, two group vaults each with its own key, one passphrase bundle."""
    folder = tmp_path_factory.mktemp("age")
    resident = new_vault(folder / "resident.db")
    ids = make_case(resident)
    # A scan big enough that the bundle spans several 64 KiB STREAM chunks (tamper tests need that).
    add_evidence(resident, ids["first"], os.urandom(300_000), "scan.bin")
    group_a = new_vault(folder / "a.db")
    group_b = new_vault(folder / "b.db")
    key_a = keys.create_group_key(group_a, "某某公益 A")
    key_b = keys.create_group_key(group_b, "另一个公益 B")
    keys.add_trusted_recipient(resident, key_a.name, key_a.public_key)
    to_a = folder / "to_a.age"
    export_bundle(resident, to_a, recipients=[key_a.public_key], profile_id=ids["profile"])
    yield {
        "folder": folder,
        "resident": resident,
        "ids": ids,
        "a": group_a,
        "b": group_b,
        "key_a": key_a,
        "key_b": key_b,
        "to_a": to_a,
    }
    for vault in (resident, group_a, group_b):
        vault.close()


def test_sealed_to_a_group_opens_only_with_that_identity(world: dict[str, Any], tmp_path: Path) -> None:
    data = world["to_a"].read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> X25519 ")
    info = bundle_envelope(world["to_a"])
    assert info.envelope is Envelope.AGE_KEYS and info.recipients == 1 and not needs_passphrase(info)

    # Not with another group's identity: refused, nothing written.
    before = counts(world["b"])
    with pytest.raises(BundleNotForThisVault, match="none of this vault's group keys"):
        import_bundle(world["b"], world["to_a"])
    assert counts(world["b"]) == before
    # Not with a passphrase (even in a vault without any group key, even the right-looking one).
    with new_vault(tmp_path / "nokeys.db") as empty:
        with pytest.raises(BundleNotForThisVault, match="no group key"):
            import_bundle(empty, world["to_a"], BUNDLE_PASS)
    with pytest.raises(BundleWrongPassphrase):
        sealing.open_with_passphrase(sealing.load(data=data), BUNDLE_PASS, BundleLimits())

    # With the group's identity: the whole case arrives, and the report says who it was sealed to.
    report = import_bundle(world["a"], world["to_a"])
    assert report.added["records"] == 2 and report.added["evidence"] == 5 and report.added["events"] == 3
    assert report.sealed == {
        "envelope": "age-x25519",
        "key_id": world["key_a"].id,
        "key_name": "某某公益 A",
        "fingerprint": world["key_a"].fingerprint,
        "recipients": 1,
    }
    assert "某某公益 A" in sealed_sentence(report.sealed)
    uuids = {
        u
        for (u,) in world["resident"].conn.execute(
            "SELECT uuid FROM records WHERE profile_id = ?", (world["ids"]["profile"],)
        )
    }
    assert snapshot(world["a"], uuids) == snapshot(world["resident"], uuids)
    # No duplicates: the same file again is refused as a replay, and changes nothing.
    before = counts(world["a"])
    with pytest.raises(Exception, match="already imported"):
        import_bundle(world["a"], world["to_a"])
    assert counts(world["a"]) == before


def test_multi_recipient_opens_for_each_group_and_the_sender(tmp_path: Path) -> None:
    with (
        new_vault(tmp_path / "resident.db") as resident,
        new_vault(tmp_path / "a.db") as group_a,
        new_vault(tmp_path / "b.db") as group_b,
        new_vault(tmp_path / "c.db") as stranger,
    ):
        ids = make_case(resident)
        own = keys.create_group_key(resident, "我自己")
        key_a = keys.create_group_key(group_a, "A")
        key_b = keys.create_group_key(group_b, "B")
        keys.create_group_key(stranger, "C")
        out = tmp_path / "three.age"
        report = export_bundle(
            resident,
            out,
            recipients=[key_a.public_key, key_b.public_key, own.public_key, key_a.public_key],
            record_ids=[ids["first"]],
        )
        assert report.recipients == [key_a.public_key, key_b.public_key, own.public_key]  # deduplicated
        assert bundle_envelope(out).recipients == 3
        for vault, key in ((group_a, key_a), (group_b, key_b)):
            opened = import_bundle(vault, out)
            assert opened.sealed["key_id"] == key.id and opened.sealed["recipients"] == 3
            assert opened.added["records"] == 1
            assert "and 2 other key(s)" in sealed_sentence(opened.sealed)
        # The sender reopens it with their own key (already present: nothing duplicated).
        again = import_bundle(resident, out)
        assert again.sealed["key_name"] == "我自己" and again.skipped["records"] == 1
        assert sum(again.added.values()) == 0
        with pytest.raises(BundleNotForThisVault):
            import_bundle(stranger, out)


def test_a_retired_key_still_opens_and_the_newest_key_is_tried_first(tmp_path: Path) -> None:
    with new_vault(tmp_path / "src.db") as src, new_vault(tmp_path / "group.db") as group:
        ids = make_case(src)
        old = keys.create_group_key(group, "2025 key")
        export_bundle(src, tmp_path / "old.age", recipients=[old.public_key], record_ids=[ids["second"]])
        keys.retire_group_key(group, old.id)
        new = keys.create_group_key(group, "2026 key")
        export_bundle(src, tmp_path / "new.age", recipients=[new.public_key], record_ids=[ids["first"]])
        assert import_bundle(group, tmp_path / "old.age").sealed["key_name"] == "2025 key"
        assert import_bundle(group, tmp_path / "new.age").sealed["key_name"] == "2026 key"


def test_passphrase_bundle_in_age_scrypt(world: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "pass.age"
    report = export_bundle(
        world["resident"],
        out,
        BUNDLE_PASS,
        envelope=Envelope.AGE_PASSPHRASE,
        record_ids=[world["ids"]["second"]],
    )
    assert report.envelope == "age-scrypt" and report.recipients == []
    info = bundle_envelope(out)
    assert info.envelope is Envelope.AGE_PASSPHRASE and needs_passphrase(info)
    assert info.work_factor is not None and info.work_factor <= sealing.MAX_SCRYPT_LOG2_WORK
    with new_vault(tmp_path / "t.db") as target:
        before = file_state(tmp_path / "t.db")
        with pytest.raises(InvalidInput, match="give the passphrase"):
            import_bundle(target, out)
        with pytest.raises(BundleWrongPassphrase):
            import_bundle(target, out, "wrong passphrase")
        assert file_state(tmp_path / "t.db") == before
        imported = import_bundle(target, out, BUNDLE_PASS)
        assert imported.added["records"] == 1 and imported.sealed["envelope"] == "age-scrypt"
        assert "passphrase — age format" in sealed_sentence(imported.sealed)
    with pytest.raises(InvalidInput, match="passphrase is empty"):
        export_bundle(
            world["resident"],
            tmp_path / "e.age",
            "",
            envelope=Envelope.AGE_PASSPHRASE,
            record_ids=[world["ids"]["second"]],
        )
    assert not (tmp_path / "e.age").exists()


def _scrypt_header(log_n: int) -> bytes:
    salt = base64.b64encode(os.urandom(16)).rstrip(b"=")
    body = base64.b64encode(os.urandom(32)).rstrip(b"=")
    mac = base64.b64encode(os.urandom(32)).rstrip(b"=")
    return (
        b"age-encryption.org/v1\n-> scrypt "
        + salt
        + b" %d\n" % log_n
        + body
        + b"\n--- "
        + mac
        + b"\n"
        + os.urandom(60)
    )


def test_scrypt_work_factor_is_capped_before_any_work(world: dict[str, Any]) -> None:
    vault = world["a"]
    before = counts(vault)
    with pytest.raises(BundleTooLarge, match="work factor 2\\^30"):
        importer_mod.import_bundle_bytes(vault, _scrypt_header(30), BUNDLE_PASS)
    with pytest.raises(BundleTooLarge, match="2\\^21"):
        importer_mod.import_bundle_bytes(vault, _scrypt_header(sealing.MAX_SCRYPT_LOG2_WORK + 1), BUNDLE_PASS)
    # At the cap it is attempted (and fails as a wrong passphrase / damaged header, not as too large).
    with pytest.raises((BundleWrongPassphrase, BundleTampered)):
        importer_mod.import_bundle_bytes(vault, _scrypt_header(10), BUNDLE_PASS)
    assert counts(vault) == before


def test_v1_bundles_still_open(world: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "old.flb"
    report = export_bundle(
        world["resident"],
        out,
        BUNDLE_PASS,
        envelope=Envelope.V1,
        kdf_params=BUNDLE_KDF,
        record_ids=[world["ids"]["unrelated"]],
    )
    assert report.envelope == "faceledger-v1" and out.read_bytes().startswith(b"FLBUNDLE\x01")
    info = bundle_envelope(out)
    assert info.envelope is Envelope.V1 and needs_passphrase(info)
    with new_vault(tmp_path / "t.db") as target:
        imported = import_bundle(target, out, BUNDLE_PASS)
        assert imported.added["records"] == 1 and imported.sealed == {"envelope": "faceledger-v1"}
        assert "v1 format" in sealed_sentence(imported.sealed)


def test_nothing_is_parsed_before_the_whole_file_is_authenticated(
    world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[int] = []
    real = importer_mod.parse_contents

    def spy(payload: bytes | bytearray, limits: BundleLimits) -> Any:
        parsed.append(len(payload))
        return real(payload, limits)

    monkeypatch.setattr(importer_mod, "parse_contents", spy)
    data = world["to_a"].read_bytes()
    assert len(data) > 3 * sealing.AGE_CHUNK  # several STREAM chunks
    for bad in (data[:-1], data[: len(data) - 70_000], data[:-20] + bytes(20)):
        with pytest.raises(BundleTampered):
            importer_mod.import_bundle_bytes(world["a"], bad)
    assert parsed == []  # the payload of a cut or altered file never reached the parser


def test_size_caps_hold_for_age_bundles(world: dict[str, Any], tmp_path: Path) -> None:
    data = world["to_a"].read_bytes()
    small = BundleLimits(max_total_bytes=100_000)
    with pytest.raises(BundleTooLarge):  # by file size, before decrypting
        importer_mod.import_bundle_bytes(world["a"], data, limits=small)
    # A file within the size estimate whose plaintext passes the cap is stopped while decrypting.
    payload_cap = BundleLimits(max_total_bytes=len(data))  # the payload is a little smaller
    loaded = sealing.LoadedFile(sealing.identify(data[: sealing.MAX_HEADER_BYTES]), None, data, len(data))
    identities = keys.group_identities(world["a"])
    with pytest.raises(BundleTooLarge):
        sealing.open_with_identities(loaded, identities, BundleLimits(max_total_bytes=len(data) // 2))
    assert sealing.open_with_identities(loaded, identities, payload_cap)[0].startswith(b"FLBP1\n")
    # Export refuses a case over the limit and writes nothing.
    with pytest.raises(BundleTooLarge):
        export_bundle(
            world["resident"],
            tmp_path / "big.age",
            recipients=[world["key_a"].public_key],
            profile_id=world["ids"]["profile"],
            limits=small,
        )
    assert not (tmp_path / "big.age").exists() and not list(tmp_path.glob(".big.age*"))


def test_export_needs_recipients_and_respects_the_output_guard(world: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at least one recipient"):
        export_bundle(
            world["resident"],
            tmp_path / "x.age",
            envelope=Envelope.AGE_KEYS,
            record_ids=[world["ids"]["first"]],
        )
    existing = tmp_path / "exists.age"
    existing.write_bytes(b"keep me")
    with pytest.raises(OutputExists):
        export_bundle(
            world["resident"],
            existing,
            recipients=[world["key_a"].public_key],
            record_ids=[world["ids"]["first"]],
        )
    assert existing.read_bytes() == b"keep me"
    export_bundle(
        world["resident"],
        existing,
        recipients=[world["key_a"].public_key],
        record_ids=[world["ids"]["first"]],
        force=True,
    )
    assert existing.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert oct(existing.stat().st_mode & 0o777) == "0o600"


def test_a_payload_cannot_smuggle_a_bigger_scrypt_bundle_than_age_allows(tmp_path: Path) -> None:
    # age forbids an scrypt stanza next to other stanzas; the header check refuses it up front.
    sealed = age_passphrase.encrypt(b"FLBP1\n", "x")
    head_end = sealed.index(b"\n---")
    mixed = sealed[:head_end] + b"\n-> X25519 AAAA\nAAAA" + sealed[head_end:]
    with pytest.raises(BundleTampered, match="mixes a passphrase"):
        sealing.load(data=bytes(mixed))


def test_big_evidence_spans_many_chunks_and_round_trips(tmp_path: Path) -> None:
    with new_vault(tmp_path / "s.db") as src, new_vault(tmp_path / "g.db") as group:
        ids = make_case(src)
        blob = os.urandom(700_000)
        add_evidence(src, ids["first"], blob, "video-still.bin")
        key = keys.create_group_key(group, "G")
        export_bundle(src, tmp_path / "big.age", recipients=[key.public_key], record_ids=[ids["first"]])
        assert (tmp_path / "big.age").stat().st_size > 10 * sealing.AGE_CHUNK
        import_bundle(group, tmp_path / "big.age")
        (got,) = group.conn.execute(
            "SELECT data FROM evidence WHERE original_name = 'video-still.bin'"
        ).fetchone()
        assert bytes(got) == blob
