"""Interoperability with the age reference tool (the Debian `age` package, installed by
tools/install-system-test-deps.sh): a bundle the app seals opens with `age -d`, and files made by
`age -r` / `age -a` around the app's payload open in the app. Real subprocesses, real files."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyrage import passphrase as age_passphrase

from app.bundle import export_bundle, import_bundle, keys
from app.bundle.content import build_manifest
from app.bundle.export import collect
from app.bundle.format import build_payload
from app.errors import BundleNotForThisVault
from tests.unit.test_bundle_util import counts, make_case
from tests.unit.vaultutil import new_vault

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None, reason="the age tool is not installed (apt-get install age)")


def _age(*args: str, stdin: bytes | None = None) -> bytes:
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=stdin, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


@pytest.fixture()
def vaults(tmp_path: Path) -> Iterator[dict[str, Any]]:
    with new_vault(tmp_path / "src.db") as src, new_vault(tmp_path / "group.db") as group:
        ids = make_case(src)
        key = keys.create_group_key(group, "某某公益")
        yield {"src": src, "group": group, "ids": ids, "key": key, "dir": tmp_path}


def _identity_file(vaults: dict[str, Any]) -> Path:
    """The group's identity as the owner would export it, opened with its passphrase for `age -i`."""
    sealed = keys.export_identity_sealed(vaults["group"], vaults["key"].id, "export pass")
    path = vaults["dir"] / "identity.txt"
    path.write_bytes(age_passphrase.decrypt(sealed, "export pass"))
    return path


def test_app_bundle_opens_with_the_age_tool(vaults: dict[str, Any]) -> None:
    out = vaults["dir"] / "case.age"
    export_bundle(
        vaults["src"], out, recipients=[vaults["key"].public_key], profile_id=vaults["ids"]["profile"]
    )
    plain = _age("-d", "-i", str(_identity_file(vaults)), str(out))
    assert plain.startswith(b"FLBP1\n") and b'"format":"faceledger-case-bundle"' in plain


def test_age_r_around_the_app_payload_opens_in_the_app(vaults: dict[str, Any]) -> None:
    contents, _, _ = collect(vaults["src"], profile_id=vaults["ids"]["profile"])
    payload = bytes(build_payload(build_manifest(contents), contents.blobs))
    other = keys.create_group_key(vaults["src"], "someone else")
    for armored in (False, True):
        path = vaults["dir"] / f"from-age{'-armored' if armored else ''}.age"
        args = ["-r", vaults["key"].public_key, "-r", other.public_key, "-o", str(path)]
        _age(*(["-a"] if armored else []), *args, stdin=payload)
        if armored:
            assert path.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
            with new_vault(vaults["dir"] / "fresh.db") as fresh:
                keys.create_group_key(fresh, "unrelated")
                with pytest.raises(BundleNotForThisVault):
                    import_bundle(fresh, path)
            # Same bundle id as the plain copy: the group's vault refuses it as already imported.
            with pytest.raises(Exception, match="already imported"):
                import_bundle(vaults["group"], path)
            continue
        report = import_bundle(vaults["group"], path)
        assert report.added["records"] == 2 and report.sealed["recipients"] == 2
        assert report.sealed["key_name"] == "某某公益"


def _with_terminal(command: list[str], typed: str) -> None:
    """Run an age command that reads its passphrase from a terminal (age never takes it from stdin
    or the environment), through util-linux `script`, which gives it a pseudo-terminal."""
    script = shutil.which("script")
    if script is None:
        pytest.skip("needs util-linux `script` to give age a terminal")
    done = subprocess.run(
        [script, "-qec", shlex.join(command), "/dev/null"],
        input=typed.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_passphrase_bundles_both_ways_with_the_age_tool(vaults: dict[str, Any]) -> None:
    assert AGE is not None
    secret = "长 passphrase 123"
    # The app's scrypt bundle opens with `age -d`.
    out = vaults["dir"] / "pass.age"
    export_bundle(vaults["src"], out, secret, record_ids=[vaults["ids"]["second"]])
    plain_path = vaults["dir"] / "plain.bin"
    _with_terminal([AGE, "-d", "-o", str(plain_path), str(out)], secret + "\n")
    assert plain_path.read_bytes().startswith(b"FLBP1\n")
    # A file made by `age -p` around the app's payload opens in the app with the same passphrase.
    contents, _, _ = collect(vaults["src"], record_ids=[vaults["ids"]["unrelated"]])
    plain_path.write_bytes(bytes(build_payload(build_manifest(contents), contents.blobs)))
    made = vaults["dir"] / "made-by-age.age"
    _with_terminal([AGE, "-p", "-o", str(made), str(plain_path)], f"{secret}\n{secret}\n")
    assert made.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    before = counts(vaults["group"])
    report = import_bundle(vaults["group"], made, secret)
    assert report.added["records"] == 1 and report.sealed["envelope"] == "age-scrypt"
    assert counts(vaults["group"])["records"] == before["records"] + 1
