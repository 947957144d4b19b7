"""Opening the data folder for a command, with its password when it has one.

Every command that opens the data folder goes through :func:`open_data_folder`: a folder with a password
(see :mod:`kesu_desktop.store.access`) opens only when the password is given in the environment variable
``KESU_PASSWORD`` or, when the command runs in a terminal, typed at a prompt (not shown). ``restore`` over a
database that cannot be opened asks for the password the same way (:func:`given_password`).
"""

from __future__ import annotations

import getpass
import logging
import os
import sys

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.held.rollups import fill_missing_figures
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.interrupted import reconcile_interrupted_exports
from kesu_desktop.store.access import (
    WrongPasswordError,
    has_password,
    verify_password,
)
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, require_installation
from kesu_desktop.store.server import AskPassword, ServerAddress
from kesu_desktop.store.startup import prepare_store

PASSWORD_VARIABLE = "KESU_PASSWORD"
_NOT_GIVEN = QT_TRANSLATE_NOOP(
    "Errors",
    "This data folder has a password: give it in the environment variable {variable}, "
    "or run the command in a terminal to be asked for it.",
)

NOT_COUNTY = QT_TRANSLATE_NOOP(
    "Errors",
    "This data folder belongs to {unit}, not to the county office; county commands need the county's folder "
    "(set up with init --role county).",
)

log = logging.getLogger(__name__)


def typed_secret(prompt: str) -> str | None:
    """What the user types at ``prompt`` without it being shown; None when no one is at a terminal."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def given_password(tr: Translator) -> str:
    """The password the user gives for the data folder: ``KESU_PASSWORD``, or typed at a terminal prompt.
    Raises a :class:`KesuError` saying how to give it when neither is there."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = typed_secret(tr.translate("CLI", "Password of the data folder: "))
    if password is None:
        raise KesuError(_NOT_GIVEN, variable=PASSWORD_VARIABLE)
    return password


def server_password_asker(tr: Translator, known: str | None = None) -> AskPassword:
    """Asks at the terminal for the database server's password (``known``, when given, is tried first)."""

    def ask(address: ServerAddress, refused_before: bool) -> str | None:
        nonlocal known
        if known is not None and not refused_before:
            given, known = known, None
            return given
        if refused_before:
            print(tr.translate("CLI", "The server refused that password."), file=sys.stderr)
        return typed_secret(
            tr.translate("CLI", "Password of {user} on the database server {host}: ").format(
                user=address.user, host=address.host
            )
        )

    return ask


def unlock(store: Store, tr: Translator) -> str | None:
    """The data folder's password, checked; None when it has none. Raises a :class:`KesuError` when the
    password is wrong or cannot be had."""
    with store.reading() as session:
        if not has_password(session):
            return None
    password = given_password(tr)
    with store.reading() as session:
        if not verify_password(session, password):
            raise WrongPasswordError()
    return password


def open_data_folder(
    data_dir: DataDir, tr: Translator, *, server_password: str | None = None
) -> tuple[Store, ReferenceData]:
    """The store and reference data of ``data_dir`` (as :func:`prepare_store`), once its password is given (and,
    for a store on a server, the server's: ``server_password`` when known already); an export a killed process
    left unfinished is settled first."""
    store, reference = prepare_store(data_dir, ask_password=server_password_asker(tr, server_password))
    try:
        unlock(store, tr)
        for settled in reconcile_interrupted_exports(store):
            log.warning("an interrupted export was settled: %s", settled)
    except BaseException:
        store.close()
        raise
    return store, reference


def open_county_folder(
    data_dir: DataDir, tr: Translator, *, server_password: str | None = None
) -> tuple[Store, ReferenceData, Installation]:
    """The county office's folder, opened as :func:`open_data_folder` does; a unit's folder is refused."""
    store, reference = open_data_folder(data_dir, tr, server_password=server_password)
    try:
        with store.reading() as session:
            installation = require_installation(session)
    except BaseException:
        store.close()
        raise
    if installation.setup.role != "county":
        store.close()
        unit = reference.find_unit(installation.setup.unit_code)
        raise KesuError(NOT_COUNTY, unit=unit.name if unit else installation.setup.unit_code)
    try:
        with store.transaction() as session:
            fill_missing_figures(session, reference)  # returns imported by a release that kept no figures
    except BaseException:
        store.close()
        raise
    return store, reference, installation
