"""The wheel works as a stranger gets it: built from the sdist, installed into a fresh virtualenv, run
from an unrelated folder with a clean environment (no PYTHONPATH, no checkout on sys.path).

Build: sdist from the checkout → unpack → wheel from the unpacked sdist (so a file missing from the
sdist is caught too), through setuptools' PEP 517 backend without isolation (the test venv has
setuptools and PySide6, whose lrelease the build hook in setup.py runs).

Install: `python -m venv --without-pip`, then this interpreter's pip installs the wheel into it with
`--no-index`: the wheel itself is never taken from anywhere else. Its dependencies come from a cached
folder (pip install --target, once per dependency set, pinned to the versions tested in .venv; the
first run fills it from the package index or pip's cache) that the fresh venv sees through a .pth
file, so pip resolves the wheel's requirements against it and `pip check` verifies them. Measured
here: build ~3 s, venv + install ~6 s, the runs below ~10 s; the first fill of the dependency folder
~20 s more (743 MB).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

import app
from tests.conftest import REFERENCE_SCENARIOS

REPO = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"
DEPS_CACHE = Path(os.environ.get("FACELEDGER_TEST_CACHE") or Path.home() / ".cache" / "faceledger-tests")


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload, no-any-return]


def _build(tmp: Path) -> tuple[Path, Path]:
    try:
        setuptools_version = int(metadata.version("setuptools").split(".")[0])
    except metadata.PackageNotFoundError:
        setuptools_version = 0
    assert setuptools_version >= 77, (
        "the test extra needs setuptools>=77: run make test (pip install -e .[test])"
    )
    out = tmp / "dist"
    out.mkdir()
    backend = "import setuptools.build_meta as b, sys; print(b.build_{}(sys.argv[1]))"
    sdist = _run([sys.executable, "-c", backend.format("sdist"), str(out)], cwd=REPO)
    assert sdist.returncode == 0, sdist.stderr[-3000:]
    sdist_path = out / sdist.stdout.strip().splitlines()[-1]
    unpacked = tmp / "sdist"
    with tarfile.open(sdist_path) as tar:
        tar.extractall(unpacked, filter="data")
    (source,) = unpacked.iterdir()
    wheel = _run([sys.executable, "-c", backend.format("wheel"), str(out)], cwd=source)
    assert wheel.returncode == 0, wheel.stderr[-3000:]
    return sdist_path, out / wheel.stdout.strip().splitlines()[-1]


def _requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        text = zf.read(meta).decode("utf-8")
    return sorted(
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )


def _dependency_folder(wheel: Path) -> Path:
    """The wheel's dependencies at the versions installed in this venv, installed once into a cache."""
    requirements = _requirements(wheel)
    pins = []
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name and name.lower() != "faceledger":
            pins.append(f"{name}=={dist.version}")
    pins.sort(key=str.lower)
    direct = {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}
    key_pins = [p for p in pins if p.split("==")[0].lower().replace("_", "-") in direct]
    key = hashlib.sha256(json.dumps([sys.version, requirements, key_pins]).encode()).hexdigest()[:16]
    DEPS_CACHE.mkdir(parents=True, exist_ok=True)
    folder = DEPS_CACHE / f"wheel-deps-{key}"
    with (DEPS_CACHE / "wheel-deps.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (folder / ".complete").is_file():
            return folder
        for old in DEPS_CACHE.glob("wheel-deps-*"):  # one dependency set at a time: they are large
            shutil.rmtree(old, ignore_errors=True)
        constraints = DEPS_CACHE / "constraints.txt"
        constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
        staging = DEPS_CACHE / f"staging-{os.getpid()}"
        result = _run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(staging),
             "-c", str(constraints), *requirements]
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        staging.rename(folder)
        (folder / ".complete").touch()
    return folder


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    tmp = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    sdist, wheel = _build(tmp)
    built = time.monotonic()
    deps = _dependency_folder(wheel)
    filled = time.monotonic()
    venv = tmp / "venv"
    result = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert result.returncode == 0, result.stderr
    python = venv / "bin" / "python"
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    (Path(purelib.stdout.strip()) / "_faceledger_test_deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    result = _run([*pip, "install", "--quiet", "--no-index", str(wheel)])
    assert result.returncode == 0, result.stderr[-3000:]
    check = _run([*pip, "check"])
    assert check.returncode == 0, check.stdout + check.stderr
    installed_at = time.monotonic()
    print(
        f"\nwheel test: build {built - started:.1f} s, dependency folder {filled - built:.1f} s, "
        f"venv + install {installed_at - filled:.1f} s"
    )
    yield {"sdist": sdist, "wheel": wheel, "venv": venv, "python": python, "tmp": tmp}


@pytest.fixture()
def stranger(installed: dict[str, Path], tmp_path: Path) -> dict[str, object]:
    """A clean environment and an unrelated working folder, as for someone who just installed it."""
    work = tmp_path / "elsewhere"
    work.mkdir()
    home = tmp_path / "home"
    env = {
        "PATH": f"{installed['venv'] / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "FACELEDGER_CONFIG_DIR": str(home / "config"),
        "FACELEDGER_DATA_DIR": str(home / "data"),
        "FACELEDGER_STATE_DIR": str(home / "state"),
        "FACELEDGER_PASSPHRASE": PASS,
        "QT_QPA_PLATFORM": "offscreen",
    }
    return {"cwd": work, "env": env, "exe": str(installed["venv"] / "bin" / "faceledger")}


def _cli(stranger: dict[str, object], *args: str) -> subprocess.CompletedProcess[str]:
    return _run([str(stranger["exe"]), *args], cwd=stranger["cwd"], env=stranger["env"])


def test_sdist_and_wheel_carry_resources_translations_and_licences(installed: dict[str, Path]) -> None:
    with tarfile.open(installed["sdist"]) as tar:
        sdist_names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for name in ("resources/rules/library.json", "resources/i18n/faceledger_zh_HK.ts", "setup.py", "LICENSE"):
        assert name in sdist_names, name
    with zipfile.ZipFile(installed["wheel"]) as zf:
        names = set(zf.namelist())
    shipped = {str(p.relative_to(REPO)) for p in (REPO / "resources").rglob("*") if p.is_file()}
    for name in sorted(shipped):
        if name.endswith(".ts") or name.endswith(".qm"):
            continue
        assert f"app/{name}" in names, f"{name} is not in the wheel"
    for code in ("zh_CN", "en", "zh_HK"):
        assert f"app/resources/i18n/faceledger_{code}.qm" in names
    assert not any(n.endswith(".ts") for n in names)
    licences = {n.rsplit("/", 1)[-1] for n in names if ".dist-info/licenses/" in n}
    assert {"LICENSE", "LGPL-3.0.txt", "THIRD-PARTY-NOTICES.md"} <= licences


def test_resources_come_from_the_installed_package(
    installed: dict[str, Path], stranger: dict[str, object]
) -> None:
    code = "from app.paths import resources_path; print(resources_path('rules', 'library.json'))"
    result = _run([str(installed["python"]), "-c", code], cwd=stranger["cwd"], env=stranger["env"])
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.is_file() and path.is_relative_to(installed["venv"]), path
    assert not path.is_relative_to(REPO)


def test_command_line_from_another_folder(stranger: dict[str, object], tmp_path: Path) -> None:
    version = _cli(stranger, "--version")
    assert (version.returncode, version.stdout.strip(), version.stderr) == (
        0,
        f"FaceLedger {app.__version__}",
        "",
    )

    rules = _cli(stranger, "rules", "list")
    assert rules.returncode == 0, rules.stderr
    assert "PIPL" in rules.stdout and "中华人民共和国个人信息保护法" in rules.stdout

    scenario = json.loads((REFERENCE_SCENARIOS / "residential-gate-beijing.json").read_text(encoding="utf-8"))
    facts = Path(str(stranger["cwd"])) / "facts.json"
    facts.write_text(json.dumps(scenario["facts"], ensure_ascii=False), encoding="utf-8")
    vault = Path(str(stranger["cwd"])) / "mine.flvault"
    init = _cli(stranger, "vault", "init", "--vault", str(vault))
    assert init.returncode == 0 and vault.is_file(), init.stderr
    added = _cli(stranger, "log", "add", "--vault", str(vault), "facts.json")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().isdigit(), added.stdout

    letter = _cli(stranger, "letter", "facts.json", "--type", "deletion", "--lang", "zh-CN", "--out", "x.pdf")
    pdf = Path(str(stranger["cwd"])) / "x.pdf"
    assert letter.returncode == 0 and pdf.is_file(), letter.stderr
    assert "Traceback" not in letter.stderr
    if shutil.which("pdffonts") is None:
        pytest.fail(
            "pdffonts (poppler-utils) is missing: make test installs it (tools/install-system-test-deps.sh)"
        )
    fonts = _run(["pdffonts", str(pdf)])
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    # Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right.
    assert all(row.split()[-5] == "yes" for row in rows), fonts.stdout


def test_missing_resource_is_one_line_and_exit_2(
    installed: dict[str, Path], stranger: dict[str, object]
) -> None:
    """An incomplete installation (the schema deleted) is reported in one line, never a traceback."""
    venv_copy = installed["tmp"] / "broken-venv"
    if not venv_copy.exists():
        shutil.copytree(installed["venv"], venv_copy, symlinks=True)
    schema = next(venv_copy.rglob("app/resources/schema/facts.schema.json"))
    schema.unlink()
    facts = Path(str(stranger["cwd"])) / "facts.json"
    scenario = json.loads((REFERENCE_SCENARIOS / "residential-gate-beijing.json").read_text(encoding="utf-8"))
    facts.write_text(json.dumps(scenario["facts"], ensure_ascii=False), encoding="utf-8")
    code = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    result = _run(
        [str(venv_copy / "bin" / "python"), "-c", code, "rules", "check", "facts.json"],
        cwd=stranger["cwd"], env=stranger["env"],
    )  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("faceledger: error:"), result.stderr
    assert "facts.schema.json" in lines[0] and "reinstall" in lines[0]


def _finished_translation(ts: Path) -> tuple[str, str, str]:
    """A (context, source, translation) of a finished, plain message in a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if (
                translation is not None
                and translation.get("type") is None
                and message.get("numerus") != "yes"
                and message.find("comment") is None
                and (translation.text or "") not in ("", source)
                and re.search(r"[\u4e00-\u9fff]", translation.text or "")
            ):
                return context.findtext("name") or "", source, translation.text or ""
    raise AssertionError(f"no finished translation in {ts.name}")


def test_desktop_app_starts_offscreen_with_translations_and_no_warnings(
    installed: dict[str, Path], stranger: dict[str, object]
) -> None:
    """The real entry point (ui.main.run, as `faceledger gui`) shows its main window offscreen; then
    the zh_HK .qm from the wheel is installed and translates; stderr stays empty throughout."""
    context, source, translation = _finished_translation(REPO / "resources" / "i18n" / "faceledger_zh_HK.ts")
    probe = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.application, ui.main
from ui.i18n import translate
from ui.main_window import MainWindow

def probe():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    loaded = app.translators.install("zh_HK")
    print("windows", len(windows), "zh_HK", loaded)
    print("translated", translate({context!r}, {source!r}) == {translation!r})
    app.quit()

real_exec = ui.application.Application.exec  # static in Qt: QApplication::exec()
def exec_():
    QTimer.singleShot(1500, probe)
    return real_exec()
ui.application.Application.exec = staticmethod(exec_)
sys.exit(ui.main.run())
"""
    result = subprocess.run(
        [str(installed["python"]), "-c", probe], cwd=stranger["cwd"], env=stranger["env"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "windows 1 zh_HK True" in result.stdout, result.stdout
    assert "translated True" in result.stdout, result.stdout
    assert _warnings(result.stderr) == [], result.stderr

    # And the installed `faceledger` command with no arguments opens the app and stays up quietly.
    process = subprocess.Popen(
        [str(stranger["exe"])], cwd=stranger["cwd"], env=stranger["env"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(4)
        assert process.poll() is None, process.communicate()
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert _warnings(err) == [], err


# Qt's offscreen platform plugin (tests only; no real desktop uses it) says this once per shown window.
_OFFSCREEN_PLATFORM_NOTE = "This plugin does not support propagateSizeHints()"


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line.strip() != _OFFSCREEN_PLATFORM_NOTE]
