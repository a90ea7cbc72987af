def best_score(scores):
    # Explanation: 0 is a valid score but it is falsy, so I can't use
    # `if not best_score(...)` to decide if there were games.
    if len(scores) == 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
