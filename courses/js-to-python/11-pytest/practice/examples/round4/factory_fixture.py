import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def make_session():
    def _make(started_at=1_000.0, **extra):
        return {"started_at": started_at, **extra}

    return _make


@pytest.fixture
def frozen_now(monkeypatch):
    now = 1_000.0 + 1_800
    monkeypatch.setattr(time, "time", lambda: now)
    return now


def test_half_an_hour_old_session_is_valid(make_session, frozen_now):
    assert not is_expired(make_session(started_at=frozen_now - 1_800))


def test_two_hour_old_session_is_expired(make_session, frozen_now):
    assert is_expired(make_session(started_at=frozen_now - 7_200))
