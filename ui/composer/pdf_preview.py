"""Live letter preview: renders PDF bytes with QtPdf straight from memory.

The letter holds personal data, so the preview never writes a temporary file: QPdfDocument reads
from a QBuffer that this widget owns (the buffer must outlive the document's use of it).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ui.i18n import translate


class PdfPreviewWidget(QWidget):
    """Shows one PDF held in memory; `set_pdf(b"")` or `show_message()` shows a plain note instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bytes = b""
        self._buffer: QBuffer | None = None
        self._document = QPdfDocument(self)
        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._message = QLabel(translate("PdfPreviewWidget", "No preview yet."), self)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)

        host = QWidget(self)
        self._stack = QStackedLayout(host)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(host)

    # --- public API ----------------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> None:
        """Replace the shown document. Loading from a QBuffer is synchronous for in-memory data."""
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = bytes(data)
        if not data:
            self.show_message(translate("PdfPreviewWidget", "No preview yet."))
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._bytes))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._document.load(buffer)
        if self._document.status() == QPdfDocument.Status.Error:
            self.show_message(translate("PdfPreviewWidget", "The preview could not be shown."))
            return
        self._stack.setCurrentWidget(self._view)

    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def pdf_bytes(self) -> bytes:
        return self._bytes

    def document(self) -> QPdfDocument:
        return self._document

    def page_count(self) -> int:
        return int(self._document.pageCount())

    def shown_text(self) -> str:
        """All text of the shown document, as QtPdf extracts it (what a screen reader would get)."""
        parts = []
        for page in range(self._document.pageCount()):
            parts.append(self._document.getAllText(page).text())
        return "\n".join(parts)

    def is_showing_document(self) -> bool:
        return self._stack.currentWidget() is self._view
