"""What the CLI and the Settings panel call: check, install, status. Plain functions, no Qt.

Every long call takes `is_cancelled: Callable[[], bool]` (polled between network chunks and before
the install commits) so the UI can run it on its background helper and offer a Cancel button.

Policy on top of the signature and hashes (TEST-MATRIX U1–U3):
- not expired, not issued more than a day in the future (a wrong clock is named as the likely cause);
- needs an app version no newer than this one;
- version strictly newer than the installed pack (no rollback; the same version with different
  content is refused too) and than the library built into the app;
- the handler directory parses strictly and the rule-library files load with app.rules and declare
  the pack's version.
Nothing is written until every check passes; the last check's time and result are remembered.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import __version__
from app.errors import (
    InvalidInput,
    UpdateCancelled,
    UpdateError,
    UpdateExpired,
    UpdateRollbackRefused,
    UpdateVerificationError,
)
from app.handlers_directory import parse_handler_directory
from app.update import library
from app.update.fetch import FetchLimits, fetch_pack, never_cancelled
from app.update.holidays import parse_holidays
from app.update.keys import trusted_keys
from app.update.pack import (
    CALENDAR_PATH,
    HANDLERS_PATH,
    VerifiedPack,
    assemble,
    format_timestamp,
    parse_app_version,
    verify_pack,
    version_key,
)
from app.update.settings import UpdateSettings, load_update_settings, record_result
from app.update.store import InstalledPack, install_verified, installed_pack, read_state

CLOCK_SKEW = timedelta(days=1)


@dataclass(frozen=True)
class CheckResult:
    available: bool  # True: `pack` is verified and newer than what is in use
    message: str
    version_in_use: str
    offered_version: str | None
    pack: VerifiedPack | None
    checked_at: str


@dataclass(frozen=True)
class UpdateStatus:
    enabled: bool
    url: str
    built_in_version: str
    installed_version: str | None
    installed_at: str
    issued: str
    expires: str
    publisher: str
    signer_name: str
    signer_fingerprint: str
    in_use: str  # "pack" or "built-in"
    version_in_use: str
    problem: str  # why an installed pack is not used, "" when fine
    last_check: str
    last_result: str
    last_ok: bool


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _usable_installed() -> InstalledPack | None:
    try:
        return installed_pack()
    except (UpdateError, OSError, ValueError):
        return None


def check_policy(
    pack: VerifiedPack, *, now: datetime, installed: InstalledPack | None, built_in: str
) -> None:
    """Raise the typed reason a verified pack must not be installed; return if it may be."""
    manifest = pack.manifest
    if now >= manifest.expires:
        raise UpdateExpired(
            f"the pack (version {manifest.version}) expired on {format_timestamp(manifest.expires)}; "
            "the publisher must issue a fresh one"
        )
    if manifest.issued > now + CLOCK_SKEW:
        raise UpdateExpired(
            f"the pack says it was issued on {format_timestamp(manifest.issued)}, in the future; "
            "check this computer's date and time"
        )
    if parse_app_version(__version__) < parse_app_version(manifest.min_app_version):
        raise UpdateVerificationError(
            f"the pack needs FaceLedger {manifest.min_app_version} or newer (this is {__version__})"
        )
    if installed is not None:
        if manifest.version_key < installed.version_key:
            raise UpdateRollbackRefused(
                f"the server offers version {manifest.version}, older than the installed version "
                f"{installed.version}; refused (rollback)"
            )
        if (
            manifest.version_key == installed.version_key
            and pack.manifest_sha256 != installed.state.manifest_sha256
        ):
            raise UpdateRollbackRefused(
                f"the server offers different content under the installed version {manifest.version}; refused"
            )
    if manifest.version_key <= version_key(built_in):
        raise UpdateRollbackRefused(
            f"version {manifest.version} is not newer than the library built into this app ({built_in})"
        )


def check_payload_contents(pack: VerifiedPack) -> None:
    """The files must be usable, not just authentic: parse the directory, load the rules."""
    calendar = pack.files.get(CALENDAR_PATH)
    if calendar is not None:
        parse_holidays(calendar)  # UpdateVerificationError names what is wrong
    handlers = pack.files.get(HANDLERS_PATH)
    if handlers is not None:
        try:
            parse_handler_directory(handlers)
        except InvalidInput as exc:
            raise UpdateVerificationError(f"the pack's handler directory is invalid: {exc}") from None
    rules = {p: b for p, b in pack.files.items() if p.startswith("rules/")}
    if rules:
        with tempfile.TemporaryDirectory(prefix="faceledger-pack-check-") as tmp:
            root = Path(tmp)
            for path, blob in rules.items():
                target = root / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(blob)
            library.check_rules_payload(root / "rules", pack.manifest.version)


def _verify(data: bytes) -> tuple[VerifiedPack, InstalledPack | None, str]:
    pack = verify_pack(data, trusted_keys())
    installed = _usable_installed()
    built_in = library.built_in_version()
    return pack, installed, built_in


def _record(now: datetime, message: str, ok: bool) -> None:
    try:
        record_result(format_timestamp(now), message, ok)
    except OSError:
        pass  # remembering the result is a convenience; never mask the real outcome


def check_for_update(
    settings: UpdateSettings | None = None,
    *,
    url: str | None = None,
    limits: FetchLimits | None = None,
    ca_bundle: str | None = None,
    is_cancelled: Callable[[], bool] = never_cancelled,
    now: datetime | None = None,
) -> CheckResult:
    """Fetch and verify the pack at `url` (or the enabled settings' URL); install nothing.

    Raises InvalidInput when updates are off and no URL is given, and the UpdateError family when
    the pack is refused. A pack that is not newer is not an error (`available` is False), except a
    real rollback (older than installed), which is refused loudly.
    """
    settings = settings or load_update_settings()
    source = (url or "").strip() or (settings.url if settings.enabled else "")
    if not source:
        raise InvalidInput("updates are off: turn them on with an https:// URL, or give a URL", field="url")
    moment = _now(now)
    try:
        data = fetch_pack(
            source,
            ca_bundle=ca_bundle or settings.ca_bundle or None,
            limits=limits,
            is_cancelled=is_cancelled,
        )
        pack, installed, built_in = _verify(data)
        in_use = (
            installed.version if installed and installed.version_key > version_key(built_in) else built_in
        )
        offered = pack.manifest.version
        offered_key = pack.manifest.version_key
        same_as_installed = (
            installed is not None
            and offered_key == installed.version_key
            and pack.manifest_sha256 == installed.state.manifest_sha256
        )
        not_newer_than_built_in = offered_key <= version_key(built_in) and (
            installed is None or offered_key >= installed.version_key
        )
        if same_as_installed or not_newer_than_built_in:
            message = f"up to date: version {in_use} is in use, the server offers {offered}"
            _record(moment, message, True)
            return CheckResult(False, message, in_use, offered, None, format_timestamp(moment))
        check_policy(pack, now=moment, installed=installed, built_in=built_in)
        check_payload_contents(pack)
    except UpdateError as exc:
        _record(moment, f"refused: {exc}", False)
        raise
    message = f"version {offered} is available (in use: {in_use}), signed by {pack.signer.name}"
    _record(moment, message, True)
    return CheckResult(True, message, in_use, offered, pack, format_timestamp(moment))


def install_update(
    pack: VerifiedPack,
    *,
    is_cancelled: Callable[[], bool] = never_cancelled,
    now: datetime | None = None,
) -> InstalledPack:
    """Install a pack from `check_for_update`, re-checking everything against the state of now."""
    moment = _now(now)

    def still_wanted() -> None:
        if is_cancelled():
            raise UpdateCancelled("the update was cancelled; the previous pack stays in use")

    try:
        still_wanted()
        data = assemble(pack.manifest_bytes, pack.signature, b"".join(pack.files.values()))
        fresh, installed, built_in = _verify(data)
        check_policy(fresh, now=moment, installed=installed, built_in=built_in)
        check_payload_contents(fresh)
        result = install_verified(fresh, now=moment, before_commit=still_wanted)
    except UpdateError as exc:
        _record(moment, f"install refused: {exc}", False)
        raise
    _record(moment, f"installed version {result.version} (signed by {result.signer.name})", True)
    # Due dates in this process must see the new holiday calendar at once (the GUI stays open).
    from app.tracking.deadlines import reset_calendar_cache

    reset_calendar_cache()
    return result


def update_from_source(
    settings: UpdateSettings | None = None,
    *,
    url: str | None = None,
    check_only: bool = False,
    limits: FetchLimits | None = None,
    ca_bundle: str | None = None,
    is_cancelled: Callable[[], bool] = never_cancelled,
    now: datetime | None = None,
) -> CheckResult | InstalledPack:
    """Check, then install unless `check_only`: what `faceledger update` does."""
    result = check_for_update(
        settings, url=url, limits=limits, ca_bundle=ca_bundle, is_cancelled=is_cancelled, now=now
    )
    if check_only or not result.available or result.pack is None:
        return result
    return install_update(result.pack, is_cancelled=is_cancelled, now=now)


def update_status() -> UpdateStatus:
    settings = load_update_settings()
    built_in = library.built_in_version()
    problem = ""
    pack: InstalledPack | None = None
    try:
        pack = installed_pack()
    except (UpdateError, OSError, ValueError) as exc:
        problem = f"the installed pack is not used: {exc}"
    if pack is None and not problem:
        try:
            read_state()
        except UpdateError as exc:
            problem = str(exc)
    in_pack = pack is not None and pack.version_key > version_key(built_in)
    if pack is not None and not in_pack:
        problem = f"the installed pack (version {pack.version}) is not newer than the built-in library"
    return UpdateStatus(
        enabled=settings.enabled,
        url=settings.url,
        built_in_version=built_in,
        installed_version=pack.version if pack else None,
        installed_at=pack.state.installed_at if pack else "",
        issued=format_timestamp(pack.manifest.issued) if pack else "",
        expires=format_timestamp(pack.manifest.expires) if pack else "",
        publisher=pack.manifest.publisher if pack else "",
        signer_name=pack.signer.name if pack else "",
        signer_fingerprint=pack.signer.fingerprint if pack else "",
        in_use="pack" if in_pack else "built-in",
        version_in_use=pack.version if pack and in_pack else built_in,
        problem=problem,
        last_check=settings.last_check,
        last_result=settings.last_result,
        last_ok=settings.last_ok,
    )
