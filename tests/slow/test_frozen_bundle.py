"""The frozen (PyInstaller) app as a resident gets it. `make test-package` builds dist/faceledger, runs this.

- starts the desktop app offscreen, hardened: RLIMIT_CORE (0, 0) and not dumpable (TEST-MATRIX P5);
- creates a vault, adds a record from a facts file and writes a letter PDF, all through the bundle's
  own CLI entry point, run from a folder outside the checkout with no Python of ours on any path;
- every font in that PDF is embedded (pdffonts);
- the bundle carries none of this machine's build paths (checkout, virtualenv), no loose bytecode, and
  only relative source names in its compiled modules.

Without a bundle the tests skip, unless FACELEDGER_BUNDLE names one (make test-package): then it must exist.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

import app

pytestmark = [pytest.mark.slow]
# The release workflow runs this file against the Linux, Windows and macOS bundles: the command-line and
# PDF tests run everywhere; the /proc, ELF and Linux-layout checks only on Linux.
LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="Linux bundle layout, /proc and ELF checks")

REPO = Path(__file__).resolve().parents[2]
# Linux: dist/faceledger/faceledger. Windows: dist/FaceLedger/faceledger-cli.exe (the console twin of
# FaceLedger.exe). macOS: FACELEDGER_BUNDLE=dist/FaceLedger.app/Contents/MacOS, faceledger-cli.
EXE_NAME = {"win32": "faceledger-cli.exe", "darwin": "faceledger-cli"}.get(sys.platform, "faceledger")
PASSPHRASE = "冻结 bundle test passphrase 7"
NOBODY = 65534

FACTS = {
    "jurisdiction": "CN",
    "city": "北京",
    "date": "2025-08-03",
    "last_seen": "2026-11-01",
    "place_type": "residential_compound",
    "place_name": "朝阳区某小区东门",
    "handler": {"name": "北京某物业服务有限公司", "kind": "property_manager"},
    "method": "access_gate",
    "purpose": "access_control",
    "recognition": "verify_1to1",
    "notice": "none",
    "consent": "not_asked",
    "alternative": "none",
    "service_refused_without_face": True,
    "consent_given_before": False,
}


# --- fixtures ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundle() -> Path:
    named = os.environ.get("FACELEDGER_BUNDLE")
    path = Path(named) if named else REPO / "dist" / "faceledger"
    if not path.is_absolute():
        path = REPO / path
    if not (path / EXE_NAME).is_file():
        if named:
            pytest.fail(f"FACELEDGER_BUNDLE={named}: no {EXE_NAME} in it (run make package)")
        pytest.skip("no frozen bundle in dist/faceledger: run `make package` (or `make test-package`)")
    if not named:  # found by default: only worth testing if it was built from the current sources
        built = (path / EXE_NAME).stat().st_mtime
        sources = [p for d in ("app", "ui", "resources") for p in (REPO / d).rglob("*") if p.is_file()]
        newer = [p for p in sources if p.stat().st_mtime > built and p.suffix not in (".pyc", ".qm")]
        if newer:
            pytest.skip(f"dist/faceledger is older than {newer[0].relative_to(REPO)}: make test-package")
    return path


def clean_env(home: Path) -> dict[str, str]:
    """What a resident's session has: no virtualenv, no PYTHONPATH, its own home and data folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "FACELEDGER_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        PATH="/usr/bin:/bin" if LINUX else os.environ.get("PATH", ""),  # Windows/macOS: poppler's folder
        LANG="C.UTF-8",
    )
    return env


