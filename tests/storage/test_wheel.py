"""An installed wheel carries its migrations and resources and works without the checkout."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wplstudio.storage import revisions

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import wplstudio
    from wplstudio import paths
    from wplstudio.storage import revisions
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target
    from wplstudio.services import people
    from wplstudio.domain.actor import SYSTEM

    database = open_database(file_target(Path(sys.argv[1])))
    people.save_team(database, SYSTEM, "Lassen")
    teams = [t.name for t in people.list_teams(database, SYSTEM)]
    database.close()
    print(json.dumps({
        "package": wplstudio.__file__,
        "resources": str(paths.resources_dir()),
        "migrations": str(paths.migrations_dir()),
        "translations": sorted(p.name for p in paths.translations_dir().glob("*")),
        "head": revisions.head(),
        "known": list(revisions.known()),
        "revision": database.revision,
        "teams": teams,
    }))
""")


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
def test_an_installed_wheel_finds_its_migrations_and_resources_and_opens_a_database(tmp_path):
    wheels = tmp_path / "wheels"
    # hatchling in this environment builds offline; without it pip fetches it into an isolated build
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "--quiet", "-w", str(wheels), str(ROOT)])
    [wheel] = wheels.glob("wplstudio-*.whl")

    target = tmp_path / "site"
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)])

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(target)
    env["WPLSTUDIO_DATA_DIR"] = str(tmp_path / "data")
    database = tmp_path / "from-wheel.sqlite"
    result = _run([sys.executable, "-c", PROBE, str(database)], cwd=elsewhere, env=env)
    found = json.loads(result.stdout.strip().splitlines()[-1])

    def inside(path: str) -> bool:
        return Path(path).resolve().is_relative_to(target.resolve())

    assert inside(found["package"]), f"the checkout was imported instead of the wheel: {found['package']}"
    assert inside(found["resources"]) and inside(found["migrations"])
    assert found["known"] == list(revisions.known()) and found["head"] == revisions.head()
    assert found["revision"] == revisions.head()
    assert found["teams"] == ["Lassen"]
    assert "wplstudio_nl.qm" in found["translations"]
    assert database.is_file()
