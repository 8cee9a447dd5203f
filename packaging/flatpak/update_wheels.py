"""Regenerate packaging/flatpak/python3-deps.json: every runtime dependency as a sha256-pinned wheel.

    .venv/bin/python packaging/flatpak/update_wheels.py [--python 3.12]

Asks pip (dry run, nothing installed) which wheels it would install for the Flatpak runtime's Python on
x86_64 and aarch64, constrained to the versions in this .venv (so Flatpak users get what the tests ran
on), and writes them as flatpak-builder `file` sources with their sha256 and `only-arches`. The Python
version must be the one of the runtime in org.faceledger.FaceLedger.yml (KDE 6.9 -> freedesktop 24.08 ->
Python 3.12).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("python3-deps.json")
ARCHES = ("x86_64", "aarch64")
PYPI = "https://pypi.org/simple"
MANYLINUX = ("manylinux_2_39", "manylinux_2_34", "manylinux_2_28", "manylinux_2_17", "manylinux2014")


def pinned_wheels(arch: str, python: str, requirements: list[str], constraints: Path) -> list[dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        abi = "cp" + python.replace(".", "")
        # --isolated: ignore local mirrors and find-links from pip's config, so the URLs are PyPI's own.
        cmd = [sys.executable, "-m", "pip", "--isolated", "install", "--index-url", PYPI,
               "--dry-run", "--quiet", "--ignore-installed",
               "--only-binary=:all:", "--python-version", python, "--implementation", "cp",
               "--abi", abi, "--abi", "abi3", "--abi", "none",
               *(arg for tag in MANYLINUX for arg in ("--platform", f"{tag}_{arch}")),
               "--target", str(Path(tmp) / "target"), "--report", str(report),
               "-c", str(constraints), *requirements]  # fmt: skip
        subprocess.run(cmd, check=True)
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    sources = []
    for item in sorted(items, key=lambda i: i["metadata"]["name"].lower()):
        info = item["download_info"]
        if not info["url"].startswith("https://files.pythonhosted.org/"):
            raise SystemExit(f"not a PyPI URL: {info['url']}")
        algo, _, digest = info["archive_info"]["hash"].partition("=")
        if algo != "sha256":
            raise SystemExit(f"{info['url']}: index gave {algo}, need sha256")
        sources.append({"type": "file", "url": info["url"], "sha256": digest, "only-arches": [arch]})
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--python", default="3.12", help="the Flatpak runtime's Python version")
    args = parser.parse_args()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = pyproject["project"]["dependencies"]
    freeze = subprocess.run([sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
                            check=True, capture_output=True, text=True).stdout  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(line for line in freeze.splitlines() if "==" in line) + "\n")
        constraints = Path(fh.name)
    try:
        sources = [
            src for arch in ARCHES for src in pinned_wheels(arch, args.python, requirements, constraints)
        ]
    finally:
        constraints.unlink()
    module = {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            # Only this architecture's wheels were downloaded (only-arches); no index, no network.
            'pip3 install --no-index --no-deps --no-compile --prefix="${FLATPAK_DEST}" *.whl'
        ],
        "sources": sources,
    }
    OUT.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    arches = ", ".join(ARCHES)
    print(f"wrote {OUT.relative_to(REPO)}: {len(sources)} wheels for {arches} (Python {args.python})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
