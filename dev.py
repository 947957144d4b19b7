"""Developer commands, standard library only: ``python dev.py run``, ``test``, ``check``, ``fuzz``, ``mutate``,
``bench``, ``build``.

``run`` starts the app on a separate demo data folder (``.demo-data/``), filling it first if it has no database yet;
``run --county`` starts it on a demo county (``.demo-county/``: every unit's demo returns, imported), building it
first if it has no database yet; ``test`` runs pytest (the whole suite on every core when given no arguments);
``check`` runs the linter, the formatter's check, the type checker and the import contracts (the layers, see
``docs/architecture.md``), stopping at the first that fails; ``county-on-postgresql`` runs the county's services'
tests again with every county store on the PostgreSQL server of ``KESU_TEST_POSTGRES_URL`` (``.ci/run`` starts one);
``fuzz`` runs the fuzzing of the county's import in full (more than 10,000 mutated returns, a few minutes; the
everyday ``test`` runs a few hundred); ``mutate`` runs mutation testing over the aggregation, table, validation,
lock and verification code (slow; resumable); ``bench`` runs the benchmarks of ``bench/`` (``docs/performance.md``),
or those named; ``build`` makes the PyInstaller bundle in ``dist/KeSu`` and tries it (``scripts/build.py``). Each
creates ``.venv`` when it is missing and installs the requirements into it only when the requirements file has
changed since the last install. Extra arguments are passed on: ``python dev.py run --lang en``, ``python dev.py test
tests/unit -x``. On Windows use ``py dev.py ...``.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DATA = ROOT / ".demo-data"
DEMO_COUNTY = ROOT / ".demo-county"
DATABASE_NAME = "kesu.sqlite3"  # kesu_desktop.base.paths.DataDir.database; not imported: this runs before .venv exists
REQUIREMENTS = {
    "run": ROOT / "requirements.txt",
    "test": ROOT / "requirements-dev.txt",
    "check": ROOT / "requirements-dev.txt",
    "mutate": ROOT / "requirements-dev.txt",
    "fuzz": ROOT / "requirements-dev.txt",
    "county-on-postgresql": ROOT / "requirements-dev.txt",
    "bench": ROOT / "requirements.txt",
    "build": ROOT / "requirements-dev.txt",
}
BENCHMARKS = (
    "cli_startup",
    "records_import",
    "records_export",
    "records_list",
    "return_export",
    "startup_check",
    "window_startup",
    "bench_county_import",
    "bench_county_picture",
    "county_engines",
)
"""The benchmarks ``bench`` runs, in this order; each prints the project's time, its floor and their ratio."""
CHECKS = (
    ("ruff", "check", "."),
    ("ruff", "format", "--check", "."),
    ("mypy",),
    ("lint-imports", "--no-logo"),
)


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        say(f"creating {VENV.name} with Python {sys.version.split()[0]}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    return python


def requirements_digest(path: Path, seen: frozenset[Path] = frozenset()) -> str:
    """A hash of the file and of every file it includes with ``-r``."""
    digest = hashlib.sha256(path.read_bytes())
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("-r", "--requirement"):
            included = (path.parent / parts[1]).resolve()
            if included not in seen:
                digest.update(requirements_digest(included, seen | {path.resolve()}).encode())
    return digest.hexdigest()


def ensure_requirements(python: Path, requirements: Path) -> None:
    stamp = VENV / f".installed-{requirements.name}.sha256"
    digest = requirements_digest(requirements)
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == digest:
        return
    say(f"installing {requirements.name} into {VENV.name}")
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-r", str(requirements)]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        stamp.unlink(missing_ok=True)
        sys.exit(f"[dev] installing {requirements.name} failed (exit code {result.returncode})")
    stamp.write_text(digest + "\n", encoding="utf-8")


def run_app(python: Path, extra: list[str]) -> int:
    county = "--county" in extra
    if county:
        extra = [argument for argument in extra if argument != "--county"]
    folder = DEMO_COUNTY if county else DEMO_DATA
    main = [str(python), str(ROOT / "main.py"), "--data-dir", str(folder)]
    if not (folder / DATABASE_NAME).exists():
        if county:
            say(f"building the demo county in {folder.name}/ (about a minute)")
        else:
            say(f"filling the demo data folder {folder.name}/")
        filled = subprocess.run([*main, *(["county", "demo"] if county else ["demo"])], cwd=ROOT, check=False)
        if filled.returncode != 0:
            return filled.returncode
    say(f"starting KeSu Desktop on {folder.name}/ (demo data)")
    return run_passing_signals_on([*main, *extra])


def run_passing_signals_on(command: list[str]) -> int:
    """Run the app and wait for it to close by itself: Ctrl+C in the terminal reaches it directly (the terminal
    sends it to the whole group), and a request to terminate this process is passed on to it, so the app closes
    as a clerk would close it (ui/leaving.py) instead of being killed mid-write or left running."""
    app = subprocess.Popen(command, cwd=ROOT)

    def pass_on(number: int, _frame: object) -> None:
        app.send_signal(number)

    previous = signal.signal(signal.SIGTERM, pass_on)
    try:
        while True:
            try:
                return app.wait()
            except KeyboardInterrupt:
                continue  # the app had the Ctrl+C too and is closing
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_tests(python: Path, extra: list[str]) -> int:
    """The whole suite on every core (pytest-xdist) when nothing is asked; else pytest with the arguments given."""
    say("running the tests")
    if not os.environ.get("KESU_TEST_POSTGRES_URL"):
        say(
            "no PostgreSQL server named (KESU_TEST_POSTGRES_URL): the tests of the county's store on PostgreSQL "
            "are left out; .ci/run starts a server for them"
        )
    arguments = extra or ["-n", "auto"]
    return subprocess.run([str(python), "-m", "pytest", *arguments], cwd=ROOT, check=False).returncode


COUNTY_TESTS = (
    "tests/unit/test_county_*.py",
    "tests/unit/test_report_*.py",
    "tests/unit/test_target_progress.py",
    "tests/unit/test_plan*.py",
    "tests/unit/test_bulletin_reference.py",
)
"""The county's services' tests, which ``county-on-postgresql`` runs again with every county store on the server."""


def run_county_on_postgresql(python: Path, extra: list[str]) -> int:
    if not os.environ.get("KESU_TEST_POSTGRES_URL"):
        say("no PostgreSQL server named (KESU_TEST_POSTGRES_URL): the county's tests on PostgreSQL are left out")
        return 0
    say("running the county's tests again with every county store on the PostgreSQL server")
    files = sorted(str(path.relative_to(ROOT)) for pattern in COUNTY_TESTS for path in ROOT.glob(pattern))
    environment = {**os.environ, "KESU_TEST_COUNTY_ENGINE": "postgresql"}
    command = [str(python), "-m", "pytest", "-q", "-n", "auto", *files, *extra]
    return subprocess.run(command, cwd=ROOT, check=False, env=environment).returncode


def run_fuzzing(python: Path, extra: list[str]) -> int:
    say("fuzzing the county's import of returns in full (tests/fuzz with KESU_FUZZ=full)")
    environment = {**os.environ, "KESU_FUZZ": "full"}
    command = [str(python), "-m", "pytest", "tests/fuzz", "-q", *extra]
    return subprocess.run(command, cwd=ROOT, check=False, env=environment).returncode


def run_benchmarks(python: Path, extra: list[str]) -> int:
    """Every benchmark at its default size, or those named (``bench records_export --records 100000``: the
    arguments after the names go to each); the first that fails stops the run."""
    names = [name for name in extra if name in BENCHMARKS] or list(BENCHMARKS)
    arguments = [word for word in extra if word not in BENCHMARKS]
    for name in names:
        say(f"benchmark {name}")
        result = subprocess.run([str(python), str(ROOT / "bench" / f"{name}.py"), *arguments], cwd=ROOT, check=False)
        if result.returncode != 0:
            return result.returncode
    return 0


def venv_tool(name: str) -> str:
    folder = venv_python().parent
    return str(folder / (f"{name}.exe" if os.name == "nt" else name))


def run_checks() -> int:
    for tool, *arguments in CHECKS:
        say(f"{tool} {' '.join(arguments)}".strip())
        result = subprocess.run([venv_tool(tool), *arguments], cwd=ROOT, check=False)
        if result.returncode != 0:
            return result.returncode
    return 0


def run_mutation_testing() -> int:
    """mutmut over the modules and tests named in pyproject.toml ([tool.mutmut]); it needs fork(), so not on
    Windows. Prints the survivors; the count last measured is in docs/architecture.md."""
    if os.name == "nt":
        say("mutation testing needs fork(): run it on Linux or in WSL")
        return 2
    say("mutation testing (mutmut); interrupt and run again to resume where it stopped")
    environment = {**os.environ, "KESU_MUTATION": "1"}  # tests/conftest.py: fewer examples per property test
    run = subprocess.run([venv_tool("mutmut"), "run"], cwd=ROOT, check=False, env=environment)
    if run.returncode != 0:
        return run.returncode
    return subprocess.run([venv_tool("mutmut"), "results"], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in REQUIREMENTS:
        print(__doc__)
        print("usage: python dev.py run [--county]|test|county-on-postgresql|check|fuzz|mutate|bench|build [ARGS...]")
        return 2
    command, extra = argv[0], argv[1:]
    python = ensure_venv()
    ensure_requirements(python, REQUIREMENTS[command])
    if command == "run":
        return run_app(python, extra)
    if command == "check":
        return run_checks()
    if command == "mutate":
        return run_mutation_testing()
    if command == "fuzz":
        return run_fuzzing(python, extra)
    if command == "county-on-postgresql":
        return run_county_on_postgresql(python, extra)
    if command == "bench":
        return run_benchmarks(python, extra)
    if command == "build":
        say("building dist/KeSu with PyInstaller, then trying the bundle")
        build = [str(python), str(ROOT / "scripts" / "build.py"), *extra]
        return subprocess.run(build, cwd=ROOT, check=False).returncode
    return run_tests(python, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
