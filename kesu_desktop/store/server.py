"""A county store kept on a PostgreSQL server: where the server is, how the data folder remembers it, where the
password comes from, and what a failed connection means for the clerk.

The data folder keeps its logs, backups and settings as always, plus ``server.json`` naming the server (host,
port, database, user), never the password. The password comes, in this order, from the environment variable
``KESU_DB_PASSWORD`` (for scripts), from the operating system's credential store (Windows Credential Manager,
the macOS keychain, the Secret Service of a Linux desktop, through ``keyring``), or from the person at the
keyboard, asked by the caller. The PostgreSQL driver and ``keyring`` are loaded only for a folder on a server.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Engine

SERVER_FILE = "server.json"
_FORMAT, _VERSION = "kesu-store-server", 1
PASSWORD_VARIABLE = "KESU_DB_PASSWORD"
CREDENTIAL_SERVICE = "KeSu PostgreSQL"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 10
_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
# PostgreSQL's error codes (SQLSTATE) for a refused login and for a database that does not exist.
_BAD_LOGIN = ("28P01", "28000")
_NO_DATABASE = "3D000"


@dataclass(frozen=True)
class ServerAddress:
    """Where a county store lives on a server: everything but the password."""

    host: str
    port: int
    database: str
    user: str

    def describe(self) -> str:
        """``user@host:port/database``, as the clerk's administrator would write it."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> Any:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def _bad_address(text: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Server: {text} is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE, for "
            "example postgresql://kesu@192.168.1.10:5432/kesu (the port may be left out; give the password "
            "separately, not in the address).",
        ),
        text=text,
    )


def parse_address(text: str) -> tuple[ServerAddress, str | None]:
    """The server named by ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE``, and the password when the
    address holds one (it is used, never written down)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
        port = url.port
    except (ArgumentError, ValueError) as error:
        raise _bad_address(text) from error
    if url.drivername not in _SCHEMES or not url.host or not url.database or not url.username:
        raise _bad_address(text)
    return ServerAddress(url.host, port or DEFAULT_PORT, url.database, url.username), url.password or None


def check_address(host: str, port: int, database: str, user: str) -> ServerAddress:
    """The address typed into the setup's or the Settings' fields, each checked, naming the field at fault."""
    fields = (
        (host, QT_TRANSLATE_NOOP("Errors", "Server: give the server's name or address (for example 192.168.1.10).")),
        (database, QT_TRANSLATE_NOOP("Errors", "Database: give the name of the database on the server.")),
        (user, QT_TRANSLATE_NOOP("Errors", "User: give the user name KeSu logs in with.")),
    )
    for value, message in fields:
        if not value.strip():
            raise StoreError(message)
    if not 1 <= port <= 65535:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "Port: give a number from 1 to 65535 (usually 5432)."))
    return ServerAddress(host.strip(), port, database.strip(), user.strip())


def server_file(data_dir: DataDir) -> Any:
    return data_dir.root / SERVER_FILE


def remembered_server(data_dir: DataDir) -> ServerAddress | None:
    """The server the data folder keeps its store on, or None when the store is the folder's own SQLite file."""
    path = server_file(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    try:
        data = json.loads(text)
        if data.get("format") != _FORMAT or data.get("version") != _VERSION:
            raise ValueError("not a server file of this release")
        return ServerAddress(str(data["host"]), int(data["port"]), str(data["database"]), str(data["user"]))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _unreadable(path, str(error)) from error


def _unreadable(path: Any, reason: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path}, which says on which server this data folder keeps its store, cannot be read "
            "({reason}). Put back its copy from a backup of the folder, or ask whoever set the folder up.",
        ),
        path=str(path),
        reason=reason,
    )


def remember_server(data_dir: DataDir, address: ServerAddress | None) -> None:
    """Note in the data folder that its store is on ``address`` (None: back in the folder's own file)."""
    path = server_file(data_dir)
    if address is None:
        path.unlink(missing_ok=True)
        return
    content = json.dumps({"format": _FORMAT, "version": _VERSION, **asdict(address)}, ensure_ascii=False, indent=2)

    def produce(temporary: Any) -> None:
        temporary.write_text(content + "\n", encoding="utf-8")

    data_dir.ensure()
    write_atomically(path, produce)


def _keyring() -> Any | None:
    """The ``keyring`` module when this computer has a credential store it can use, else None."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: behave as if there were no credential store
        return None
    return None if isinstance(backend, NoKeyring) else keyring


def can_keep_passwords() -> bool:
    """Whether this computer has a credential store the password can be kept in."""
    return _keyring() is not None


def kept_password(address: ServerAddress) -> str | None:
    """The password kept for ``address`` in the credential store, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(CREDENTIAL_SERVICE, address.describe())
    except Exception:  # the store is locked or went away: ask instead
        return None
    return str(value) if value else None


