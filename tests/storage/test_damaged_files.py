"""Damaged files: copies of a realistic company database are damaged in many ways
(flipped bits, cut short, a zeroed first page, a broken header, a -wal of another
database dropped beside it) and opened the way the app opens them, each in its own
process with a time limit. The app must never crash or hang, never write to a
file it found damaged, move such a file aside (never delete it) and name the newest
good backup and how to restore it.

What counts as damaged is what SQLite can see at open (see storage/damage.py): a
flipped bit inside a stored name is invisible to any file without checksums, so
such a copy opens; `wplstudio check` (integrity_check) and the daily backup's check
look further.

WPL_STRESS_ROUNDS=600 runs more rounds (the default keeps the suite fast)."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from tests.forked import ROOT, Launcher
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.people import EmployeeDraft
from wplstudio.domain.rotation import DEFAULT
from wplstudio.services import backups, demo, people, synthetic
from wplstudio.storage.backup_files import folder_for
from wplstudio.storage.database import integrity_check, open_database
from wplstudio.storage.locations import file_target
from wplstudio.storage.restore import check_restorable

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="each file is opened in a forked process (POSIX)")

ROUNDS = int(os.environ.get("WPL_STRESS_ROUNDS", "60"))
OPEN_TIME_LIMIT_S = 20


# --- the company and the foreign journals ---------------------------------------------

@pytest.fixture(scope="module")
def company(tmp_path_factory) -> Path:
    """The demo company after a morning's work, with a backup by hand and an automatic one."""
    path = tmp_path_factory.mktemp("company") / "company.sqlite"
    db = open_database(file_target(path))
    demo.fill(db, SYSTEM)
    backups.take_automatic(path, DEFAULT)
    team = people.save_team(db, SYSTEM, "Onderhoud")
    for first, last in [("Kim", "Rijn"), ("Joost", "Visser"), ("Aylin", "Kaya")]:
        people.save_employee(db, SYSTEM, EmployeeDraft(first, last, team_id=team.id))
    backups.backup_now(db, SYSTEM)
    db.close()
    return path


