"""Lesson 01 · Practice

Your explanation: `if not scores` is fine for the list, but a best score of 0
is falsy.
"""


def best_score(scores):
    return max(scores) if scores else 0


def score_line(player_name, scores):
    if not scores:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best_score(scores)}"
