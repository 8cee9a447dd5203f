"""The SQLCipher vault: one encrypted file holding every record, evidence blob and request.

Every connection to a vault is made here (`_connect`): the key is the first statement, then the
pragmas of PRAGMAS are set *and read back*; a connection whose pragmas do not stick is refused.
Key derivation and the self-describing 16-byte header are in app/kdf.py.

Error mapping (the promise to the user): a wrong passphrase is reported as WrongPassphrase and
touches no file; a file whose header or pages fail their checks is reported as VaultDamaged, never
as a wrong passphrase. Opening writes nothing when it fails.

Key material: the derived key lives in a bytearray that lock() overwrites. The passphrase is
copied into a bytearray and wiped after derivation; a Python `str` passed in by the caller (and the
hex key literal SQLCipher's PRAGMA needs) cannot be wiped — a limitation of Python we document
rather than hide.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import logging
import os
import signal
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3

from app import kdf as _kdf
from app.errors import (
    ChangesMissing,
    DiskFull,
    FaceLedgerError,
    InvalidInput,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from app.inputs import require_regular_file
from app.kdf import Header, KdfParams
from app.migrations import check_not_too_new, current_version, latest_version, migrate
from app.outputs import register_open_vault, release_open_vault
from app.paths import state_dir

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
COUNTER_KEY = "commit_counter"
MISSING_KEY = "changes_missing"  # set by the first write after a loss was seen; cleared on acceptance
SAVED_LOG_INFIX = ".saved-"  # v.vault.wal.saved-<stamp>: the write-ahead log as found, before recovery
VAULT_ID_KEY = "vault_id"
MIRROR_DIR_NAME = "commit-mirrors"
REKEY_SUFFIX = ".rekey-tmp"
PARTIAL_SUFFIX = ".partial"
CRASH_ENV = "FACELEDGER_CRASH_AT"
BACKUPS_KEPT = 5
BACKUP_DIR_NAME = "backups"

# (pragma, value we set, value it must read back as)
PRAGMAS: tuple[tuple[str, str, Any], ...] = (
    ("temp_store", "MEMORY", 2),  # temp_store=FILE writes plaintext temp files even in SQLCipher
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),  # a commit that returned survives a crash or power loss
    ("foreign_keys", "ON", 1),
    ("secure_delete", "ON", 1),  # deleted evidence is overwritten, not left in free pages
)

# SQLite result codes that mean "this file is damaged" (not "you typed the wrong thing").
_DAMAGE_CODES = {sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB}
_FULL_CODE = sqlcipher3.SQLITE_FULL
_DAMAGE_MESSAGES = {"file is not a database", "database disk image is malformed"}
_FULL_MESSAGE = "database or disk is full"
_BUSY_CODES = {sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED}
_BUSY_MESSAGE = "database is locked"


def missing_changes_message(count: int, path: Path, saved_logs: tuple[Path, ...] = ()) -> str:
    """The one true sentence about a loss the commit mirror noticed (issue 19 item 3)."""
    where = (
        f"; the write-ahead log as found was copied to {', '.join(str(p) for p in saved_logs)}"
        if saved_logs
        else ""
    )
    return (
        f"the vault {path.name} has {count} fewer change(s) than last seen on this machine (a lost or "
        f"damaged write-ahead log, or an older copy of the file){where}. Restore the newest backup to get "
        "them back, or accept the loss with `faceledger vault check --accept-missing`"
    )


def translate_error(exc: BaseException) -> BaseException:
    """Map a damaged-page or disk-full sqlcipher3 error to our typed errors; others pass through."""
    from_sqlite: bool = isinstance(exc, sqlcipher3.Error)  # (kept as a bool: sqlcipher3 is untyped)
    if not from_sqlite:
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    # SQL functions such as sqlcipher_export report failures as a generic error with SQLite's
    # message, so the message is checked too.
    message = str(exc)
    if primary in _DAMAGE_CODES or message in _DAMAGE_MESSAGES:
        return VaultDamaged(f"the vault file is damaged ({exc}); restore a backup. Nothing was changed")
    if primary == _FULL_CODE or message == _FULL_MESSAGE:
        return DiskFull("the disk is full; the change was rolled back and the vault is unchanged")
    if primary in _BUSY_CODES or message == _BUSY_MESSAGE:
        return VaultInUse(
            "another process is writing to this vault; try again when it has finished. Nothing was changed"
        )
    return exc


class _VaultCursor(sqlcipher3.Cursor):  # type: ignore[misc]
    """Reading rows can hit a damaged page; report it as VaultDamaged."""

    def execute(self, *args: Any) -> Any:
        try:
            return super().execute(*args)
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc

    def executemany(self, *args: Any) -> Any:
        try:
            return super().executemany(*args)
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc

    def fetchmany(self, *args: Any) -> Any:
        try:
            return super().fetchmany(*args)
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc

    def fetchall(self) -> Any:
        try:
            return super().fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc


class VaultConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A sqlcipher3 connection whose damaged-page / disk-full errors become typed errors."""

    def cursor(self, factory: Any = _VaultCursor) -> Any:
        return super().cursor(factory)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc) from exc


