"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would print
"no games yet" for a player whose best score is 0. I test the list with
truthiness (an empty list really means no games) but the best score with
`is None`.
"""


def best_score(scores):
    if scores.length == 0:
        return None
    return max(scores)

def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
