"""Lesson 11 · Practice: one test asks for `sesion`, a fixture nobody wrote."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


def test_recent_session_is_not_expired(sesion, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 60)
    assert not is_expired(sesion)


def test_old_session_is_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 7200)
    assert is_expired(session)