def pending_wal(path: Path, write) -> bytes:
    """The -wal of a database while it holds committed changes not yet folded into the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        write(conn)
        return path.with_name(path.name + "-wal").read_bytes()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def foreign_wals(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("others")
    other_company = folder / "other-company.sqlite"
    db = open_database(file_target(other_company))
    synthetic.build(db, employees=40, tasks=30)
    db.close()

    def more_teams(conn):
        for n in range(150):
            conn.execute("INSERT INTO teams (name) VALUES (?)", (f"Elders {n}",))

    def accounts(conn):
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL, text TEXT)")
        conn.executemany("INSERT INTO invoices (amount, text) VALUES (?, ?)", [(n * 1.5, "f" * 300) for n in range(200)])

    return {"wplstudio": pending_wal(other_company, more_teams), "other-program": pending_wal(folder / "books.sqlite", accounts)}


# --- kinds of damage --------------------------------------------------------------------

def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def flip_bits(path: Path, rng: random.Random, _wals) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 24)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def cut_short(path: Path, rng: random.Random, _wals) -> None:
    data = path.read_bytes()
    size = page_size(data)
    at = rng.choice([0, rng.randrange(1, 100), rng.randrange(len(data)), size * rng.randrange(1, len(data) // size)])
    path.write_bytes(data[:at])


def zero_first_page(path: Path, _rng, _wals) -> None:
    data = bytearray(path.read_bytes())
    data[:page_size(data)] = bytes(page_size(data))
    path.write_bytes(bytes(data))


def break_header(path: Path, rng: random.Random, _wals) -> None:
    """The magic text, the page size, the format numbers: what every reader looks at first."""
    data = bytearray(path.read_bytes())
    start, end = rng.choice([(0, 16), (16, 18), (18, 22), (0, 100)])
    for at in rng.sample(range(start, end), k=min(end - start, rng.randint(1, 4))):
        data[at] = rng.choice([0, 0xFF, rng.randrange(256)]) if data[at] else 0xFF
    path.write_bytes(bytes(data))


def foreign_wal_of_another_company(path: Path, _rng, wals) -> None:
    path.with_name(path.name + "-wal").write_bytes(wals["wplstudio"])


def foreign_wal_of_another_program(path: Path, _rng, wals) -> None:
    path.with_name(path.name + "-wal").write_bytes(wals["other-program"])


KINDS = (flip_bits, cut_short, zero_first_page, break_header, foreign_wal_of_another_company, foreign_wal_of_another_program)
# A -wal of another company file is replayed by SQLite like our own (nothing in a -wal names
# its database); only where its pages do not fit ours is that visible. See the module text.
ALWAYS_SEEN = {"zero_first_page", "foreign_wal_of_another_program"}


# --- the test -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def prober(tmp_path_factory):
    launcher = Launcher(ROOT / "tests" / "damaged_prober.py", tmp_path_factory.mktemp("prober") / "stderr.txt")
    yield launcher
    launcher.close()


def damaged_copy(company: Path, folder: Path, kind, rng: random.Random, wals) -> tuple[Path, bytes, bytes | None]:
    folder.mkdir()
    copy = folder / company.name
    shutil.copyfile(company, copy)
    shutil.copytree(folder_for(company), folder_for(copy))
    kind(copy, rng, wals)
    wal = copy.with_name(copy.name + "-wal")
    return copy, copy.read_bytes(), wal.read_bytes() if wal.exists() else None


def probe(prober, path: Path) -> dict:
    pid = prober.start({"database": str(path)})
    lines, how = prober.finish(pid, timeout=OPEN_TIME_LIMIT_S)
    assert how == "code-0", f"opening {path.name} ended with {how} (see the prober's stderr.txt): {lines}"
    return json.loads(lines[-1])


def assert_set_aside_with_the_newest_backup_offered(path: Path, outcome: dict, data: bytes, wal: bytes | None) -> None:
    moved = Path(outcome["moved_to"])
    assert not path.exists() and moved.parent == path.parent and moved.name.startswith("company.damaged-")
    assert moved.read_bytes() == data, "the damaged file must be moved aside exactly as it was"
    if wal is not None:
        assert moved.with_name(moved.stem + ".wal").read_bytes() == wal
    assert not path.with_name(path.name + "-wal").exists(), "a -wal left behind would be replayed into a restored file"
    backup = Path(outcome["backup"])
    check_restorable(backup)
    assert backup == backups.backups_of(path)[0].path, "the newest backup is offered"
    assert f'wplstudio restore "{backup}"' in outcome["message"]


def test_damaged_copies_never_crash_or_hang_the_app_and_are_set_aside_with_the_newest_backup_offered(
        company, foreign_wals, prober, tmp_path):
    rng = random.Random(int(os.environ.get("WPL_STRESS_SEED", "7")))
    seen: Counter = Counter()
    for round_number in range(ROUNDS):
        kind = KINDS[round_number % len(KINDS)]
        path, data, wal = damaged_copy(company, tmp_path / f"round-{round_number}", kind, rng, foreign_wals)
        outcome = probe(prober, path)
        seen[(kind.__name__, outcome["outcome"])] += 1
        if outcome["outcome"] == "damaged":
            assert_set_aside_with_the_newest_backup_offered(path, outcome, data, wal)
            again = probe(prober, path)  # the next start: no silent new, empty company
            assert again["outcome"] == "damaged" and "was set aside as damaged" in again["message"]
        else:
            assert outcome["outcome"] == "opened", f"{kind.__name__}: {outcome}"
            assert kind.__name__ not in ALWAYS_SEEN, f"{kind.__name__} went unnoticed"
            assert outcome["edit"] == "saved" or "damaged" in outcome["edit"], outcome["edit"]
            if kind is foreign_wal_of_another_company:  # replayed: then at least a sound file
                assert integrity_check(path) == ["ok"]
    for kind in KINDS:
        assert seen[(kind.__name__, "damaged")] > 0, f"{kind.__name__} never led to a refusal: {dict(seen)}"
