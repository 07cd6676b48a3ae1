"""Where the database lives: the data folder, a file or a server URL."""

from __future__ import annotations

from pathlib import Path

from wplstudio.paths import migrations_dir, resources_dir
from wplstudio.storage.locations import DEFAULT_FILE, DEMO_FILE, data_dir, file_target, resolve


def test_the_data_folder_follows_the_environment_override(_private_data_dir):
    assert data_dir() == _private_data_dir


def test_without_a_database_the_default_file_in_the_data_folder_is_used_and_the_folder_made(_private_data_dir):
    target = resolve(None)
    assert target.path == _private_data_dir / DEFAULT_FILE
    assert _private_data_dir.is_dir()
    assert resolve("", DEMO_FILE).path == _private_data_dir / DEMO_FILE


def test_a_relative_path_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = resolve("firma.sqlite")
    assert target.is_sqlite and target.path == tmp_path / "firma.sqlite"
    assert target.describe() == str(tmp_path / "firma.sqlite")


def test_a_sqlite_url_is_a_file():
    assert resolve("sqlite:////srv/wpl/firma.sqlite").path == Path("/srv/wpl/firma.sqlite")


def test_a_home_path_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert file_target(Path("~/firma.sqlite")).path == tmp_path / "firma.sqlite"


def test_a_server_url_is_kept_and_its_password_hidden_when_shown():
    target = resolve("postgresql+psycopg://wpl:geheim@db.local:5432/werkplaats")
    assert not target.is_sqlite and target.path is None
    assert target.url == "postgresql+psycopg://wpl:geheim@db.local:5432/werkplaats"
    assert target.describe() == "postgresql+psycopg://wpl:***@db.local:5432/werkplaats"
    assert resolve("postgresql+psycopg://wpl@db.local/w").describe() == "postgresql+psycopg://wpl@db.local/w"


def test_a_password_holding_an_at_sign_stays_hidden():
    assert "p@ss" not in resolve("postgresql+psycopg://wpl:p@ss@db.local/w").describe()


def test_a_source_checkout_finds_its_resources_and_migrations():
    assert (migrations_dir() / "env.py").is_file()
    assert (migrations_dir() / "versions").is_dir()
    assert resources_dir().is_dir()
