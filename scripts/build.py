"""Build the one-folder bundle with PyInstaller (``pyinstaller.spec``) and check that it works as shipped.

    python scripts/build.py [--skip-build] [--json]        (run by ``python dev.py build``)

The same steps build on Windows (dist/KeSu/KeSu.exe and kesu-cli.exe) and on Linux (dist/KeSu/KeSu, and
kesu-cli linked to it), including the domestic desktops (统信UOS, 银河麒麟) that run the Linux folder. After
building, every link in the folder is checked to lead to a file and reportlab's accelerator to be there, and
the bundle is tried the way a township and the county use it, each step in a fresh folder: ``--version`` and
``--help`` (in Chinese, naming kesu-cli); a demo township (``demo``) that passes ``check`` and exports a month's
return onto a "stick"; a demo county that imports that return, writes a report and the township's bulletin,
which the township applies; an old .xls ledger read (python-calamine and its header words); with a PostgreSQL
server for the tests, the county's store moved onto it, checked there and moved back (the driver and its
libpq); the window of each started offscreen, still running after a few seconds; a password set on the
township and its folder opened with it (scrypt, through Python's OpenSSL); and on Linux, Qt's answers
from the bundle's trimmed ICU data the same as from the full data. A missing data file or hidden import fails
here, not on a clerk's PC. Prints the folder's size; exits 1 when any step fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "KeSu"
SUFFIX = ".exe" if os.name == "nt" else ""


def _size_mib(folder: Path) -> float:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return round(sum(path.stat().st_size for path in files) / 2**20, 1)


def _run(step: str, *argv: object, env: dict[str, str] | None = None) -> str:
    command = [str(DIST / f"kesu-cli{SUFFIX}"), *(str(arg) for arg in argv)]
    environment = {**os.environ, **(env or {})}
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False, env=environment
    )
    if result.returncode != 0:
        raise SystemExit(f"[build] {step} failed ({result.returncode}): {result.stdout}{result.stderr}")
    return result.stdout


def _window_starts(folder: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [str(DIST / f"KeSu{SUFFIX}"), "--data-dir", str(folder)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(8)
        if window.poll() is not None:
            assert window.stderr is not None
            raise SystemExit(f"[build] the window stopped at once ({window.returncode}): {window.stderr.read()!r}")
    finally:
        window.kill()
        window.wait()


def _qt_answers(preload: Path | None) -> list[str]:
    environment = {**os.environ, **({"LD_PRELOAD": str(preload)} if preload else {})}
    probe = [sys.executable, str(ROOT / "scripts" / "icu_data.py")]
    result = subprocess.run(probe, env=environment, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise SystemExit(f"[build] Qt's ICU probe failed ({result.returncode}): {result.stderr}")
    return result.stdout.splitlines()


def icu_data_check() -> float | None:
    """Linux: Qt answers from the bundle's trimmed ICU data (``scripts/icu_data.py``) exactly as from the full data
    it came from; the trimmed library's size in MiB. None where the bundle has no ICU data of its own (Windows)."""
    trimmed = next(DIST.glob("_internal/PySide6/Qt/lib/libicudata.so.*"), None)
    if trimmed is None:
        return None
    full, answers = _qt_answers(None), _qt_answers(trimmed)
    if answers[-1] != str(trimmed):
        raise SystemExit(f"[build] the ICU probe loaded {answers[-1]}, not the bundle's {trimmed}")
    if answers[:-1] != full[:-1]:
        raise SystemExit(f"[build] Qt answers differently with the bundle's ICU data: {answers[:-1]} != {full[:-1]}")
    return round(trimmed.stat().st_size / 2**20, 1)


def _no_dangling_links(folder: Path) -> None:
    dangling = sorted(
        str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_symlink() and not path.exists()
    )
    if dangling:
        raise SystemExit(f"[build] links to files left out of the bundle: {', '.join(dangling)}")


def _has_reportlab_accelerator(folder: Path) -> None:
    if not any((folder / "_internal").glob("_rl_accel*")):
        raise SystemExit("[build] reportlab's accelerator (_rl_accel) is not in the bundle: its PDFs would be slower")


