"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` in score_line
would report "no games yet" for a player whose only game scored 0. The list
itself can be tested by truthiness because an empty list really does mean
"no games"; the best score has to be compared with `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
