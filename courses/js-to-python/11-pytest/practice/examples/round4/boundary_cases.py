import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


STARTED = 50_000.0


@pytest.fixture
def session():
    return {"user_id": 7, "started_at": STARTED}


@pytest.fixture
def now(monkeypatch):
    """Pin time.time(); the test sets the returned dict's value."""
    clock = {"now": STARTED}
    monkeypatch.setattr(time, "time", lambda: clock["now"])
    return clock


def test_valid_exactly_at_ttl(session, now):
    now["now"] = STARTED + 3600
    assert not is_expired(session)


def test_expired_one_second_after_ttl(session, now):
    now["now"] = STARTED + 3601
    assert is_expired(session)
