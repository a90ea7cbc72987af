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


session = None


def setup_function():
    global session
    session = {"started_at": 1_000}


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000 + 10)
    assert not is_expired(session)


def test_expired(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000 + 3_700)
    assert is_expired(session)
