"""Errors shown to people (ARCHITECTURE lessons 2 and 12). SHARED INFRASTRUCTURE — stable API.

Two tiers:
- expected errors (subclasses of app.errors.FaceLedgerError) become one translated sentence, shown
  inline in the view where they happened (ui/widgets/message_banner.py) — `message_for(exc)`;
- anything else goes to `show_exception()`: one dialog with a short message and "Copy details".

The core never translates; this module maps error CLASSES (not their English messages) to sentences.
An `InvalidInput`/`InvalidFacts` error names its field (`exc.field`); `field_label()` of the record
form turns that into words.

Details for bug reports carry no personal data: exception class names, code locations (file, line,
function) and versions only — never exception messages, local variables, SQL or vault contents.

API (stable): message_for(exc), is_expected(exc), details_for(exc), show_exception(exc, parent),
install_excepthook().
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QWidget

from app import __version__ as app_version
from app import errors as core_errors
from ui import dialogs
from ui.i18n import translate

log = logging.getLogger(__name__)


def _messages() -> list[tuple[type[BaseException], str]]:
    # Most specific first: the first isinstance() match wins.
    e = core_errors
    table: list[tuple[type[BaseException], str]] = [
        (
            e.WrongPassphrase,
            translate("Errors", "Wrong passphrase. Check the keyboard layout and Caps Lock."),
        ),
        (
            e.VaultDamaged,
            translate(
                "Errors", "The vault file is damaged and cannot be opened. You can open the latest backup."
            ),
        ),
        (e.VaultNotFound, translate("Errors", "There is no vault file at this place.")),
        (e.VaultExists, translate("Errors", "A file already exists there. Choose another name or place.")),
        (e.VaultLocked, translate("Errors", "The vault is locked. Unlock it first; nothing was saved.")),
        (e.VaultInUse, translate("Errors", "This vault is already open in another FaceLedger window.")),
        (
            e.VaultTooNew,
            translate("Errors", "This vault was made by a newer FaceLedger. Please update the app."),
        ),
        (
            e.ChangesMissing,
            translate("Errors", "Recent changes are missing from the vault file. Open the latest backup."),
        ),
        (
            e.DiskFull,
            translate("Errors", "The disk is full. Nothing was changed; free some space and retry."),
        ),
        (
            e.SenderIncomplete,
            translate(
                "Errors",
                "A letter cannot be exported or marked sent without the sender's name and a postal address "
                "or e-mail for the reply. Add them under “From (you)” or in Settings.",
            ),
        ),
        (
            e.OutputExists,
            translate("Errors", "A file with this name already exists. Choose another name, or confirm "
                "that it may be replaced."),
        ),
        (
            e.OutputRefused,
            translate(
                "Errors",
                "FaceLedger will not write there: it is the vault itself, one of its backups or logs, "
                "a folder or a device. Choose another file; nothing was written.",
            ),
        ),
        (
            e.TypedDateRefused,
            translate("Errors", "This date cannot be right (it is not a real day, or outside the "
                "possible range). Type it again; nothing was changed."),
        ),
        (
            e.AttachmentRefused,
            translate("Errors", "This file cannot be attached as evidence (it is empty, too large, a "
                "folder or unreadable). Nothing was attached."),
        ),
        (
            e.MissingAnswers,
            translate("Errors", "A letter needs the date, the kind of place, the place and who "
                "collected the face. Answer the marked question first."),
        ),
        (
            e.ResourceMissing,
            translate("Errors", "A file FaceLedger needs is missing from this installation. Reinstall "
                "FaceLedger; nothing was changed."),
        ),
        (
            e.KeyRefused,
            translate(
                "Errors", "This is not a group's public key that FaceLedger can use (it starts with age1)."
            ),
        ),
        (e.InvalidFacts, translate("Errors", "Some answers are not valid. Check the marked field.")),
        (e.InvalidInput, translate("Errors", "This input is not valid. Check the marked field.")),
        (e.NotFound, translate("Errors", "This item no longer exists.")),
        (
            e.UnknownCitation,
            translate("Errors", "A citation names an article the rule library does not have; "
                "nothing was written."),
        ),
        (
            e.QuoteUnavailable,
            translate("Errors", "There is no official text of this article to quote; it can only be cited."),
        ),
        (e.RuleLibraryError, translate("Errors", "The rule library could not be loaded.")),
        (e.LetterError, translate("Errors", "The letter cannot be written with these choices.")),
        (e.TransitionRefused, translate("Errors", "This status change is not possible at this point.")),
        (
            e.CalendarNotCovered,
            translate(
                "Errors",
                "The official holiday calendar does not cover this year yet; no due date was guessed.",
            ),
        ),
        # Case bundles (ui/pages/case_tools.py shows these inline in the import dialog).
        (
            e.BundleWrongPassphrase,
            translate("Errors", "Wrong bundle passphrase. Ask the sender for it; nothing was imported."),
        ),
        (
            e.BundleTampered,
            translate(
                "Errors",
                "The case bundle was altered or damaged after it was made. Nothing was imported; "
                "ask the sender to send it again.",
            ),
        ),
        (
            e.BundleTooLarge,
            translate("Errors", "The case bundle is larger than FaceLedger accepts. Nothing was changed."),
        ),
        (
            e.BundleMalformed,
            translate("Errors", "The case bundle opened but its contents are not valid. "
                "Nothing was imported."),
        ),
        (
            e.BundleReplayed,
            translate(
                "Errors", "This case bundle, or a newer one of the same case, was already imported. "
                "Nothing was changed."
            ),
        ),
        (
            e.BundleNotForThisVault,
            translate(
                "Errors",
                "This case bundle is sealed to another group's key; none of this vault's group keys "
                "opens it. Nothing was imported.",
            ),
        ),
        (e.BundleError, translate("Errors", "The case bundle was refused.")),
        # Rule updates (Settings → Rule updates).
        (
            e.UpdateTransportError,
            translate(
                "Errors",
                "The update server could not be reached or did not answer properly. "
                "The rules in use stay in use.",
            ),
        ),
        (
            e.UpdateVerificationError,
            translate(
                "Errors",
                "The update pack was refused: it is not signed by a trusted key or its files do not match. "
                "The rules in use stay in use.",
            ),
        ),
        (
            e.UpdateRollbackRefused,
            translate(
                "Errors", "The server offers rules that are not newer than the ones in use; "
                "refused (no rollback)."
            ),
        ),
        (
            e.UpdateExpired,
            translate(
                "Errors",
                "The update pack has expired or is dated in the future. Check this computer's date; "
                "the rules in use stay in use.",
            ),
        ),
        (e.UpdateCancelled, translate("Errors", "The update was cancelled. Nothing was changed.")),
        (e.UpdateError, translate("Errors", "The update was refused; the installed rules stay in use.")),
        (e.VaultError, translate("Errors", "The vault could not be used.")),
        (e.OperationCancelled, translate("Errors", "Cancelled. Nothing was changed.")),
        (e.FaceLedgerError, translate("Errors", "The operation could not be completed.")),
        (OSError, translate("Errors", "The file could not be read or written.")),
    ]
    return table


def is_expected(exc: BaseException) -> bool:
    return isinstance(exc, core_errors.FaceLedgerError)


def message_for(exc: BaseException) -> str:
    """One translated sentence for an error, chosen by its class."""
    for cls, text in _messages():
        if isinstance(exc, cls):
            return text
    return translate("Errors", "Something went wrong. Nothing was changed.")


def details_for(exc: BaseException) -> str:
    """Bug-report details without personal data: class names, code locations, versions."""
    lines = [
        f"FaceLedger {app_version}, PySide6 {pyside_version}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}",
        f"{type(exc).__module__}.{type(exc).__qualname__}",
    ]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
        for frame in traceback.extract_tb(cause.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    """Expected errors as a plain warning; anything else as the dialog with "Copy details"."""
    if is_expected(exc):
        dialogs.show_warning(parent, translate("Errors", "FaceLedger"), message_for(exc))
        return
    log.error("unexpected error:\n%s", details_for(exc))
    dialogs.show_error_details(
        parent,
        translate("Errors", "Something went wrong"),
        translate(
            "Errors",
            "FaceLedger ran into an unexpected problem. Your vault was not changed by it. "
            "If it happens again, please report it with the details below (they contain no personal data).",
        ),
        details_for(exc),
    )


_in_hook = False


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if _in_hook:  # an error while showing an error: log only, never loop
        log.error("error while reporting an error:\n%s", details_for(exc))
        return
    _in_hook = True
    try:
        show_exception(exc, None)
    finally:
        _in_hook = False


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. in slots) to show_exception instead of stderr + abort."""
    sys.excepthook = _excepthook
