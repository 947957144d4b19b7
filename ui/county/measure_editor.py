"""Which data a target counts, as a form whose fields follow the target's rule (kind): records (activities or
trainings, one of their figures, optionally only some forms, groups, campaigns, key projects or training kinds),
a period-end figure, a rate of two such parts, or a figure per school. The form only gathers the measure JSON;
what is allowed is the core's (:func:`kesu_desktop.plans.measures.parse_measure`), whose verdict or description
in words is shown under the form as it changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.plans.measures import (
    ACTIVITY_FIGURES,
    PER,
    TRAINING_FIGURES,
    describe_measure,
    parse_measure,
)
from kesu_desktop.reference.data import Item, ReferenceData
from ui.i18n import translate
from ui.widgets.check_list import CheckList
from ui.widgets.error_label import error_label

RECORDS, STOCK, ENTERED = "records", "stock", "entered"
SOURCE_LABELS = {
    RECORDS: QT_TRANSLATE_NOOP("Plans", "Records (activities or trainings)"),
    STOCK: QT_TRANSLATE_NOOP("Plans", "A period-end figure of the units"),
    ENTERED: QT_TRANSLATE_NOOP("Plans", "Entered by the county"),
}
RECORDS_LABELS = {
    "activities": QT_TRANSLATE_NOOP("Plans", "Activities"),
    "trainings": QT_TRANSLATE_NOOP("Plans", "Trainings"),
}
FIGURE_LABELS = {
    "count": QT_TRANSLATE_NOOP("Plans", "Number of records"),
    "participants": QT_TRANSLATE_NOOP("Plans", "Participants"),
    "women": QT_TRANSLATE_NOOP("Plans", "Women"),
    "sessions": QT_TRANSLATE_NOOP("Plans", "Sessions"),
    "trainees": QT_TRANSLATE_NOOP("Plans", "Trainees"),
    "low_income": QT_TRANSLATE_NOOP("Plans", "Low-income trainees"),
    "certified": QT_TRANSLATE_NOOP("Plans", "Trainees certified"),
}
PER_LABELS = {
    "semester": QT_TRANSLATE_NOOP("Plans", "Per semester"),
    "year": QT_TRANSLATE_NOOP("Plans", "Per year"),
    "plan": QT_TRANSLATE_NOOP("Plans", "Over the whole plan"),
    "period_end": QT_TRANSLATE_NOOP("Plans", "At period end"),
}
# the filters each kind of records may have: measure key -> (tab label, reference items)
ACTIVITY_FILTERS = (
    ("forms", QT_TRANSLATE_NOOP("Plans", "Forms")),
    ("groups", QT_TRANSLATE_NOOP("Plans", "Target groups")),
    ("campaigns", QT_TRANSLATE_NOOP("Plans", "Campaigns")),
    ("key_projects", QT_TRANSLATE_NOOP("Plans", "Key projects")),
)
TRAINING_FILTERS = (
    ("kinds", QT_TRANSLATE_NOOP("Plans", "Training kinds")),
    ("groups", QT_TRANSLATE_NOOP("Plans", "Target groups")),
)


def combo(choices: Sequence[tuple[str, str]]) -> QComboBox:
    """A combo of (code, label already translated)."""
    box = QComboBox()
    for code, label in choices:
        box.addItem(label, code)
    return box


def choose(box: QComboBox, code: object) -> None:
    index = box.findData(code)
    if index >= 0:
        box.setCurrentIndex(index)


def scrolling_check_list(items: Sequence[Item], language: str) -> CheckList:
    """A check list that scrolls instead of growing to show every row."""
    check_list = CheckList(items, language)
    check_list.setMinimumHeight(0)
    check_list.setMaximumHeight(16777215)
    return check_list


class FilterTabs(QTabWidget):
    """Check lists of the codes a records measure may be limited to; nothing ticked means all."""

    changed = Signal()

    def __init__(self, filters: Sequence[tuple[str, str]], reference: ReferenceData, language: str) -> None:
        super().__init__()
        sources: dict[str, Sequence[Item]] = {
            "forms": reference.activity_forms,
            "groups": reference.target_groups,
            "campaigns": reference.campaigns,
            "key_projects": reference.key_projects,
            "kinds": reference.training_kinds,
        }
        self.lists: dict[str, CheckList] = {}
        for key, label in filters:
            check_list = scrolling_check_list(sources[key], language)
            check_list.setAccessibleName(translate("Plans", label))
            check_list.changed.connect(self.changed)
            self.lists[key] = check_list
            self.addTab(check_list, translate("Plans", label))
        self.setMinimumHeight(150)

    def value(self) -> dict[str, list[str]]:
        return {key: list(check_list.codes()) for key, check_list in self.lists.items() if check_list.codes()}

    def set_value(self, value: dict[str, Any]) -> None:
        for key, check_list in self.lists.items():
            codes = value.get(key)
            check_list.set_codes([str(code) for code in codes] if isinstance(codes, list) else [])


class PartEditor(QWidget):
    """One measured figure: records with a figure and filters, a period-end figure, or (a side of a rate) a
    figure the county enters. ``sources`` are the choices offered; ``side`` names the entered part."""

    changed = Signal()

    def __init__(
        self,
        reference: ReferenceData,
        language: str,
        sources: Sequence[str],
        *,
        side: str = "value",
        label: str = QT_TRANSLATE_NOOP("Plans", "Co&unts:"),
    ) -> None:
        super().__init__()
        self.side = side
        self.source = combo([(s, translate("Plans", SOURCE_LABELS[s])) for s in sources])
        self.records = combo([(code, translate("Plans", label)) for code, label in RECORDS_LABELS.items()])
        self.figure = QComboBox()
        self.activity_filters = FilterTabs(ACTIVITY_FILTERS, reference, language)
        self.training_filters = FilterTabs(TRAINING_FILTERS, reference, language)
        self.filters = QStackedWidget()
        self.filters.addWidget(self.activity_filters)
        self.filters.addWidget(self.training_filters)
        self.indicator = combo([(i.code, i.name(language)) for i in reference.stock_indicators])
        self.records_box = QWidget()
        records_form = QFormLayout(self.records_box)
        records_form.setContentsMargins(0, 0, 0, 0)
        records_form.addRow(translate("Plans", "&Records:"), self.records)
        records_form.addRow(translate("Plans", "F&igure:"), self.figure)
        records_form.addRow(translate("Plans", "Only these (none ticked: all):"), self.filters)
        self.stock_box = QWidget()
        stock_form = QFormLayout(self.stock_box)
        stock_form.setContentsMargins(0, 0, 0, 0)
        stock_form.addRow(translate("Plans", "In&dicator:"), self.indicator)
        self.entered_note = QLabel(translate("Plans", "The county enters this figure, with its source and date."))
        self.entered_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(sources) > 1:
            source_form = QFormLayout()
            source_form.addRow(translate("Plans", label), self.source)
            layout.addLayout(source_form)
        layout.addWidget(self.records_box)
        layout.addWidget(self.stock_box)
        layout.addWidget(self.entered_note)
        self._fill_figures()
        self.source.currentIndexChanged.connect(self._follow)
        self.records.currentIndexChanged.connect(self._records_changed)
        for signal in (
            self.figure.currentIndexChanged,
            self.indicator.currentIndexChanged,
            self.activity_filters.changed,
            self.training_filters.changed,
        ):
            signal.connect(self.changed)
        self._follow()

    def _fill_figures(self) -> None:
        figures = TRAINING_FIGURES if self.records.currentData() == "trainings" else ACTIVITY_FIGURES
        self.figure.blockSignals(True)
        self.figure.clear()
        for code in figures:
            self.figure.addItem(translate("Plans", FIGURE_LABELS[code]), code)
        self.figure.blockSignals(False)
        self.filters.setCurrentIndex(1 if self.records.currentData() == "trainings" else 0)

    def _records_changed(self) -> None:
        self._fill_figures()
        self.changed.emit()

    def _follow(self) -> None:
        source = self.source.currentData()
        self.records_box.setVisible(source == RECORDS)
        self.stock_box.setVisible(source == STOCK)
        self.entered_note.setVisible(source == ENTERED)
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        source = self.source.currentData()
        if source == ENTERED:
            return {"entered": self.side}
        if source == STOCK:
            return {"stock": self.indicator.currentData()}
        filters = self.training_filters if self.records.currentData() == "trainings" else self.activity_filters
        return {"records": self.records.currentData(), "figure": self.figure.currentData(), **filters.value()}

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        if "entered" in value:
            choose(self.source, ENTERED)
        elif "stock" in value:
            choose(self.source, STOCK)
            choose(self.indicator, value["stock"])
        else:
            choose(self.source, RECORDS)
            choose(self.records, value.get("records"))
            choose(self.figure, value.get("figure"))
            filters = self.training_filters if value.get("records") == "trainings" else self.activity_filters
            filters.set_value(value)


class MeasureEditor(QGroupBox):
    """The measure of a target of the chosen kind, with the measure in words (or what is wrong with it)."""

    changed = Signal()

    def __init__(self, reference: ReferenceData, translator: Translator) -> None:
        super().__init__(translate("Plans", "Which data it counts"))
        self.reference, self.translator = reference, translator
        language = translator.language
        self.kind = "survey"
        self.target = ""  # the target's code, which the core's errors name
        self.flow = PartEditor(reference, language, (RECORDS,))
        self.stock = PartEditor(reference, language, (STOCK,))
        self.numerator = PartEditor(
            reference,
            language,
            (RECORDS, STOCK, ENTERED),
            side="numerator",
            label=QT_TRANSLATE_NOOP("Plans", "N&umerator counts:"),
        )
        self.denominator = PartEditor(
            reference,
            language,
            (RECORDS, STOCK, ENTERED),
            side="denominator",
            label=QT_TRANSLATE_NOOP("Plans", "Den&ominator counts:"),
        )
        self.numerator.set_value({"entered": "numerator"})
        self.denominator.set_value({"entered": "denominator"})
        self.of = PartEditor(reference, language, (RECORDS, STOCK))
        self.schools = combo([(i.code, i.name(language)) for i in reference.stock_indicators])
        choose(self.schools, "schools")
        self.per = combo([(code, translate("Plans", PER_LABELS[code])) for code in PER])
        survey = QLabel(
            translate("Plans", "A survey target counts no records: the county enters the figure, with its source.")
        )
        survey.setWordWrap(True)
        rate = QWidget()
        rate_layout = QVBoxLayout(rate)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        for title, part in (
            (QT_TRANSLATE_NOOP("Plans", "Numerator"), self.numerator),
            (QT_TRANSLATE_NOOP("Plans", "Denominator"), self.denominator),
        ):
            box = QGroupBox(translate("Plans", title))
            QVBoxLayout(box).addWidget(part)
            rate_layout.addWidget(box)
        per_school = QWidget()
        per_school_layout = QVBoxLayout(per_school)
        per_school_layout.setContentsMargins(0, 0, 0, 0)
        per_school_layout.addWidget(self.of)
        per_form = QFormLayout()
        per_form.addRow(translate("Plans", "Number of &schools:"), self.schools)
        per_form.addRow(translate("Plans", "&Per:"), self.per)
        per_school_layout.addLayout(per_form)
        self.pages = QStackedWidget()
        self.page_of_kind: dict[str, QWidget] = {
            "survey": survey,
            "cumulative": self.flow,
            "yearly": self.flow,
            "count": self.stock,
            "stock": self.stock,
            "rate": rate,
            "per_school": per_school,
        }
        for page in dict.fromkeys(self.page_of_kind.values()):
            self.pages.addWidget(page)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("hint")
        self.problem = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.description)
        layout.addWidget(self.problem)
        for part in (self.flow, self.stock, self.numerator, self.denominator, self.of):
            part.changed.connect(self._changed)
        self.schools.currentIndexChanged.connect(self._changed)
        self.per.currentIndexChanged.connect(self._changed)
        self.set_kind("survey")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        current = self.page_of_kind.get(kind, self.page_of_kind["survey"])
        for page in dict.fromkeys(self.page_of_kind.values()):  # the stack as tall as the page shown
            shown = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(shown, shown)
        self.pages.setCurrentWidget(current)
        self.pages.adjustSize()
        self._changed()

    def value(self) -> Any:
        """The measure JSON for the current kind (None for a survey)."""
        if self.kind in ("cumulative", "yearly"):
            return self.flow.value()
        if self.kind in ("count", "stock"):
            return self.stock.value()
        if self.kind == "rate":
            return {"numerator": self.numerator.value(), "denominator": self.denominator.value()}
        if self.kind == "per_school":
            return {"of": self.of.value(), "schools": self.schools.currentData(), "per": self.per.currentData()}
        return None

    def set_value(self, kind: str, value: Any) -> None:
        if isinstance(value, dict):
            if kind in ("cumulative", "yearly"):
                self.flow.set_value(value)
            elif kind in ("count", "stock"):
                self.stock.set_value(value)
            elif kind == "rate":
                self.numerator.set_value(value.get("numerator"))
                self.denominator.set_value(value.get("denominator"))
            elif kind == "per_school":
                self.of.set_value(value.get("of"))
                choose(self.schools, value.get("schools"))
                choose(self.per, value.get("per"))
        self.set_kind(kind)

    def _changed(self) -> None:
        try:
            measure = parse_measure(self.target, self.kind, self.value(), self.reference)
        except ValidationError as error:
            self.description.clear()
            self.problem.setText(self.translator.render(error))
        else:
            self.problem.clear()
            self.description.setText(
                translate("Plans", "Counts: {measure}").format(
                    measure=describe_measure(measure, self.reference, self.translator)
                )
            )
        self.changed.emit()
