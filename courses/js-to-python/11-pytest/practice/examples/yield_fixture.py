"""A yield fixture with cleanup, and the string form of setattr: both fine."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl
STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    data = {"user": "ada", "started_at": STARTED}
    yield data
    data.clear()


@pytest.mark.parametrize(("age", "expired"), [(60, False), (3601, True)])
def test_is_expired_after(session, monkeypatch, age, expired):
    monkeypatch.setattr("time.time", lambda: STARTED + age)
    assert is_expired(session) is expired
