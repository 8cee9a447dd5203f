"""Evidence of one record: thumbnails, hash, capture time; add by drag and drop or file chooser.

Nothing is written to disk in clear (SPEC, TEST-MATRIX P4):
- files are read into memory on the DB worker thread; the vault stores them encrypted on Save
  (added and removed items are staged and applied in the same transaction as the record);
- thumbnails and the full view are decoded from memory (ui/images.py: allow-list, size limits);
- the only way out is "Export a copy…", an explicit save dialog. There is no "open externally",
  hence no temp copies at all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import evidence as core_evidence
from app import paths
from app.errors import AttachmentRefused
from ui import dialogs
from ui.errors import message_for
from ui.i18n import translate
from ui.images import decode_image, thumbnail
from ui.tasks import DbOp
from ui.widgets.message_banner import BannerLevel, MessageBanner

FULL_VIEW_MAX = QSize(4096, 4096)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass
class EvidenceItem:
    """One item shown in the panel: stored (evidence_id set) or staged (data set, not saved yet)."""

    name: str
    mime: str
    size: int
    sha256: str
    captured_at: str | None
    added_at: str | None = None
    evidence_id: int | None = None
    data: bytes | None = field(default=None, repr=False)  # staged items only
    thumb: QImage | None = field(default=None, repr=False)
    refused: str = ""  # why no thumbnail: "", "unsupported", "too_large", "corrupt"


def _item_from_info(info: core_evidence.EvidenceInfo, data: bytes) -> EvidenceItem:
    decoded = thumbnail(data) if info.mime.startswith("image/") else None
    return EvidenceItem(
        name=info.original_name,
        mime=info.mime,
        size=info.size,
        sha256=info.sha256,
        captured_at=info.captured_at,
        added_at=info.added_at,
        evidence_id=info.id,
        thumb=decoded.image if decoded else None,
        refused=decoded.reason if decoded else "unsupported",
    )


def load_items(vault: Any, record_id: int) -> list[EvidenceItem]:
    """Worker thread: the record's evidence with thumbnails (bytes are dropped after decoding)."""
    items = []
    for info in core_evidence.list_evidence(vault, record_id):
        data = core_evidence.get_evidence_bytes(vault, info.id) if info.mime.startswith("image/") else b""
        items.append(_item_from_info(info, data))
    return items


@dataclass(frozen=True)
class FilesRead:
    items: list[EvidenceItem]
    refused: list[AttachmentRefused]  # each names its file and why (empty, too large, folder…)


def read_files(file_paths: list[Path]) -> FilesRead:
    """Worker thread: read files into memory and describe them (size limit enforced by the core).
    A file that cannot be attached is reported by name; the others are still added."""
    items = []
    refused: list[AttachmentRefused] = []
    for path in file_paths:
        try:
            data = core_evidence.read_evidence_file(path)
        except AttachmentRefused as exc:
            refused.append(exc)
            continue
        mime = core_evidence.sniff_mime(data)
        decoded = thumbnail(data) if mime.startswith("image/") else None
        items.append(
            EvidenceItem(
                name=core_evidence.clean_name(path.name),
                mime=mime,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                captured_at=core_evidence.capture_time(data),
                data=data,
                thumb=decoded.image if decoded else None,
                refused=decoded.reason if decoded else "unsupported",
            )
        )
    return FilesRead(items, refused)


