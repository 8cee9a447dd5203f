"""Every QMessageBox and QFileDialog of the app goes through these functions. SHARED INFRASTRUCTURE.

Why: tests monkeypatch them (the Python version of KeePassXC's MessageBox::setNextAnswer and
FileDialog::setNextFileName, ARCHITECTURE lesson 9), e.g.

    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(tmp_path / "out.pdf"))

Privacy (TEST-MATRIX P1): file dialogs are Qt's own widgets (DontUseNativeDialog), because the
GTK/portal dialogs add every chosen file to ~/.local/share/recently-used.xbel, where an evidence or
letter file name would outlive the vault's encryption. Message texts are shown as PlainText so vault
data can never be interpreted as markup.

API (stable): ask_question, ask_save_discard, show_information, show_warning, show_error_details,
get_open_file_names, get_open_file_name, get_save_file_name, get_existing_directory,
close_modal_dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from ui.i18n import translate

_FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    return box


def ask_question(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes_text: str | None = None,
    no_text: str | None = None,
    default_yes: bool = False,
    destructive: bool = False,
) -> bool:
    """A yes/no question; True only when the user clearly chose yes."""
    box = _box(parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text or translate("Dialogs", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or translate("Dialogs", "No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


SAVE, DISCARD, KEEP_EDITING = "save", "discard", "keep"


def ask_save_discard(parent: QWidget | None, title: str, text: str) -> str:
    """Unsaved changes: SAVE, DISCARD or KEEP_EDITING (also Esc and closing the box: nothing is lost)."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    save = box.addButton(translate("Dialogs", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Dialogs", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else KEEP_EDITING


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_error_details(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """The one dialog for unexpected errors: a short message and a "Copy details" button.

    `details` must already be free of personal data (ui/errors.py builds it from class names and
    code locations only).
    """
    box = _box(parent, QMessageBox.Icon.Critical, title, text)
    copy = box.addButton(translate("Dialogs", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDetailedText(details)
    # ActionRole buttons close the box too; reopen until the user closes it for real.
    while True:
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(details)
            continue
        break


def get_open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> list[str]:
    names, _selected = QFileDialog.getOpenFileNames(
        parent, caption, directory, filters, "", _FILE_DIALOG_OPTIONS
    )
    return list(names)


def get_open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> str | None:
    name, _selected = QFileDialog.getOpenFileName(
        parent, caption, directory, filters, "", _FILE_DIALOG_OPTIONS
    )
    return name or None


def get_save_file_name(
    parent: QWidget | None, caption: str, suggested_path: str = "", filters: str = ""
) -> str | None:
    """The one save dialog of the app. It asks before replacing an existing file (Qt's overwrite
    confirmation stays on), and refuses, with a sentence, a place no output may go: a vault, its
    log or backups, a device, a FIFO, a folder (app/outputs.py). Callers then write with force=True."""
    from app.errors import OutputRefused
    from app.outputs import check_output

    while True:
        name, _selected = QFileDialog.getSaveFileName(
            parent, caption, suggested_path, filters, "", _FILE_DIALOG_OPTIONS
        )
        if not name:
            return None
        try:
            check_output(name, force=True)  # replacing was confirmed by the dialog itself
        except OutputRefused:
            show_warning(
                parent,
                caption,
                translate(
                    "Dialogs",
                    "FaceLedger never writes over a vault, its backups, a device or a folder. "
                    "Choose another file name.",
                ),
            )
            suggested_path = name
            continue
        return name


def get_existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str | None:
    name = QFileDialog.getExistingDirectory(
        parent, caption, directory, _FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly
    )
    return name or None


def close_modal_dialogs() -> int:
    """Reject every visible dialog (locking must not leave vault data on screen). Returns how many."""
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            closed += 1
    return closed
