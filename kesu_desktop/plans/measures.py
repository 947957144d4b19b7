"""What a target counts: its measure JSON (``docs/targets.md``) parsed into typed values and checked against
the reference data, described in words, and a records measure evaluated on a period's summary.

Each kind of target takes one shape of measure: survey none (the county enters the value); cumulative and
yearly a records measure; count and stock a stock measure; rate a numerator and a denominator; per_school a
figure per school. A measure that does not fit raises :class:`ValidationError` (field ``measure``) naming the
target, the key at fault and what to write instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.reference.data import Item, ReferenceData
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary, TrainingFigures

KINDS = ("survey", "cumulative", "yearly", "count", "stock", "rate", "per_school")
COMPARISONS = (">", ">=")
ACTIVITY_FIGURES = ("count", "participants", "women")
TRAINING_FIGURES = ("count", "sessions", "trainees", "women", "low_income", "certified")
ENTERED_PARTS = ("value", "numerator", "denominator")
PER = ("semester", "year", "plan", "period_end")

KIND_LABELS = {
    "survey": QT_TRANSLATE_NOOP("Targets", "survey result"),
    "cumulative": QT_TRANSLATE_NOOP("Targets", "cumulative over the plan"),
    "yearly": QT_TRANSLATE_NOOP("Targets", "each year"),
    "count": QT_TRANSLATE_NOOP("Targets", "growth over the plan"),
    "stock": QT_TRANSLATE_NOOP("Targets", "at period end"),
    "rate": QT_TRANSLATE_NOOP("Targets", "rate"),
    "per_school": QT_TRANSLATE_NOOP("Targets", "per school"),
}
_FIGURE_LABELS = {
    ("activities", "count"): QT_TRANSLATE_NOOP("Targets", "Activities held"),
    ("activities", "participants"): QT_TRANSLATE_NOOP("Targets", "Activity attendance"),
    ("activities", "women"): QT_TRANSLATE_NOOP("Targets", "Women attending activities"),
    ("trainings", "count"): QT_TRANSLATE_NOOP("Targets", "Trainings held"),
    ("trainings", "sessions"): QT_TRANSLATE_NOOP("Targets", "Training sessions"),
    ("trainings", "trainees"): QT_TRANSLATE_NOOP("Targets", "Trainees"),
    ("trainings", "women"): QT_TRANSLATE_NOOP("Targets", "Women trained"),
    ("trainings", "low_income"): QT_TRANSLATE_NOOP("Targets", "Low-income trainees"),
    ("trainings", "certified"): QT_TRANSLATE_NOOP("Targets", "Trainees certified"),
}
_PART_LABELS = {
    "value": QT_TRANSLATE_NOOP("Targets", "the figure the county enters"),
    "numerator": QT_TRANSLATE_NOOP("Targets", "the numerator the county enters"),
    "denominator": QT_TRANSLATE_NOOP("Targets", "the denominator the county enters"),
}
_PER_LABELS = {
    "semester": QT_TRANSLATE_NOOP("Targets", "per semester"),
    "year": QT_TRANSLATE_NOOP("Targets", "per year"),
    "plan": QT_TRANSLATE_NOOP("Targets", "over the plan"),
    "period_end": QT_TRANSLATE_NOOP("Targets", "at period end"),
}

_NOT_JSON = QT_TRANSLATE_NOOP("Errors", "Target {target}, measure: it is not valid JSON ({reason}).")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Errors", "Target {target}, measure: {key} is not known here; use {allowed}.")
_MISSING_KEY = QT_TRANSLATE_NOOP("Errors", "Target {target}, measure: {key} is missing; for example {example}.")
_BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "Target {target}, measure: {key} cannot be {value}; use one of {allowed}.")
_NOT_LIST = QT_TRANSLATE_NOOP(
    "Errors", "Target {target}, measure: {key} is a list of one or more different codes, such as {example}."
)
_SHAPE = QT_TRANSLATE_NOOP(
    "Errors", "Target {target}, measure: a target of kind {kind} counts {what}; for example {example}."
)
_SURVEY = QT_TRANSLATE_NOOP(
    "Errors", "Target {target}, measure: a survey target has no measure (the county enters its value); leave it empty."
)
_FILTERS = QT_TRANSLATE_NOOP(
    "Errors",
    "Target {target}, measure: campaigns and key_projects cannot be combined with each other or with forms "
    "and groups; keep one of them.",
)
_PART = QT_TRANSLATE_NOOP(
    "Errors", 'Target {target}, measure: the {side} of a rate that the county enters is {{"entered": "{side}"}}.'
)
_PER_STOCK = QT_TRANSLATE_NOOP(
    "Errors",
    "Target {target}, measure: per {per} divides records over time, so 'of' must be a records measure; "
    "for a ratio of two period-end figures use per period_end.",
)
_PER_RECORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "Target {target}, measure: per period_end divides two period-end figures, so 'of' must be a stock measure.",
)

_RECORDS_EXAMPLE = '{"records": "trainings", "figure": "trainees", "kinds": ["high_quality_farmer"]}'
_STOCK_EXAMPLE = '{"stock": "tech_volunteers"}'
_RATE_EXAMPLE = '{"numerator": {"entered": "numerator"}, "denominator": {"entered": "denominator"}}'
_PER_SCHOOL_EXAMPLE = (
    '{"of": {"records": "activities", "figure": "count", "groups": ["youth"]}, "schools": "schools", "per": "semester"}'
)


@dataclass(frozen=True)
class RecordsMeasure:
    """A flow summed over months: activities or trainings, one figure of them, optionally only some codes."""

    records: str  # activities | trainings
    figure: str
    forms: frozenset[str] | None = None
    groups: frozenset[str] | None = None
    campaigns: frozenset[str] | None = None
    key_projects: frozenset[str] | None = None
    kinds: frozenset[str] | None = None

    def value(self, summary: PeriodSummary) -> int:
        """This measure's figure in ``summary``."""
        cells: Iterable[ActivityFigures | TrainingFigures]
        if self.records == "trainings":
            cells = (
                figures
                for (kind, group), figures in summary.training_matrix.items()
                if (self.kinds is None or kind in self.kinds) and (self.groups is None or group in self.groups)
            )
        elif self.campaigns is not None:
            cells = (f for code, f in summary.activities_by_campaign.items() if code in self.campaigns)
        elif self.key_projects is not None:
            cells = (f for code, f in summary.activities_by_key_project.items() if code in self.key_projects)
        else:
            cells = (
                figures
                for (form, group), figures in summary.activity_matrix.items()
                if (self.forms is None or form in self.forms) and (self.groups is None or group in self.groups)
            )
        return sum(int(getattr(figures, self.figure)) for figures in cells)


