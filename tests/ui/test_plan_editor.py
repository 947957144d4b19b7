"""Plans edited in the app: a 2026–2030 plan with a target made through the real dialogs drives the cockpit with
no code change; an invalid figure is refused naming the field, storing nothing; copy, retire, and a plan file
exported and imported back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.plans.editing import delete_plan, list_plans
from kesu_desktop.store.database import Store
from tests.county_held import hold, payload, training
from tests.ui.helpers import when_shown
from ui.county.plan_editor import CopyPlanDialog, PlanDialog, PlansDialog
from ui.county.target_dialog import TargetDialog
from ui.county.targets import TargetsPage
from ui.state import AppState

TOWN = "141023101"


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    return make_state(county_store, "en")


def active(kind: type[QWidget]) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


def fill_target(dialog: TargetDialog, figure: str) -> None:
    dialog.code.setText("farmers")
    dialog.name_zh.setText("农民培训")
    dialog.name_en.setText("Farmers trained")
    dialog.kind.setCurrentIndex(dialog.kind.findData("cumulative"))
    dialog.figure.setText(figure)
    dialog.measure_unit.setText("人次")
    flow = dialog.measure.flow
    flow.records.setCurrentIndex(flow.records.findData("trainings"))
    flow.figure.setCurrentIndex(flow.figure.findData("trainees"))
    flow.training_filters.lists["kinds"].set_codes(["high_quality_farmer"])


def make_plan(qtbot, state: AppState) -> PlanDialog:
    dialog = PlanDialog(state, Translator("en"))
    qtbot.addWidget(dialog)
    dialog.code.setText("XF-2026-2030")
    dialog.name.setText("襄汾县全民科学素质行动实施方案（2026-2030年）")
    dialog.document_no.setText("襄政办发〔2026〕5号")
    dialog.start_year.setValue(2026)
    dialog.end_year.setValue(2030)
    failures: list[BaseException] = []

    def answer(target: QWidget) -> None:
        assert isinstance(target, TargetDialog)
        fill_target(target, "5000")
        target.buttons.button(target.buttons.StandardButton.Ok).click()

    when_shown(lambda: active(TargetDialog), answer, failures)
    dialog.add_button.click()
    assert failures == []
    return dialog


def test_a_plan_added_in_the_app_drives_the_cockpit(qtbot, state: AppState) -> None:
    dialog = make_plan(qtbot, state)
    assert dialog.target_list.count() == 1
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == PlanDialog.DialogCode.Accepted
    assert "XF-2026-2030" in [p.code for p in state.reference.plans]
    with state.store.transaction() as session:
        hold(
            session,
            state.reference,
            [
                (
                    payload(state.reference, TOWN, "2026-03", trainings=[training(date(2026, 3, 4), trainees=250)]),
                    datetime(2026, 4, 2),
                )
            ],
        )
    page = TargetsPage(state, Translator("en"), today=lambda: date(2026, 3, 31))
    qtbot.addWidget(page)
    assert page.chosen_plan() is not None and page.chosen_plan().code == "XF-2026-2030"
    texts = page.model.texts(0)
    # 250 of 5,000 trainees; 3 of 60 months: 250 expected by now
    assert texts[0] == "Farmers trained"
    assert texts[2:6] == ("≥ 5,000 人次", "250 人次", "5%", "250")
    assert texts[7] == "on track"


def test_an_invalid_figure_names_the_field_and_stores_nothing(qtbot, state: AppState) -> None:
    dialog = TargetDialog(state.reference, Translator("en"))
    qtbot.addWidget(dialog)
    fill_target(dialog, "0")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.fields is None
    assert dialog.error.text().startswith("Figure and unit: Target farmers: 0 is not a figure")
    assert "border" in dialog.figure.styleSheet()
    assert [p.code for p in state.reference.plans] == ["XF-2021-2025"]


def test_copy_retire_and_a_plan_file_round_trip(
    qtbot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = PlansDialog(state, Translator("en"))
    qtbot.addWidget(plans)
    failures: list[BaseException] = []

    def copy(dialog: QWidget) -> None:
        assert isinstance(dialog, CopyPlanDialog)
        assert dialog.code.text() == "XF-2026-2030"
        dialog.accept()

    when_shown(lambda: active(CopyPlanDialog), copy, failures)
    plans.copy_button.click()
    assert failures == []
    copied = next(p for p in state.reference.plans if p.code == "XF-2026-2030")
    assert (copied.start_year, copied.end_year, len(copied.targets)) == (2026, 2030, 14)
    plans.plan_list.setCurrentRow([p.code for p in plans.plans].index("XF-2021-2025"))
    plans.retire_button.click()
    assert next(p for p in state.reference.plans if p.code == "XF-2021-2025").retired
    plans.plan_list.setCurrentRow([p.code for p in plans.plans].index("XF-2026-2030"))
    file = tmp_path / "next.kesu-plan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(file), ""))
    plans.export_button.click()
    assert file.exists()
    with state.store.transaction() as session:
        delete_plan(session, "XF-2026-2030")
    plans.refresh()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    plans.import_button.click()
    assert plans.error.text() == ""
    with state.store.reading() as session:
        imported = next(p for p in list_plans(session) if p.code == "XF-2026-2030")
    assert [t.code for t in imported.targets] == [t.code for t in copied.targets]


def test_an_invalid_plan_code_names_the_field_and_stores_nothing(qtbot, state: AppState) -> None:
    dialog = make_plan(qtbot, state)
    dialog.code.setText("XF 2026/2030")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != PlanDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Code: Plan code 'XF 2026/2030'")
    with state.store.reading() as session:
        assert [p.code for p in list_plans(session)] == ["XF-2021-2025"]
