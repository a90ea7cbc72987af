# Note: 0 is falsy, so testing the best score with `not` would be wrong;
# I test the list instead, which is only falsy when empty.


def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    if scores:
        return f"{player_name}: best {max(scores)}"
    return f"{player_name}: no games yet"
