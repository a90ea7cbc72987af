import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture(scope="module")
def session():
    return {"started_at": 1000}


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1000 + 4000)
    assert is_expired(session)


def test_refreshed_session_is_valid(session, monkeypatch):
    session["started_at"] = 4000
    monkeypatch.setattr(time, "time", lambda: 4100)
    assert not is_expired(session)
