import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


class FakeClock:
    """A controllable clock, installed over time.time via monkeypatch."""

    def __init__(self, start: float) -> None:
        self.now = start

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock(start=1_000_000.0)
    monkeypatch.setattr(time, "time", fake)
    return fake


@pytest.fixture
def session(clock):
    return {"started_at": clock.now}


def test_valid_after_59_minutes(session, clock):
    clock.advance(59 * 60)
    assert not is_expired(session)


def test_expired_after_61_minutes(session, clock):
    clock.advance(61 * 60)
    assert is_expired(session)
