"""TEST-MATRIX D6 for import-merge: a SIGKILL in the middle of a merge leaves no half-imported case,
and the same bundle imports completely afterwards (it was not recorded as imported)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from app.bundle import export_bundle, import_bundle
from app.bundle.importer import CRASH_LABEL
from app.vault import CRASH_ENV, Vault
from tests.unit.test_bundle_util import BUNDLE_KDF, BUNDLE_PASS, counts, make_case
from tests.unit.vaultutil import PASSPHRASE, new_vault


@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL")
def test_kill_during_merge_leaves_no_half_imported_case(tmp_path: Path) -> None:
    bundle, target = tmp_path / "case.flb", tmp_path / "target.db"
    with new_vault(tmp_path / "src.db") as vault:
        ids = make_case(vault)
        export_bundle(vault, bundle, BUNDLE_PASS, profile_id=ids["profile"], kdf_params=BUNDLE_KDF)
    with new_vault(target) as vault:
        before = counts(vault)
    pid = os.fork()
    if pid == 0:
        try:
            os.environ[CRASH_ENV] = CRASH_LABEL
            with Vault.open(target, PASSPHRASE) as vault:
                import_bundle(vault, bundle, BUNDLE_PASS)
        finally:
            os._exit(0)  # reached only if the crash point was not hit
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "crash point not reached"
    with Vault.open(target, PASSPHRASE) as vault:
        assert vault.check().ok
        assert counts(vault) == before  # the records written before the kill were rolled back
        report = import_bundle(vault, bundle, BUNDLE_PASS)
        assert report.added["records"] == 2 and report.added["events"] == 3
