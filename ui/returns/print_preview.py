"""The exact pages the next export of a month would print, before exporting (which locks the month).

The PDF is rendered in memory by the same code that writes the exported one (marked 预览 on every page, and
nothing recorded or locked); PDFium (pypdfium2) turns its pages into images here, since Qt's own PDF module is
not part of the Qt packages the app ships.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.i18n import translate

RENDER_SCALE = 1.4  # about 100 dpi: an A4 landscape page is readable at 1366 pixels across


def page_images(pdf: bytes, scale: float = RENDER_SCALE) -> list[QImage]:
    """Every page of ``pdf`` as an image."""
    import pypdfium2 as pdfium  # here: PDFium costs the window's start 70 ms and 9 MiB, and only a preview uses it

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # the bitmap's memory goes with the document
        return images
    finally:
        document.close()


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.images = page_images(pdf)
        pages = QWidget()
        column = QVBoxLayout(pages)
        for number, image in enumerate(self.images, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            page.setFrameShape(QLabel.Shape.Box)
            column.addWidget(page)
            caption = QLabel(
                translate("PrintPreview", "Page {number} of {total}").format(number=number, total=len(self.images))
            )
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(caption)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        note = QLabel(
            translate(
                "PrintPreview",
                "This is how the return will print. Nothing has been exported or locked; the exported PDF is the "
                "same without the 预览 mark.",
            )
        )
        note.setWordWrap(True)
        close = QPushButton(translate("PrintPreview", "&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        self.resize(1240, 680)
