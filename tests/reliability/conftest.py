"""Reliability tests: kill -9 while writing, a full disk, a read-only folder, damaged files, failing keyrings,
export -> erase -> import. The default run is short enough for `make test`; the long variants run with
`pytest --long` (the option is registered in tests/conftest.py, so it works from anywhere) or with
NOTALONE_LONG_TESTS=1."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.core
import pytest

from tests.reliability.fake_keyring import MemoryKeyring


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--long", default=False)) or os.environ.get("NOTALONE_LONG_TESTS") == "1"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for this test; whatever was set before comes back afterwards."""
    before = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = before
