def best_score(scores):
    # an empty list is falsy, so `scores or [None]` swaps in [None]
    return max(scores or [None])


def score_line(player_name, scores):
    best = best_score(scores)
    # `if not best` would be wrong: 0 is a real score but falsy
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
