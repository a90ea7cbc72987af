import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def fresh_session():
    return {"started_at": time.time()}


def test_valid(fresh_session):
    assert not is_expired(fresh_session)


def test_expired(fresh_session):
    fresh_session["started_at"] -= 7200
    assert is_expired(fresh_session)
