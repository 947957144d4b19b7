"""Crash-safety harness (issue 5, point 1): kill the app's save and export paths with SIGKILL at random moments
and check, after every kill, that nothing confirmed was lost, nothing is half-saved, the store passes its
integrity check, the previous export still opens, and starting again leaves no temporary files.

    python bench/crash_harness.py [--saves-kills 100] [--export-kills 20] [--seed 5] [--json]

Records: a child process (this script in ``--worker-save`` mode) saves activities in a loop, one transaction
each, and after each COMMIT returns appends the record's id to a "confirmed" log and fsyncs it. The parent
kills it after a random delay, then opens the store as the app does at start-up and checks every confirmed id
is there, every activity has its target-group link and its change-history entry, and ``check_store`` is ok.
The same data folder is reused, so the database grows from round to round.

Exports: a demo store with one good export in a folder; each round a child (``--worker-export``) exports
another version of the same month into the same folder and is killed at a random moment while writing. After
each kill every final-named workbook in the folder verifies, every PDF starts with ``%PDF`` and ends with
``%%EOF``, every version the store recorded has its files, and after start-up no temporary file remains.

Needs POSIX (SIGKILL); exits 1 on any violation. Standard library and the app's own packages only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from select import select as wait_readable  # noqa: E402

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from db import models  # noqa: E402
from kesu_desktop.base.paths import DataDir  # noqa: E402
from kesu_desktop.base.safe_write import TEMP_PREFIX, leftover_temporaries  # noqa: E402
from kesu_desktop.records.demo import fill_demo  # noqa: E402
from kesu_desktop.records.service import add_activity  # noqa: E402
from kesu_desktop.records.types import ActivityInput  # noqa: E402
from kesu_desktop.reference.periods import month_period  # noqa: E402
from kesu_desktop.returns.export import export_return  # noqa: E402
from kesu_desktop.returns.interrupted import reconcile_interrupted_exports  # noqa: E402
from kesu_desktop.returns.ledger import reopen, versions  # noqa: E402
from kesu_desktop.returns.workbook.reader import verify_return_workbook  # noqa: E402
from kesu_desktop.store.installation import Setup, save_installation  # noqa: E402
from kesu_desktop.store.integrity import check_store  # noqa: E402
from kesu_desktop.store.startup import prepare_store  # noqa: E402

UNIT_CODE = "141023101"  # 新城镇
ACTOR = "crash-harness"
SAVE_DAY = date(2025, 3, 12)
DEMO_TODAY = date(2025, 6, 20)
FIRST_MONTH = month_period(2025, 3)  # the good export made before the kills
KILLED_MONTH = month_period(2025, 4)  # exported again and again, killed mid-write
READY = "ready"
WRITING = "writing"
DONE = "done"
START_TIMEOUT = 120.0


# ---------------------------------------------------------------------------------------------- workers


def worker_save(data_folder: Path, log: Path) -> None:
    """Save activities forever, one transaction each; log each id only once its COMMIT has returned."""
    store, reference = prepare_store(DataDir(data_folder))
    with open(log, "a", encoding="ascii") as confirmed:
        print(READY, flush=True)
        number = 0
        while True:
            number += 1
            record_id = uuid.uuid4()
            activity = ActivityInput(
                title=f"科普讲座 {number}",
                start_date=SAVE_DAY,
                end_date=SAVE_DAY,
                form_code="lecture",
                target_group_codes=("farmers", "elderly"),
                venue="镇文化活动广场",
                participants=40 + number % 50,
                women=20,
                volunteers=3,
            )
            with store.transaction() as session:
                add_activity(session, UNIT_CODE, activity, reference, actor=ACTOR, record_id=record_id)
            confirmed.write(f"{record_id}\n")
            confirmed.flush()
            os.fsync(confirmed.fileno())


def worker_export(data_folder: Path, folder: Path) -> None:
    """Export KILLED_MONTH into ``folder`` (reopening it first when a previous round finished), reporting when
    the writing starts."""
    store, reference = prepare_store(DataDir(data_folder))
    reconcile_interrupted_exports(store)
    with store.transaction() as session:
        rows = versions(session, UNIT_CODE, KILLED_MONTH.code)
        if rows and rows[-1].reopened_at is None:
            reopen(session, UNIT_CODE, KILLED_MONTH.code, "crash harness: export again", actor=ACTOR)
        # a correction must change something: one more activity each round
        day = KILLED_MONTH.start
        extra = ActivityInput(
            title=f"补报活动 {uuid.uuid4().hex[:8]}",
            start_date=day,
            end_date=day,
            form_code="lecture",
            target_group_codes=("farmers",),
            participants=30,
        )
        add_activity(session, UNIT_CODE, extra, reference, actor=ACTOR)
    print(READY, flush=True)

    def progress(step: int, _label: str) -> None:
        if step == 1:
            print(WRITING, flush=True)

    export_return(store, reference, KILLED_MONTH, folder, today=DEMO_TODAY, progress=progress)
    print(DONE, flush=True)
    store.close()


# ---------------------------------------------------------------------------------------------- the parent


@dataclass
class Summary:
    seed: int
    save_kills: int = 0
    records_confirmed: int = 0
    records_found: int = 0
    committed_unconfirmed: int = 0  # committed, killed before the id reached the log (allowed: never confirmed)
    integrity_ok: int = 0
    integrity_failed: int = 0
    export_rounds: int = 0
    export_kills: int = 0  # killed before the export finished
    export_kills_with_partial_file: int = 0  # a temporary file was being written at the moment of the kill
    exports_finished_before_kill: int = 0
    previous_exports_intact: int = 0  # rounds after which every earlier export still verified
    temporaries_left_after_start: int = 0
    seconds: float = 0.0
    violations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations


def _spawn(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _wait_for(process: subprocess.Popen[str], word: str, timeout: float) -> bool:
    """Read the child's lines until ``word``; False if it ended or stayed silent for ``timeout`` seconds."""
    stdout: IO[str] | None = process.stdout
    assert stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = wait_readable([stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            continue
        line = stdout.readline()
        if not line:
            return False
        if line.strip() == word:
            return True
    return False


def _kill(process: subprocess.Popen[str]) -> tuple[str, str]:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    return out, err


def _confirmed_ids(log: Path) -> set[str]:
    """Ids whose whole line reached the log (a line cut by the kill was never confirmed)."""
    text = log.read_text(encoding="ascii") if log.exists() else ""
    lines = text.split("\n")
    return {line for line in lines[:-1] if line}


def _half_saved(session: Session) -> int:
    """Activities without a target-group link or without their change-history 'create' entry."""
    untagged = session.scalar(
        select(func.count()).select_from(models.Activity).where(~models.Activity.target_groups.any())
    )
    logged = select(models.ChangeLog.record_id).where(
        models.ChangeLog.record_type == "activity", models.ChangeLog.action == "create"
    )
    unlogged = session.scalar(
        select(func.count()).select_from(models.Activity).where(models.Activity.id.not_in(logged))
    )
    return int(untagged or 0) + int(unlogged or 0)


def run_saves(work: Path, rounds: int, rng: random.Random, summary: Summary) -> None:
    data = DataDir(work / "saves")
    store, reference = prepare_store(data)
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
    store.close()
    log = work / "confirmed.log"
    for number in range(1, rounds + 1):
        process = _spawn("--worker-save", str(data.root), str(log))
        if not _wait_for(process, READY, START_TIMEOUT):
            _, err = _kill(process)
            summary.violations.append(f"save round {number}: the worker did not start: {err.strip()[-500:]}")
            return
        time.sleep(rng.uniform(0.0, 0.4))
        if process.poll() is not None:
            _, err = _kill(process)
            summary.violations.append(f"save round {number}: the worker ended by itself: {err.strip()[-500:]}")
            return
        _kill(process)
        summary.save_kills += 1
        # Starting the app again: the same start-up path as the GUI and the command line.
        store, _reference = prepare_store(data)
        try:
            with store.reading() as session:
                found = {str(value) for value in session.scalars(select(models.Activity.id))}
                half = _half_saved(session)
            report = check_store(store)
        finally:
            store.close()
        confirmed = _confirmed_ids(log)
        missing = confirmed - found
        summary.records_confirmed = len(confirmed)
        summary.records_found = len(found)
        summary.committed_unconfirmed = len(found - confirmed)
        if missing:
            summary.violations.append(f"save round {number}: {len(missing)} confirmed records missing")
        if half:
            summary.violations.append(f"save round {number}: {half} half-saved activities")
        if report.ok:
            summary.integrity_ok += 1
        else:
            summary.integrity_failed += 1
            summary.violations.append(f"save round {number}: integrity check failed: {report.problems}")
        left = leftover_temporaries(data.root)
        if left:
            summary.violations.append(f"save round {number}: temporary files left: {left}")


def _verify_folder(folder: Path) -> list[str]:
    """Problems with the final-named files in the export folder (temporary files are not looked at)."""
    problems = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(TEMP_PREFIX):
            continue
        if path.suffix == ".xlsx":
            try:
                if not verify_return_workbook(path).ok:
                    problems.append(f"{path.name} does not verify")
            except Exception as error:  # any failure to open is what the harness is looking for
                problems.append(f"{path.name} does not open: {error!r}")
        elif path.suffix == ".pdf":
            content = path.read_bytes()
            if not content.startswith(b"%PDF") or not content.rstrip().endswith(b"%%EOF"):
                problems.append(f"{path.name} is not a whole PDF")
    return problems


def _unknown_files(data: DataDir, folder: Path) -> list[str]:
    """Final-named files in the export folder that belong to no exported version: none may look finished."""
    store, _reference = prepare_store(data)
    try:
        with store.reading() as session:
            known = {
                name
                for period in (FIRST_MONTH, KILLED_MONTH)
                for version in versions(session, UNIT_CODE, period.code)
                for name in version.files
            }
    finally:
        store.close()
    return [
        f"{path.name} looks finished but the store knows no such export"
        for path in sorted(folder.iterdir())
        if not path.name.startswith(TEMP_PREFIX) and path.name not in known
    ]


def _recorded_files_present(data: DataDir, folder: Path) -> list[str]:
    store, _reference = prepare_store(data)
    try:
        problems = []
        with store.reading() as session:
            for period in (FIRST_MONTH, KILLED_MONTH):
                for version in versions(session, UNIT_CODE, period.code):
                    problems += [
                        f"recorded {period.code} v{version.version} lacks {name}"
                        for name in version.files
                        if not (folder / name).is_file()
                    ]
        report = check_store(store)
        if not report.ok:
            problems.append(f"integrity check of the demo store failed: {report.problems}")
        return problems
    finally:
        store.close()


def _wait_for_temporary(process: subprocess.Popen[str], folder: Path, suffix: str, timeout: float) -> None:
    """Poll until a temporary file ending in ``suffix`` is in ``folder``, the child ends, or time is up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if any(path.suffix == suffix for path in leftover_temporaries(folder)):
            return
        time.sleep(0.001)


def run_exports(work: Path, kills: int, rng: random.Random, summary: Summary) -> None:
    data = DataDir(work / "exports-data")
    folder = work / "export-folder"
    folder.mkdir()
    store, reference = prepare_store(data)
    with store.transaction() as session:
        fill_demo(session, reference, months=4, seed=1, today=DEMO_TODAY)
    started: list[float] = []
    export_return(
        store,
        reference,
        FIRST_MONTH,
        folder,
        today=DEMO_TODAY,
        progress=lambda step, _label: started.append(time.monotonic()) if step == 1 else None,
    )
    window = time.monotonic() - started[0]  # how long writing a return's files takes on this machine
    store.close()
    problems = _verify_folder(folder)
    if problems:
        summary.violations.append(f"the first export is not good: {problems}")
        return
    number = 0
    while summary.export_kills < kills and number < kills * 6:
        number += 1
        summary.export_rounds += 1
        process = _spawn("--worker-export", str(data.root), str(folder))
        if not _wait_for(process, WRITING, START_TIMEOUT):
            _, err = _kill(process)
            summary.violations.append(f"export round {number}: the worker did not start: {err.strip()[-500:]}")
            return
        if number % 2:
            # Anywhere in the export: building, writing, checking or recording.
            time.sleep(rng.uniform(0.0, window))
        else:
            # While a file is being written: once the workbook's or the PDF's temporary file is on disk.
            # Killed at once: a pause after it appears may outlast the write on a busy machine (seen in CI).
            _wait_for_temporary(process, folder, rng.choice((".xlsx", ".pdf")), window * 3)
        partial = bool(leftover_temporaries(folder))
        out, _err = _kill(process)
        if DONE in out.split():
            summary.exports_finished_before_kill += 1
            window *= 0.8  # the first export (cold caches) took longer than the worker's: aim earlier
        else:
            summary.export_kills += 1
            summary.export_kills_with_partial_file += partial
        problems = _verify_folder(folder)
        # Starting the app again, told the export folder (as the GUI is told the last one used).
        restarted, _reference = prepare_store(data, tidy_folders=[folder])
        reconcile_interrupted_exports(restarted)
        restarted.close()
        left = leftover_temporaries(folder) + leftover_temporaries(data.root)
        summary.temporaries_left_after_start += len(left)
        if left:
            problems.append(f"temporary files left after start-up: {[path.name for path in left]}")
        problems += _recorded_files_present(data, folder)
        problems += _unknown_files(data, folder)
        if problems:
            summary.violations.append(f"export round {number}: {problems}")
        else:
            summary.previous_exports_intact += 1
    if summary.export_kills < kills:
        summary.violations.append(f"only {summary.export_kills} of {kills} export kills landed mid-write")


def _print(summary: Summary) -> None:
    print("Crash harness (SIGKILL)")
    print(f"  seed                              {summary.seed}")
    print(f"  save kills                        {summary.save_kills}")
    print(f"  records confirmed                 {summary.records_confirmed}")
    print(f"  records found                     {summary.records_found}")
    print(f"  committed, not yet confirmed      {summary.committed_unconfirmed}")
    print(f"  integrity checks ok / failed      {summary.integrity_ok} / {summary.integrity_failed}")
    print(f"  export rounds                     {summary.export_rounds}")
    print(f"  export kills mid-export           {summary.export_kills}")
    print(f"    with a partial file on disk     {summary.export_kills_with_partial_file}")
    print(f"  exports finished before the kill  {summary.exports_finished_before_kill}")
    print(f"  previous exports intact           {summary.previous_exports_intact} of {summary.export_rounds}")
    print(f"  temporary files left after start  {summary.temporaries_left_after_start}")
    print(f"  seconds                           {summary.seconds:.1f}")
    print("  result                            " + ("OK" if summary.ok else "VIOLATIONS"))
    for violation in summary.violations:
        print(f"    - {violation}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--saves-kills", type=int, default=100)
    parser.add_argument("--export-kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it")
    parser.add_argument("--worker-save", nargs=2, metavar=("DATA_DIR", "LOG"), help=argparse.SUPPRESS)
    parser.add_argument("--worker-export", nargs=2, metavar=("DATA_DIR", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker_save:
        worker_save(Path(args.worker_save[0]), Path(args.worker_save[1]))
        return 0
    if args.worker_export:
        worker_export(Path(args.worker_export[0]), Path(args.worker_export[1]))
        return 0
    if not hasattr(signal, "SIGKILL"):
        print("The crash harness needs a POSIX system (SIGKILL).", file=sys.stderr)
        return 2
    summary = Summary(seed=args.seed)
    rng = random.Random(args.seed)
    began = time.monotonic()
    if args.keep:
        args.keep.mkdir(parents=True)
        work = args.keep
    else:
        work = Path(tempfile.mkdtemp(prefix="kesu-crash-"))
    try:
        run_saves(work, args.saves_kills, rng, summary)
        run_exports(work, args.export_kills, rng, summary)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    summary.seconds = time.monotonic() - began
    if args.json:
        print(json.dumps({**asdict(summary), "ok": summary.ok}, ensure_ascii=False, indent=2))
    else:
        _print(summary)
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
