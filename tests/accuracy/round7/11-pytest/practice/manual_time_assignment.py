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


@pytest.fixture
def session():
    return {"started_at": 100}


def test_valid(session):
    time.time = lambda: 200
    assert not is_expired(session)


def test_expired(session):
    time.time = lambda: 100 + 3601
    assert is_expired(session)
