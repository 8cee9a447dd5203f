"""`faceledger pack …`: maintainers' tools to publish signed update packs (see docs/UPDATES.md).

faceledger pack keygen --out KEYFILE [--encrypt]
faceledger pack build --key KEYFILE --version V --out FILE [--expires DATE] [--handlers FILE]
                      [--rules DIR] [--min-app-version V] [--publisher TEXT]
faceledger pack verify FILE [--key-file PUB] [--json]
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app import __version__
from app.cli.common import print_json, read_passphrase
from app.errors import InvalidInput, UpdateVerificationError
from app.handlers_directory import parse_handler_directory
from app.inputs import require_regular_file
from app.outputs import add_force_argument, write_output
from app.paths import resources_path
from app.update import keys as trust
from app.update.holidays import parse_holidays
from app.update.library import check_rules_payload
from app.update.pack import (
    CALENDAR_PATH,
    HANDLERS_PATH,
    MAX_PACK_BYTES,
    build_pack,
    check_file_path,
    format_timestamp,
    parse_app_version,
    verify_pack,
    version_key,
)

KEY_PASSPHRASE_ENV = "FACELEDGER_PACK_KEY_PASSPHRASE"
DEFAULT_VALIDITY_DAYS = 180


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("pack", help="build and sign update packs (for maintainers and groups)")
    actions = p.add_subparsers(dest="pack_action", metavar="ACTION", required=True)

    k = actions.add_parser("keygen", help="create an Ed25519 signing key (file mode 0600)")
    k.add_argument("--out", required=True, help="private key file to create (never overwritten)")
    k.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt it with a passphrase (prompted, or ${KEY_PASSPHRASE_ENV})",
    )
    k.set_defaults(handler=run_keygen)

    b = actions.add_parser("build", help="build and sign a pack from a rule library (+ handler directory)")
    b.add_argument("--key", required=True, help="private key file from `pack keygen`")
    b.add_argument("--version", required=True, help="pack version; must equal the library's library_version")
    b.add_argument("--out", required=True, help="pack file to write")
    add_force_argument(b)
    b.add_argument("--expires", help=f"last valid day, YYYY-MM-DD (default: {DEFAULT_VALIDITY_DAYS} days)")
    b.add_argument("--handlers", help="handler directory JSON to include")
    b.add_argument(
        "--holidays",
        help="official holiday + make-up workday schedule JSON to include (calendar/holidays.json)",
    )
    b.add_argument("--rules", help="rule library folder (default: the app's resources/rules)")
    b.add_argument(
        "--min-app-version", default=__version__, help=f"oldest app that may use it (default {__version__})"
    )
    b.add_argument("--publisher", default="", help="who publishes it, shown to users")
    b.set_defaults(handler=run_build)

    v = actions.add_parser("verify", help="check a pack file's signature and contents")
    v.add_argument("file")
    v.add_argument("--key-file", help="verify against this .pub file instead of the trusted keys")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=run_verify)


def _passphrase(confirm: bool) -> bytes:
    text = read_passphrase("Key passphrase: ", env=KEY_PASSPHRASE_ENV, confirm=confirm)
    if len(text) < 8:
        raise InvalidInput("the key passphrase must have at least 8 characters", field="passphrase")
    return text.encode("utf-8")


def run_keygen(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    key = trust.generate_signing_key(Path(args.out), passphrase)
    print(f"private key written to {args.out} (mode 0600; keep it offline, never share it)")
    print(f"public key: {key.public_key}")
    print(f"fingerprint: {key.fingerprint}")
    return 0


def _collect_rules(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        raise InvalidInput(f"rule library folder {folder} does not exist", field="rules")
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir() or any(part.startswith(".") or part == "__pycache__" for part in rel.split("/")):
            continue
        if path.is_symlink():
            raise InvalidInput(f"{path} is a link; packs carry plain files only", field="rules")
        name = f"rules/{rel}"
        try:
            check_file_path(name)
        except UpdateVerificationError as exc:
            raise InvalidInput(f"cannot pack {path}: {exc}", field="rules") from None
        files[name] = path.read_bytes()
    if not files:
        raise InvalidInput(f"rule library folder {folder} is empty", field="rules")
    return files


def _expiry(text: str | None) -> datetime:
    if text is None:
        day = datetime.now(UTC).date() + timedelta(days=DEFAULT_VALIDITY_DAYS)
    else:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise InvalidInput("--expires must be a date like 2027-05-31", field="expires") from None
    if day <= datetime.now(UTC).date():
        raise InvalidInput("--expires must be in the future", field="expires")
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def run_build(args: argparse.Namespace) -> int:
    try:
        version_key(args.version)
        parse_app_version(args.min_app_version)
    except ValueError as exc:
        raise InvalidInput(str(exc), field="version") from None
    expires = _expiry(args.expires)
    rules_dir = Path(args.rules) if args.rules else resources_path("rules")
    files = _collect_rules(rules_dir)
    try:
        check_rules_payload(rules_dir, args.version)
    except UpdateVerificationError as exc:
        raise InvalidInput(f"{exc} (bump library_version in the library first)", field="version") from None
    if args.handlers:
        try:
            data = Path(args.handlers).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {args.handlers}: {exc.strerror}", field="handlers") from None
        parse_handler_directory(data)  # InvalidInput names the bad entry
        files[HANDLERS_PATH] = data
    if args.holidays:
        try:
            data = Path(args.holidays).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {args.holidays}: {exc.strerror}", field="holidays") from None
        try:
            parse_holidays(data)
        except UpdateVerificationError as exc:
            raise InvalidInput(str(exc), field="holidays") from None
        files[CALENDAR_PATH] = data
    if sum(len(b) for b in files.values()) > MAX_PACK_BYTES - 128 * 1024:
        raise InvalidInput(f"the files exceed the pack limit of {MAX_PACK_BYTES} bytes", field="rules")
    passphrase = _passphrase(confirm=False) if trust.private_key_is_encrypted(Path(args.key)) else None
    key = trust.load_signing_key(Path(args.key), passphrase)
    data = build_pack(
        key,
        version=args.version,
        files=files,
        expires=expires,
        min_app_version=args.min_app_version,
        publisher=args.publisher,
    )
    out = Path(args.out)
    write_output(out, data, force=args.force, personal=False)  # a signed, public pack (app/outputs.py)
    signer = trust.TrustedKey(public_key=trust.public_key_of(key), name="signer", origin="group")
    print(f"wrote {out}: version {args.version}, {len(files)} files, {len(data)} bytes")
    print(f"expires {format_timestamp(expires)}")
    print(f"signed by {signer.fingerprint}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        require_regular_file(path, "update pack", field="file")  # a folder or FIFO: one sentence
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}", field="file") from None
    if size > MAX_PACK_BYTES:
        raise UpdateVerificationError(f"{path} is {size} bytes, more than the pack limit of {MAX_PACK_BYTES}")
    if args.key_file:
        keys = [
            trust.TrustedKey(
                public_key=trust.read_key_file(Path(args.key_file)), name="given", origin="group"
            )
        ]
    else:
        keys = trust.trusted_keys()
    pack = verify_pack(path.read_bytes(), keys)
    m = pack.manifest
    report = {
        "version": m.version,
        "issued": format_timestamp(m.issued),
        "expires": format_timestamp(m.expires),
        "min_app_version": m.min_app_version,
        "publisher": m.publisher,
        "signed_by": pack.signer.name,
        "fingerprint": pack.signer.fingerprint,
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in m.files],
    }
    if args.json:
        print_json(report)
    else:
        print(f"valid pack: version {m.version}, signed by {pack.signer.name} ({pack.signer.fingerprint})")
        print(f"issued {report['issued']}, expires {report['expires']}, needs app {m.min_app_version}")
        for f in m.files:
            print(f"  {f.path}  {f.size} bytes  {f.sha256}")
    return 0
