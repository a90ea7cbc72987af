"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


START = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": START}


def test_session_still_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: START + 60)
    assert not is_expired(session)


def test_session_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: START + 3601)
    assert is_expired(session)
