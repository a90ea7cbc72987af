"""Explanation: an empty list is falsy, so `if not scores` detects no games.
A score of 0 is also falsy, which is where truthiness gives the wrong
answer if you test the score instead of the list."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    if best_score(scores):
        return f"{player_name}: best {best_score(scores)}"
    return f"{player_name}: no games yet"
