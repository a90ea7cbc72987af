from freezegun import freeze_time

import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 0.0}


@freeze_time("1970-01-01 00:10:00")
def test_valid(session):
    assert not is_expired(session)
