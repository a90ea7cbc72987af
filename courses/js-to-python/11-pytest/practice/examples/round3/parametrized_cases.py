import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000.0}


@pytest.mark.parametrize(("elapsed", "expected"), [(0, False), (3599, False), (3601, True), (86400, True)])
def test_is_expired(session, monkeypatch, elapsed, expected):
    monkeypatch.setattr(time, "time", lambda: 1000.0 + elapsed)
    assert is_expired(session) is expected
