"""The installed pack: where it lives, how it is installed atomically, how it is re-checked on use.

Layout under `state_dir()/updates/`:

    state.json                 which pack is active — written LAST, atomically (the commit point)
    packs/<version>-<hash>/    one installed pack: manifest.json (exact signed bytes), manifest.sig,
                               rules/..., handlers/directory.json
    .lock                      serialises installs between processes (GUI and CLI)

Install order (the `tough` CVE-2025-2888 lesson: never persist new version state before the payload
is verified and in place): verify in memory → write the files into a fresh temporary folder, fsync
each → rename the folder into place, fsync `packs/` → replace state.json atomically → remove packs
the new state no longer names. A crash before the state.json rename leaves the old state pointing at
the old, untouched folder; the half-written folder is swept by the next install.

Using a pack re-checks it every time (`installed_pack`): signature by a key trusted *now*, sizes and
SHA-256 of every file, no stray files or links, app new enough (the full check is skipped only while
state, trusted keys and every file's size, mtime and inode are exactly as when it last passed).
Anything wrong means "no installed pack" for the loaders, and `update_status()` says why.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.errors import UpdateError, UpdateRollbackRefused, UpdateVerificationError
from app.paths import state_dir
from app.update.atomic import atomic_write_bytes, fsync_dir, write_file_durably
from app.update.keys import TrustedKey, trusted_keys
from app.update.pack import (
    COMPONENTS,
    Manifest,
    VerifiedPack,
    format_timestamp,
    parse_app_version,
    parse_manifest,
    verify_manifest_signature,
    version_key,
)
from app.update.strictjson import JsonLimitError, loads_limited

log = logging.getLogger(__name__)

STATE_FILE = "state.json"
STATE_FORMAT = 1
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
_TMP_PREFIX = ".installing-"
LOCK_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class InstalledState:
    version: str
    folder: str
    manifest_sha256: str
    installed_at: str
    signer: str  # public key text of the key that signed it


@dataclass(frozen=True)
class InstalledPack:
    state: InstalledState
    manifest: Manifest
    signer: TrustedKey
    path: Path

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def version_key(self) -> tuple[int, ...]:
        return self.manifest.version_key

    def component_dir(self, component: str) -> Path | None:
        if component not in COMPONENTS or component not in self.manifest.components():
            return None
        return self.path / component


def updates_dir() -> Path:
    path = state_dir() / "updates"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _packs_dir() -> Path:
    path = updates_dir() / "packs"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


# --- state -------------------------------------------------------------------------------------
def read_state() -> InstalledState | None:
    """The committed state, None if nothing was ever installed; UpdateVerificationError if damaged."""
    path = updates_dir() / STATE_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = loads_limited(data, max_bytes=16 * 1024, max_depth=3)
    except JsonLimitError as exc:
        raise UpdateVerificationError(f"the update state file is damaged ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != STATE_FORMAT or "active" not in doc:
        raise UpdateVerificationError("the update state file has an unknown layout")
    active = doc["active"]
    if active is None:
        return None
    if not (
        isinstance(active, dict)
        and all(
            isinstance(active.get(k), str)
            for k in ("version", "folder", "manifest_sha256", "installed_at", "signer")
        )
    ):
        raise UpdateVerificationError("the update state file is damaged (bad active entry)")
    folder = active["folder"]
    try:
        version_key(active["version"])
    except ValueError:
        raise UpdateVerificationError("the update state file holds an impossible version") from None
    if "/" in folder or "\\" in folder or folder.startswith(".") or not folder:
        raise UpdateVerificationError("the update state file names an impossible folder")
    return InstalledState(
        version=active["version"],
        folder=folder,
        manifest_sha256=active["manifest_sha256"],
        installed_at=active["installed_at"],
        signer=active["signer"],
    )


def _commit_state(state: InstalledState) -> None:
    """The single commit point of an install: state.json replaced atomically and durably."""
    doc = {
        "format": STATE_FORMAT,
        "active": {
            "version": state.version,
            "folder": state.folder,
            "manifest_sha256": state.manifest_sha256,
            "installed_at": state.installed_at,
            "signer": state.signer,
        },
    }
    atomic_write_bytes(updates_dir() / STATE_FILE, json.dumps(doc, indent=2).encode("utf-8"))


# --- re-verification on use ----------------------------------------------------------------------
def _file_signature(root: Path) -> tuple[tuple[str, int, int, int], ...]:
    """(relative path, size, mtime_ns, inode) of every file under `root`; links are refused."""
    found: list[tuple[str, int, int, int]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in dirnames + filenames:
            info = os.lstat(base / name)
            if stat.S_ISLNK(info.st_mode):
                raise UpdateVerificationError(f"the installed pack contains a link ({name})")
            if name in filenames:
                if not stat.S_ISREG(info.st_mode):
                    raise UpdateVerificationError(f"the installed pack contains a special file ({name})")
                rel = (base / name).relative_to(root).as_posix()
                found.append((rel, info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(sorted(found))


# The last fully verified pack, keyed by everything its verification depended on (state, trusted
# keys, every file's size/mtime/inode): calling installed_pack() for each rules check stays cheap,
# and any change on disk or in the trusted keys triggers a full re-verification.
_verified: dict[tuple[object, ...], InstalledPack] = {}
_RACY_NS = 2_000_000_000


def installed_pack(trusted: Sequence[TrustedKey] | None = None) -> InstalledPack | None:
    """The active pack, fully re-verified; None if none is installed. UpdateError if it is not usable."""
    state = read_state()
    if state is None:
        return None
    root = _packs_dir() / state.folder
    keys = list(trusted_keys() if trusted is None else trusted)
    try:
        files = _file_signature(root)
    except OSError as exc:
        raise UpdateVerificationError(f"the installed pack cannot be read ({exc.strerror})") from None
    cache_key = (state, tuple(k.public_key for k in keys), files)
    cached = _verified.get(cache_key)
    if cached is not None:
        return cached
    pack = _verify_installed(state, root, keys, {f[0] for f in files})
    # Like git's "racy clean" rule: a file changed within the clock's granularity of its last check
    # could change again without a new mtime, so recently written packs are not cached yet.
    newest = max(f[2] for f in files)
    _verified.clear()
    if time.time_ns() - newest > _RACY_NS:
        _verified[cache_key] = pack
    return pack


def _verify_installed(
    state: InstalledState, root: Path, keys: Sequence[TrustedKey], present: set[str]
) -> InstalledPack:
    try:
        manifest_bytes = (root / MANIFEST_FILE).read_bytes()
        signature = (root / SIGNATURE_FILE).read_bytes()
    except OSError as exc:
        raise UpdateVerificationError(f"the installed pack is incomplete ({exc.strerror})") from None
    if hashlib.sha256(manifest_bytes).hexdigest() != state.manifest_sha256:
        raise UpdateVerificationError(
            "the installed pack's manifest differs from the one recorded at install"
        )
    signer = verify_manifest_signature(manifest_bytes, signature, keys)
    manifest = parse_manifest(manifest_bytes)
    if manifest.version != state.version:
        raise UpdateVerificationError("the installed pack's version differs from the recorded one")
    expected = {f.path for f in manifest.files} | {MANIFEST_FILE, SIGNATURE_FILE}
    if present != expected:
        extra = sorted(present - expected)[:3]
        missing = sorted(expected - present)[:3]
        raise UpdateVerificationError(
            f"the installed pack's files changed (extra {extra}, missing {missing})"
        )
    for entry in manifest.files:
        blob = (root / entry.path).read_bytes()
        if len(blob) != entry.size or hashlib.sha256(blob).hexdigest() != entry.sha256:
            raise UpdateVerificationError(f"installed file {entry.path!r} was altered or damaged")
    if parse_app_version(__version__) < parse_app_version(manifest.min_app_version):
        raise UpdateVerificationError(
            f"the installed pack needs FaceLedger {manifest.min_app_version} or newer (this is {__version__})"
        )
    return InstalledPack(state=state, manifest=manifest, signer=signer, path=root)


def installed_payload_dir(component: str, *, newer_than: str | None = None) -> Path | None:
    """Folder of an installed, re-verified pack's `component` ("rules" or "handlers"), else None.

    `newer_than`: the version built into the app; a pack that is not strictly newer is ignored (the
    app was upgraded past it). Never raises: any problem means "use what the app ships".
    """
    try:
        pack = installed_pack()
    except (UpdateError, OSError, ValueError) as exc:
        log.warning("installed update pack ignored: %s", exc)
        return None
    if pack is None:
        return None
    if newer_than is not None:
        try:
            if pack.version_key <= version_key(newer_than):
                return None
        except ValueError:
            log.warning("built-in library version %r is not comparable; installed pack ignored", newer_than)
            return None
    return pack.component_dir(component)


def installed_version() -> str | None:
    """Version of the usable installed pack, None if there is none (or it is not usable)."""
    try:
        pack = installed_pack()
    except (UpdateError, OSError, ValueError):
        return None
    return None if pack is None else pack.version


# --- installing ----------------------------------------------------------------------------------
@contextmanager
def install_lock() -> Iterator[None]:
    """An exclusive OS file lock; released by the OS if the process dies."""
    path = updates_dir() / ".lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise UpdateError("another FaceLedger window is installing an update; try again later")
            time.sleep(0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _write_payload(folder: Path, pack: VerifiedPack) -> None:
    """Every file of the pack, fsynced, plus the exact signed manifest and its signature."""
    write_file_durably(folder / MANIFEST_FILE, pack.manifest_bytes)
    write_file_durably(folder / SIGNATURE_FILE, pack.signature)
    made: set[Path] = {folder}
    for entry in pack.manifest.files:
        target = folder / entry.path
        for parent in reversed(target.relative_to(folder).parents[:-1]):
            sub = folder / parent
            if sub not in made:
                sub.mkdir(mode=0o700)
                made.add(sub)
        write_file_durably(target, pack.files[entry.path])
    for sub in sorted(made, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(sub)


def _sweep(keep: str | None) -> None:
    """Remove pack folders other than `keep` (old packs, half-written installs). Best effort."""
    for child in _packs_dir().iterdir():
        if child.name != keep:
            shutil.rmtree(child, ignore_errors=True)


def _rollback_floor(current: InstalledState | None) -> str | None:
    """The version a new pack must exceed: the installed one's, unless the user revoked its signer.

    Local damage to the installed pack never lowers the floor (its version and signer were recorded
    at install). Only removing the signer's key from the trusted keys lifts it: the user did that on
    purpose (e.g. the key signed a bogus far-ahead version) and must be able to recover.
    """
    if current is None:
        return None
    try:
        still_trusted = any(k.public_key == current.signer for k in trusted_keys())
    except UpdateError:
        still_trusted = True  # an unreadable key file must not lower the floor
    return current.version if still_trusted else None


def _state_names(folder: str) -> bool:
    try:
        state = read_state()
    except UpdateError:
        return False
    return state is not None and state.folder == folder


def install_verified(
    pack: VerifiedPack, *, now: datetime | None = None, before_commit: Callable[[], None] | None = None
) -> InstalledPack:
    """Install a pack that passed `verify_pack` and the policy checks; old pack kept on any failure.

    `before_commit` runs after the payload is in place and before state.json is replaced (the last
    moment a cancel is honoured); if it raises, the old state and pack stay active.
    """
    moment = now or datetime.now(UTC)
    with install_lock():
        try:
            current = read_state()
        except UpdateVerificationError:
            current = None  # a damaged state file is replaced by a good one
        floor = _rollback_floor(current)
        if floor is not None and pack.manifest.version_key <= version_key(floor):
            raise UpdateRollbackRefused(
                f"version {pack.manifest.version} is not newer than the installed version {floor}"
            )
        packs = _packs_dir()
        _sweep(keep=current.folder if current else None)
        final_name = f"{pack.manifest.version}-{pack.manifest_sha256[:12]}"
        tmp = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=packs))
        try:
            _write_payload(tmp, pack)
            os.replace(tmp, packs / final_name)
            fsync_dir(packs)
            if before_commit is not None:
                before_commit()
            state = InstalledState(
                version=pack.manifest.version,
                folder=final_name,
                manifest_sha256=pack.manifest_sha256,
                installed_at=format_timestamp(moment),
                signer=pack.signer.public_key,
            )
            _commit_state(state)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            # If the failure came after state.json was replaced (say, the folder fsync), the new pack
            # IS the committed one and must stay; otherwise its folder is an orphan.
            committed = _state_names(final_name)
            if not committed:
                shutil.rmtree(packs / final_name, ignore_errors=True)
            if isinstance(exc, OSError):
                outcome = (
                    f"version {pack.manifest.version} is installed, but the disk may not have saved it"
                    if committed
                    else "the previous pack stays in use"
                )
                raise UpdateError(f"could not write the update ({exc.strerror or exc}); {outcome}") from exc
            raise
        _sweep(keep=final_name)
    installed = installed_pack()
    if installed is None or installed.version != pack.manifest.version:
        raise UpdateError("the pack was installed but cannot be read back; the previous pack is gone")
    return installed
