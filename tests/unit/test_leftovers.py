"""Starting again after a crash: the temporary files an interrupted write left behind are removed from the
data folder and the folders the app is told about, and nothing else is touched (issue 5); so are the lock files of
programs that ended without closing the store (issue 10)."""

from __future__ import annotations

from pathlib import Path

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import TEMP_PREFIX, leftover_temporaries, remove_leftover_temporaries
from kesu_desktop.store.openers import IN_USE
from kesu_desktop.store.startup import prepare_store


def _leave(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in names]
    for path in paths:
        path.write_bytes(b"half")
    return paths


def test_only_temporary_files_are_removed(tmp_path: Path):
    partial_xlsx, partial_pdf, good, other = _leave(
        tmp_path, f"{TEMP_PREFIX}0a1b2c.xlsx", f"{TEMP_PREFIX}3d4e5f.pdf", "月报_第1版.xlsx", "notes.txt"
    )
    assert remove_leftover_temporaries(tmp_path) == sorted([partial_xlsx, partial_pdf])
    assert leftover_temporaries(tmp_path) == []
    assert good.read_bytes() == b"half" and other.exists()
    assert remove_leftover_temporaries(tmp_path) == []


def test_a_missing_folder_is_skipped(tmp_path: Path):
    assert remove_leftover_temporaries(tmp_path / "pulled-out-stick") == []


def test_start_up_tidies_the_data_folder_and_the_folders_it_is_told(tmp_path: Path):
    data_dir = DataDir(tmp_path / "data")
    store, _reference = prepare_store(data_dir)
    store.close()
    exports = tmp_path / "exports"
    _leave(data_dir.root, f"{TEMP_PREFIX}aa.xlsx")
    _leave(exports, f"{TEMP_PREFIX}bb.pdf", "kept.pdf")
    store, _reference = prepare_store(data_dir, tidy_folders=[exports])
    store.close()
    assert leftover_temporaries(data_dir.root) == [] and leftover_temporaries(exports) == []
    assert (exports / "kept.pdf").exists() and data_dir.database.exists()


def test_the_lock_file_of_a_program_that_crashed_is_removed_at_the_next_start(tmp_path: Path):
    data_dir = DataDir(tmp_path / "data")
    live, _reference = prepare_store(data_dir)
    try:
        [held] = (data_dir.root / IN_USE).glob("opener-*.lock")
        (crashed,) = _leave(data_dir.root / IN_USE, "opener-4242-0a1b2c3d4e5f.lock")  # nobody holds its lock

        store, _reference = prepare_store(data_dir)
        store.close()

        assert sorted((data_dir.root / IN_USE).glob("opener-*.lock")) == [held]
        assert not crashed.exists()
    finally:
        live.close()
    assert list((data_dir.root / IN_USE).glob("opener-*.lock")) == []