@dataclass(frozen=True)
class IntegrityReport:
    integrity: list[str]  # PRAGMA integrity_check rows; ["ok"] when fine
    cipher: list[str]  # PRAGMA cipher_integrity_check rows; [] when fine
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    missing_changes: int = 0

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.cipher and not self.missing_changes

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "integrity_check": self.integrity,
            "cipher_integrity_check": self.cipher,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "missing_changes": self.missing_changes,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # directories cannot be fsynced on Windows; rename is durable there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove_with_sidecars(path: Path) -> None:
    for p in [path, *_sidecars(path)]:
        p.unlink(missing_ok=True)


def _read_header(path: Path) -> Header:
    try:
        require_regular_file(path, "vault")  # a FIFO would block open() forever
        with path.open("rb") as f:
            raw = f.read(_kdf.HEADER_SIZE)
        size = path.stat().st_size
    except FileNotFoundError:
        raise VaultNotFound(f"no vault at {path}") from None
    except IsADirectoryError:
        raise VaultNotFound(f"{path} is a folder, not a vault file") from None
    except OSError as exc:
        raise VaultError(f"cannot read {path}: {exc.strerror}") from None
    if size == 0:
        raise VaultDamaged(f"{path} is empty; restore a backup")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        # WAL mode needs to write next to the file even to read it.
        raise VaultError(f"{path} or its folder is read-only; copy the vault to a writable folder to open it")
    if size % PAGE_SIZE:
        raise VaultDamaged(
            f"{path} is truncated or damaged (size is not a whole number of pages); restore a backup"
        )
    return _kdf.parse_header(raw)


def _connect(path: Path, key: bytes | bytearray, header: Header, *, read_only: bool = False) -> Any:
    """Open one connection: key first, then silence SQLCipher's stderr log, then check page 1,
    then set and read back every pragma. Raises VaultDamaged when the key is right but pages fail.

    read_only: SQLite's mode=ro. Such a connection reads a pending write-ahead log without folding it
    into the file, and does not checkpoint or delete it on close: the vault and its -wal stay byte
    for byte as found (only the -shm index is rebuilt). Used by `vault check`."""
    if read_only:
        uri = "file:" + urllib.parse.quote(str(path.absolute())) + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, factory=VaultConnection)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, factory=VaultConnection)
    try:
        literal = _kdf.sqlcipher_key_literal(key, header)
        conn.execute(f"PRAGMA key = {literal}")
        del literal
        # Process-wide: SQLCipher would otherwise print "ERROR CORE ... hmac check failed" on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (VaultDamaged, sqlcipher3.DatabaseError) as exc:
            if _disk_is_full(path):
                # On a full disk SQLite cannot create the -wal/-shm files and says "disk I/O error":
                # that is not damage, and "restore a backup" would be the wrong advice (L3,
                # tests/unit/test_disk_full.py).
                raise DiskFull(
                    f"the disk holding {path.name} is full, so it cannot be opened; free some space and "
                    "try again. Nothing was changed"
                ) from exc
            raise VaultDamaged(
                "the vault file is damaged (its first page fails authentication although the passphrase "
                "is right); restore a backup. The damaged file was not changed"
            ) from exc
        enforce_pragmas(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _disk_is_full(path: Path) -> bool:
    """Less than 64 KiB free for us on the filesystem holding `path` (SQLite needs room to open)."""
    try:
        stat = os.statvfs(path.parent)
    except (OSError, AttributeError):  # statvfs does not exist on Windows
        return False
    return stat.f_bavail * stat.f_frsize < 64 * 1024


def enforce_pragmas(conn: Any) -> None:
    """Set every pragma of PRAGMAS and read it back; refuse the connection if one did not stick."""
    for name, value, expected in PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}").fetchall()
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if isinstance(actual, str):
            actual = actual.lower()
        if actual != expected:
            raise VaultError(
                f"PRAGMA {name} reads back {actual!r}, expected {expected!r}; refusing to use it"
            )


