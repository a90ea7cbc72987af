# Truthiness is the wrong test for the best score: 0 is a real score and
# `not 0` is True, so I compare the best with None explicitly.


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
