"""Packaging metadata agrees with the code: one version (app.__version__), one app id (app.APP_ID).

Also runs the freedesktop validators on the .desktop and metainfo files when they are installed
(Debian: desktop-file-utils, appstream; tools/install-system-test-deps.sh installs both).
"""

from __future__ import annotations

import configparser
import json
import plistlib
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import app

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{app.APP_ID}.desktop"
METAINFO = LINUX / f"{app.APP_ID}.metainfo.xml"
FLATPAK = REPO / "packaging" / "flatpak" / f"{app.APP_ID}.yml"
INFO_PLIST = REPO / "packaging" / "macos" / "Info.plist"
INNO = REPO / "packaging" / "windows" / "faceledger.iss"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_metainfo_newest_release_is_the_app_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("./releases/release")
    assert releases, "metainfo has no <release>"
    versions = [r.attrib["version"] for r in releases]
    # AppStream lists the newest first; the newest must be what app/__init__.py says.
    assert versions[0] == max(versions, key=_version_key), f"releases not newest-first: {versions}"
    assert versions[0] == app.__version__, f"metainfo: {versions[0]}, app.__version__: {app.__version__}"
    dates = [r.attrib["date"] for r in releases]
    assert dates == sorted(dates, reverse=True)


def test_app_id_is_the_same_everywhere() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-zA-Z][a-zA-Z0-9]*){2,}", app.APP_ID)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == app.APP_ID
    launchable = root.find("launchable[@type='desktop-id']")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert _desktop_entry()["Icon"] == app.APP_ID

    flatpak_ids = re.findall(r"^(?:app-)?id:\s*(\S+)\s*$", FLATPAK.read_text(encoding="utf-8"), re.MULTILINE)
    assert flatpak_ids == [app.APP_ID]

    with INFO_PLIST.open("rb") as fh:
        plist = plistlib.load(fh)
    assert plist["CFBundleIdentifier"] == app.APP_ID

    inno_ids = re.findall(r"^#define\s+AppId\s+\"([^\"]+)\"", INNO.read_text(encoding="utf-8"), re.MULTILINE)
    assert inno_ids == [app.APP_ID]


def test_version_is_written_only_in_app_init() -> None:
    """Other files take the version from app/__init__.py at build time; none may hard-code it."""
    assert re.fullmatch(r"\d+\.\d+\.\d+", app.__version__)
    with INFO_PLIST.open("rb") as fh:
        plist = plistlib.load(fh)
    assert "CFBundleShortVersionString" not in plist and "CFBundleVersion" not in plist
    assert not re.search(r"^#define\s+AppVersion\s+\"", INNO.read_text(encoding="utf-8"), re.MULTILINE)
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'attr = "app.__version__"' in pyproject


def test_desktop_entry_launches_the_gui() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[:2] == ["faceledger", "gui"]
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"] == "人脸账本"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_icons_exist_at_their_size(size: int) -> None:
    png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app.APP_ID}.png"
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (size, size) and image.mode == "RGBA"
        # Not blank: its middle is painted and it has more than one colour.
        assert image.getpixel((size // 2, size // 2))[3] == 255  # type: ignore[index]
        assert len(image.getcolors(maxcolors=size * size) or []) > 1


def _run_validator(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} not installed (Debian: desktop-file-utils / appstream)")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_desktop_file_validates() -> None:
    result = _run_validator(["desktop-file-validate", str(DESKTOP)])
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = _run_validator(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def test_flatpak_pins_every_dependency_for_both_arches() -> None:
    """python3-deps.json is regenerated by packaging/flatpak/update_wheels.py after a dependency change."""
    module = json.loads((REPO / "packaging" / "flatpak" / "python3-deps.json").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    deps = pyproject["project"]["dependencies"]
    wanted = {_normalize(re.split(r"[\s<>=!~;\[(]", d, maxsplit=1)[0]) for d in deps}
    for arch in ("x86_64", "aarch64"):
        sources = [s for s in module["sources"] if s["only-arches"] == [arch]]
        assert all(s["url"].startswith("https://files.pythonhosted.org/") for s in sources)
        assert all(re.fullmatch(r"[0-9a-f]{64}", s["sha256"]) for s in sources)
        pinned = {_normalize(s["url"].rsplit("/", 1)[-1].split("-", 1)[0]) for s in sources}
        missing = sorted(wanted - pinned)
        assert missing == [], f"{arch}: {missing} not pinned: run packaging/flatpak/update_wheels.py"


def test_metainfo_homepage_is_the_projects_address() -> None:
    """One public address: pyproject's [project.urls] Homepage is the metainfo's homepage URL."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    homepage = pyproject["project"]["urls"]["Homepage"]
    root = ET.parse(METAINFO).getroot()
    urls = {u.get("type"): (u.text or "").strip() for u in root.findall("url")}
    assert urls.get("homepage") == homepage
    shots = root.findall("screenshots/screenshot/image")
    assert len(shots) >= 1
    for image in shots:
        name = (image.text or "").rsplit("/", 1)[-1]
        assert (REPO / "docs" / "screenshots" / name).is_file(), name


def test_metainfo_has_zh_hk_text() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tag in ("name", "summary", "description/p"):
        assert any(e.get(lang) == "zh-HK" for e in root.findall(tag)), tag


def test_metainfo_validates_pedantic() -> None:
    """`appstreamcli validate --pedantic`: the only note allowed is the kept upper-case app id."""
    result = _run_validator(["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr
    notes = [line for line in result.stdout.splitlines() if re.match(r"^[EWIP]:", line)]
    assert all("cid-contains-uppercase-letter" in line for line in notes), result.stdout
