"""Export -> erase -> import gives the same family; after erase nothing of the family is left in the data dir
or in the keyring; keyring backends that raise on every call never stop the app or lose data."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import keyring
import keyring.core
import pytest

from notalone_desktop.paths import database_path
from notalone_desktop.services.security import SERVICE_NAME, SecurityService, keyring_user
from notalone_desktop.storage.database import open_database
from tests.reliability.fake_keyring import BrokenKeyring, FileKeyring, file_keyring_env
from tests.reliability.helpers import REPO, env_for_children, make_family

PIN = "31415926"


def notalone(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "notalone_desktop", *args],
        cwd=REPO,
        env=env_for_children(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def family_json(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("family.json"))  # type: ignore[no-any-return]


def test_export_erase_import_gives_equal_data_and_erase_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "keyring.json"
    env = file_keyring_env(store)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    directory = tmp_path / "family"
    make_family(directory, lessons=True)
    before = keyring.core._keyring_backend
    keyring.set_keyring(FileKeyring())
    try:
        database = open_database(directory, create=False)
        code = SecurityService(database, scrypt_log_n=10).set_pin(PIN)
        database.close()
    finally:
        keyring.core._keyring_backend = before
    # The PIN's verifier only: the recovery code's is in the database (and, like every security.* row, never exported).
    assert json.loads(store.read_text()).keys() == {f"{SERVICE_NAME}/{keyring_user(directory)}"}
    (directory / "logs").mkdir(exist_ok=True)
    (directory / "logs" / "notalone.log").write_text("a log line\n")
    assert notalone("--quit-when-ready=full", "--data-dir", str(directory), env=env).returncode == 0  # backups, logs
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    assert notalone("export", "--out", str(first), "--data-dir", str(directory), env=env).returncode == 0
    raw = first.read_bytes() + b"".join(zipfile.ZipFile(first).read(n) for n in ("manifest.json", "family.json"))
    for secret in (PIN.encode(), code.encode(), b"scrypt$", b"security."):
        assert secret not in raw

    erased = notalone("erase", "--yes", "--data-dir", str(directory), env=env)
    assert erased.returncode == 0, erased.stderr
    assert "keyring entry" in erased.stdout and "Nothing of the family is left" in erased.stdout
    assert not directory.exists()
    assert json.loads(store.read_text()) == {}

    assert notalone("import", str(first), "--data-dir", str(directory), env=env).returncode == 0
    assert notalone("export", "--out", str(second), "--data-dir", str(directory), env=env).returncode == 0
    assert family_json(first) == family_json(second)


def test_keyring_backends_that_raise_never_stop_the_app(tmp_path: Path) -> None:
    directory = tmp_path / "family"
    make_family(directory)
    env = {"PYTHON_KEYRING_BACKEND": "tests.reliability.fake_keyring.BrokenKeyring"}
    window = notalone("--quit-when-ready=full", "--data-dir", str(directory), env=env)
    assert window.returncode == 0, window.stderr
    archive = tmp_path / "family.zip"
    assert notalone("export", "--out", str(archive), "--data-dir", str(directory), env=env).returncode == 0
    erased = notalone("erase", "--yes", "--data-dir", str(directory), env=env)
    assert erased.returncode == 0 and not database_path(directory).exists()
    assert "Traceback" not in erased.stderr
    before = keyring.core._keyring_backend
    keyring.set_keyring(BrokenKeyring())
    try:
        make_family(directory, demo=False)
        database = open_database(directory, create=False)
        security = SecurityService(database, scrypt_log_n=10)
        with pytest.raises(Exception) as raised:
            security.set_pin(PIN)
        assert type(raised.value).__name__ == "PinProblem"
        assert not security.has_pin()  # nothing half set: the app stays open for everyone, nothing lost
        database.close()
    finally:
        keyring.core._keyring_backend = before