def read_pragmas(conn: Any) -> dict[str, Any]:
    """The current values of the enforced pragmas (used by tests and `vault check`)."""
    values: dict[str, Any] = {}
    for name, _value, _expected in PRAGMAS:
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        values[name] = actual.lower() if isinstance(actual, str) else actual
    return values


def table_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name"
        ).fetchall()
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def integrity_report(conn: Any) -> IntegrityReport:
    try:
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except VaultDamaged as exc:
        integrity = [str(exc.__cause__ or exc)]
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except VaultDamaged as exc:
        cipher = [str(exc.__cause__ or exc)]
    try:
        counts = table_counts(conn)
        version = current_version(conn)
    except VaultDamaged:
        counts, version = {}, -1
    return IntegrityReport(integrity=integrity, cipher=cipher, schema_version=version, counts=counts)


class Vault:
    """An unlocked vault. Lock or close it to drop the connection and the key.

    Thread affinity: the connection belongs to the thread that opened the vault (sqlite rule);
    the UI opens it inside its single DB worker thread.
    """

    def __init__(self, path: Path, conn: Any, key: bytearray, header: Header) -> None:
        self.path = path
        self._conn: Any = conn
        self._key: bytearray | None = key
        self._header: Header | None = header
        self._depth = 0
        self._vault_id: str | None = None
        self._counter = 0
        self._registered: Path | None = register_open_vault(path)  # outputs never land on it
        self._missing_in_file = 0  # meta.changes_missing as read (or written) in this file
        self.read_only = False
        self.saved_logs: tuple[Path, ...] = ()
        """Copies of the -wal/-shm as they were found, kept when opening revealed a loss (item 2)."""
        self.missing_changes = 0
        """How many commits this machine saw that the file no longer has (lost WAL tail, an older
        copy put in its place, a restored backup). 0 when all is well; see accept_missing_changes."""

    # --- creating and opening ----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str | bytearray, kdf: KdfParams | None = None) -> Vault:
        """Create a new, empty vault at `path` (refuses to overwrite anything). `kdf` None means
        the calibrated defaults (or FACELEDGER_KDF_TIME_COST, see app/kdf.py)."""
        params = kdf
        path = Path(path)
        secret = _kdf.passphrase_bytes(passphrase)
        if not secret:
            raise InvalidInput("the passphrase is empty; choose one (it cannot be recovered if lost)")
        if path.exists() or any(p.exists() for p in _sidecars(path)):
            raise VaultExists(f"{path} already exists; nothing was changed")
        if not path.parent.is_dir():
            raise VaultNotFound(f"folder {path.parent} does not exist")
        params = params or _kdf.default_params()
        try:
            header, key = _kdf.new_header(secret, params)
        finally:
            _kdf.wipe(secret)
        # Create the file ourselves so that it (and the -wal/-shm SQLite derives from it) is 0600.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise VaultExists(f"{path} already exists; nothing was changed") from None
        conn: Any = None
        try:
            conn = _connect(path, key, header)
            migrate(conn)
            with _transaction(conn):
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("created_at", _now()),
                        ("created_by", _app_version()),
                        (VAULT_ID_KEY, uuid.uuid4().hex),
                        (COUNTER_KEY, "0"),
                    ],
                )
        except BaseException:
            if conn is not None:
                try:
                    conn.close()
                except sqlcipher3.Error:  # cleanup of a half-created vault must not mask the cause
                    pass
            _remove_with_sidecars(path)
            _kdf.wipe(key)
            raise
        vault = cls(path, conn, key, header)
        vault._check_commit_mirror()
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str | bytearray, *, read_only: bool = False) -> Vault:
        """Unlock an existing vault. WrongPassphrase / VaultDamaged / VaultNotFound / VaultTooNew.

        Nothing is written when this fails: a wrong passphrase is detected from the header's key
        verifier before SQLCipher ever opens the file. A pending write-ahead log is first copied
        aside (see _save_logs_aside); the copy is kept, and named in `saved_logs`, when the open
        reveals lost changes, and put back when the open fails.

        read_only: for checking. If a write-ahead log is pending it is read but not recovered into
        the file (SQLite mode=ro); the schema is not migrated and write() is refused."""
        path = Path(path)
        header = _read_header(path)
        secret = _kdf.passphrase_bytes(passphrase)
        try:
            key = _kdf.derive_key(secret, header.salt, header.params)
        finally:
            _kdf.wipe(secret)
        if not _kdf.key_matches(header, key):
            _kdf.wipe(key)
            raise WrongPassphrase(
                "wrong passphrase for this vault; nothing was changed (if you are sure of the passphrase, "
                "the file header may be damaged: restore a backup)"
            )
        saved = _save_logs_aside(path)
        try:
            if saved and not read_only:
                # Probe read-only first: an open that fails (damaged first page, a newer schema)
                # must fail before a writable connection recovers the log into the file.
                cls._open_with_key(
                    path, bytearray(key), header, read_only=True, migrate_schema=False, check_mirror=False
                ).close()
            vault = cls._open_with_key(path, key, header, read_only=read_only and bool(saved))
        except BaseException:
            _kdf.wipe(key)
            _put_logs_back(path, saved)
            raise
        if vault.missing_changes and saved:
            vault.saved_logs = tuple(copy for _original, copy in saved)
        else:
            for _original, copy in saved:  # the log was healthy: the copy is not needed
                copy.unlink(missing_ok=True)
        # A passphrase change that crashed before its rename leaves a complete copy under the new
        # passphrase next to the vault; the change did not happen, so the copy must not linger.
        _remove_with_sidecars(path.with_name(path.name + REKEY_SUFFIX))
        return vault

    @classmethod
    def _open_with_key(
        cls,
        path: Path,
        key: bytearray,
        header: Header,
        *,
        migrate_schema: bool = True,
        check_mirror: bool = True,
        read_only: bool = False,
    ) -> Vault:
        try:
            conn = _connect(path, key, header, read_only=read_only)
        except BaseException:
            _kdf.wipe(key)
            raise
        vault = cls(path, conn, key, header)
        vault.read_only = read_only
        try:
            version = check_not_too_new(conn)
            if migrate_schema and not read_only and version < latest_version():
                if version > 0:
                    # An older FaceLedger's vault: keep a verified copy before changing its schema.
                    vault.backup()
                    _crash_point("migration:backed-up")
                migrate(conn, crash_point=_crash_point)
            if check_mirror:  # a copy being verified is not "this vault as last seen"
                vault._check_commit_mirror()
        except BaseException:
            vault.close()
            raise
        return vault

    # --- state -------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLocked("the vault is locked; unlock it first. Nothing was written")
        return self._conn

    @property
    def kdf_params(self) -> KdfParams:
        if self._header is None:
            raise VaultLocked("the vault is locked; unlock it first")
        return self._header.params

    @contextmanager
    def write(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error).

        Nested use joins the outer transaction through a SAVEPOINT, so a failing inner step rolls
        back only itself and a caller can group several steps (record + attachments) atomically."""
        conn = self.conn
        if self.read_only:
            raise VaultError("this vault was opened for checking only; nothing was written")
        if self._depth:
            name = f"sp{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield conn
            except BaseException:
                self._depth -= 1
                if conn.in_transaction:
                    try:
                        conn.execute(f"ROLLBACK TO {name}")
                        conn.execute(f"RELEASE {name}")
                    except sqlcipher3.Error:  # SQLite already rolled back everything (e.g. disk full)
                        pass
                raise
            self._depth -= 1
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield conn
        except BaseException as exc:
            self._depth = 0
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            translated = translate_error(exc)
            if translated is not exc:
                raise translated from exc
            raise
        self._depth = 0
        try:
            counter = self._bump_counter(conn)
            if self.missing_changes > self._missing_in_file:
                # Later writes raise the counter past the mirror; the loss must stay reported until
                # the user accepts it, so the file itself now carries it (issue 19 item 3).
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (MISSING_KEY, str(self.missing_changes)),
                )
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            translated = translate_error(exc)
            if translated is not exc:
                raise translated from exc
            raise
        self._missing_in_file = max(self._missing_in_file, self.missing_changes)
        if counter is not None and self._vault_id is not None:
            self._counter = counter
            write_mirror(self._vault_id, counter)

    # --- commit counter and its mirror (D12: notice lost commits) ------------------------------------
    # Every write() transaction increments meta.commit_counter; after COMMIT returns, the number is
    # copied to a small file in state_dir(). SQLite can silently drop the tail of a damaged or
    # deleted WAL (500 commits -> 48 with integrity_check "ok"); the mirror then holds a higher
    # number than the file, and we say how many changes are missing instead of "all good".
    def _bump_counter(self, conn: Any) -> int | None:
        conn.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ?", (COUNTER_KEY,)
        )
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (COUNTER_KEY,)).fetchone()
        return int(row[0]) if row else None

    def _check_commit_mirror(self) -> None:
        rows = dict(
            self.conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?, ?)", (VAULT_ID_KEY, COUNTER_KEY, MISSING_KEY)
            )
        )
        if VAULT_ID_KEY not in rows or COUNTER_KEY not in rows:
            return
        self._vault_id, self._counter = str(rows[VAULT_ID_KEY]), int(rows[COUNTER_KEY])
        try:
            self._missing_in_file = max(0, int(rows.get(MISSING_KEY, 0)))
        except ValueError:
            self._missing_in_file = 1  # unreadable: still a loss nobody accepted
        seen = read_mirror(self._vault_id)
        self.missing_changes = max(self._missing_in_file, (seen or 0) - self._counter)
        if (seen is None or seen < self._counter) and not self.read_only:
            write_mirror(self._vault_id, self._counter)

    def raise_if_changes_missing(self) -> None:
        """ChangesMissing when commits seen on this computer are gone (for callers that prefer the
        error flow; open() itself succeeds so that the user can still read and back up the file)."""
        if self.missing_changes:
            raise ChangesMissing(missing_changes_message(self.missing_changes, self.path, self.saved_logs))

    def accept_missing_changes(self) -> int:
        """The user chose to go on with this file as it is (e.g. a restored backup): the loss is no
        longer reported, here or on this machine. Returns how many changes were accepted as lost."""
        conn = self.conn  # raises VaultLocked when locked
        accepted = self.missing_changes
        self.missing_changes = 0
        if self._missing_in_file:
            with self.write():
                conn.execute("DELETE FROM meta WHERE key = ?", (MISSING_KEY,))
            self._missing_in_file = 0
        if self._vault_id is not None:
            write_mirror(self._vault_id, self._counter, force=True)
        return accepted

    def lock(self) -> None:
        """Close the connection and overwrite the key. Unlocking builds a new Vault."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except sqlcipher3.Error:  # closing a damaged file must still drop the key
                pass
        _kdf.wipe(self._key)
        self._key = None
        self._header = None
        if self._registered is not None:
            release_open_vault(self._registered)
            self._registered = None

    def close(self) -> None:
        self.lock()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:  # best effort: never leave key bytes behind in a forgotten object
        try:
            _kdf.wipe(self._key)
            if self._registered is not None:
                release_open_vault(self._registered)
                self._registered = None
        except Exception:  # noqa: BLE001
            pass

    # --- checks ----------------------------------------------------------------------------------
    def check(self) -> IntegrityReport:
        """PRAGMA integrity_check (== ['ok']) and cipher_integrity_check (no rows) over every page,
        plus the number of commits known to be missing (see missing_changes)."""
        report = integrity_report(self.conn)
        return dataclasses.replace(report, missing_changes=self.missing_changes)

    def pragmas(self) -> dict[str, Any]:
        return read_pragmas(self.conn)

    # --- copies: backup and passphrase change ------------------------------------------------------
    def _export(self, dest: Path, key: bytes | bytearray, header: Header) -> dict[str, int]:
        """sqlcipher_export the whole vault into a new file `dest` encrypted with key/header.

        The rows are counted and copied inside one read transaction, so another process writing at
        the same time changes neither: the copy is the snapshot the counts describe (issue 19 item 3:
        a concurrent writer used to fail the copy's verification). Returns those counts."""
        conn = self.conn
        if self._depth or conn.in_transaction:
            raise VaultError("cannot copy the vault in the middle of a write")
        _remove_with_sidecars(dest)
        os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        literal = _kdf.sqlcipher_key_literal(key, header)
        conn.execute("ATTACH DATABASE ? AS export KEY " + literal, (str(dest),))
        del literal
        try:
            conn.execute("BEGIN")
            try:
                counts = table_counts(conn)
                conn.execute("SELECT sqlcipher_export('export')").fetchall()
                conn.execute(f"PRAGMA export.user_version = {current_version(conn):d}")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE export")
        return counts

    def _verify_copy(self, dest: Path, key: bytearray, header: Header, expected: dict[str, int]) -> None:
        """Reopen a copy with its own key; it counts only if both integrity checks pass and every
        table has the same number of rows as the snapshot that was exported."""
        copy = Vault._open_with_key(dest, bytearray(key), header, migrate_schema=False, check_mirror=False)
        try:
            report = copy.check()
            if report.integrity != ["ok"] or report.cipher:
                raise VaultError(f"the new copy {dest.name} failed its integrity check; nothing was replaced")
            if report.counts != expected:
                raise VaultError(
                    f"the new copy {dest.name} does not hold the same rows; nothing was replaced"
                )
            # Fold the WAL the verification may have written back into the file before it counts.
            copy.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            copy.close()
        if any(p.exists() and p.stat().st_size for p in _sidecars(dest)):
            raise VaultError(f"the new copy {dest.name} still has a pending log; nothing was replaced")
        for p in _sidecars(dest):
            p.unlink(missing_ok=True)
        _fsync_file(dest)

    def change_passphrase(self, new: str | bytearray, kdf_params: KdfParams | None = None) -> None:
        """Re-encrypt the whole vault under a new passphrase (new salt, current default KDF params).

        We do not trust `PRAGMA rekey` (it can report ok and roll back). Instead: export into a new
        file under the new key, prove it by reopening, then atomically rename it over the old file.
        At every instant the path holds either the complete old or the complete new vault."""
        secret = _kdf.passphrase_bytes(new)
        if not secret:
            raise InvalidInput("the new passphrase is empty; nothing was changed")
        params = kdf_params or _kdf.default_params()
        try:
            new_header, new_key = _kdf.new_header(secret, params)
        finally:
            _kdf.wipe(secret)
        # Through a symlink, the file it points to is the vault: the new copy is written next to it
        # and renamed over it (renaming over the link would leave the real file on the old
        # passphrase and turn the link into a second vault — issue 19 item 4).
        real = Path(os.path.realpath(self.path))
        tmp = real.with_name(real.name + REKEY_SUFFIX)
        old_key, old_header = bytearray(self.key_material()), self._header
        replaced = False
        try:
            counts = self._export(tmp, new_key, new_header)
            _crash_point("rekey:exported")
            self._verify_copy(tmp, new_key, new_header, counts)
            _crash_point("rekey:verified")
            # Fold our WAL into the old file and close, so no old -wal is left next to the new file.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self.lock()
            _crash_point("rekey:old-closed")
            if any(p.exists() for p in _sidecars(real)[:2]):
                # The last connection to close deletes -wal/-shm: someone else still has the vault
                # open, and swapping the file under them would lose their writes.
                raise VaultInUse(
                    "another FaceLedger window or process has this vault open; close it and try again"
                )
            os.replace(tmp, real)
            replaced = True
            _crash_point("rekey:renamed")
            _fsync_dir(real.parent)
        except BaseException:
            _remove_with_sidecars(tmp)
            if self.is_locked and old_header is not None:
                # Reopen whichever file is now at the path, so the caller keeps a usable vault.
                key, header = (new_key, new_header) if replaced else (old_key, old_header)
                self._adopt(Vault._open_with_key(self.path, bytearray(key), header, migrate_schema=False))
            _kdf.wipe(old_key)
            _kdf.wipe(new_key)
            raise
        _kdf.wipe(old_key)
        self._adopt(Vault._open_with_key(self.path, new_key, new_header, migrate_schema=False))

    def key_material(self) -> bytearray:
        if self._key is None:
            raise VaultLocked("the vault is locked; unlock it first")
        return self._key

    def _adopt(self, other: Vault) -> None:
        self._conn, self._key, self._header = other._conn, other._key, other._header
        other._conn, other._key, other._header = None, None, None
        if self._registered is None:
            self._registered, other._registered = other._registered, None
        elif other._registered is not None:
            release_open_vault(other._registered)
            other._registered = None

    def backups(self) -> list[Path]:
        """The rotating backups of this vault in backups/ next to it, oldest first. After a
        passphrase change these still open with the old passphrase (unless made with their own)."""
        folder = self.path.parent / BACKUP_DIR_NAME
        pattern = f"{self.path.stem}-backup-*{self.path.suffix or '.vault'}"
        return sorted(p for p in folder.glob(pattern) if p.is_file()) if folder.is_dir() else []

    def backup(self, dest: Path | None = None, passphrase: str | bytearray | None = None) -> Path:
        """Write a verified encrypted copy and return its path.

        dest None: `backups/` next to the vault; dest an existing folder: into it — in both cases the
        newest BACKUPS_KEPT backups are kept, older ones are deleted only after the new one verified.
        Any other dest is the exact file to write (refused if it exists). The copy uses the vault's
        passphrase, or `passphrase` (own salt, current default KDF params) when given."""
        rotate_in: Path | None
        if dest is None or Path(dest).is_dir():
            folder = Path(dest) if dest is not None else self.path.parent / BACKUP_DIR_NAME
            folder.mkdir(mode=0o700, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            target = folder / f"{self.path.stem}-backup-{stamp}{self.path.suffix or '.vault'}"
            rotate_in = folder
        else:
            target = Path(dest)
            if target.exists():
                raise VaultExists(f"{target} already exists; choose another name")
            if not target.parent.is_dir():
                raise VaultNotFound(f"folder {target.parent} does not exist")
            rotate_in = None
        if passphrase is not None:
            secret = _kdf.passphrase_bytes(passphrase)
            if not secret:
                raise InvalidInput("the backup passphrase is empty; nothing was written")
            try:
                header, key = _kdf.new_header(secret, _kdf.default_params())
            finally:
                _kdf.wipe(secret)
        else:
            if self._key is None or self._header is None:
                raise VaultLocked("the vault is locked; unlock it first")
            header, key = self._header, bytearray(self._key)
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
        try:
            counts = self._export(partial, key, header)
            _crash_point("backup:exported")
            self._verify_copy(partial, key, header, counts)
            _crash_point("backup:verified")
            os.replace(partial, target)
            _crash_point("backup:renamed")
            _fsync_dir(target.parent)
        except BaseException as exc:
            _remove_with_sidecars(partial)
            translated = translate_error(exc)
            if translated is not exc:
                raise translated from exc
            raise
        finally:
            _kdf.wipe(key)
        if rotate_in is not None:
            rotate_backups(rotate_in, self.path, keep=BACKUPS_KEPT)
        return target


def _save_logs_aside(path: Path) -> list[tuple[Path, Path]]:
    """Before SQLite may recover (and then delete) a write-ahead log, copy -wal and -shm as found to
    `<vault>.wal.saved-<time>` / `.shm.saved-<time>` next to the vault (0600). Issue 19 item 2: a
    damaged WAL used to vanish on open, taking the only raw copy of the lost commits with it."""
    wal = _sidecars(path)[0]
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return []
    except OSError:
        return []
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    # Next to the vault; if its disk is full (a common reason for a WAL to be left behind), in this
    # machine's state folder instead; if neither has room, the vault is not opened at all.
    try:
        return _copy_logs(path, path.parent, stamp)
    except OSError as first:
        if first.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise VaultError(
                f"the write-ahead log of {path.name} could not be copied aside ({first.strerror}); "
                "nothing was changed"
            ) from None
    try:
        folder = state_dir() / "saved-logs"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return _copy_logs(path, folder, stamp)
    except OSError:
        raise DiskFull(
            f"the disk holding {path.name} is full: its write-ahead log could not be copied aside "
            "before opening, so it was not opened. Free some space and try again. Nothing was changed"
        ) from None


def _copy_logs(path: Path, folder: Path, stamp: str) -> list[tuple[Path, Path]]:
    saved: list[tuple[Path, Path]] = []
    try:
        for original, kind in zip(_sidecars(path)[:2], ("wal", "shm"), strict=True):
            if not original.is_file():
                continue
            copy = folder / f"{path.name}.{kind}{SAVED_LOG_INFIX}{stamp}"
            _copy_file(original, copy)
            saved.append((original, copy))
        _fsync_dir(folder)
    except BaseException:
        for _original, copy in saved:
            copy.unlink(missing_ok=True)
        raise
    return saved


def _copy_file(source: Path, dest: Path) -> None:
    """Copy bytes into a new 0600 file (never over an existing one), fsynced."""
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise


def _put_logs_back(path: Path, saved: list[tuple[Path, Path]]) -> None:
    """Opening failed: leave the files as found. SQLite may have removed or rewritten the -wal/-shm
    while closing; the copies taken before go back, and are then no longer needed."""
    for original, copy in saved:
        try:
            if file_fingerprint(original) is None or original.read_bytes() != copy.read_bytes():
                tmp = original.with_name(original.name + ".restore")
                _copy_file(copy, tmp)
                os.replace(tmp, original)
            copy.unlink(missing_ok=True)
        except OSError as exc:  # the copy stays where it is, which is still safe
            log.warning("could not put the write-ahead log back: %s", exc.strerror)


def saved_logs(path: Path) -> list[Path]:
    """Copies of the write-ahead log kept next to the vault by earlier opens (newest last)."""
    return sorted(path.parent.glob(f"{path.name}.*{SAVED_LOG_INFIX}*"))


def rekey_backups(
    paths: list[Path], old: str | bytearray, new: str | bytearray, kdf_params: KdfParams | None = None
) -> list[Path]:
    """Re-encrypt backups that still open with `old` under `new` (each by the same verified
    export-and-rename as a passphrase change). Backups made with their own passphrase are left as
    they are. Returns the paths re-encrypted. Their schema is not migrated: they stay as made."""
    done: list[Path] = []
    for path in paths:
        header = _read_header(path)
        secret = _kdf.passphrase_bytes(old)
        try:
            key = _kdf.derive_key(secret, header.salt, header.params)
        finally:
            _kdf.wipe(secret)
        if not _kdf.key_matches(header, key):
            _kdf.wipe(key)
            continue
        copy = Vault._open_with_key(path, key, header, migrate_schema=False, check_mirror=False)
        with copy:
            copy.change_passphrase(new, kdf_params)
        done.append(path)
    return done


def delete_backups(paths: list[Path]) -> list[Path]:
    """Delete these backups (and any -wal/-shm next to them). Returns what was deleted."""
    for path in paths:
        _remove_with_sidecars(path)
    if paths:
        _fsync_dir(paths[0].parent)
    return list(paths)


def _mirror_path(vault_id: str) -> Path:
    return state_dir() / MIRROR_DIR_NAME / vault_id


def read_mirror(vault_id: str) -> int | None:
    try:
        return int(_mirror_path(vault_id).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def write_mirror(vault_id: str, counter: int, *, force: bool = False) -> None:
    """Record the highest commit number seen. Never fails a commit: it is a safety net."""
    try:
        path = _mirror_path(vault_id)
        if not force:
            seen = read_mirror(vault_id)
            if seen is not None and seen >= counter:
                return
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        # 0600 from the first byte: how often a vault is written says something about its owner.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(str(counter))
        os.chmod(tmp, 0o600)  # an older tmp left by a crash may have had another mode
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not update the commit mirror: %s", exc.strerror)


def rotate_backups(folder: Path, vault_path: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Delete all but the newest `keep` backups of this vault in `folder`; returns what was removed."""
    pattern = f"{vault_path.stem}-backup-*{vault_path.suffix or '.vault'}"
    backups = sorted(p for p in folder.glob(pattern) if p.is_file())
    removed = backups[:-keep] if len(backups) > keep else []
    for p in removed:
        _remove_with_sidecars(p)
        _crash_point("backup:rotating")
    # Copies a crash left half-written (never verified, never counted as backups).
    for p in folder.glob(f"{vault_path.stem}-backup-*{PARTIAL_SUFFIX}"):
        _remove_with_sidecars(p)
    return removed


def _crash_point(label: str) -> None:
    """Test hook for crash-safety tests (TEST-MATRIX D6): FACELEDGER_CRASH_AT=<label> kills the
    process right here, as a power cut or SIGKILL would. Unset in normal use."""
    if os.environ.get(CRASH_ENV) == label:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


@contextmanager
def _transaction(conn: Any) -> Iterator[Any]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _app_version() -> str:
    from app import __version__

    return __version__


def build_info() -> dict[str, Any]:
    """What SQLCipher this process links (D1 build guard): version, compile options, defaults."""
    conn = sqlcipher3.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        options = [r[0] for r in conn.execute("PRAGMA compile_options").fetchall()]
        defaults = [r[0] for r in conn.execute("PRAGMA cipher_default_settings").fetchall()]
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
    finally:
        conn.close()
    return {
        "cipher_version": str(version),
        "compile_options": options,
        "cipher_default_settings": defaults,
        "cipher_provider": provider[0] if provider else None,
        "sqlite_version": sqlcipher3.sqlite_version,
    }


def file_fingerprint(path: Path) -> tuple[str, int] | None:
    """(sha256, mtime_ns) of a file, or None if absent — tests use it to prove nothing changed."""
    try:
        data = path.read_bytes()
        return hashlib.sha256(data).hexdigest(), path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


__all__ = [
    "BACKUPS_KEPT",
    "FaceLedgerError",
    "IntegrityReport",
    "KdfParams",
    "PRAGMAS",
    "Vault",
    "build_info",
    "delete_backups",
    "missing_changes_message",
    "rekey_backups",
    "saved_logs",
    "enforce_pragmas",
    "file_fingerprint",
    "integrity_report",
    "read_pragmas",
    "rotate_backups",
]
