"""Versioned schema migrations of the vault.

`PRAGMA user_version` holds the number of migrations applied. Each migration runs in its own
transaction together with the user_version bump, so a crash leaves the vault at the old or the new
version, never between. A vault whose version is higher than len(MIGRATIONS) was written by a newer
FaceLedger and is refused (VaultTooNew) rather than misread.

TO ADD A MIGRATION: append a `Migration(version=N+1, description=..., statements=(...))` at the end
of MIGRATIONS. Never edit or reorder a migration that has shipped; write a new one instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import VaultTooNew


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE handlers (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        legal_name TEXT NOT NULL,
        uscc TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        pi_officer TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'unknown',
        source TEXT NOT NULL DEFAULT 'user',
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX handlers_legal_name ON handlers(legal_name)",
    "CREATE INDEX handlers_uscc ON handlers(uscc)",
    """CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
        facts_json TEXT NOT NULL,
        place_type TEXT NOT NULL,
        place_name TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        handler_name TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # Covering index for lists: a search's matches are sorted by date without reading the wide rows
    # (app/records.py uses it with INDEXED BY); 100,000 records stay fast.
    "CREATE INDEX records_sort ON records(date, place_type, city, profile_id)",
    "CREATE INDEX records_place_type ON records(place_type)",
    "CREATE INDEX records_city ON records(city)",
    "CREATE INDEX records_profile ON records(profile_id)",
    """CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        captured_at TEXT,
        added_at TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    "CREATE INDEX evidence_record ON evidence(record_id)",
    """CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES records(id),
        profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
        types_json TEXT NOT NULL,
        lang TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT,
        tracking_number TEXT,
        reference_code TEXT,
        sent_date TEXT,
        due_date TEXT,
        reply_period_days INTEGER,
        reply_period_unit TEXT,
        rules_version TEXT,
        grounds_json TEXT,
        citations_json TEXT,
        letter_text TEXT,
        letter_pdf BLOB,
        parent_request_id INTEGER REFERENCES requests(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX requests_record ON requests(record_id)",
    "CREATE INDEX requests_status_due ON requests(status, due_date)",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX events_request ON events(request_id)",
    # Chinese full-text search (app/search.py): contentless, so only the token index is stored
    # (inside the encrypted file); rowid = records.id. contentless_delete allows DELETE by rowid.
    """CREATE VIRTUAL TABLE records_fts USING fts5(
        tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, description="initial schema", statements=_V1),
    # app/tracking: the letter's own snapshot as sent (title, recipient, quotes, jurisdiction) and the
    # reply period with its kind, so that the due date's basis and `statutory` can be worded exactly.
    Migration(
        version=2,
        description="requests: letter snapshot and reply period kind",
        statements=(
            "ALTER TABLE requests ADD COLUMN letter_json TEXT",
            "ALTER TABLE requests ADD COLUMN reply_period_json TEXT",
        ),
    ),
    # app/bundle: case bundles imported into this vault (replay protection: an id seen before, or a
    # bundle older than one already imported for the same case, is refused), and the SHA-256 of the
    # original bytes of evidence that was redacted on export (GPS/EXIF stripped) so a court can still
    # link the redacted copy to the original.
    Migration(
        version=3,
        description="case bundles: imported bundle ids; original hash of redacted evidence",
        statements=(
            """CREATE TABLE imported_bundles (
                bundle_id TEXT PRIMARY KEY,
                case_key TEXT NOT NULL,
                created_at TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                summary_json TEXT NOT NULL
            )""",
            "CREATE INDEX imported_bundles_case ON imported_bundles(case_key, created_at)",
            "ALTER TABLE evidence ADD COLUMN original_sha256 TEXT",
        ),
    ),
    # app/bundle/keys.py: group X25519 identities (age format; the secret never leaves the encrypted
    # vault unless the owner exports it sealed under a passphrase) and the public keys of recipients
    # this vault's owner trusts (advocacy groups, their own other devices).
    Migration(
        version=4,
        description="case bundles: group keys (age X25519 identities) and trusted recipients",
        statements=(
            """CREATE TABLE group_keys (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                public_key TEXT NOT NULL UNIQUE,
                secret_key TEXT NOT NULL,
                created_at TEXT NOT NULL,
                retired_at TEXT
            )""",
            """CREATE TABLE trusted_recipients (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                public_key TEXT NOT NULL UNIQUE,
                added_at TEXT NOT NULL
            )""",
        ),
    ),
    # app/tracking (issue 15): who wrote each letter (carried by follow-ups); what each reply says
    # (triage kind); a case's current rung (request, reminder or complaint) cached on its first request
    # so lists sort and filter in SQL; and every letter exactly as exported or sent (PDF bytes,
    # reference, letter date), re-openable later. Existing sent letters are copied in as they are.
    Migration(
        version=5,
        description="case ladder: sender per request, reply kind, current rung cache, letters as sent",
        statements=(
            "ALTER TABLE requests ADD COLUMN sender_json TEXT",
            "ALTER TABLE events ADD COLUMN reply_kind TEXT",
            "ALTER TABLE requests ADD COLUMN rung_kind TEXT",
            "ALTER TABLE requests ADD COLUMN rung_due_date TEXT",
            "ALTER TABLE requests ADD COLUMN rung_recipient TEXT",
            "ALTER TABLE requests ADD COLUMN rung_awaiting INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE requests ADD COLUMN rung_sent_date TEXT",
            "ALTER TABLE requests ADD COLUMN rung_request_id INTEGER",
            # A first approximation until refresh_due_cache recomputes each case from its timeline.
            """UPDATE requests SET rung_kind = 'request', rung_request_id = id, rung_sent_date = sent_date,
                   rung_awaiting = (status IN ('sent', 'delivered')),
                   rung_due_date = CASE WHEN status IN ('sent', 'delivered') THEN due_date END
               WHERE parent_request_id IS NULL""",
            "CREATE INDEX requests_rung_due ON requests(rung_awaiting, rung_due_date)",
            """CREATE TABLE sent_letters (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                request_id INTEGER NOT NULL UNIQUE REFERENCES requests(id) ON DELETE CASCADE,
                reference TEXT NOT NULL,
                letter_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                recipient TEXT NOT NULL DEFAULT '',
                pdf BLOB NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                stored_at TEXT NOT NULL
            )""",
            """INSERT INTO sent_letters (uuid, request_id, reference, letter_date, kind, recipient, pdf, text,
                   stored_at)
               SELECT lower(hex(randomblob(16))), id, coalesce(reference_code, ''),
                   coalesce(json_extract(letter_json, '$.date'), sent_date, substr(created_at, 1, 10)),
                   CASE WHEN types_json = '["reminder"]' THEN 'reminder'
                        WHEN types_json = '["complaint"]' THEN 'complaint' ELSE 'request' END,
                   coalesce(json_extract(letter_json, '$.recipient_name'), ''), letter_pdf,
                   coalesce(letter_text, ''), updated_at
               FROM requests WHERE status != 'draft' AND letter_pdf IS NOT NULL""",
        ),
    ),
    # app/geo (issue 20): where each record is, as a GB/T 2260 code and the position of that unit's
    # seat; `source` says who decided (auto = read from the city/address text `coded_from`, user =
    # corrected in the form or CLI). gps_* hold a photo's EXIF position only when the person agreed
    # (gps_consent_at); case bundles never read this table and the anonymised statistics read only `code`.
    # main_ground caches the rule check's first triggered ground for the map's colours (ground_rules =
    # the rule-library version it was computed with; NULL = to compute; cleared when the facts change).
    Migration(
        version=6,
        description="record places: GB/T 2260 code, position, optional consented GPS",
        statements=(
            """CREATE TABLE record_places (
                record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
                code TEXT NOT NULL DEFAULT '',
                lon REAL,
                lat REAL,
                source TEXT NOT NULL DEFAULT 'auto',
                coded_from TEXT NOT NULL DEFAULT '',
                alternatives TEXT NOT NULL DEFAULT '',
                gps_lon REAL,
                gps_lat REAL,
                gps_consent_at TEXT,
                main_ground TEXT,
                ground_rules TEXT,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX record_places_code ON record_places(code)",
        ),
    ),
    Migration(
        version=7,
        description="editor drafts kept when the vault auto-locks during an edit (issue 16)",
        statements=(
            """CREATE TABLE editor_drafts (
                id INTEGER PRIMARY KEY,
                record_id INTEGER REFERENCES records(id) ON DELETE CASCADE,
                state TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        version=8,
        description="evidence: the file name as the user gave it, next to the safe display name (issue 19)",
        statements=("ALTER TABLE evidence ADD COLUMN name_as_given TEXT NOT NULL DEFAULT ''",),
    ),
    # Append new migrations here: Migration(version=9, description="...", statements=(...)),
)


def latest_version() -> int:
    return len(MIGRATIONS)


def current_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(conn: Any) -> int:
    version = current_version(conn)
    if version > latest_version():
        raise VaultTooNew(
            f"this vault has schema version {version}; this FaceLedger knows up to {latest_version()}. "
            "Update FaceLedger to open it (nothing was changed)"
        )
    return version


def migrate(conn: Any, *, crash_point: Callable[[str], None] | None = None) -> int:
    """Apply every pending migration, one transaction each. Returns the final version.

    `conn` must be in autocommit mode (isolation_level=None), as every vault connection is.
    `crash_point` is app.vault's test hook (TEST-MATRIX D6): it is called with
    "migration:<version>:before-commit" and "migration:<version>:committed".
    """
    for index, migration in enumerate(MIGRATIONS):
        assert migration.version == index + 1, "MIGRATIONS must be numbered 1, 2, 3… in order"
    version = check_not_too_new(conn)
    for migration in MIGRATIONS[version:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if current_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            if crash_point is not None:
                crash_point(f"migration:{migration.version}:before-commit")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if crash_point is not None:
            crash_point(f"migration:{migration.version}:committed")
    return current_version(conn)
