"""The county bulletin file read as untrusted (issue 16): refused in one line, before anything is stored, when it
is too large, not JSON, not a bulletin, of a newer format, malformed or not matching its signature; a bulletin the
county wrote reads back exactly."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime

import pytest

from kesu_desktop.base.signing import new_private_key, sign
from kesu_desktop.bulletins.document import (
    MAX_BYTES,
    BulletinRefusedError,
    bulletins_for,
    read_bulletin,
    write_bulletin,
)

KEY = new_private_key()


def payload(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "bulletin_id": str(uuid.uuid4()),
        "issued_at": datetime(2024, 5, 10, 9, 0).isoformat(),
        "county_code": "141023000",
        "county_name": "襄汾县全民科学素质工作领导组办公室",
        "unit_code": "141023101",
        "unit_name": "新城镇",
        "receipts": [
            {
                "period": "2024-03",
                "version": 1,
                "fingerprint": "AB12-CD34-EF56-7890",
                "received_at": "2024-04-03T09:00:00",
                "timeliness": "on_time",
                "days_late": 0,
            }
        ],
        "send_backs": [],
        "shares": [],
        "notice": "",
    }
    return base | changes


def test_a_written_bulletin_reads_back_exactly(tmp_path):
    written = write_bulletin(tmp_path / "b.kesubulletin", payload(), KEY)

    bulletin = read_bulletin(written)

    assert bulletin.payload == payload() | {"bulletin_id": bulletin.payload["bulletin_id"]}
    assert bulletin.unit_code == "141023101"
    assert [path.name for path in tmp_path.iterdir()] == ["b.kesubulletin"]


def _document(content: dict[str, object]) -> dict[str, object]:
    signature = sign(content, KEY)
    return {
        "format": "kesu-county-bulletin",
        "format_version": 1,
        "payload": content,
        "public_key": signature.public_key,
        "signature": signature.value,
    }


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x00" * 100, "damaged"),
        (b"[1, 2, 3]", "damaged"),
        (b"[" * 100_000 + b"]" * 100_000, "damaged"),
        (json.dumps(_document(payload()) | {"format_version": 9}).encode(), "format 9"),
        (json.dumps(_document(payload(receipts="all"))).encode(), "receipts"),
        (json.dumps(_document(payload(issued_at="yesterday"))).encode(), "issued_at"),
        (json.dumps(_document(payload()) | {"signature": "AAAA"}).encode(), "signature"),
    ],
    ids=["noise", "a list", "deeply nested", "newer format", "malformed receipts", "no time", "bad signature"],
)
def test_a_bad_bulletin_is_refused_in_one_line(tmp_path, data, said):
    path = tmp_path / "b.kesubulletin"
    path.write_bytes(data)

    with pytest.raises(BulletinRefusedError) as refused:
        read_bulletin(path)

    assert said in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    path = tmp_path / "b.kesubulletin"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES * 50)

    started = time.perf_counter()
    with pytest.raises(BulletinRefusedError) as refused:
        read_bulletin(path)

    assert time.perf_counter() - started < 1
    assert "far more than a county bulletin" in str(refused.value)


def test_a_units_bulletins_are_found_at_the_top_of_a_stick_and_one_folder_down(tmp_path):
    stick, gone = tmp_path / "stick", tmp_path / "pulled-out"
    (stick / "县回执").mkdir(parents=True)
    for name in (
        "141023101_新城镇_县回执_20240510-090000.kesubulletin",
        "县回执/141023101_新城镇_县回执_20240601-090000.kesubulletin",
        "141023102_赵康镇_县回执_20240701-090000.kesubulletin",
        "141023101_新城镇_县回执_20240801-090000.txt",
    ):
        (stick / name).write_text("{}", encoding="utf-8")

    found = bulletins_for("141023101", [gone, stick])

    assert [path.name for path in found] == [
        "141023101_新城镇_县回执_20240510-090000.kesubulletin",
        "141023101_新城镇_县回执_20240601-090000.kesubulletin",
    ]