@pytest.fixture()
def resident(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    home = tmp_path / "resident"  # not conftest's tmp_path/home: the bundle gets no FACELEDGER_*_DIR
    home.mkdir()
    env = clean_env(home)
    env["FACELEDGER_PASSPHRASE"] = PASSPHRASE
    env["FACELEDGER_KDF_TIME_COST"] = "3"  # the RFC 9106 floor; keeps the test fast, still a real Argon2id
    return home, env


def run_cli(
    bundle: Path, args: list[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(bundle / EXE_NAME), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


# --- the app runs ---------------------------------------------------------------------------------------
def test_version_matches_the_source(bundle: Path, resident: tuple[Path, dict[str, str]]) -> None:
    home, env = resident
    result = run_cli(bundle, ["--version"], env, home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"FaceLedger {app.__version__}"


def test_vault_record_and_letter_pdf_with_embedded_fonts(
    bundle: Path, resident: tuple[Path, dict[str, str]]
) -> None:
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdffonts, pdftotext) not installed")
    home, env = resident
    vault = home / "证据.flv"
    facts_file = home / "facts.json"
    facts_file.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")

    init = run_cli(bundle, ["vault", "init", "--vault", str(vault)], env, home)
    assert init.returncode == 0, init.stderr
    assert vault.is_file()

    # Evidence photos go through Pillow inside the bundle: EXIF capture time from the JPEG, WebP decoded.
    photo = home / "gate.jpg"
    exif = Image.Exif()
    exif[0x8769] = {36867: "2025:08:03 09:15:00"}  # Exif IFD: DateTimeOriginal
    Image.new("RGB", (64, 48), (30, 70, 88)).save(photo, exif=exif.tobytes())
    sign = home / "sign.webp"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(sign)
    add_args = ["log", "add", str(facts_file), "--vault", str(vault), "--attach", str(photo), str(sign)]
    added = run_cli(bundle, add_args, env, home)
    assert added.returncode == 0, added.stderr
    record_id = added.stdout.strip()
    assert record_id.isdigit(), added.stdout

    listed = run_cli(bundle, ["log", "list", "--vault", str(vault), "--json"], env, home)
    assert listed.returncode == 0, listed.stderr
    [record] = json.loads(listed.stdout)
    assert record["handler_name"] == FACTS["handler"]["name"]  # type: ignore[index]
    assert record["evidence_count"] == 2
    assert record["evidence"][0]["captured_at"] == "2025-08-03T09:15:00"

    # A letter is exported only with a sender (name + reply address), set once per vault before the
    # request is composed (the letter keeps the sender it was written with).
    sender = home / "sender.json"
    sender.write_text(
        json.dumps({"name": "张三", "phone": "13800000000", "email": "zhang@example.com",
                    "address": "北京市朝阳区某路1号"}, ensure_ascii=False),
        encoding="utf-8",
    )  # fmt: skip
    set_args = ["request", "sender", "--vault", str(vault), "--set", str(sender)]
    set_sender = run_cli(bundle, set_args, env, home)
    assert set_sender.returncode == 0, set_sender.stderr
    types_ = "withdraw_consent,deletion"
    request = run_cli(
        bundle, ["request", "new", "--vault", str(vault), "--record", record_id, "--type", types_], env, home
    )
    assert request.returncode == 0, request.stderr
    request_id = request.stdout.strip().splitlines()[-1]
    assert request_id.isdigit(), request.stdout

    pdf = home / "letter.pdf"
    letter = run_cli(
        bundle, ["request", "letter", "--vault", str(vault), request_id, "--out", str(pdf)], env, home
    )
    assert letter.returncode == 0, letter.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    assert FACTS["handler"]["name"] in text.stdout  # type: ignore[index]
    assert "个人信息保护法" in text.stdout  # cites the PIPL, in Chinese, extractable
    assert_all_fonts_embedded(pdf)

    # The wrong passphrase through the bundle: one line, exit 2, nothing written.
    before = vault.read_bytes()
    wrong_env = {**env, "FACELEDGER_PASSPHRASE": "x"}
    wrong = run_cli(bundle, ["log", "list", "--vault", str(vault)], wrong_env, home)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1, wrong.stderr
    assert vault.read_bytes() == before


@pytest.mark.parametrize(("lang", "expected"), [("zh-CN", "个人信息保护法"), ("en", "Personal Information")])
def test_letter_from_facts_file_embeds_fonts(
    bundle: Path, resident: tuple[Path, dict[str, str]], lang: str, expected: str
) -> None:
    """SPEC's `faceledger letter FACTS.json --type … --lang … --out FILE.pdf`, no vault involved."""
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdffonts, pdftotext) not installed")
    home, env = resident
    facts_file = home / "facts.json"
    facts_file.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    pdf = home / f"letter-{lang}.pdf"
    types_ = "withdraw_consent,deletion"
    args = ["letter", str(facts_file), "--type", types_, "--lang", lang, "--out", str(pdf)]
    result = run_cli(bundle, args, env, home)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    assert expected in text.stdout
    assert_all_fonts_embedded(pdf)


def assert_all_fonts_embedded(pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert len(lines) >= 3 and lines[1].startswith("---"), out
    # Columns are fixed-width, laid out by the dashes of the second line: name type encoding emb sub uni …
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    header = [lines[0][a:b].strip() for a, b in spans]
    emb = header.index("emb")
    fonts = [[row[a:b].strip() for a, b in spans] for row in lines[2:] if row.strip()]
    assert fonts, f"no fonts in {pdf}"
    not_embedded = [f[0] for f in fonts if f[emb] != "yes"]
    assert not_embedded == [], f"fonts not embedded: {not_embedded}\n{out}"


# --- P5 on the release build: started exactly as the menu entry starts it --------------------------------
def _maps(pid: int) -> str | None:
    """The process's mapped files; None when the kernel hides them (a non-dumpable process of our own
    user, seen without CAP_SYS_PTRACE)."""
    try:
        return Path(f"/proc/{pid}/maps").read_text()
    except PermissionError:
        return None
    except OSError:
        return ""


def _runnable_by(bundle: Path, uid: int, scratch: Path) -> Path:
    """The bundle, at a path user `uid` can read (the checkout may be private to root)."""
    probe = subprocess.run(
        [str(bundle / EXE_NAME), "--version"], user=uid, group=uid, capture_output=True, timeout=60,
        env=clean_env(scratch), cwd=scratch,
    )  # fmt: skip
    if probe.returncode == 0:
        return bundle
    copy = scratch / "bundle"
    shutil.copytree(bundle, copy, symlinks=True)
    return copy


@pytest.fixture()
def gui_user() -> Iterator[tuple[int, Path]]:
    """Run the GUI as an unprivileged user: then the kernel shows non-dumpable as /proc/<pid> owned by root.
    As root, that user is nobody, in a scratch folder it can write; otherwise it is the current user."""
    scratch = Path(tempfile.mkdtemp(prefix="faceledger-frozen-"))
    try:
        scratch.chmod(0o755)
        home = scratch / "home"
        home.mkdir()
        uid = NOBODY if os.geteuid() == 0 else os.geteuid()
        if os.geteuid() == 0:
            os.chown(home, NOBODY, NOBODY)
        yield uid, scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@linux_only
def test_no_core_dumps_in_the_running_release_build(bundle: Path, gui_user: tuple[int, Path]) -> None:
    uid, scratch = gui_user
    home = scratch / "home"
    exe_dir = _runnable_by(bundle, uid, scratch) if uid != os.geteuid() else bundle
    env = clean_env(home)
    for name in ("CONFIG", "DATA", "STATE"):
        env[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    extra = {"user": uid, "group": uid} if uid != os.geteuid() else {}
    # No arguments: what the .desktop entry and a double click do.
    proc = subprocess.Popen(
        [str(exe_dir / EXE_NAME)], env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **extra
    )  # type: ignore[call-overload]
    try:
        deadline = time.monotonic() + 30
        maps = _maps(proc.pid)
        while time.monotonic() < deadline and proc.poll() is None and maps is not None:
            if "libqoffscreen" in maps:
                break
            time.sleep(0.2)
            maps = _maps(proc.pid)
        time.sleep(2.0 if maps is not None else 8.0)  # past QApplication and the first window
        assert proc.poll() is None, f"the app exited with {proc.returncode}: {proc.communicate()[1]!r}"
        maps = _maps(proc.pid)
        if maps is not None:  # readable as root; hidden from the same unprivileged user (non-dumpable)
            assert "libqoffscreen" in maps, "the Qt offscreen platform plugin never loaded"
            qt_core = {line.split()[-1] for line in maps.splitlines() if "libQt6Core.so" in line}
            from_bundle = all(p.startswith(str(exe_dir)) for p in qt_core)
            assert qt_core and from_bundle, f"Qt not loaded from the bundle: {qt_core}"

        limits = Path(f"/proc/{proc.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"], core

        status = Path(f"/proc/{proc.pid}/status")
        real_uid = int(next(x for x in status.read_text().splitlines() if x.startswith("Uid:")).split()[1])
        assert real_uid == uid and uid != 0
        # The kernel gives /proc/<pid> of a non-dumpable process to root (proc(5), PR_SET_DUMPABLE).
        assert status.stat().st_uid == 0, "the app is dumpable: prctl(PR_SET_DUMPABLE, 0) did not run"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()

    # Control: the same check on a plain process of that user sees a dumpable one, so it can fail.
    control = subprocess.Popen(["sleep", "5"], **extra)  # type: ignore[call-overload]
    try:
        time.sleep(0.3)
        assert Path(f"/proc/{control.pid}/status").stat().st_uid == uid
    finally:
        control.kill()
        control.wait()


# --- nothing of this machine inside -------------------------------------------------------------------------
def build_paths() -> list[bytes]:
    """Paths that would tell where and by whom the release was built."""
    paths = {str(REPO), str(REPO.resolve()), sys.prefix, str(Path(sys.prefix).resolve())}
    return sorted({p.encode() for p in paths if len(p) > 4})


def interpreter_prefix() -> bytes:
    """Where the build's Python itself is installed (compiled into libpython and _sysconfigdata)."""
    return str(Path(sys.base_prefix).resolve()).encode()


def test_licences_ship_with_the_bundle(bundle: Path) -> None:
    """GPL-3.0 text, the LGPL-3.0 that Qt/PySide6 come under, and the third-party notices."""
    folders = [p for p in bundle.parent.rglob("licenses") if p.is_dir() and (p / "LICENSE").is_file()]
    assert folders, f"no licenses/LICENSE in {bundle.parent}"
    names = {p.name for p in folders[0].iterdir()}
    assert {"LICENSE", "LGPL-3.0.txt", "THIRD-PARTY-NOTICES.md"} <= names, names
    assert "GNU GENERAL PUBLIC LICENSE" in (folders[0] / "LICENSE").read_text(encoding="utf-8")


@linux_only
def test_bundle_layout_has_resources_and_no_loose_bytecode(bundle: Path) -> None:
    internal = bundle / "_internal"
    for folder in ("rules", "texts", "schema", "fonts", "icons"):
        assert any((internal / "resources" / folder).iterdir()), f"resources/{folder} missing from the bundle"
    if list((REPO / "resources" / "i18n").glob("*.ts")):
        assert list((internal / "resources" / "i18n").glob("*.qm")), "compiled translations missing"
    assert not list((internal / "resources").rglob("*.ts")), "translation sources shipped"
    loose = [p for p in bundle.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]
    assert loose == [], f"loose bytecode: {loose[:5]}"
    # Our code is only inside the archive, never as readable .py next to the binary.
    assert not (internal / "app").exists() and not (internal / "ui").exists()
    # The system's C++ runtime, not a bundled older one that breaks Mesa drivers (see the spec).
    assert not (internal / "libstdc++.so.6").exists() and not (internal / "libgcc_s.so.1").exists()
    # Only the Qt platform plugins a desktop needs (and offscreen for tests and CI).
    platforms = sorted(p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir())
    assert platforms == ["libqoffscreen.so", "libqwayland.so", "libqxcb.so"], platforms


@linux_only
def test_no_build_paths_in_any_file(bundle: Path) -> None:
    needles = build_paths()
    prefix = interpreter_prefix()
    leaks: list[str] = []
    prefix_files: list[str] = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        rel = str(path.relative_to(bundle))
        leaks += [f"{rel}: {n.decode()}" for n in needles if n in data]
        if prefix in data:
            prefix_files.append(rel)
    assert leaks == [], "build paths in the bundle:\n" + "\n".join(leaks)
    # The build interpreter's own prefix may appear only where CPython compiled it in (libpython's
    # PREFIX, RUNPATH of its extension modules); our files never carry it.
    allowed = re.compile(r"^_internal/(libpython3\.\d+\.so[.\d]*|python3\.\d+/lib-dynload/.+\.so)$")
    assert [f for f in prefix_files if not allowed.match(f)] == []


def _code_strings(code: types.CodeType) -> Iterator[str]:
    yield code.co_filename
    for const in code.co_consts:
        if isinstance(const, str):
            yield const
        elif isinstance(const, types.CodeType):
            yield from _code_strings(const)


@linux_only
def test_compiled_modules_carry_relative_names_only(bundle: Path, tmp_path: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    carchive = CArchiveReader(str(bundle / EXE_NAME))
    pyz_file = tmp_path / "PYZ.pyz"
    pyz_file.write_bytes(carchive.extract("PYZ.pyz"))
    pyz = ZlibArchiveReader(str(pyz_file))
    needles = [n.decode() for n in build_paths()]
    home = str(Path.home())
    prefix = interpreter_prefix().decode()
    absolute, leaks, ours = [], [], 0
    for name in pyz.toc:
        code = pyz.extract(name)
        if not isinstance(code, types.CodeType):
            continue  # a package's directory entry
        if not code.co_filename or code.co_filename.startswith("/"):
            absolute.append(f"{name}: {code.co_filename}")
        strings = list(_code_strings(code))
        leaks += [f"{name}: {n}" for n in needles for s in strings if n in s]
        mine = name.split(".")[0] in ("app", "ui")
        ours += mine
        if mine:
            leaks += [f"{name}: home {home}" for s in strings if home + "/" in s]
        elif not name.startswith("_sysconfigdata"):
            leaks += [f"{name}: interpreter prefix" for s in strings if prefix in s]
    assert ours > 10, "app/ and ui/ modules missing from the archive"
    assert absolute == [], f"absolute source names: {absolute[:10]}"
    assert leaks == [], "build paths in compiled modules:\n" + "\n".join(sorted(set(leaks))[:20])
