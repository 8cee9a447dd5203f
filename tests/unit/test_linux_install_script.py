"""packaging/linux/install.sh on an unpacked tarball layout (with a stand-in program, so it runs in ms).

Here the installer's own promises are checked: a menu entry pointing at the installed program, upgrade
in place, an uninstall that never touches data, refusal to overwrite what it did not make, and no install
of a program that cannot start on this system.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def make_tarball_tree(
    root: Path, version_line: str = f"FaceLedger {app.__version__}", works: bool = True
) -> Path:
    """The layout packaging/linux/build.sh stages, with a shell script in place of the frozen program."""
    tree = root / "FaceLedger-x-linux-x86_64"
    (tree / "faceledger" / "_internal").mkdir(parents=True)
    program = tree / "faceledger" / "faceledger"
    body = f'echo "{version_line}"' if works else 'echo "libc.so.6: version GLIBC_2.99 not found" >&2; exit 1'
    program.write_text(f"#!/bin/sh\n{body}\n")
    program.chmod(0o755)
    (tree / "faceledger" / "_internal" / "payload.txt").write_text(version_line)
    (tree / "share" / "applications").mkdir(parents=True)
    (tree / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(LINUX / f"{app.APP_ID}.desktop", tree / "share" / "applications")
    shutil.copy(LINUX / f"{app.APP_ID}.metainfo.xml", tree / "share" / "metainfo")
    shutil.copytree(LINUX / "icons", tree / "share" / "icons")
    shutil.copy(LINUX / "install.sh", tree / "install.sh")
    return tree


def install(tree: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    cmd = ["bash", str(tree / "install.sh"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)


def test_prefix_install_upgrade_and_uninstall(tmp_path: Path) -> None:
    tree = make_tarball_tree(tmp_path / "v1")
    prefix = tmp_path / "my apps"  # a space: the desktop entry must quote the path
    home = tmp_path / "userhome"
    home.mkdir()
    result = install(tree, home, "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr

    appdir = prefix / "lib" / "faceledger"
    assert (appdir / "faceledger").is_file() and (appdir / ".faceledger-install").is_file()
    link = prefix / "bin" / "faceledger"
    assert link.is_symlink() and Path(os.readlink(link)) == appdir / "faceledger"
    desktop = prefix / "share" / "applications" / f"{app.APP_ID}.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{appdir}/faceledger" gui' in lines
    assert f"TryExec={appdir}/faceledger" in lines
    assert (prefix / "share" / "metainfo" / f"{app.APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{app.APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout == "", check.stdout

    # Upgrade: the new files replace the old, in place.
    tree2 = make_tarball_tree(tmp_path / "v2", version_line="FaceLedger 9.9.9")
    assert install(tree2, home, "--prefix", str(prefix)).returncode == 0
    assert (appdir / "_internal" / "payload.txt").read_text() == "FaceLedger 9.9.9"
    assert not list((prefix / "lib").glob("faceledger.*")), "leftover .old/.new folders"

    # Uninstall: the program goes, data that happens to sit under the same prefix stays.
    data = prefix / "share" / "FaceLedger" / "faceledger.vault"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"evidence")
    result = install(tree2, home, "--prefix", str(prefix), "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not appdir.exists() and not link.exists() and not desktop.exists()
    assert not list((prefix / "share" / "icons").rglob(f"{app.APP_ID}.png"))
    assert data.read_bytes() == b"evidence"


def test_refuses_to_overwrite_a_folder_it_did_not_make(tmp_path: Path) -> None:
    tree = make_tarball_tree(tmp_path / "t")
    foreign = tmp_path / "p" / "lib" / "faceledger"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    for extra in ([], ["--uninstall"]):
        result = install(tree, tmp_path, "--prefix", str(tmp_path / "p"), *extra)
        assert result.returncode == 1 and "not made by this installer" in result.stderr
        assert (foreign / "notes.txt").read_text() == "mine"


def test_a_program_that_cannot_start_is_not_installed(tmp_path: Path) -> None:
    good = make_tarball_tree(tmp_path / "good")
    prefix = tmp_path / "p"
    assert install(good, tmp_path, "--prefix", str(prefix)).returncode == 0
    bad = make_tarball_tree(tmp_path / "bad", works=False)
    result = install(bad, tmp_path, "--prefix", str(prefix))
    assert result.returncode == 1 and "GLIBC_2.99" in result.stderr
    # The working version is still there, untouched.
    out = subprocess.run([str(prefix / "bin" / "faceledger")], capture_output=True, text=True)
    assert out.stdout.strip() == f"FaceLedger {app.__version__}"
    assert not (prefix / "lib" / "faceledger.new").exists()


def test_user_install_goes_under_home_and_away_from_the_data_folder(tmp_path: Path) -> None:
    tree = make_tarball_tree(tmp_path / "t")
    home = tmp_path / "home2"
    home.mkdir()
    result = subprocess.run(
        ["bash", str(tree / "install.sh"), "--user"], capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "lib" / "faceledger" / "faceledger").is_file()
    assert (home / ".local" / "share" / "applications" / f"{app.APP_ID}.desktop").is_file()
    # platformdirs keeps vaults in ~/.local/share/FaceLedger: the installer stays out of it.
    assert not (home / ".local" / "share" / "FaceLedger").exists()


@pytest.mark.parametrize("bad", ['quo"te', "dol$lar", "back`tick", "back\\slash"])
def test_paths_needing_desktop_escapes_are_refused(tmp_path: Path, bad: str) -> None:
    tree = make_tarball_tree(tmp_path / "t")
    result = install(tree, tmp_path, "--prefix", str(tmp_path / bad))
    assert result.returncode == 2 and "choose a folder" in result.stderr
    assert not (tmp_path / bad / "lib").exists()


def test_packaging_shell_scripts_pass_shellcheck() -> None:
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck not installed (Debian: shellcheck)")
    scripts = [LINUX / "install.sh", LINUX / "build.sh", REPO / "packaging" / "macos" / "make-dmg.sh"]
    result = subprocess.run(["shellcheck", *map(str, scripts)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout
