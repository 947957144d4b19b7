"""A plan as a file (``.kesu-plan.json``): exported with its targets and their shares among units, imported
on another installation, such as the county's next plan drafted elsewhere.

The file is ``{"format": "kesu-plan", "format_version": 1, "plan": {...}, "targets": [...]}``
(``docs/targets.md``); the figures the county entered (survey results …) stay with their store. An import is
read as untrusted: its size is checked before it is read, its nesting and lengths are bounded, every field is
checked for its type, and the plan is then checked by the same rules as an edit in the app; a file that fails
is refused with one line naming the problem, and nothing is stored. A plan whose code is already held is
refused unless ``replace`` is asked for: the plan's name, years, targets and shares are then those of the file,
while the figures entered for it are kept, so a target that has entries must still be in the file and still
take them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.safe_write import write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Nested, Phrase
from kesu_desktop.plans.editing import check_entries_fit, create_plan, get_plan, target_row
from kesu_desktop.plans.entries import ShareInfo, set_share
from kesu_desktop.plans.measures import measure_json
from kesu_desktop.plans.rules import PlanFields, TargetFields, check_plan, check_share, check_targets
from kesu_desktop.reference.data import PlanInfo, ReferenceData

FORMAT = "kesu-plan"
FORMAT_VERSION = 1
MAX_BYTES = 1_000_000
MAX_DEPTH = 8
MAX_TARGETS = 200
MAX_SHARES = 500
MAX_TEXT = 1000

_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "Plan file {file}: it is {size} bytes, more than a plan file can be ({limit}); it is not a plan file."
)
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Plan file {file} cannot be read: {reason}")
_NOT_JSON = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: it is not a plan file (not readable JSON: {reason}).")
_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Errors", "Plan file {file}: it is nested deeper than a plan file is; it is not a plan file."
)
_NOT_PLAN = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: it is not a KeSu plan file (its format is {format}).")
_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "Plan file {file}: it was made by a newer version of KeSu (format version {version}); install that version "
    "to import it.",
)
_FIELD = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {field} should be {expected}, not {value}.")
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {field} is not part of a plan file; remove it.")
_MISSING = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {field} is missing.")
_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {field} holds {count} items, more than {limit}.")
_TWICE = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {field} is written twice.")
_INVALID = QT_TRANSLATE_NOOP("Errors", "Plan file {file}: {problem}")
_EXISTS = QT_TRANSLATE_NOOP(
    "Errors",
    "Plan file {file}: there is already a plan {plan}; import the file as a replacement of that plan's targets and "
    "shares (its entered figures are kept), or give the file another plan code.",
)
_EXISTS_CLI = QT_TRANSLATE_NOOP(
    "Errors",
    "Plan file {file}: there is already a plan {plan}; import it with --replace to replace that plan's targets and "
    "shares (its entered figures are kept), or give the file another plan code.",
)
_DROPS_ENTRIES = QT_TRANSLATE_NOOP(
    "Errors",
    "Plan file {file}: target {target} of plan {plan} has figures entered for it but is not in the file; keep it "
    "in the file, or remove its entries first.",
)

_A_TEXT = Phrase(QT_TRANSLATE_NOOP("Errors", "a text"))
_A_WHOLE_NUMBER = Phrase(QT_TRANSLATE_NOOP("Errors", "a whole number"))
_A_NUMBER = Phrase(QT_TRANSLATE_NOOP("Errors", "a number"))
_A_LIST = Phrase(QT_TRANSLATE_NOOP("Errors", "a list"))
_AN_OBJECT = Phrase(QT_TRANSLATE_NOOP("Errors", "an object"))
_A_SHORT_TEXT = Phrase(QT_TRANSLATE_NOOP("Errors", "a text of at most 1000 characters"))

_PLAN_KEYS = ("code", "name", "document_no", "start_year", "end_year")
_TARGET_KEYS = (
    "code",
    "name_zh",
    "name_en",
    "kind",
    "comparison",
    "figure",
    "measure_unit",
    "target_group_code",
    "measure",
    "shares",
)
_OPTIONAL_TARGET_KEYS = ("name_en", "target_group_code", "measure", "shares")


class PlanFileError(KesuError):
    """A plan file that cannot be imported; the message names the problem in one line (on the command line,
    ``cli_template`` when set, which names the flag)."""

    cli_template: str


@dataclass(frozen=True)
class PlanFile:
    """A plan file's content, checked field by field."""

    plan: PlanFields
    targets: tuple[TargetFields, ...]
    shares: dict[str, tuple[ShareInfo, ...]]


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def plan_document(session: Session, code: str) -> dict[str, Any]:
    """The plan file's content for plan ``code``."""
    plan = get_plan(session, code)
    shares: dict[str, list[dict[str, Any]]] = {}
    for share in session.scalars(
        select(models.TargetShare).where(models.TargetShare.plan_code == code).order_by(models.TargetShare.unit_code)
    ):
        shares.setdefault(share.target_code, []).append({"unit": share.unit_code, "figure": _number(share.figure)})
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "plan": {key: getattr(plan, key) for key in _PLAN_KEYS},
        "targets": [
            {
                "code": t.code,
                "name_zh": t.name_zh,
                "name_en": t.name_en,
                "kind": t.kind,
                "comparison": t.comparison,
                "figure": _number(t.figure),
                "measure_unit": t.measure_unit,
                "target_group_code": t.target_group_code,
                "measure": measure_json(t.measure),
                "shares": shares.get(t.code, []),
            }
            for t in plan.targets
        ],
    }


def export_plan(session: Session, code: str, path: Path) -> Path:
    """Plan ``code`` written to ``path`` (atomically: a failed write leaves no file under that name)."""
    text = json.dumps(plan_document(session, code), ensure_ascii=False, indent=2) + "\n"

    def check(written: Path) -> None:
        json.loads(written.read_text(encoding="utf-8"))

    def produce(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")

    return write_atomically(path, produce, check)


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, template: str, **values: Any) -> PlanFileError:
        return PlanFileError(template, file=self.file, **values)

    def wrong(self, field: str, expected: str, value: Any) -> PlanFileError:
        shown = json.dumps(value, ensure_ascii=False)
        return self.fail(_FIELD, field=field, expected=expected, value=shown if len(shown) <= 40 else shown[:40] + "…")

    def object(self, value: Any, field: str, keys: Sequence[str], optional: Sequence[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.wrong(field, _AN_OBJECT, value)
        for key in value:
            if key not in keys:
                raise self.fail(_UNKNOWN, field=f"{field}.{key}")
        for key in keys:
            if key not in value and key not in optional:
                raise self.fail(_MISSING, field=f"{field}.{key}")
        return value

    def list(self, value: Any, field: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.wrong(field, _A_LIST, value)
        if len(value) > limit:
            raise self.fail(_TOO_MANY, field=field, count=len(value), limit=limit)
        return value

    def text(self, value: Any, field: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.wrong(field, _A_TEXT, value)
        if len(value) > MAX_TEXT:
            raise self.fail(_FIELD, field=field, expected=_A_SHORT_TEXT, value=f"{len(value)}")
        return value

    def whole(self, value: Any, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(field, _A_WHOLE_NUMBER, value)
        return value

    def number(self, value: Any, field: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise self.wrong(field, _A_NUMBER, value if not isinstance(value, Decimal) else str(value))
        return Decimal(value)


def _depth(value: Any, limit: int) -> bool:
    """Whether ``value`` nests no deeper than ``limit``."""
    if isinstance(value, dict | list):
        if limit == 0:
            return False
        children = value.values() if isinstance(value, dict) else value
        return all(_depth(child, limit - 1) for child in children)
    return True


def _no_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _TwiceError(key)
        result[key] = value
    return result


class _TwiceError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _content(path: Path) -> Any:
    check = _Checker(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise check.fail(_TOO_BIG, size=size, limit=MAX_BYTES)
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise check.fail(_UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:
        raise check.fail(_TOO_BIG, size=len(data), limit=MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
        content = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant, object_pairs_hook=_no_twice)
    except _TwiceError as exc:
        raise check.fail(_TWICE, field=exc.key) from exc
    except RecursionError as exc:
        raise check.fail(_TOO_DEEP) from exc
    except ValueError as exc:  # also a bad encoding and an integer too long to read
        raise check.fail(_NOT_JSON, reason=str(exc).splitlines()[0][:120]) from exc
    if not _depth(content, MAX_DEPTH):
        raise check.fail(_TOO_DEEP)
    return content


def read_plan_file(path: Path, reference: ReferenceData) -> PlanFile:
    """The plan in file ``path``, checked as untrusted and by the rules of an edit; :class:`PlanFileError`."""
    check = _Checker(path.name)
    content = _content(path)
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        shown = content.get("format") if isinstance(content, dict) else None
        raise check.fail(_NOT_PLAN, format=json.dumps(shown, ensure_ascii=False)[:40])
    top = check.object(content, "file", ("format", "format_version", "plan", "targets"))
    version = check.whole(top["format_version"], "format_version")
    if version > FORMAT_VERSION or version < 1:
        raise check.fail(_NEWER, version=version)
    plan = check.object(top["plan"], "plan", _PLAN_KEYS)
    fields = PlanFields(
        str(check.text(plan["code"], "plan.code")),
        str(check.text(plan["name"], "plan.name")),
        str(check.text(plan["document_no"], "plan.document_no")),
        check.whole(plan["start_year"], "plan.start_year"),
        check.whole(plan["end_year"], "plan.end_year"),
    )
    targets: list[TargetFields] = []
    shares: dict[str, tuple[ShareInfo, ...]] = {}
    for number, raw in enumerate(check.list(top["targets"], "targets", MAX_TARGETS)):
        at = f"targets[{number}]"
        target = check.object(raw, at, _TARGET_KEYS, _OPTIONAL_TARGET_KEYS)
        measure = target.get("measure")
        if measure is not None and not isinstance(measure, dict):
            raise check.wrong(f"{at}.measure", _AN_OBJECT, measure)
        code = str(check.text(target["code"], f"{at}.code"))
        targets.append(
            TargetFields(
                code,
                str(check.text(target["name_zh"], f"{at}.name_zh")),
                check.text(target.get("name_en"), f"{at}.name_en", optional=True) or "",
                str(check.text(target["kind"], f"{at}.kind")),
                str(check.text(target["comparison"], f"{at}.comparison")),
                check.number(target["figure"], f"{at}.figure"),
                str(check.text(target["measure_unit"], f"{at}.measure_unit")),
                check.text(target.get("target_group_code"), f"{at}.target_group_code", optional=True),
                None if measure is None else json.dumps(measure, ensure_ascii=False, default=str),
            )
        )
        listed = []
        for place, share in enumerate(check.list(target.get("shares", []), f"{at}.shares", MAX_SHARES)):
            where = f"{at}.shares[{place}]"
            share = check.object(share, where, ("unit", "figure"))
            listed.append(
                ShareInfo(
                    str(check.text(share["unit"], f"{where}.unit")), check.number(share["figure"], f"{where}.figure")
                )
            )
        shares[code] = tuple(listed)
    try:
        fields = check_plan(fields)
        checked = tuple(check_targets(targets, reference))
        for target_code, given in shares.items():
            for share in given:
                check_share(reference, target_code, share.unit_code, share.figure)
    except ValidationError as exc:
        raise check.fail(_INVALID, problem=Nested("Errors", exc.template, exc.values)) from exc
    return PlanFile(fields, checked, {t.code: shares.get(t.code, ()) for t in checked})


def import_plan(session: Session, reference: ReferenceData, path: Path, *, replace: bool = False) -> PlanInfo:
    """The plan in ``path`` stored (see the module's note on ``replace``); :class:`PlanFileError` when the file
    cannot be imported, with nothing stored."""
    read = read_plan_file(path, reference)
    check = _Checker(path.name)
    try:
        if session.get(models.Plan, read.plan.code) is None:
            create_plan(session, reference, read.plan, read.targets)
        elif not replace:
            exists = check.fail(_EXISTS, plan=read.plan.code)
            exists.cli_template = _EXISTS_CLI  # the command line names its flag; the app asks instead
            raise exists
        else:
            _replace(session, reference, read, check)
        for target_code, shares in read.shares.items():
            for share in shares:
                set_share(session, reference, read.plan.code, target_code, share.unit_code, share.figure)
    except ValidationError as exc:
        raise check.fail(_INVALID, problem=Nested("Errors", exc.template, exc.values)) from exc
    session.flush()
    return get_plan(session, read.plan.code)


def _replace(session: Session, reference: ReferenceData, read: PlanFile, check: _Checker) -> None:
    plan = session.get(models.Plan, read.plan.code)
    assert plan is not None
    wanted = {t.code for t in read.targets}
    entered = set(
        session.scalars(select(models.TargetEntry.target_code).where(models.TargetEntry.plan_code == plan.code))
    )
    for code in sorted(entered - wanted):
        raise check.fail(_DROPS_ENTRIES, target=code, plan=plan.code)
    for target in read.targets:
        if target.code in entered:
            check_entries_fit(session, reference, plan.code, target)
    session.execute(delete(models.TargetShare).where(models.TargetShare.plan_code == plan.code))
    plan.name, plan.document_no = read.plan.name, read.plan.document_no
    plan.start_year, plan.end_year = read.plan.start_year, read.plan.end_year
    rows = {t.code: t for t in plan.targets}
    for dropped in [r for code, r in rows.items() if code not in wanted]:
        plan.targets.remove(dropped)
    session.flush()
    for order, target in enumerate(read.targets):
        row = rows.get(target.code)
        if row is None:
            plan.targets.append(target_row(plan.code, order, target))
            continue
        fresh = target_row(plan.code, order, target)
        for column in (
            "name_zh",
            "name_en",
            "kind",
            "comparison",
            "figure",
            "measure_unit",
            "target_group_code",
            "measure",
            "sort_order",
        ):
            setattr(row, column, getattr(fresh, column))
    session.flush()
    session.expire(plan, ["targets"])