def smoke_test() -> dict[str, object]:
    _no_dangling_links(DIST)
    _has_reportlab_accelerator(DIST)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        township, county, stick = work / "township", work / "county", work / "stick"
        stick.mkdir()
        version = _run("--version", "--version").strip()
        if not _run("--help", "--help").startswith("用法：kesu-cli "):
            raise SystemExit("[build] the command line's help does not name it kesu-cli")
        _run("demo", "--data-dir", township, "demo", "--months", "2")
        _run("check", "--data-dir", township, "check")
        exported = json.loads(
            _run(
                "return export",
                "--data-dir",
                township,
                "return",
                "export",
                "--period",
                time.strftime("%Y-%m"),
                "--early",
                "--unfilled",
                "zero",
                "--out",
                stick,
                "--json",
            )
        )
        _run(
            "county init",
            "--data-dir",
            county,
            "init",
            "--role",
            "county",
            "--unit",
            "141023000",
            "--clerk",
            "刘芳",
            "--demo",
        )
        _run("county import", "--data-dir", county, "county", "import", stick, "--accept-new-keys")
        report = json.loads(
            _run(
                "county report",
                "--data-dir",
                county,
                "county",
                "report",
                "--kind",
                "consolidated",
                "--period",
                time.strftime("%Y-%m"),
                "--out",
                stick,
                "--json",
            )
        )
        back = stick / "back"
        back.mkdir()
        bulletin = json.loads(
            _run(
                "county bulletin",
                "--data-dir",
                county,
                "county",
                "bulletin",
                "--out",
                back,
                "--unit",
                "141023101",
                "--json",
            )
        )
        applied = json.loads(
            _run(
                "bulletin import",
                "--data-dir",
                township,
                "bulletin",
                "import",
                bulletin["files"][0],
                "--accept-county-key",
                "--json",
            )
        )
        ledger = ROOT / "tests" / "data" / "ledgers" / "gucheng-2022.xls"
        rows = json.loads(
            _run(
                "records import-ledger",
                "--data-dir",
                township,
                "records",
                "import-ledger",
                ledger,
                "--dry-run",
                "--json",
            )
        )
        moved = _server_round_trip(county)
        _window_starts(township)
        _window_starts(county)  # the county's pages too: its charts need Qt modules the township's do not
        _run("password set", "--data-dir", township, "password", "set", env={"KESU_NEW_PASSWORD": "xf-2026"})
        _run("check with the password", "--data-dir", township, "check", env={"KESU_PASSWORD": "xf-2026"})
    return {
        "version": version,
        "return_files": len(exported["files"]),
        "report_files": len(report["files"]),
        "bulletin": applied["status"],
        "ledger_rows": len(rows),
        "moved_to_server": moved,
    }


def _server_round_trip(county: Path) -> int | None:
    """With a PostgreSQL server for the tests (``KESU_TEST_POSTGRES_URL``, as CI has): move the county's store
    onto a new database there, ``check`` it there, and move it back; the rows moved. None without a server."""
    url = os.environ.get("KESU_TEST_POSTGRES_URL")
    if not url:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"kesu_bundle_{os.getpid()}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        target = make_url(url).set(drivername="postgresql", database=name).render_as_string(hide_password=False)
        moved = json.loads(
            _run("county move-store", "--data-dir", county, "county", "move-store", "--to", target, "--json")
        )
        _run("check on the server", "--data-dir", county, "check")
        _run("county move-store back", "--data-dir", county, "county", "move-store", "--to", "sqlite")
        return int(moved["rows"])
    finally:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check the bundle already in dist/")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.skip_build:
        build = [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            str(ROOT / "pyinstaller.spec"),
        ]
        if subprocess.run(build, cwd=ROOT, check=False).returncode != 0:
            return 1
    built = time.perf_counter() - started
    result = {**smoke_test(), "icu_data_mib": icu_data_check(), "size_mib": _size_mib(DIST), "build_s": round(built, 1)}
    print(json.dumps(result, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
