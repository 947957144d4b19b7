"""The editor of a training (培训): kind, target group, organisation, sessions, trainees and the figures of
who took part, certificates and hours."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from kesu_desktop.records.service import (
    add_training,
    get_training,
    update_training,
)
from kesu_desktop.records.types import Training, TrainingInput
from kesu_desktop.records.validation import validate_training
from ui.i18n import translate
from ui.records.editor import RecordEditor
from ui.records.entry_fields import FigureField, figure_text
from ui.widgets.code_combo import CodeCombo


class TrainingEditor(RecordEditor):
    record_type = "training"

    def _build_boxes(self) -> tuple[QWidget, QWidget]:
        language = self.state.language
        reference = self.state.reference
        choose = translate("RecordEditor", "Choose…")
        self.kind = CodeCombo(reference.training_kinds, language, placeholder=choose)
        self.group = CodeCombo(reference.target_groups, language, placeholder=choose)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.organisation = QLineEdit()
        self.sessions = FigureField("sessions", required=True)
        self.trainees = FigureField("trainees", required=True)
        self.women = FigureField("women", required=False)
        self.low_income = FigureField("low_income", required=False)
        self.certified = FigureField("certified", required=False)
        self.hours = FigureField("hours", required=False)
        what = QGroupBox(translate("RecordEditor", "What and for whom"))
        form = QFormLayout(what)
        self._add_row(form, "kind_code", self.kind)
        self._add_row(form, "target_group_code", self.group)
        self._add_row(form, "venue", self.venue)
        self._add_row(form, "organisation", self.organisation)
        self._add_row(form, "hours", self.hours)
        figures = QGroupBox(translate("RecordEditor", "How many"))
        form = QFormLayout(figures)
        self._add_row(form, "sessions", self.sessions)
        self._add_row(form, "trainees", self.trainees)
        self._add_row(form, "women", self.women)
        self._add_row(form, "low_income", self.low_income)
        self._add_row(form, "certified", self.certified)
        return what, figures

    def _tab_order(self) -> list[QWidget]:
        return [
            self.kind,
            self.group,
            self.venue,
            self.organisation,
            self.hours,
            self.sessions,
            self.trainees,
            self.women,
            self.low_income,
            self.certified,
        ]

    def _kind_changed(self) -> None:
        """A kind that usually serves one group (高素质农民培育 → 农民) chooses it while none is chosen."""
        kind = next((k for k in self.state.reference.training_kinds if k.code == self.kind.code()), None)
        if kind is not None and kind.target_group_code and self.group.code() is None:
            self.group.set_code(kind.target_group_code)

    def _heading(self, new: bool) -> str:
        return translate("RecordEditor", "New training") if new else translate("RecordEditor", "Training")

    def fill_blank(self) -> None:
        self.kind.set_code(None)
        self.group.set_code(None)
        for widget in (
            self.organisation,
            self.sessions,
            self.trainees,
            self.women,
            self.low_income,
            self.certified,
            self.hours,
        ):
            widget.clear()

    def collect(self) -> TrainingInput:
        return TrainingInput(
            title=self.title.text(),
            start_date=self.start_date.entered(),
            end_date=self.end_date.entered(),
            kind_code=self.kind.code() or "",
            target_group_code=self.group.code() or "",
            venue=self.venue.text(),
            organisation=self.organisation.text(),
            sessions=self.sessions.count(),
            trainees=self.trainees.count(),
            women=self.women.count(),
            low_income=self.low_income.count(),
            certified=self.certified.count(),
            hours=self.hours.hours(),
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: TrainingInput) -> None:
        self.title.setText(data.title)
        self.set_dates(data.start_date, data.end_date)
        self.group.set_code(data.target_group_code)
        self.kind.set_code(data.kind_code)
        self.venue.setText(data.venue)
        self.organisation.setText(data.organisation)
        self.sessions.setText(figure_text(data.sessions))
        self.trainees.setText(figure_text(data.trainees))
        self.women.setText(figure_text(data.women))
        self.low_income.setText(figure_text(data.low_income))
        self.certified.setText(figure_text(data.certified))
        self.hours.setText(figure_text(data.hours))
        self.notes.setPlainText(data.notes)

    def _raw(self) -> tuple[Any, ...]:
        return (
            *self._common_raw(),
            self.kind.code(),
            self.group.code(),
            self.organisation.text(),
            self.sessions.text(),
            self.trainees.text(),
            self.women.text(),
            self.low_income.text(),
            self.certified.text(),
            self.hours.text(),
        )

    def _validate(self, data: TrainingInput) -> TrainingInput:
        return validate_training(data, self.state.reference)

    def _store(self, data: TrainingInput) -> Training:
        actor = self.state.installation.setup.clerk_name
        with self.state.store.transaction() as session:
            if self.record_id is None:
                unit = self.state.installation.setup.unit_code
                return add_training(session, unit, data, self.state.reference, actor=actor)
            return update_training(session, self.record_id, data, self.state.reference, actor=actor)

    def _load(self, record_id: uuid.UUID) -> Training:
        with self.state.store.reading() as session:
            return get_training(session, record_id)

    def _choices(self, data: TrainingInput) -> dict[str, Any]:
        return {
            "kind_code": data.kind_code,
            "target_group_code": data.target_group_code,
            "venue": data.venue,
            "organisation": data.organisation,
        }

    def _prefill(self, last: dict[str, str]) -> None:
        self.group.set_code(last.get("target_group_code") or None)
        self.kind.set_code(last.get("kind_code") or None)
        self.venue.setText(last.get("venue", ""))
        self.organisation.setText(last.get("organisation", ""))
