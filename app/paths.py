"""Where things live: bundled resources (dev and frozen) and per-user folders (platformdirs).

Environment overrides (FACELEDGER_CONFIG_DIR, FACELEDGER_DATA_DIR, FACELEDGER_STATE_DIR) let tests and
portable installs keep everything in one place, as Picard's PICARD_CONFIG_DIR does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

_APP_NAME = "FaceLedger"
_APP_AUTHOR = "FaceLedger"


def resources_path(*parts: str) -> Path:
    """A path inside resources/, in a source checkout and in a PyInstaller bundle alike."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[1]
    return root.joinpath("resources", *parts)


def _private_dir(env_var: str, default: str) -> Path:
    path = Path(os.environ.get(env_var) or default)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Preferences only (never personal data or secrets)."""
    return _private_dir("FACELEDGER_CONFIG_DIR", platformdirs.user_config_dir(_APP_NAME, _APP_AUTHOR))


def data_dir() -> Path:
    """The default home of vault files and their backups."""
    return _private_dir("FACELEDGER_DATA_DIR", platformdirs.user_data_dir(_APP_NAME, _APP_AUTHOR))


def state_dir() -> Path:
    """Installed rule packs, update state, commit-counter mirrors, private temp folder."""
    return _private_dir("FACELEDGER_STATE_DIR", platformdirs.user_state_dir(_APP_NAME, _APP_AUTHOR))