@dataclass(frozen=True)
class StockMeasure:
    """A period-end figure (队伍与阵地) the units state each month."""

    indicator: str


@dataclass(frozen=True)
class EnteredMeasure:
    """A figure the county enters for the target, with its source and date."""

    part: str


Part = RecordsMeasure | StockMeasure | EnteredMeasure


@dataclass(frozen=True)
class RateMeasure:
    numerator: Part
    denominator: Part


@dataclass(frozen=True)
class PerSchoolMeasure:
    of: RecordsMeasure | StockMeasure
    schools: str
    per: str


Measure = RecordsMeasure | StockMeasure | RateMeasure | PerSchoolMeasure | None


class _Reader:
    """Reads one target's measure, raising errors that name the target."""

    def __init__(self, target: str, kind: str, reference: ReferenceData) -> None:
        self.target, self.kind, self.reference = target, kind, reference

    def fail(self, template: str, **values: Any) -> ValidationError:
        return ValidationError("measure", template, target=self.target, **values)

    def shape(self, what: str, example: str) -> ValidationError:
        return self.fail(_SHAPE, kind=self.kind, what=what, example=example)

    def keys(self, value: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
        for key in value:
            if key not in allowed:
                raise self.fail(_UNKNOWN_KEY, key=key, allowed=", ".join(allowed))

    def choice(self, value: Mapping[str, Any], key: str, allowed: Iterable[str], example: str) -> str:
        if key not in value:
            raise self.fail(_MISSING_KEY, key=key, example=example)
        options = tuple(allowed)
        if not isinstance(value[key], str) or value[key] not in options:
            raise self.fail(
                _BAD_VALUE, key=key, value=json.dumps(value[key], ensure_ascii=False), allowed=", ".join(options)
            )
        return str(value[key])

    def codes(self, value: Mapping[str, Any], key: str, known: Iterable[Item]) -> frozenset[str] | None:
        if key not in value:
            return None
        options = tuple(item.code for item in known)
        items = value[key]
        if not isinstance(items, list) or not items or len(set(map(str, items))) != len(items):
            raise self.fail(_NOT_LIST, key=key, example=json.dumps(list(options[:2])))
        for code in items:
            if not isinstance(code, str) or code not in options:
                raise self.fail(
                    _BAD_VALUE, key=key, value=json.dumps(code, ensure_ascii=False), allowed=", ".join(options)
                )
        return frozenset(items)

    def records(self, value: Any) -> RecordsMeasure:
        if not isinstance(value, dict) or "records" not in value:
            raise self.shape(QT_TRANSLATE_NOOP("Targets", "records"), _RECORDS_EXAMPLE)
        records = self.choice(value, "records", ("activities", "trainings"), _RECORDS_EXAMPLE)
        ref = self.reference
        if records == "trainings":
            self.keys(value, ("records", "figure", "kinds", "groups"))
            figure = self.choice(value, "figure", TRAINING_FIGURES, _RECORDS_EXAMPLE)
            return RecordsMeasure(
                records,
                figure,
                groups=self.codes(value, "groups", ref.target_groups),
                kinds=self.codes(value, "kinds", ref.training_kinds),
            )
        self.keys(value, ("records", "figure", "forms", "groups", "campaigns", "key_projects"))
        figure = self.choice(value, "figure", ACTIVITY_FIGURES, _RECORDS_EXAMPLE)
        chosen = [key for key in ("forms", "campaigns", "key_projects") if key in value]
        if "groups" in value and "forms" not in chosen:
            chosen.append("groups")
        if len(chosen) > 1:
            raise self.fail(_FILTERS)
        return RecordsMeasure(
            records,
            figure,
            forms=self.codes(value, "forms", ref.activity_forms),
            groups=self.codes(value, "groups", ref.target_groups),
            campaigns=self.codes(value, "campaigns", ref.campaigns),
            key_projects=self.codes(value, "key_projects", ref.key_projects),
        )

    def stock(self, value: Any) -> StockMeasure:
        if not isinstance(value, dict) or "stock" not in value:
            raise self.shape(QT_TRANSLATE_NOOP("Targets", "a period-end figure"), _STOCK_EXAMPLE)
        self.keys(value, ("stock",))
        return StockMeasure(self.indicator(value, "stock"))

    def indicator(self, value: Mapping[str, Any], key: str) -> str:
        return self.choice(value, key, (i.code for i in self.reference.stock_indicators), _STOCK_EXAMPLE)

    def part(self, value: Any, side: str) -> Part:
        if isinstance(value, dict) and "entered" in value:
            self.keys(value, ("entered",))
            if value["entered"] != side:
                raise self.fail(_PART, side=side)
            return EnteredMeasure(side)
        if isinstance(value, dict) and "stock" in value:
            return self.stock(value)
        return self.records(value)

    def rate(self, value: Any) -> RateMeasure:
        if not isinstance(value, dict) or "numerator" not in value or "denominator" not in value:
            raise self.shape(QT_TRANSLATE_NOOP("Targets", "a numerator and a denominator"), _RATE_EXAMPLE)
        self.keys(value, ("numerator", "denominator"))
        return RateMeasure(self.part(value["numerator"], "numerator"), self.part(value["denominator"], "denominator"))

    def per_school(self, value: Any) -> PerSchoolMeasure:
        if not isinstance(value, dict) or "of" not in value:
            raise self.shape(QT_TRANSLATE_NOOP("Targets", "a figure per school"), _PER_SCHOOL_EXAMPLE)
        self.keys(value, ("of", "schools", "per"))
        of: RecordsMeasure | StockMeasure
        of = (
            self.stock(value["of"])
            if isinstance(value["of"], dict) and "stock" in value["of"]
            else self.records(value["of"])
        )
        schools = self.indicator(value, "schools")
        per = self.choice(value, "per", PER, _PER_SCHOOL_EXAMPLE)
        if per == "period_end" and not isinstance(of, StockMeasure):
            raise self.fail(_PER_RECORDS)
        if per != "period_end" and isinstance(of, StockMeasure):
            raise self.fail(_PER_STOCK, per=per)
        return PerSchoolMeasure(of, schools, per)


def parse_measure(target: str, kind: str, measure: str | Mapping[str, Any] | None, reference: ReferenceData) -> Measure:
    """The measure of target ``target`` of kind ``kind``, given as JSON text or already parsed; checked against
    ``reference``. Raises :class:`ValidationError` (field ``measure``) saying what to fix."""
    reader = _Reader(target, kind, reference)
    value: Any = measure
    if isinstance(measure, str):
        try:
            value = json.loads(measure)
        except ValueError as exc:
            raise reader.fail(_NOT_JSON, reason=str(exc)) from exc
    if kind == "survey":
        if value is not None:
            raise reader.fail(_SURVEY)
        return None
    if kind in ("cumulative", "yearly"):
        return reader.records(value)
    if kind in ("count", "stock"):
        return reader.stock(value)
    if kind == "rate":
        return reader.rate(value)
    if kind == "per_school":
        return reader.per_school(value)
    raise ValidationError(
        "kind",
        QT_TRANSLATE_NOOP("Errors", "Target {target}: kind {kind} is not known; use one of {allowed}."),
        target=target,
        kind=kind,
        allowed=", ".join(KINDS),
    )


def entered_parts(measure: Measure) -> tuple[str, ...]:
    """The parts of a target the county enters: value for a survey, the entered sides of a rate."""
    if measure is None:
        return ("value",)
    if isinstance(measure, RateMeasure):
        return tuple(p.part for p in (measure.numerator, measure.denominator) if isinstance(p, EnteredMeasure))
    return ()


def measure_json(measure: str | None) -> Any:
    """The stored measure text as a JSON value (None when there is none)."""
    return None if measure is None else json.loads(measure)


def describe_measure(measure: Measure, reference: ReferenceData, translator: Translator) -> str:
    """The measure in words, in the translator's language: 培训人次：高素质农民培育."""
    words = _Words(reference, translator)
    if measure is None:
        return words.tr(_PART_LABELS["value"])
    if isinstance(measure, RateMeasure):
        return f"({words.part(measure.numerator)}) ÷ ({words.part(measure.denominator)}) × 100%"
    if isinstance(measure, PerSchoolMeasure):
        schools = words.name(reference.stock_indicators, measure.schools)
        comma = ", " if translator.language == "en" else "，"
        return f"({words.part(measure.of)}) ÷ {schools}{comma}{words.tr(_PER_LABELS[measure.per])}"
    return words.part(measure)


class _Words:
    def __init__(self, reference: ReferenceData, translator: Translator) -> None:
        self.reference, self.translator = reference, translator
        self.separator = ", " if translator.language == "en" else "、"
        self.colon = ": " if translator.language == "en" else "："

    def tr(self, text: str) -> str:
        return self.translator.translate("Targets", text)

    def name(self, items: Iterable[Item], code: str) -> str:
        return next((item.name(self.translator.language) for item in items if item.code == code), code)

    def names(self, items: Iterable[Item], codes: frozenset[str] | None) -> str | None:
        if codes is None:
            return None
        listed = [item for item in items if item.code in codes]
        return self.separator.join(item.name(self.translator.language) for item in listed)

    def part(self, part: Part) -> str:
        if isinstance(part, EnteredMeasure):
            return self.tr(_PART_LABELS[part.part])
        if isinstance(part, StockMeasure):
            return self.name(self.reference.stock_indicators, part.indicator)
        ref = self.reference
        filters = [
            self.names(ref.activity_forms, part.forms),
            self.names(ref.training_kinds, part.kinds),
            self.names(ref.campaigns, part.campaigns),
            self.names(ref.key_projects, part.key_projects),
            self.names(ref.target_groups, part.groups),
        ]
        label = self.tr(_FIGURE_LABELS[(part.records, part.figure)])
        chosen = [text for text in filters if text]
        return label + self.colon + " / ".join(chosen) if chosen else label
