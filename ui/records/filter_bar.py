"""The filter bar above a record list: period (a month, a year or all dates), activity form or training kind,
target group, campaign (activities) and free text. It emits ``changed`` and builds the
:class:`~kesu_desktop.records.query.RecordFilter`; typing in the search box filters after a short pause.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.records.query import RecordFilter
from kesu_desktop.records.validation import EARLIEST_DATE
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate
from ui.widgets.code_combo import CodeCombo

SEARCH_PAUSE_MS = 300
PERIODS = ("month", "year", "all")


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        record_type: str,
        reference: ReferenceData,
        language: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.today = today
        self.period = QComboBox()
        self.period.addItem(translate("Records", "Month"), "month")
        self.period.addItem(translate("Records", "Year"), "year")
        self.period.addItem(translate("Records", "All dates"), "all")
        self.year = QSpinBox()
        self.year.setRange(EARLIEST_DATE.year, today.year + 1)
        self.year.setValue(today.year)
        self.month = QComboBox()
        locale = QLocale("en" if language == "en" else "zh_CN")
        month_format = QLocale.FormatType.LongFormat if language == "en" else QLocale.FormatType.ShortFormat
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number, month_format), number)
        self.month.setCurrentIndex(today.month - 1)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(translate("Records", "Previous month or year"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(translate("Records", "Next month or year"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))

        if record_type == "activity":
            self.kind = CodeCombo(reference.activity_forms, language, empty_text=translate("Records", "All forms"))
            kind_label = QLabel(translate("Records", "For&m:"))
        else:
            self.kind = CodeCombo(reference.training_kinds, language, empty_text=translate("Records", "All kinds"))
            kind_label = QLabel(translate("Records", "&Kind:"))
        kind_label.setBuddy(self.kind)
        self.group = CodeCombo(reference.target_groups, language, empty_text=translate("Records", "All groups"))
        self.campaign: CodeCombo | None = None
        if record_type == "activity":
            self.campaign = CodeCombo(reference.campaigns, language, empty_text=translate("Records", "All campaigns"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Records", "Title, venue, organiser, notes (Ctrl+F)"))
        self.search.setMinimumWidth(180)
        self.reset_button = QToolButton()
        self.reset_button.setText(translate("Records", "Reset"))
        self.reset_button.setToolTip(translate("Records", "Show this year's records of every kind again"))
        self.reset_button.clicked.connect(self.reset)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.search.textChanged.connect(self._pause.start)
        self.search.returnPressed.connect(self.apply_now)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.year.valueChanged.connect(self.changed)
        self.month.currentIndexChanged.connect(self.changed)
        combos = [self.kind, self.group] + ([self.campaign] if self.campaign else [])
        for combo in combos:
            combo.currentIndexChanged.connect(self.changed)

        period_label = QLabel(translate("Records", "&Period:"))
        period_label.setBuddy(self.period)
        group_label = QLabel(translate("Records", "&Target group:"))
        group_label.setBuddy(self.group)
        search_label = QLabel(translate("Records", "&Search:"))
        search_label.setBuddy(self.search)
        for combo in combos:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        first = QHBoxLayout()
        for widget in (period_label, self.period, self.previous, self.year, self.month, self.next):
            first.addWidget(widget)
        first.addSpacing(16)
        first.addWidget(search_label)
        first.addWidget(self.search, stretch=1)
        first.addWidget(self.reset_button)
        second = QHBoxLayout()
        second.addWidget(kind_label)
        second.addWidget(self.kind)
        second.addSpacing(8)
        second.addWidget(group_label)
        second.addWidget(self.group)
        if self.campaign is not None:
            campaign_label = QLabel(translate("Records", "&Campaign:"))
            campaign_label.setBuddy(self.campaign)
            second.addSpacing(8)
            second.addWidget(campaign_label)
            second.addWidget(self.campaign)
        second.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.period.setCurrentIndex(PERIODS.index("year"))
        self._period_changed()

    # ---- period ----------------------------------------------------------------------------------------

    def period_kind(self) -> str:
        return str(self.period.currentData())

    def set_period(self, kind: str, year: int | None = None, month: int | None = None) -> None:
        """Show a month, a year or all dates; emits ``changed`` once."""
        self.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index(kind))
        if year is not None:
            self.year.setValue(year)
        if month is not None:
            self.month.setCurrentIndex(month - 1)
        self.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        kind = self.period_kind()
        self.year.setEnabled(kind != "all")
        self.month.setEnabled(kind == "month")
        self.previous.setEnabled(kind != "all")
        self.next.setEnabled(kind != "all")
        self.changed.emit()

    def step(self, direction: int) -> None:
        """One month or one year back (-1) or on (+1)."""
        kind = self.period_kind()
        self.blockSignals(True)
        if kind == "year":
            self.year.setValue(self.year.value() + direction)
        elif kind == "month":
            index = self.year.value() * 12 + self.month.currentIndex() + direction
            year, month = divmod(index, 12)
            if self.year.minimum() <= year <= self.year.maximum():
                self.year.setValue(year)
                self.month.setCurrentIndex(month)
        self.blockSignals(False)
        self.changed.emit()

    def dates(self) -> tuple[date | None, date | None]:
        kind = self.period_kind()
        year = self.year.value()
        if kind == "year":
            return date(year, 1, 1), date(year, 12, 31)
        if kind == "month":
            month = self.month.currentIndex() + 1
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return None, None

    # ---- the filter ------------------------------------------------------------------------------------

    def apply_now(self) -> None:
        """Filter by the search text without waiting for the pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.changed.emit()

    def reset(self) -> None:
        self.blockSignals(True)
        self.kind.set_code(None)
        self.group.set_code(None)
        if self.campaign is not None:
            self.campaign.set_code(None)
        self.search.clear()
        self._pause.stop()
        self.year.setValue(self.today.year)
        self.month.setCurrentIndex(self.today.month - 1)
        self.blockSignals(False)
        self.set_period("year")

    def is_narrowed(self) -> bool:
        """Whether anything besides the period narrows the list."""
        campaign = self.campaign.code() if self.campaign is not None else None
        return bool(self.kind.code() or self.group.code() or campaign or self.search.text().strip())

    def record_filter(self, unit_code: str, *, in_bin: bool = False) -> RecordFilter:
        start, end = self.dates()
        kind = self.kind.code()
        return RecordFilter(
            record_type=self.record_type,
            unit_code=unit_code,
            start=start,
            end=end,
            form_code=kind if self.record_type == "activity" else None,
            kind_code=kind if self.record_type == "training" else None,
            target_group_code=self.group.code(),
            campaign_code=self.campaign.code() if self.campaign is not None else None,
            text=self.search.text(),
            in_bin=in_bin,
        )
