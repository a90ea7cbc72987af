import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


# A fixture is like beforeEach: pytest calls it for every test that names it,
# so each test gets its own new session dict.
@pytest.fixture
def session():
    # the session started at "time 1000" (fake seconds)
    return {"started_at": 1000}


# monkeypatch is a built-in fixture. setattr swaps time.time for our lambda
# and pytest puts the real one back after the test.
def test_session_is_still_valid(session, monkeypatch):
    # 30 minutes later
    monkeypatch.setattr(time, "time", lambda: 1000 + 30 * 60)
    # plain assert, no expect().toBe()
    assert is_expired(session) is False


def test_session_has_expired(session, monkeypatch):
    # 2 hours later, well past the 1 hour ttl
    monkeypatch.setattr(time, "time", lambda: 1000 + 2 * 60 * 60)
    assert is_expired(session) is True
