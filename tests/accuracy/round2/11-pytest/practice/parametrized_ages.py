"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"user": "ada", "started_at": 1_000_000.0}


@pytest.mark.parametrize(("age", "expected"), [(0, False), (3599, False), (3601, True), (86400, True)])
def test_is_expired(session, monkeypatch, age, expected):
    monkeypatch.setattr(time, "time", lambda: session["started_at"] + age)
    assert is_expired(session) == expected
