"""Several clerks at once on the county's PostgreSQL store (issue 17): two imports of overlapping files started
at the same moment store each return once, both finish, and the second finds the first's returns held; an undo
beside an import takes back only its own import and leaves the rollups true; because every import and undo takes
the store's write lock before it reads what it will change."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select

from db import models
from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.inbox.imports import InboxRun, run_inbox
from kesu_desktop.county.inbox.past_imports import undo_import
from kesu_desktop.county.inbox.types import IDENTICAL, NEW
from tests.county_files import demo_unit, export, named
from tests.postgres import county_on

TODAY = date(2024, 5, 10)


def _returns(folder: Path) -> list[Path]:
    files = []
    for code in ("141023101", "141023102"):
        store, reference = demo_unit(folder / code, code, months=3, today=TODAY)
        try:
            files.append(export(store, reference, "2024-04", folder / "stick", TODAY))
        finally:
            store.close()
    return files


def test_two_imports_of_overlapping_files_at_once_store_each_return_once(postgres_engine: Engine, tmp_path):
    sessions, reference = county_on(postgres_engine, demo=True)
    first, second = _returns(tmp_path)
    start = threading.Barrier(2)
    runs: dict[str, InboxRun] = {}
    failures: list[BaseException] = []

    def import_files(name: str, files: list[Path]) -> None:
        try:
            start.wait()
            with sessions.begin() as session:
                runs[name] = run_inbox(
                    session,
                    reference,
                    named(*files),
                    actor=name,
                    dry_run=False,
                    accept_new_keys=True,
                    demo_folder=True,
                    today=TODAY,
                )
        except BaseException as error:
            failures.append(error)

    clerks = [
        threading.Thread(target=import_files, args=("李明", [first, second])),
        threading.Thread(target=import_files, args=("刘芳", [second])),
    ]
    for clerk in clerks:
        clerk.start()
    for clerk in clerks:
        clerk.join(timeout=120)

    assert failures == []
    with sessions() as session:
        held = session.scalar(select(func.count()).select_from(models.ReceivedReturn))
        imports = session.scalar(select(func.count()).select_from(models.CountyImport))
    assert held == 2
    shared = sorted(run.results[-1].status for run in runs.values())
    assert shared == sorted([NEW, IDENTICAL])
    assert imports == 1 + (runs["刘芳"].results[0].status == NEW)


def test_an_undo_beside_an_import_takes_back_only_its_own_and_the_rollups_stay_true(postgres_engine: Engine, tmp_path):
    sessions, reference = county_on(postgres_engine, demo=True)
    first, second = _returns(tmp_path)

    def run(files: list[Path]) -> InboxRun:
        with sessions.begin() as session:
            return run_inbox(
                session,
                reference,
                named(*files),
                actor="李明",
                dry_run=False,
                accept_new_keys=True,
                demo_folder=True,
                today=TODAY,
            )

    earlier = run([first])
    assert earlier.import_id is not None
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def undo() -> None:
        try:
            start.wait()
            with sessions.begin() as session:
                undo_import(session, earlier.import_id, "刘芳")  # type: ignore[arg-type]
        except BaseException as error:
            failures.append(error)

    def bring_in() -> None:
        try:
            start.wait()
            run([second])
        except BaseException as error:
            failures.append(error)

    clerks = [threading.Thread(target=undo), threading.Thread(target=bring_in)]
    for clerk in clerks:
        clerk.start()
    for clerk in clerks:
        clerk.join(timeout=120)

    assert failures == []
    with sessions() as session:
        units = {return_.unit_code for return_ in session.scalars(select(models.ReceivedReturn))}
        from_rollups = held_summaries(session, "2024-01", "2024-12", by_unit=True)
        from_returns = held_summaries(session, "2024-01", "2024-12", by_unit=True, by_period=True)
    assert units == {"141023102"}
    assert set(from_rollups) == {("141023102", "")}
    assert (
        from_rollups[("141023102", "")].activities_total() == from_returns[("141023102", "2024-04")].activities_total()
    )
