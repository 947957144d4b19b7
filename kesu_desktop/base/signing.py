"""Signing returns: each installation's Ed25519 key pair, the canonical bytes of a payload, and fingerprints.

The county verifies a return's signature with the public key embedded in it; a changed byte of the payload
breaks the signature. The fingerprint printed on paper ties a printout to its file.

``cryptography`` loads at the first key made, signature made or checked, not with this module: the window
and every command import it (a folder's setup makes its key), and loading it costs 50 ms and 13 MiB.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def _private_key(raw: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(raw)


def new_private_key() -> bytes:
    """A fresh Ed25519 private key as its 32 raw bytes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key_of(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return _private_key(private_key).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_text(private_key: bytes) -> str:
    """The public key of ``private_key`` as signatures carry it (base64)."""
    return base64.b64encode(public_key_of(private_key)).decode()


def canonical(payload: Any) -> bytes:
    """The one byte form of a payload that is signed and hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def fingerprint(payload: Any) -> str:
    """A short, readable fingerprint of the payload, e.g. 3F9A-12C7-88B0-5E41."""
    digest = hashlib.sha256(canonical(payload)).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def key_fingerprint(public_key: str) -> str:
    """A short, readable fingerprint of a base64 public key (e.g. 7C21-9B04), printed on paper returns so the county
    can compare it with the key a unit's first return brings."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest().upper()[:8]
    return f"{digest[:4]}-{digest[4:]}"


@dataclass(frozen=True)
class Signature:
    public_key: str
    value: str


def sign(payload: Any, private_key: bytes) -> Signature:
    key = _private_key(private_key)
    return Signature(public_key_text(private_key), base64.b64encode(key.sign(canonical(payload))).decode())


def verify(payload: Any, signature: Signature) -> bool:
    """True when ``signature`` was made over exactly this payload by the holder of its public key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature.public_key, validate=True))
        key.verify(base64.b64decode(signature.value, validate=True), canonical(payload))
    except (InvalidSignature, ValueError):
        return False
    return True
