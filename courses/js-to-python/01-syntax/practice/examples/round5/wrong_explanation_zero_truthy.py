"""Your explanation: in Python 0 is truthy (unlike JavaScript), so
truthiness only goes wrong for empty strings; here the player name could be
"" and that would look like a missing player. That is why I use is None."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
