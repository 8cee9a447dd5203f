"""Helpers for vault tests: cheap-but-valid KDF parameters, sample facts, byte scanning.

KdfParams(time_cost=3) is the RFC 9106 low-memory floor (t=3, 64 MiB), ~0.1 s here — valid, just
not calibrated. CLI subprocesses get the same through FACELEDGER_KDF_TIME_COST=3 (see app/kdf.py).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from app.kdf import KdfParams
from app.vault import Vault

FAST_KDF = KdfParams(time_cost=3)
PASSPHRASE = "correct horse 电池 staple"

SAMPLE_FACTS: dict[str, Any] = {
    "jurisdiction": "CN",
    "city": "杭州",
    "date": "2025-03-01",
    "last_seen": "2025-06-01",
    "place_type": "residential_compound",
    "place_name": "阳光花园小区",
    "address": "西湖区文三路100号",
    "handler": {
        "name": "杭州阳光物业管理有限公司",
        "kind": "property_manager",
        "uscc": "91350100M000100Y43",
        "address": "西湖区文三路100号物业中心",
        "email": "pi@example.com",
        "phone": "0571-88888888",
        "pi_officer": "王经理",
    },
    "method": "access_gate",
    "purpose": "access_control",
    "notice": "none",
    "consent": "not_asked",
    "alternative": "refused",
    "service_refused_without_face": True,
    "notes": "门禁只能刷脸，物业拒绝提供门禁卡",
}


def facts(**overrides: Any) -> dict[str, Any]:
    result = copy.deepcopy(SAMPLE_FACTS)
    result.update(overrides)
    return result


def new_vault(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.create(path, passphrase, kdf=FAST_KDF)


def sidecar_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def files_containing(paths: list[Path], needles: list[bytes]) -> list[str]:
    """Which of these files (that exist) contain any of the needles: '<file>: <needle>'."""
    hits = []
    for p in paths:
        if p.is_file():
            data = p.read_bytes()
            hits += [f"{p.name}: {n!r}" for n in needles if n in data]
    return hits


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FACELEDGER_KDF_TIME_COST"] = "3"
    env.update(extra)
    return env
