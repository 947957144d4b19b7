"""The selected target in detail: its figures in words, the cumulative actual against the dashed expected line
over time (each year's actual against the figure, for a yearly target), each unit's contribution (against its
share when the target is split among units), and for a figure the county enters, its source and date with
buttons to enter a figure or split the target. Everything shown comes from the target's progress
(:class:`kesu_desktop.county.targets.progress.TargetProgress`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.targets.progress import TargetProgress
from kesu_desktop.plans.measures import describe_measure, entered_parts, parse_measure
from kesu_desktop.reference.data import ReferenceData
from ui.county.target_table import figure_label, number, percent, status_label
from ui.i18n import translate
from ui.widgets.charts import ChartPanel, bar_chart, line_chart

UNIT_BAR_HEIGHT = 22


class TargetDetail(QWidget):
    """The detail of one target; ``enter_requested`` and ``split_requested`` ask the page to open the dialogs."""

    enter_requested = Signal()
    split_requested = Signal()

    def __init__(self, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.translator = translator
        self.progress: TargetProgress | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.entered = QLabel()
        self.entered.setWordWrap(True)
        self.enter_button = QPushButton(translate("Targets", "E&nter figure…"))
        self.enter_button.clicked.connect(self.enter_requested)
        self.split_button = QPushButton(translate("Targets", "S&plit among units…"))
        self.split_button.clicked.connect(self.split_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enter_button)
        buttons.addWidget(self.split_button)
        buttons.addStretch()
        self.over_time = ChartPanel(translator)
        self.by_unit = ChartPanel(translator)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.entered)
        layout.addLayout(buttons)
        layout.addWidget(self.over_time)
        layout.addWidget(self.by_unit)
        layout.addStretch()
        self.show_target(None, None)

    def show_target(self, progress: TargetProgress | None, reference: ReferenceData | None) -> None:
        self.progress = progress
        language = self.translator.language
        self.enter_button.setVisible(False)
        self.split_button.setVisible(progress is not None)
        if progress is None or reference is None:
            self.heading.setText(translate("Targets", "Choose a target to see its progress."))
            self.summary.clear()
            self.entered.clear()
            self.over_time.setVisible(False)
            self.by_unit.setVisible(False)
            return
        target = progress.target
        measure = parse_measure(target.code, target.kind, target.measure, reference)
        self.heading.setText(f"{target.name(language)}  {figure_label(progress)}")
        self.summary.setText(
            translate(
                "Targets",
                "Counts: {measure}\nActual {actual} ({percent} reached), expected by now {expected}, "
                "forecast to the plan's end {forecast}: {status}.",
            ).format(
                measure=describe_measure(measure, reference, self.translator),
                actual=number(progress.actual),
                percent=percent(progress.percent),
                expected=number(progress.expected),
                forecast=number(progress.forecast),
                status=status_label(progress.status),
            )
        )
        self.enter_button.setVisible(bool(entered_parts(measure)))
        self.split_button.setVisible(target.kind != "survey")  # a survey's figure is the county's, not the units'
        if progress.source is not None and progress.as_of is not None:
            self.entered.setText(
                translate("Targets", "Latest figure: {value}, as of {date}; source: {source}.").format(
                    value=number(progress.actual), date=progress.as_of.isoformat(), source=progress.source
                )
            )
        elif entered_parts(measure):
            self.entered.setText(translate("Targets", "No figure has been entered for this target yet."))
        else:
            self.entered.clear()
        self._chart_over_time(progress)
        self._chart_by_unit(progress, reference)

    def _chart_over_time(self, progress: TargetProgress) -> None:
        actual_name, expected_name = translate("Targets", "Actual"), translate("Targets", "Expected")
        name = progress.target.name(self.translator.language)
        if progress.target.kind == "yearly" and progress.years:
            chart = bar_chart(
                translate("Targets", "{target}: each year").format(target=name),
                [str(year.year) for year in progress.years],
                [
                    (actual_name, [float(y.actual or 0) for y in progress.years]),
                    (translate("Targets", "Figure"), [float(y.figure) for y in progress.years]),
                ],
                value_axis_title=progress.target.measure_unit,
            )
        else:
            points = progress.series
            chart = line_chart(
                translate("Targets", "{target}: actual against expected").format(target=name)
                if points
                else translate("Targets", "{target}: no figures yet").format(target=name),
                [point.period for point in points],
                [
                    (actual_name, [None if p.actual is None else float(p.actual) for p in points]),
                    (expected_name, [None if p.expected is None else float(p.expected) for p in points]),
                ],
                value_axis_title=progress.target.measure_unit,
                max_value=float(progress.target.figure),
                dashed=[expected_name],
            )
        self.over_time.set_chart(chart)
        self.over_time.setVisible(True)

    def _chart_by_unit(self, progress: TargetProgress, reference: ReferenceData) -> None:
        units = list(reversed(progress.units))  # horizontal bars run bottom to top: first unit on top
        if not units:
            self.by_unit.setVisible(False)
            return
        names = {u.code: u.name for u in reference.units}
        series = [(translate("Targets", "Actual"), [float(u.actual or 0) for u in units])]
        if any(u.share is not None for u in units):
            series.append((translate("Targets", "Share"), [float(u.share or 0) for u in units]))
        chart = bar_chart(
            translate("Targets", "Each unit's contribution"),
            [names.get(u.unit_code, u.unit_code) for u in units],
            series,
            value_axis_title=progress.target.measure_unit,
            horizontal=True,
        )
        self.by_unit.view.setMinimumHeight(max(260, 80 + UNIT_BAR_HEIGHT * len(units) * len(series)))
        self.by_unit.set_chart(chart)
        self.by_unit.setVisible(True)
