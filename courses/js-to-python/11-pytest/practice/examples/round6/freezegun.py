"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


from freezegun import freeze_time


@pytest.fixture
def session():
    return {"started_at": time.mktime((2024, 1, 1, 12, 0, 0, 0, 0, -1))}


@freeze_time("2024-01-01 12:30:00")
def test_valid(session):
    assert not is_expired(session)


@freeze_time("2024-01-01 14:00:00")
def test_expired(session):
    assert is_expired(session)
