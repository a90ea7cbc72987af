"""Lesson 01 · Practice

Your explanation: 0 is falsy, so `if not best` would hide a real score of 0.
Also None == 0 is True in Python, which is why `==` cannot be used and we
need `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)

def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
