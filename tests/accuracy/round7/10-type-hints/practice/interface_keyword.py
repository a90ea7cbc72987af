"""Lesson 10 · Practice

Hints are not checked at run time; mypy checks them.
"""
from typing import Literal, Protocol, TypedDict

interface Message {
    to: str
    body: str
}


def send_all(sender, messages):
    for message in messages:
        sender.send(message)
    return len(messages)
