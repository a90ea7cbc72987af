"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would report
"no games yet" for a player whose best score is 0. The list can be tested
by truthiness (empty means no games) but the best score must be tested with
`is None`.
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