def refusal_message(exc: AttachmentRefused) -> str:
    """One sentence naming the file and why it was not added."""
    sentences = {
        "empty": translate("EvidencePanel", "“%1” was not added: the file is empty (0 bytes)."),
        "too_large": translate(
            "EvidencePanel", "“%1” was not added: it is larger than %2 MB, the limit for one file."
        ),
        "not_found": translate("EvidencePanel", "“%1” was not added: the file no longer exists."),
        "folder": translate(
            "EvidencePanel", "“%1” was not added: it is a folder. Choose the files inside it."
        ),
        "unreadable": translate(
            "EvidencePanel", "“%1” was not added: it cannot be read (check that you may open it)."
        ),
    }
    sentence = sentences.get(exc.reason, sentences["unreadable"])
    return sentence.replace("%1", exc.name).replace("%2", str(core_evidence.MAX_EVIDENCE_BYTES // 1048576))


def write_export(data: bytes, dest: Path) -> Path:
    """Write an exported copy through the output guard (app/outputs.py): atomic, 0600, never over a
    vault or a device; the save dialog has already asked before replacing a file."""
    from app.outputs import write_output

    write_output(dest, data, force=True)
    return dest


def export_op(evidence_id: int | None, staged: bytes | None, dest: Path) -> Any:
    """The worker op behind "Export a copy…". While locked it fails before anything is written."""

    def op(vault: Any) -> Path:
        data = (
            staged if staged is not None else core_evidence.get_evidence_bytes(vault, int(evidence_id or 0))
        )
        return write_export(data, dest)

    return op


def _format_size(size: int) -> str:
    if size < 1024:
        return translate("EvidencePanel", "%n byte(s)", None, size)
    if size < 1024 * 1024:
        return translate("EvidencePanel", "%1 KB").replace("%1", f"{size / 1024:.0f}")
    return translate("EvidencePanel", "%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")


class EvidenceViewer(QDialog):
    """A full view of one picture, decoded from memory. Closed by locking like every dialog."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EvidenceViewer", "Evidence"))  # no file names in titles (P1)
        label = QLabel(self)
        label.setPixmap(QPixmap.fromImage(image))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea(self)
        area.setWidget(label)
        area.setWidgetResizable(True)
        caption = QLabel(title, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(area, 1)
        self.resize(min(image.width() + 60, 1100), min(image.height() + 90, 800))


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(self, context: Any, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.items: list[EvidenceItem] = []
        self.removed_ids: set[int] = set()
        self.setAcceptDrops(True)

        heading = QLabel(translate("EvidencePanel", "Evidence"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            translate(
                "EvidencePanel",
                "Photos of the gate, the sign (or where it is missing), the consent screen. "
                "Drop files here or add them.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("EvidencePanel", "Evidence"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setGridSize(QSize(124, 132))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(150)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(lambda _item: self.open_full_view())
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = MessageBanner(self)
        self.add_button = QPushButton(translate("EvidencePanel", "Add files…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(translate("EvidencePanel", "View"), self)
        self.view_button.clicked.connect(self.open_full_view)
        self.export_button = QPushButton(translate("EvidencePanel", "Export a copy…"), self)
        self.export_button.clicked.connect(self.export_selected)
        self.copy_hash_button = QPushButton(translate("EvidencePanel", "Copy SHA-256"), self)
        self.copy_hash_button.setToolTip(
            translate("EvidencePanel", "For an evidence list: the hash proves the file was not changed.")
        )
        self.copy_hash_button.clicked.connect(self.copy_hash)
        self.remove_button = QPushButton(translate("EvidencePanel", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_hash_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self._file_icon = QIcon(str(paths.resources_path("icons", "file.svg")))
        self._pdf_icon = QIcon(str(paths.resources_path("icons", "pdf.svg")))
        self._update_buttons()
        if record_id is not None:
            DbOp(context.worker, self, lambda vault: load_items(vault, record_id)).success(
                self._on_loaded
            ).failure(self._show_error).run()

    # --- content -------------------------------------------------------------------------------
    def _on_loaded(self, items: list[EvidenceItem]) -> None:
        self.items = items + [i for i in self.items if i.evidence_id is None]
        self._rebuild()

    def _rebuild(self) -> None:
        self.list.clear()
        for index, item in enumerate(self.items):
            if item.thumb is not None:
                icon = QIcon(QPixmap.fromImage(item.thumb))
            elif item.mime == "application/pdf":
                icon = self._pdf_icon
            else:
                icon = self._file_icon
            label = item.name if item.evidence_id is not None else item.name + " *"
            widget_item = QListWidgetItem(icon, label, self.list)
            widget_item.setData(ITEM_ROLE, index)
            widget_item.setToolTip(item.name)
        self._update_buttons()

    def pending_additions(self) -> list[EvidenceItem]:
        return [i for i in self.items if i.evidence_id is None]

    def has_changes(self) -> bool:
        return bool(self.removed_ids or self.pending_additions())

    def selected_item(self) -> EvidenceItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        item = self.selected_item()
        if item is None:
            self.details.setText("")
        else:
            lines = [
                item.name,
                f"{item.mime} · {_format_size(item.size)}",
                translate("EvidencePanel", "SHA-256: %1").replace("%1", item.sha256),
                translate("EvidencePanel", "Taken: %1").replace(
                    "%1", item.captured_at or translate("EvidencePanel", "unknown (no date in the file)")
                ),
            ]
            if item.added_at:
                lines.append(translate("EvidencePanel", "Added: %1").replace("%1", item.added_at))
            else:
                lines.append(translate("EvidencePanel", "Not saved yet"))
            if item.refused == "too_large":
                lines.append(
                    translate(
                        "EvidencePanel", "The picture is too large to show safely; it is kept as it is."
                    )
                )
            elif item.refused == "corrupt":
                lines.append(
                    translate("EvidencePanel", "The picture cannot be read (damaged or incomplete).")
                )
            self.details.setText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.view_button.setEnabled(item is not None and item.thumb is not None)
        self.export_button.setEnabled(item is not None)
        self.copy_hash_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)

    # --- adding --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names = dialogs.get_open_file_names(
            self,
            translate("EvidencePanel", "Add evidence"),
            "",
            translate("EvidencePanel", "Pictures and documents")
            + " (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.heic *.pdf *.m4a *.mp3 *.wav *.amr *.mp4 *.mov);;"
            + translate("EvidencePanel", "All files")
            + " (*)",
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, file_paths: list[Path]) -> None:
        self.banner.hide()
        DbOp(self.context.worker, self, lambda _vault: read_files(file_paths)).success(
            self._on_files_read
        ).failure(self._show_error).with_progress(translate("EvidencePanel", "Reading files…")).run()

    def _on_files_read(self, result: FilesRead) -> None:
        if result.refused:
            self.banner.show_message(
                "\n".join(refusal_message(exc) for exc in result.refused), BannerLevel.WARNING
            )
        if not result.items:
            return
        self.items.extend(result.items)
        self._rebuild()
        self.list.setCurrentRow(len(self.items) - 1)
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        # Folders too: read_files says by name that a folder cannot be attached.
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- removing, viewing, exporting --------------------------------------------------------------
    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.evidence_id is not None:
            if not dialogs.ask_question(
                self,
                translate("EvidencePanel", "Remove evidence"),
                translate(
                    "EvidencePanel", "Remove this item from the record when you save? It cannot be undone."
                ),
                yes_text=translate("EvidencePanel", "Remove"),
                no_text=translate("EvidencePanel", "Keep"),
                destructive=True,
            ):
                return
            self.removed_ids.add(item.evidence_id)
        self.items.remove(item)
        self._rebuild()
        self.changed.emit()

    def open_full_view(self) -> None:
        item = self.selected_item()
        if item is None or item.thumb is None:
            return
        staged, evidence_id = item.data, item.evidence_id

        def op(vault: Any) -> QImage | None:
            data = (
                staged
                if staged is not None
                else core_evidence.get_evidence_bytes(vault, int(evidence_id or 0))
            )
            return decode_image(data, FULL_VIEW_MAX).image

        name = item.name
        DbOp(self.context.worker, self, op).success(lambda image: self._show_viewer(image, name)).failure(
            self._show_error
        ).run()

    def _show_viewer(self, image: QImage | None, name: str) -> None:
        if image is None:
            self.banner.show_message(
                translate("EvidencePanel", "The picture cannot be shown."), BannerLevel.WARNING
            )
            return
        viewer = EvidenceViewer(image, name, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer

    def copy_hash(self) -> None:
        """Through the clipboard service: hinted, cleared after the timeout and on lock (P2)."""
        item = self.selected_item()
        if item is not None:
            self.context.clipboard.copy_text(item.sha256)

    def export_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        chosen = dialogs.get_save_file_name(self, translate("EvidencePanel", "Export a copy"), item.name)
        if not chosen:
            return
        DbOp(self.context.worker, self, export_op(item.evidence_id, item.data, Path(chosen))).success(
            lambda path: self.banner.show_message(
                translate("EvidencePanel", "A copy was saved. It is not encrypted: keep it safe."),
                BannerLevel.INFO,
            )
        ).failure(self._show_error).run()

    def _show_error(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), BannerLevel.ERROR)
