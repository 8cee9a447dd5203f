"""The one guard and atomic writer for every file a command writes (--out, --csv, --pdf, exports).

Issue 19 item 1: `stats --csv v.vault` used to destroy the vault, `stats --pdf /dev/full` replaced a
device node, and `request letter --out existing.pdf` overwrote silently. Every writer now goes through
`write_output` (bytes) or `open_output` (streamed); both

* refuse a path that is, or resolves to, a FaceLedger vault (open or not: any file whose first page
  carries a valid vault header), its -wal/-shm/-journal, a vault's backups, a device, a FIFO, a socket
  or a folder — even with force;
* refuse an existing file unless ``force`` is true (CLI ``--force``; the GUI asks first);
* write a temporary file in the same folder (0600 from the first byte), fsync it, then rename it into
  place and fsync the folder, so that after a crash the path holds the complete old file or the
  complete new one. Without force the final step is ``link()``, which fails if a file appeared in
  the meantime instead of replacing it;
* leave the mode at 0600 when the content is personal (the default), 0644 otherwise (public keys,
  update packs);
* turn a full disk into DiskFull and other OS errors into OutputRefused, one line each, with no
  temporary file left behind.

A symlink is followed: the file it points to is the one that is replaced (and checked).
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app import kdf
from app.errors import DiskFull, OutputExists, OutputRefused

PERSONAL_MODE = 0o600
PUBLIC_MODE = 0o644
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUP_DIR_NAME = "backups"  # app.vault.BACKUP_DIR_NAME (not imported: vault imports us)
_VAULT_PAGE = 4096

_open_vaults: dict[Path, int] = {}
_registry_lock = threading.Lock()


# --- vaults this process has open (registered by app.vault) -------------------------------------
def register_open_vault(path: Path) -> Path:
    """Remember an open vault so that no output may land on it, its logs or its backups."""
    resolved = _resolve(Path(path))
    with _registry_lock:
        _open_vaults[resolved] = _open_vaults.get(resolved, 0) + 1
    return resolved


def release_open_vault(resolved: Path) -> None:
    with _registry_lock:
        left = _open_vaults.get(resolved, 0) - 1
        if left > 0:
            _open_vaults[resolved] = left
        else:
            _open_vaults.pop(resolved, None)


def _protected_by_open_vaults(target: Path) -> str | None:
    with _registry_lock:
        vaults = list(_open_vaults)
    for vault in vaults:
        if target == vault or target in {vault.with_name(vault.name + s) for s in SIDECAR_SUFFIXES}:
            return "the open vault or its log"
        backups = vault.parent / BACKUP_DIR_NAME
        if target.parent == backups and target.name.startswith(f"{vault.stem}-backup-"):
            return "a backup of the open vault"
        if target.name.startswith(vault.name + "."):  # .rekey-tmp, .partial copies in progress
            return "a copy of the open vault being written"
    return None


# --- the guard ---------------------------------------------------------------------------------
def _resolve(path: Path) -> Path:
    return Path(os.path.realpath(os.fspath(path)))


def looks_like_vault(path: Path) -> bool:
    """True when `path` is a regular file whose first 16 bytes are a valid FaceLedger vault header
    and whose size is a whole number of pages (a vault, a backup, a copy: never an output)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size < _VAULT_PAGE or st.st_size % _VAULT_PAGE:
            return False
        with open(path, "rb") as handle:
            raw = handle.read(kdf.HEADER_SIZE)
        kdf.parse_header(raw)
    except (OSError, ValueError):
        return False
    except Exception:  # noqa: BLE001 - VaultDamaged and friends: not a vault header
        return False
    return True


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_output(path: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Refuse `path` as an output (see the module docstring); return the real path to write to."""
    given = Path(path)
    if not os.fspath(given).strip():
        raise OutputRefused("no output file was given", field="out")
    target = _resolve(given)
    why = _protected_by_open_vaults(target)
    if why is not None:
        raise OutputRefused(f"{given} is {why}; choose another file. Nothing was written", field="out")
    for suffix in SIDECAR_SUFFIXES:
        if target.name.endswith(suffix) and looks_like_vault(target.with_name(target.name[: -len(suffix)])):
            raise OutputRefused(
                f"{given} belongs to the vault {target.name[: -len(suffix)]}; choose another file. "
                "Nothing was written",
                field="out",
            )
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputRefused(f"cannot use {given}: {exc.strerror}. Nothing was written", field="out") from None
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(
                f"{given} is {_kind(st.st_mode)}, not a file; choose a file name. Nothing was written",
                field="out",
            )
        if looks_like_vault(target):
            raise OutputRefused(
                f"{given} is a FaceLedger vault (or a backup of one); it is never overwritten. "
                "Choose another file. Nothing was written",
                field="out",
            )
        if not force:
            raise OutputExists(
                f"{given} already exists; use --force to replace it, or choose another name. "
                "Nothing was written",
                field="out",
            )
    folder = target.parent
    if not folder.is_dir():
        raise OutputRefused(f"folder {given.parent} does not exist. Nothing was written", field="out")
    return target


# --- the writer --------------------------------------------------------------------------------
def _translate_os_error(exc: OSError, given: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"the disk is full; {given.name} was not written (an existing file is unchanged)")
    return OutputRefused(f"cannot write {given}: {exc.strerror or exc}. Nothing was written", field="out")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # folders cannot be opened on Windows; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, target: Path, given: Path, force: bool) -> None:
    """Move the finished temporary file to `target`: replace only with force, else link (fails if
    something appeared meanwhile)."""
    if force:
        check_output(target, force=True)  # again, right before the rename: it may have changed
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExists(
            f"{given} already exists; use --force to replace it, or choose another name. Nothing was written",
            field="out",
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        check_output(target, force=False)  # filesystems without hard links (FAT, some shares)
        os.replace(tmp, target)
        return
    tmp.unlink()


@contextmanager
def open_output(
    path: str | os.PathLike[str], *, force: bool = False, personal: bool = True
) -> Iterator[BinaryIO]:
    """Stream an output: yields a binary file (a temporary file next to the target); on a normal
    exit it is fsynced and moved into place, on an exception it is deleted and nothing changes."""
    given = Path(path)
    target = check_output(given, force=force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as exc:
        raise _translate_os_error(exc, given) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PERSONAL_MODE if personal else PUBLIC_MODE)
        _place(tmp, target, given, force)
        _fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _translate_os_error(exc, given) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_output(
    path: str | os.PathLike[str], data: bytes, *, force: bool = False, personal: bool = True
) -> Path:
    """Write `data` to `path` through the guard, atomically and durably. Returns the real path."""
    with open_output(path, force=force, personal=personal) as handle:
        handle.write(data)
    return _resolve(Path(path))


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    """The CLI's `--force`: without it an existing output file is refused, never overwritten."""
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the output file if it exists (a vault, its logs or backups are never replaced)",
    )


__all__ = [
    "add_force_argument",
    "check_output",
    "looks_like_vault",
    "open_output",
    "register_open_vault",
    "release_open_vault",
    "write_output",
]
