"""Passwords and PINs, kept only as argon2id hashes.

The parameters are above the OWASP minimum (m=19 MiB, t=2, p=1): 64 MiB and three
passes, RFC 9106's second recommended setting with one lane, so one check takes
a few hundred milliseconds on an office PC (`wplstudio bench` measures it:
password-check). When these numbers rise, a stored hash is renewed at the next
successful sign-in (needs_rehash).

Nothing here logs, prints or raises with a secret or a hash in it."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MEMORY_KIB = 65536
TIME_COST = 3
PARALLELISM = 1
HASH_BYTES = 32
SALT_BYTES = 16

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM,
                         hash_len=HASH_BYTES, salt_len=SALT_BYTES, type=Type.ID)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify(stored_hash: str, secret: str) -> bool:
    """True only for the right secret; an empty or damaged hash never matches."""
    if not stored_hash:
        burn_time(secret)  # an account without a PIN takes as long to refuse as a wrong PIN
        return False
    try:
        return _hasher.verify(stored_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def burn_time(secret: str) -> None:
    """Spend the time of one check, so an unknown user name is not told apart by speed."""
    try:
        _hasher.verify(_dummy_hash(), secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        pass


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("wplstudio: no such account")


def parameters() -> dict:
    """For the bench report and the documentation: what the hashes cost."""
    return {"memory_kib": MEMORY_KIB, "time_cost": TIME_COST, "parallelism": PARALLELISM}
