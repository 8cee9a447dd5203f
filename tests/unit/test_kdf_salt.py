"""Issue 19 item 9: the header keeps an 8-byte Argon2 salt (docs/VAULT-SAFETY.md says why); every
vault gets its own random one, and bundles may not demand unbounded key-derivation work (item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import kdf
from app.vault import Vault

from .vaultutil import FAST_KDF, PASSPHRASE


def test_each_vault_has_its_own_salt_and_key(tmp_path: Path) -> None:
    headers = []
    for name in ("a.flv", "b.flv", "c.flv"):
        Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF).close()
        headers.append(kdf.parse_header((tmp_path / name).read_bytes()[: kdf.HEADER_SIZE]))
    salts = {h.salt for h in headers}
    assert len(salts) == 3 and all(len(s) == 8 for s in salts)
    keys = {bytes(kdf.derive_key(PASSPHRASE.encode(), h.salt, h.params)) for h in headers}
    assert len(keys) == 3, "the same passphrase gives a different key in every vault"
    assert len({h.verifier for h in headers}) == 3


def test_salt_choice_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "VAULT-SAFETY.md").read_text(encoding="utf-8")
    assert "Why the Argon2 salt is 8 bytes" in doc


@pytest.mark.parametrize(
    ("time_cost", "log2_memory", "allowed"),
    [(3, 16, True), (48, 16, True), (49, 16, False), (12, 18, True), (13, 18, False), (100, 18, False)],
)
def test_shared_files_have_a_work_budget(time_cost: int, log2_memory: int, allowed: bool) -> None:
    params = kdf.KdfParams(time_cost=time_cost, log2_memory_kib=log2_memory)
    assert kdf.within_shared_budget(params) is allowed
    assert kdf.within_shared_budget(kdf.capped_for_sharing(params))


def test_a_bundle_demanding_minutes_of_work_is_refused_at_once(tmp_path: Path) -> None:
    import time

    from app.bundle import export_bundle, import_bundle
    from app.errors import BundleMalformed
    from app.records import add_record

    from .vaultutil import facts, new_vault

    with new_vault(tmp_path / "v.flv") as v:
        rid = add_record(v, facts())
        out = tmp_path / "case.flbundle"
        export_bundle(v, out, "bundle pass", record_ids=[rid], kdf_params=FAST_KDF)
    raw = bytearray(out.read_bytes())
    assert raw[10] == FAST_KDF.time_cost and raw[11] == FAST_KDF.log2_memory_kib  # v1 header layout
    raw[10], raw[11] = 100, 18  # t=100 over 256 MiB: the 19.6 s
    out.write_bytes(bytes(raw))
    with new_vault(tmp_path / "w.flv") as w:
        started = time.perf_counter()
        with pytest.raises(BundleMalformed, match="key derivation"):
            import_bundle(w, out, "bundle pass")
        assert time.perf_counter() - started < 2
