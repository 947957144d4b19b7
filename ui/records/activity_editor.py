"""The editor of an activity (科普活动): form, target groups (the first is the main one), campaign, key
project, organiser and partners, and its figures. A retired form (实用技术培训: trainings have their own page) is
offered only on a stored record that already has it, marked as retired."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kesu_desktop.records.service import (
    add_activity,
    get_activity,
    update_activity,
)
from kesu_desktop.records.types import Activity, ActivityInput
from kesu_desktop.records.validation import validate_activity
from ui.i18n import translate
from ui.records.editor import RecordEditor
from ui.records.entry_fields import FigureField, figure_text
from ui.widgets.check_list import CheckList
from ui.widgets.code_combo import CodeCombo


class ActivityEditor(RecordEditor):
    record_type = "activity"

    def _build_boxes(self) -> tuple[QWidget, QWidget]:
        language = self.state.language
        reference = self.state.reference
        self._kept_form: str | None = None
        self.form = CodeCombo(
            reference.choosable_activity_forms(), language, placeholder=translate("RecordEditor", "Choose…")
        )
        self.groups = CheckList(reference.target_groups, language)
        self.main_group = QLabel()
        self.main_group.setObjectName("hint")
        self.groups.changed.connect(self._show_main_group)
        none = translate("RecordEditor", "— none —")
        self.campaign = CodeCombo(reference.campaigns, language, empty_text=none)
        self.key_project = CodeCombo(reference.key_projects, language, empty_text=none)
        self.organiser = QLineEdit()
        self.partners = QLineEdit()
        self.participants = FigureField("participants", required=True)
        self.women = FigureField("women", required=False)
        self.volunteers = FigureField("volunteers", required=False)
        self.materials = FigureField("materials", required=False)

        what = QGroupBox(translate("RecordEditor", "What and for whom"))
        form = QFormLayout(what)
        self._add_row(form, "form_code", self.form)
        self._add_row(form, "target_group_codes", self.groups)
        form.addRow("", self.main_group)
        self._add_row(form, "campaign_code", self.campaign)
        self._add_row(form, "key_project_code", self.key_project)
        where = QGroupBox(translate("RecordEditor", "Where, who and how many"))
        form = QFormLayout(where)
        self._add_row(form, "venue", self.venue)
        self._add_row(form, "organiser", self.organiser)
        self._add_row(form, "partners", self.partners)
        self._add_row(form, "participants", self.participants)
        self._add_row(form, "women", self.women)
        self._add_row(form, "volunteers", self.volunteers)
        self._add_row(form, "materials", self.materials)
        self._show_main_group()
        return what, where

    def _tab_order(self) -> list[QWidget]:
        return [
            self.form,
            self.groups,
            self.campaign,
            self.key_project,
            self.venue,
            self.organiser,
            self.partners,
            self.participants,
            self.women,
            self.volunteers,
            self.materials,
        ]

    def _show_main_group(self) -> None:
        codes = self.groups.codes()
        names = {g.code: g.name(self.state.language) for g in self.state.reference.target_groups}
        self.main_group.setText(
            translate("RecordEditor", "Main group: {group}").format(group=names[codes[0]])
            if codes
            else translate("RecordEditor", "Tick one or more; the first ticked is the main group.")
        )

    def _offer_forms(self, kept: str | None) -> None:
        """The active forms, and ``kept`` (a stored record's retired form) marked as retired; the choice stays."""
        self._kept_form = kept
        chosen = self.form.code()
        self.form.clear()
        for form in self.state.reference.choosable_activity_forms(kept):
            name = form.name(self.state.language)
            if not form.active:
                name = translate("RecordEditor", "{name} (retired)").format(name=name)
            self.form.addItem(name, form.code)
        self.form.set_code(chosen)

    def _became_new(self) -> None:
        self._offer_forms(None)

    def _heading(self, new: bool) -> str:
        return translate("RecordEditor", "New activity") if new else translate("RecordEditor", "Activity")

    def fill_blank(self) -> None:
        self.form.set_code(None)
        self._offer_forms(None)
        self.groups.set_codes(())
        self.campaign.set_code(None)
        self.key_project.set_code(None)
        for widget in (self.organiser, self.partners, self.participants, self.women, self.volunteers, self.materials):
            widget.clear()

    def collect(self) -> ActivityInput:
        return ActivityInput(
            title=self.title.text(),
            start_date=self.start_date.entered(),
            end_date=self.end_date.entered(),
            form_code=self.form.code() or "",
            target_group_codes=self.groups.codes(),
            campaign_code=self.campaign.code(),
            key_project_code=self.key_project.code(),
            venue=self.venue.text(),
            organiser=self.organiser.text(),
            partners=self.partners.text(),
            participants=self.participants.count(),
            women=self.women.count(),
            volunteers=self.volunteers.count(),
            materials=self.materials.count(),
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: ActivityInput) -> None:
        self.title.setText(data.title)
        self.set_dates(data.start_date, data.end_date)
        self._offer_forms(data.form_code if self.record_id is not None else None)
        self.form.set_code(data.form_code)
        self.groups.set_codes(data.target_group_codes)
        self.campaign.set_code(data.campaign_code)
        self.key_project.set_code(data.key_project_code)
        self.venue.setText(data.venue)
        self.organiser.setText(data.organiser)
        self.partners.setText(data.partners)
        self.participants.setText(figure_text(data.participants))
        self.women.setText(figure_text(data.women))
        self.volunteers.setText(figure_text(data.volunteers))
        self.materials.setText(figure_text(data.materials))
        self.notes.setPlainText(data.notes)

    def _raw(self) -> tuple[Any, ...]:
        return (
            *self._common_raw(),
            self.form.code(),
            self.groups.codes(),
            self.campaign.code(),
            self.key_project.code(),
            self.organiser.text(),
            self.partners.text(),
            self.participants.text(),
            self.women.text(),
            self.volunteers.text(),
            self.materials.text(),
        )

    def _validate(self, data: ActivityInput) -> ActivityInput:
        return validate_activity(data, self.state.reference, kept_form=self._kept_form)

    def _store(self, data: ActivityInput) -> Activity:
        actor = self.state.installation.setup.clerk_name
        with self.state.store.transaction() as session:
            if self.record_id is None:
                unit = self.state.installation.setup.unit_code
                return add_activity(session, unit, data, self.state.reference, actor=actor)
            return update_activity(session, self.record_id, data, self.state.reference, actor=actor)

    def _load(self, record_id: uuid.UUID) -> Activity:
        with self.state.store.reading() as session:
            return get_activity(session, record_id)

    def _choices(self, data: ActivityInput) -> dict[str, Any]:
        return {
            "form_code": data.form_code,
            "target_group_codes": data.target_group_codes,
            "campaign_code": data.campaign_code,
            "key_project_code": data.key_project_code,
            "venue": data.venue,
            "organiser": data.organiser,
        }

    def _prefill(self, last: dict[str, str]) -> None:
        self.form.set_code(last.get("form_code") or None)
        self.groups.set_codes([code for code in last.get("target_group_codes", "").split(",") if code])
        self.campaign.set_code(last.get("campaign_code") or None)
        self.key_project.set_code(last.get("key_project_code") or None)
        self.venue.setText(last.get("venue", ""))
        self.organiser.setText(last.get("organiser", ""))
