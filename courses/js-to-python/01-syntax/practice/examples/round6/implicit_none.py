"""Lesson 01 · Practice

Your explanation: when the list is empty best_score returns None. I compare
with `is None` in score_line because a best score of zero would be falsy and
truthiness would print "no games yet" for it.
"""


def best_score(scores):
    if scores:
        return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
