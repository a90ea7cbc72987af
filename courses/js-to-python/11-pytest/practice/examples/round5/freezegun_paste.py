import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


from freezegun import freeze_time


@pytest.fixture
def session():
    return {"started_at": 1_600_000_000}


@freeze_time("2020-09-13 12:30:00")
def test_valid(session):
    assert not is_expired(session)


@freeze_time("2020-09-13 14:30:00")
def test_expired(session):
    assert is_expired(session)
