"""After unlocking: say so plainly when recent changes are missing from the vault file (D12).

app.vault counts commits in a small mirror file outside the vault; when the file holds fewer
(a lost or damaged write-ahead log, an older copy put in its place, a restored backup), opening
still succeeds — the user must be able to read and back up what is there — and
`Vault.missing_changes` says how many are gone. This shows that number in a warning banner at the
top of the workspace until the user either restores a backup (lock, open the backup) or chooses to
go on with the file as it is ("Continue" → `Vault.accept_missing_changes()`).
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6

from ui.i18n import translate
from ui.tasks import DbOp
from ui.widgets.message_banner import BannerLevel

log = logging.getLogger(__name__)


def missing_changes_text(count: int) -> str:
    return translate(
        "MissingChanges",
        "This vault has %n fewer change(s) than last seen on this computer. A lost or damaged "
        "write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open "
        "your latest backup; or continue with the file as it is. This warning stays until you choose.",
        None,
        count,
    )


def check_missing_changes(window: Any) -> None:
    """Ask the worker how many changes are missing; show the banner if any (main window, after unlock)."""
    workspace = window.workspace
    if workspace is None:
        return

    def show(count: int) -> None:
        if count <= 0 or window.workspace is not workspace or not shiboken6.isValid(workspace):
            return
        workspace.banner.show_message(
            missing_changes_text(count),
            BannerLevel.WARNING,
            action_text=translate("MissingChanges", "Continue with this file"),
            action=lambda: accept(window, workspace),
            closable=False,
        )

    DbOp(window.worker, workspace, lambda vault: int(getattr(vault, "missing_changes", 0))).success(
        show
    ).failure(lambda exc: log.warning("reading missing changes failed: %s", exc.__class__.__name__)).run()


def accept(window: Any, workspace: Any) -> None:
    def done(_result: None) -> None:
        workspace.banner.show_message(
            translate(
                "MissingChanges",
                "Continuing with this file. The missing changes will not be reported again.",
            ),
            BannerLevel.INFO,
        )

    def failed(exc: BaseException) -> None:
        from ui.errors import message_for

        workspace.banner.show_message(message_for(exc), BannerLevel.ERROR)

    DbOp(window.worker, workspace, lambda vault: vault.accept_missing_changes()).success(done).failure(
        failed
    ).run()