def keep_password(address: ServerAddress, password: str | None) -> bool:
    """Keep ``password`` for ``address`` in the credential store (None: forget it); whether that was done."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        if password is None:
            if keyring.get_password(CREDENTIAL_SERVICE, address.describe()) is not None:
                keyring.delete_password(CREDENTIAL_SERVICE, address.describe())
        else:
            keyring.set_password(CREDENTIAL_SERVICE, address.describe(), password)
    except Exception:
        return False
    return True


AskPassword = Callable[[ServerAddress, bool], "str | None"]
"""Asks the person at the keyboard for the server's password: the address, and whether a password given
before was refused; None when they give none."""


@dataclass(frozen=True)
class Connected:
    """An engine on the server that has logged in once, and the password that did it (to keep, if wished)."""

    engine: Engine
    password: str | None
    asked: bool
    """Whether the password was typed by the person at the keyboard (not found in the environment or kept)."""


class ServerError(StoreError):
    """The server cannot be reached, refuses the login, or has no such database."""


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", error)
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def _sqlstate(error: BaseException) -> str | None:
    state = getattr(getattr(error, "orig", error), "sqlstate", None)
    return state if isinstance(state, str) else None


def is_bad_login(error: BaseException) -> bool:
    reason = str(getattr(error, "orig", error))
    return _sqlstate(error) in _BAD_LOGIN or "password authentication failed" in reason or "no password" in reason


def connection_failure(error: BaseException, address: ServerAddress) -> ServerError:
    """What a failed connection to ``address`` means, in words the clerk can act on."""
    if is_bad_login(error):
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} refused the login of user {user}: the password is wrong, or the user may not "
                "log in from this computer. Check the password with whoever looks after the server.",
            ),
            server=address.describe(),
            user=address.user,
        )
    if _sqlstate(error) == _NO_DATABASE:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {host} has no database named {database}. Ask whoever looks after the server to create "
                "it (an empty database owned by {user}), or correct the name.",
            ),
            host=address.host,
            database=address.database,
            user=address.user,
        )
    return ServerError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "KeSu cannot reach the database server {server} ({reason}). Check that the server is switched on, "
            "that this computer is on its network, and that the address and port are right; then try again.",
        ),
        server=address.describe(),
        reason=_reason(error),
    )


def _password_needed(address: ServerAddress) -> ServerError:
    return ServerError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The county store is on the server {server}, which needs a password: give it in the environment "
            "variable {variable}, or run the command in a terminal to be asked for it.",
        ),
        server=address.describe(),
        variable=PASSWORD_VARIABLE,
    )


def server_engine(address: ServerAddress, password: str | None) -> Engine:
    """An engine on ``address``: short connection timeout, KeSu named as the application in the server's lists."""
    from sqlalchemy import create_engine

    return create_engine(
        address.url(password),
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "KeSu"},
    )


def _try(address: ServerAddress, password: str | None) -> tuple[Engine | None, BaseException | None]:
    from sqlalchemy.exc import DBAPIError

    engine = server_engine(address, password)
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        engine.dispose()
        return None, error
    return engine, None


def connect(address: ServerAddress, ask: AskPassword | None = None, *, password: str | None = None) -> Connected:
    """Log in to ``address``: with ``password`` when given, else ``KESU_DB_PASSWORD``, else the password kept in
    the credential store, else asking (``ask``), again while the password typed is refused. Raises
    :class:`ServerError` saying why it cannot."""
    given = password if password is not None else os.environ.get(PASSWORD_VARIABLE)
    first = given if given is not None else kept_password(address)
    engine, error = _try(address, first)
    if engine is not None:
        return Connected(engine, first, asked=False)
    assert error is not None
    if not is_bad_login(error) or given is not None or ask is None:
        if is_bad_login(error) and first is None and given is None:
            raise _password_needed(address) from error
        raise connection_failure(error, address) from error
    refused_before = first is not None
    while (typed := ask(address, refused_before)) is not None:
        engine, error = _try(address, typed)
        if engine is not None:
            return Connected(engine, typed, asked=True)
        assert error is not None
        if not is_bad_login(error):
            raise connection_failure(error, address) from error
        refused_before = True
    raise _password_needed(address)


OLDEST_SERVER = 120000
"""PostgreSQL 12, the oldest release whose features the schema uses (``server_version_num``)."""


def check_server(engine: Engine, address: ServerAddress) -> None:
    """The start-up check of a store on a server, the counterpart of SQLite's quick check of the file: the
    server is new enough, and its database is a county office's KeSu store or empty (never a township's, nor
    another program's database). The
    server keeps its own pages whole; ``check`` looks at the schema's guards and the data."""
    from sqlalchemy import inspect

    from db.postgresql import server_version

    with engine.connect() as connection:
        version = server_version(connection)
        tables = set(inspect(connection).get_table_names())
    if version < OLDEST_SERVER:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} runs PostgreSQL {version}, older than KeSu needs (12 or newer). Ask whoever "
                "looks after the server to upgrade it.",
            ),
            server=address.describe(),
            version=f"{version // 10000}.{version % 10000}",
        )
    if "installation" in tables:
        with engine.connect() as connection:
            roles = {str(role) for (role,) in connection.exec_driver_sql("SELECT role FROM installation")}
        if roles - {"county"}:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {server} holds a reporting unit's store, not the county office's; nothing was "
                    "changed. A township keeps its store in its own data folder.",
                ),
                server=address.describe(),
            )
    if tables and "alembic_version" not in tables:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {server} holds tables of another program ({table}, …), not a KeSu store; nothing "
                "was changed. Give KeSu an empty database of its own.",
            ),
            server=address.describe(),
            table=sorted(tables)[0],
        )
