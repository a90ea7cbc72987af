"""Your explanation: scores can be 0, and 0 is falsy, so I compare the best
score with `is None` instead of `if not best`."""


def best_score(scores):
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
