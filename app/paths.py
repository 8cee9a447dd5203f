"""Where things live: bundled resources (checkout, installed wheel, frozen bundle) and per-user folders.

Resources (rule library, statute texts, schema, letter templates, fonts, icons, keys, compiled .qm)
live in the repository's top-level resources/ folder. The wheel carries a copy as package data of
`app` (app/resources/, put there by the build hook in setup.py), found through importlib.resources;
a PyInstaller bundle carries it at <bundle>/_internal/resources (sys._MEIPASS).

Environment overrides (FACELEDGER_CONFIG_DIR, FACELEDGER_DATA_DIR, FACELEDGER_STATE_DIR) let tests and
portable installs keep everything in one place, as Picard's PICARD_CONFIG_DIR does.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

from app.errors import ResourceMissing

_APP_NAME = "FaceLedger"
_APP_AUTHOR = "FaceLedger"
_RESOURCES = "resources"
# A file every complete resources folder has: tells a real one from an unrelated folder of that name.
_MARKER = ("rules", "library.json")


def _resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / _RESOURCES
    # Installed wheel (pip, pipx): package data of `app`. importlib.resources gives a real folder for
    # every ordinary install; a zip import would give a Traversable that Qt and reportlab cannot open.
    packaged = resources.files("app") / _RESOURCES
    if isinstance(packaged, Path) and packaged.joinpath(*_MARKER).is_file():
        return packaged
    # Source checkout (also an editable install): the repository's top-level resources/. The
    # pyproject.toml beside it keeps an unrelated site-packages/resources from being taken for ours.
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file() and checkout.joinpath(_RESOURCES, *_MARKER).is_file():
        return checkout / _RESOURCES
    raise ResourceMissing(
        f"FaceLedger's resources are missing (looked in {packaged} and {checkout / _RESOURCES}): "
        "the installation is incomplete; reinstall FaceLedger"
    )


def resources_path(*parts: str) -> Path:
    """A path inside resources/, in a source checkout, an installed wheel and a PyInstaller bundle alike.

    Raises ResourceMissing when no resources folder can be found at all. A missing single file is
    the caller's to report (some look for optional files); the CLI turns a FileNotFoundError inside
    the resources folder into the same one-line error.
    """
    return _resources_root().joinpath(*parts)


def is_resource_path(path: str | os.PathLike[str]) -> bool:
    """True if `path` lies inside the resources folder (used to report a missing shipped file)."""
    try:
        root = _resources_root().resolve()
    except ResourceMissing:
        return False
    return Path(path).resolve().is_relative_to(root)


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
