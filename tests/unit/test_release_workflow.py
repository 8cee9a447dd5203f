"""The release workflow (.github/workflows/release.yml) is linted here, since it cannot run here:
GitHub's workflow schema (vendored in check-jsonschema, no network), zizmor's audits (offline), shellcheck
on every bash `run:` block; and it builds and tests what packaging/README.md says it does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML  # comes with check-jsonschema (test extra)

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name if (BIN / name).exists() else shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing: `make test` installs it (the test extra / install-system-test-deps.sh)"
        )
    return str(path)


def _schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _workflow() -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def test_workflow_matches_githubs_schema() -> None:
    result = _schema_check(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n", encoding="utf-8")
    assert _schema_check(broken).returncode != 0


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("zizmor"), "--offline", "--no-progress", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout, result.stdout


def test_bash_steps_pass_shellcheck(tmp_path: Path) -> None:
    shellcheck = _tool("shellcheck")
    checked = 0
    for job_id, job in _workflow()["jobs"].items():
        shell = job.get("defaults", {}).get("run", {}).get("shell", "bash")
        for number, step in enumerate(job["steps"]):
            if "run" not in step or step.get("shell", shell) != "bash":
                continue
            # GitHub expressions are replaced before the shell sees the script.
            script = step["run"].replace("${{", "${GH_EXPR_").replace("}}", "}")
            path = tmp_path / f"{job_id}-{number}.sh"
            path.write_text("#!/usr/bin/env bash\nset -e\n" + script, encoding="utf-8")
            result = subprocess.run([shellcheck, "-s", "bash", str(path)], capture_output=True, text=True)
            assert result.returncode == 0, f"{job_id} step {number}:\n{result.stdout}"
            checked += 1
    assert checked >= 8


def test_every_platform_is_built_and_its_bundle_tested() -> None:
    jobs = _workflow()["jobs"]
    assert {"linux", "windows", "macos", "release"} <= set(jobs)
    for name in ("linux", "windows", "macos"):
        runs = " ".join(step.get("run", "") for step in jobs[name]["steps"])
        assert "tests/slow/test_frozen_bundle.py" in runs, name
        assert any(step.get("env", {}).get("FACELEDGER_BUNDLE") for step in jobs[name]["steps"]), name
    assert jobs["linux"]["container"] == "almalinux:9"  # glibc 2.34: the oldest PySide6 6.11 wheels allow
    assert "ISCC.exe" in " ".join(step.get("run", "") for step in jobs["windows"]["steps"])
    arches = {entry["arch"] for entry in jobs["macos"]["strategy"]["matrix"]["include"]}
    assert arches == {"x86_64", "arm64"}
    assert set(jobs["release"]["needs"]) == {"linux", "windows", "macos"}
