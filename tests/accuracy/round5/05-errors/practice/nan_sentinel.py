"""Lesson 05 · Practice

Your explanation: trying parseInt-style conversion first means I don't
need to re-implement number rules; the conversion tells me if it works.
"""
import math


class PortError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        port = float("nan")
    if math.isnan(port) or port < 1 or port > 65535:
        raise PortError("Invalid port: " + str(text))
    return port
