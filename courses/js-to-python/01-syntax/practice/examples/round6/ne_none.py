"""Lesson 01 · Practice

Your explanation: truthiness is wrong for the best score: 0 is falsy and
would be shown as "no games yet".
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best != None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
