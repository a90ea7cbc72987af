def best_score(scores):
    # `scores or [None]`: an empty list is falsy, so max() sees [None]
    return max(scores or [None])


def score_line(player_name, scores):
    best = best_score(scores)
    # not `if not best`, since 0 is a real (but falsy) score
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
