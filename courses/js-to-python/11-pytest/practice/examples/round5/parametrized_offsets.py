import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


START = 100.0


@pytest.fixture
def session():
    return {"started_at": START}


@pytest.mark.parametrize(
    ("elapsed", "expired"),
    [(0, False), (3599, False), (3601, True), (86_400, True)],
)
def test_is_expired(session, monkeypatch, elapsed, expired):
    monkeypatch.setattr(time, "time", lambda: START + elapsed)
    assert is_expired(session) == expired
