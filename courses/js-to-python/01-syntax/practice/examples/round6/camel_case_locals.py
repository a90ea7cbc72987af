"""Lesson 01 · Practice

Your explanation: 0 is falsy, so the best score is checked with `is None`
and not with `if not`, otherwise a zero would count as no games.
"""


def best_score(scores):
    if not scores:
        return None
    highScore = max(scores)
    return highScore


def score_line(playerName, scores):
    bestSoFar = best_score(scores)
    if bestSoFar is None:
        return f"{playerName}: no games yet"
    return f"{playerName}: best {bestSoFar}"
