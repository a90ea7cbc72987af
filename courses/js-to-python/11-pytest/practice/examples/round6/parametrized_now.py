"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 0.0}


@pytest.mark.parametrize(
    ("now", "expected"),
    [(1.0, False), (3599.0, False), (3601.0, True), (86_400.0, True)],
)
def test_is_expired(session, monkeypatch, now, expected):
    monkeypatch.setattr(time, "time", lambda: now)
    assert is_expired(session) is expected
