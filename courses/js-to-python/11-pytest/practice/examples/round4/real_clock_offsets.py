import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": time.time()}


def test_still_valid(session):
    assert not is_expired(session)


def test_expired(session):
    session["started_at"] -= 3601
    assert is_expired(session)
