"""Preview of a return: the header block and every table of the same ReturnForm the files are made from. Row
labels are always shown in full (the longer English ones too); a wide table scrolls sideways instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import Translator
from kesu_desktop.returns.form import FormTable, ReturnForm, cell_text
from ui.i18n import translate


def form_table_widget(table: FormTable, translator: Translator) -> QTableWidget:
    """One form table as a read-only grid: 栏目, 代码, then the numbered columns under their group headings."""
    headings = [table.label_heading, translate("ReturnPreview", "Code")]
    group_of: list[str] = []
    for group, span in table.groups:
        group_of += [group] * span
    for index, column in enumerate(table.columns):
        prefix = f"{group_of[index]}\n" if group_of else ""
        headings.append(f"{prefix}{column}\n({index + 1})")
    widget = QTableWidget(len(table.rows), len(headings))
    widget.setHorizontalHeaderLabels(headings)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)  # a narrow table still fills the width, with every label whole
    for row_number, row in enumerate(table.rows):
        items = [QTableWidgetItem(row.label), QTableWidgetItem(row.code)]
        for cell in row.cells:
            item = QTableWidgetItem(cell_text(cell, translator))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        for position, item in enumerate(items):
            if row.is_total:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            widget.setItem(row_number, position, item)
    return widget


class ReturnPreview(QWidget):
    def __init__(self, form: ReturnForm, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = form.header
        title = QLabel(f"{form.title}  {form.version_label if form.version > 1 else ''}")
        title.setObjectName("pageTitle")
        facts = QLabel(
            translate(
                "ReturnPreview",
                "Unit: {unit}    Period: {period}    Clerk: {clerk}    Phone: {phone}    Reviewer: {reviewer}    "
                "Responsible: {responsible}",
            ).format(
                unit=header.unit_name,
                period=header.period_label,
                clerk=header.clerk,
                phone=header.phone,
                reviewer=header.reviewer,
                responsible=header.responsible,
            )
        )
        facts.setWordWrap(True)
        self.tabs = QTabWidget()
        for table in form.tables:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(QLabel(f"{table.number}  {table.title}    ({table.measure})"))
            page_layout.addWidget(form_table_widget(table, translator))
            self.tabs.addTab(page, table.number)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(self.tabs)
        if form.corrections:
            corrections = QLabel("\n".join(form.corrections))
            corrections.setWordWrap(True)
            layout.addWidget(corrections)


class PreviewDialog(QDialog):
    def __init__(self, form: ReturnForm, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReturnPreview", "Preview: {period}").format(period=form.header.period_label))
        self.preview = ReturnPreview(form, translator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.resize(1100, 640)
