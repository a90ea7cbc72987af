"""A score of 0 is falsy, so I compare the best score with None instead."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
