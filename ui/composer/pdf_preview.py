"""Live letter preview: renders PDF bytes with QtPdf straight from memory.

The letter holds personal data, so the preview never writes a temporary file: QPdfDocument reads
from a QBuffer in memory (the buffer must outlive the document's use of it).

Lifetimes: QPdfView renders pages on its own thread (QPdfPageRenderer in MultiThreaded mode), reading
the document, which reads its QBuffer. So each PDF gets its own document with its buffer as a child
(the buffer lives exactly as long as the document that reads it), and a document is released only
after the view has let go of it: `QPdfView.setDocument(new)` hands the new document to the render
worker under the worker's lock, which a render in progress holds, so after it returns no render of the
old document runs or starts. On destruction Qt deletes children in the order they were added: `host`
(holding the view, whose render thread is joined in its destructor) comes before any document. The
first version created the document before the view and closed it while the view could be rendering
it, which let a dialog closing right after a repaint free the document under a running render.
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
        # Child order is destruction order: host (with the view) first, then the documents.
        host = QWidget(self)
        self._view = QPdfView(host)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._message = QLabel(translate("PdfPreviewWidget", "No preview yet."), host)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._stack = QStackedLayout(host)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(host)
        self._document = QPdfDocument(self)
        self._view.setDocument(self._document)

    # --- public API ----------------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> None:
        """Replace the shown document. Loading from a QBuffer is synchronous for in-memory data."""
        self._bytes = bytes(data)
        document = QPdfDocument(self)
        if data:
            buffer = QBuffer(document)  # owned by the document that reads it
            buffer.setData(QByteArray(self._bytes))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
        self._replace_document(document)
        if not data:
            self.show_message(translate("PdfPreviewWidget", "No preview yet."))
        elif document.status() == QPdfDocument.Status.Error:
            self.show_message(translate("PdfPreviewWidget", "The preview could not be shown."))
        else:
            self._stack.setCurrentWidget(self._view)

    def _replace_document(self, document: QPdfDocument) -> None:
        """Show `document`; release the old one only once the view's render thread let go of it."""
        old, self._document = self._document, document
        self._view.setDocument(document)  # waits for a render of `old` in progress (see module docstring)
        old.close()
        old.deleteLater()  # with its buffer

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
