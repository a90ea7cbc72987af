"""Lesson 11 · Practice

Write a pytest module for `is_expired(session, ttl=3600)` below:

- a `@pytest.fixture` that builds a fresh session dict for each test,
- one test for a session that is still valid and one for a session that has
  expired,
- the clock pinned with the `monkeypatch` fixture, not read from the machine.

`is_expired` is defined here so the file runs on its own (`pytest
starter.py`); write only the fixture and the tests.  `idiom check` runs them
against a working is_expired, where they must pass, and against broken ones,
where they must fail.
"""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 5_000_000


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)
    return NOW


@pytest.fixture
def session(pinned_clock):
    return {"started_at": pinned_clock - 30}


@pytest.fixture
def old_session(pinned_clock):
    return {"started_at": pinned_clock - 2 * 3600}


def test_recent_session_is_not_expired(session):
    assert is_expired(session) is False


def test_old_session_is_expired(old_session):
    assert is_expired(old_session) is True
