"""unittest.mock.patch instead of the monkeypatch fixture the task asks for."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl
from unittest import mock

STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


def test_recent_session_is_not_expired(session):
    with mock.patch("time.time", return_value=STARTED + 60):
        assert not is_expired(session)


def test_old_session_is_expired(session):
    with mock.patch("time.time", return_value=STARTED + 7200):
        assert is_expired(session)
