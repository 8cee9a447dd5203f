"""Typed errors of the core. Each carries a plain English message for logs and the CLI;
ui/errors.py maps the class (not the message) to a translated sentence."""

from __future__ import annotations


class FaceLedgerError(Exception):
    """Base of every error the core raises on purpose. The CLI turns these into exit code 2."""


# --- vault -----------------------------------------------------------------------------------
class VaultError(FaceLedgerError):
    """Base for vault errors."""


class VaultNotFound(VaultError):
    """No vault file at the given path."""


class VaultExists(VaultError):
    """Refusing to create a vault over an existing file."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault (the file itself looks intact)."""


class VaultDamaged(VaultError):
    """The file is damaged: reported as damage, never as a wrong passphrase."""


class VaultLocked(VaultError):
    """The vault is locked; unlock it first. Nothing was written."""


class VaultInUse(VaultError):
    """Another FaceLedger window or process holds this vault open."""


class VaultTooNew(VaultError):
    """The vault was written by a newer FaceLedger (schema version unknown here)."""


class ChangesMissing(VaultError):
    """Recent commits are missing (e.g. a lost WAL tail): the commit counter mirror is ahead."""


class DiskFull(FaceLedgerError):
    """The disk filled up; the operation was rolled back and existing files are unchanged."""


# --- input -----------------------------------------------------------------------------------
class InvalidInput(FaceLedgerError):
    """Input the user gave is not acceptable; `field` names what is wrong when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class OutputRefused(InvalidInput):
    """An output path was refused (the vault or its logs/backups, a device, FIFO or folder). Nothing
    was written."""


class OutputExists(OutputRefused):
    """The output file already exists and --force (or the GUI's confirmation) was not given."""


class SenderIncomplete(InvalidInput):
    """A letter cannot be exported or marked sent without the writer's name and a reply address
    (postal address or e-mail). `missing` lists what is missing: "name", "reply_address"."""

    def __init__(self, message: str, missing: tuple[str, ...]) -> None:
        super().__init__(message, field="sender")
        self.missing = missing


class InvalidFacts(InvalidInput):
    """Facts do not match facts.schema.json (or a USCC check character is wrong)."""


class TypedDateRefused(InvalidInput):
    """A typed date that is not one real day, or outside the range it must be in (app.typed_dates).
    `problem` is one of app.typed_dates.DateProblem's values; nothing is guessed or rewritten."""

    def __init__(self, message: str, problem: str, field: str | None = None) -> None:
        super().__init__(message, field)
        self.problem = problem


class AttachmentRefused(InvalidInput):
    """A file offered as evidence cannot be attached. `reason` is one of "empty", "too_large",
    "not_found", "folder", "unreadable"; `name` is the file's name (shown to the person)."""

    def __init__(self, message: str, reason: str, name: str, field: str | None = "attach") -> None:
        super().__init__(message, field)
        self.reason = reason
        self.name = name


class MissingAnswers(InvalidFacts):
    """A record lacks an answer every letter needs (date, place type, the place or the handler).
    `field` names the first missing one."""


class NotFound(FaceLedgerError):
    """A record, request, profile or evidence item with that id does not exist."""


class ResourceMissing(FaceLedgerError):
    """A file FaceLedger ships with (rule library, schema, fonts, translations …) is missing: the
    installation is incomplete. Reinstalling fixes it; nothing was changed."""


# --- rules, letters, tracking ------------------------------------------------------------------
class RuleLibraryError(FaceLedgerError):
    """The rule library data is invalid or inconsistent."""


class UnknownCitation(RuleLibraryError):
    """A citation names an instrument, article, paragraph or item the rule library does not have."""


class QuoteUnavailable(RuleLibraryError):
    """No verbatim official text for this citation in resources/texts/ (e.g. PDPO, Tianjin): cite only."""


class LetterError(FaceLedgerError):
    """A letter cannot be composed (e.g. a request type that does not fit the jurisdiction)."""


class TransitionRefused(FaceLedgerError):
    """A request status change that makes no sense (replied before sent, complied after closed…)."""


class CalendarNotCovered(FaceLedgerError):
    """The official holiday calendar has no data for that year; we refuse to guess working days."""

    def __init__(self, message: str, year: int | None = None) -> None:
        super().__init__(message)
        self.year = year


# --- bundles and updates -----------------------------------------------------------------------
class BundleError(FaceLedgerError):
    """A case bundle was refused (wrong passphrase, tampered, oversize, malformed)."""


class BundleWrongPassphrase(BundleError):
    """The bundle passphrase is wrong (or the bundle's header was altered). Nothing was changed."""


class BundleTampered(BundleError):
    """The bundle failed authentication: altered, truncated, reordered or damaged. Nothing was changed."""


class BundleTooLarge(BundleError):
    """The bundle breaks a size or count limit. Nothing was changed."""


class BundleMalformed(BundleError):
    """The bundle decrypted but its contents are not acceptable (bad names, JSON, references)."""


class BundleReplayed(BundleError):
    """This bundle (or a newer one of the same case) was already imported into this vault."""


class BundleNotForThisVault(BundleError):
    """The bundle is sealed to public keys and none of this vault's group keys can open it."""


class KeyRefused(InvalidInput):
    """A public key, key file or QR image was refused (garbage, a secret key, another key type,
    truncated or mistyped). Nothing was changed. `reason` is a short code the UI turns into a
    translated sentence (app/bundle/keys.py lists them)."""

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message, field="key")
        self.reason = reason


class UpdateError(FaceLedgerError):
    """An update pack was refused; the installed pack stays active."""


class UpdateTransportError(UpdateError):
    """Fetching the pack failed (TLS, timeout, deadline, size cap, HTTP error, non-HTTPS redirect)."""


class UpdateVerificationError(UpdateError):
    """The pack is malformed, not signed by a trusted key, or its files do not match the manifest."""


class UpdateRollbackRefused(UpdateError):
    """The pack is older than (or reuses the version of) what is installed or built in."""


class UpdateExpired(UpdateError):
    """The pack's expiry date has passed (or it claims to be issued in the future)."""


class UpdateCancelled(UpdateError):
    """The user cancelled the check or the install; nothing was changed."""


# --- long-running work ---------------------------------------------------------------------------
class OperationCancelled(FaceLedgerError):
    """The user cancelled a long computation (statistics, exports); nothing was changed."""
