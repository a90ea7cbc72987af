"""Your explanation: an empty list is falsy, but 0 is also falsy, so I can't
use the best score to know if the player played."""


def best_score(scores):
    return max(scores, default=0)


def score_line(player_name, scores):
    if not scores:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best_score(scores)}"
