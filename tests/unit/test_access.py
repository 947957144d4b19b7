"""The data folder's password and idle lock: stored only as a scrypt hash whose parameters are read back, checked
against the right and wrong password, changed or removed only with the current one, and refused input naming
its field and changing nothing."""

from __future__ import annotations

import base64
import hashlib

import pytest

from db import models
from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.store.access import (
    DEFAULT_LOCK_MINUTES,
    WrongPasswordError,
    has_password,
    hash_password,
    lock_after_minutes,
    password_matches,
    remove_password,
    set_lock_after_minutes,
    set_password,
    verify_password,
)
from kesu_desktop.store.database import Store

PASSWORD = "新城镇 2024!"


def stored_hash(store: Store) -> str | None:
    with store.reading() as session:
        row = session.get(models.Installation, 1)
        assert row is not None
        return row.password_hash


def with_password(store: Store, password: str = PASSWORD) -> Store:
    with store.transaction() as session:
        set_password(session, password, current=None)
    return store


@pytest.fixture
def locked_store(unit_store: Store) -> Store:
    return with_password(unit_store)


def test_the_stored_form_names_its_parameters_and_holds_no_clear_text():
    stored = hash_password(PASSWORD)
    scheme, n, r, p, salt, derived = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(derived)) == 32
    assert PASSWORD not in stored
    assert PASSWORD.encode("utf-8").hex() not in stored
    assert hash_password(PASSWORD) != stored  # a fresh salt each time


def test_the_parameters_are_read_from_the_stored_string():
    salt = b"0123456789abcdef"
    derived = hashlib.scrypt(PASSWORD.encode("utf-8"), salt=salt, n=2**15, r=8, p=2, dklen=48, maxmem=2**26)
    stronger = "$".join(
        ["scrypt", "32768", "8", "2", base64.b64encode(salt).decode(), base64.b64encode(derived).decode()]
    )
    assert password_matches(PASSWORD, stronger)
    assert not password_matches(PASSWORD + "x", stronger)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain text",
        "bcrypt$1$2$3$AAAA$AAAA",
        "scrypt$x$8$1$AAAA$AAAA",
        "scrypt$3$8$1$AAAA$AAAA",
        "scrypt$16384$0$1$AAAA$AAAA",
        "scrypt$16384$8$1$$",
        "scrypt$16384$8$1$AAAA$",
    ],
)
def test_a_malformed_stored_string_matches_nothing(stored):
    assert not password_matches(PASSWORD, stored)


def test_a_new_installation_has_no_password_and_the_default_lock_time(unit_store):
    with unit_store.reading() as session:
        assert not has_password(session)
        assert not verify_password(session, "")
        assert lock_after_minutes(session) == DEFAULT_LOCK_MINUTES


def test_the_right_password_verifies_and_a_wrong_one_does_not(locked_store):
    with locked_store.reading() as session:
        assert has_password(session)
        assert verify_password(session, PASSWORD)
        assert not verify_password(session, f" {PASSWORD}")  # surrounding blanks are part of it
        assert not verify_password(session, "新城镇 2024")
        assert not verify_password(session, "")


def test_the_clear_password_is_nowhere_in_the_database_file(locked_store):
    locked_store.close()
    for path in locked_store.data_dir.root.glob("kesu.sqlite3*"):
        assert PASSWORD.encode("utf-8") not in path.read_bytes()


def test_changing_needs_the_current_password(locked_store):
    before = stored_hash(locked_store)
    with pytest.raises(ValidationError) as missing, locked_store.transaction() as session:
        set_password(session, "another one", current=None)
    assert missing.value.field == "current_password"
    with pytest.raises(WrongPasswordError) as wrong, locked_store.transaction() as session:
        set_password(session, "another one", current="not it")
    assert wrong.value.field == "current_password"
    assert "not the password" in wrong.value.template
    assert stored_hash(locked_store) == before

    with locked_store.transaction() as session:
        set_password(session, "another one", current=PASSWORD, repeat="another one")
    with locked_store.reading() as session:
        assert verify_password(session, "another one")
        assert not verify_password(session, PASSWORD)


@pytest.mark.parametrize(
    ("new", "repeat", "field"),
    [
        ("short", None, "new_password"),
        ("      ", None, "new_password"),
        ("long enough", "long enougH", "repeat_password"),
    ],
)
def test_a_refused_new_password_names_its_field_and_changes_nothing(locked_store, new, repeat, field):
    before = stored_hash(locked_store)
    with pytest.raises(ValidationError) as refused, locked_store.transaction() as session:
        set_password(session, new, current=PASSWORD, repeat=repeat)
    assert refused.value.field == field
    assert stored_hash(locked_store) == before


def test_removing_needs_the_current_password(locked_store):
    with pytest.raises(WrongPasswordError), locked_store.transaction() as session:
        remove_password(session, "not it")
    with locked_store.reading() as session:
        assert has_password(session)
    with locked_store.transaction() as session:
        remove_password(session, PASSWORD)
    assert stored_hash(locked_store) is None
    with locked_store.transaction() as session:
        remove_password(session, "anything")  # nothing to remove


def test_a_folder_not_set_up_has_no_password_to_set(store_and_reference):
    store, _reference = store_and_reference
    with pytest.raises(NotInitialisedError), store.transaction() as session:
        set_password(session, PASSWORD, current=None)


@pytest.mark.parametrize("minutes", [1, 15, 240])
def test_the_lock_time_is_stored(unit_store, minutes):
    with unit_store.transaction() as session:
        assert set_lock_after_minutes(session, minutes) == minutes
    with unit_store.reading() as session:
        assert lock_after_minutes(session) == minutes


@pytest.mark.parametrize("minutes", [0, -5, 241, 2.5, True])
def test_a_lock_time_out_of_range_is_refused(unit_store, minutes):
    with pytest.raises(ValidationError) as refused, unit_store.transaction() as session:
        set_lock_after_minutes(session, minutes)
    assert refused.value.field == "lock_after_minutes"
    assert refused.value.values == {"label": "", "minimum": 1, "maximum": 240}
    with unit_store.reading() as session:
        assert lock_after_minutes(session) == DEFAULT_LOCK_MINUTES
