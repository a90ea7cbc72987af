import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 5000.0}


def test_valid(session):
    time.time = lambda: 5000.0 + 10
    assert not is_expired(session)


def test_expired(session):
    time.time = lambda: 5000.0 + 4000
    assert is_expired(session)
