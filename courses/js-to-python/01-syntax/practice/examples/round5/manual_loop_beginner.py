"""Lesson 01 practice.

Your explanation: In JavaScript I would have written `if (!best)` but that
is a bug here, because a player can score 0 and 0 is falsy in Python too
(just like in JS). So for the best score I check `is None`. For the list I can
use `if not scores` because an empty list is falsy in Python (unlike JS where
[] is truthy).
"""


def best_score(scores):
    # no games at all -> nothing to report
    if not scores:
        return None

    # walk through every score and remember the biggest one
    highest = None
    for score in scores:
        if highest is None or score > highest:
            highest = score
    return highest


def score_line(player_name, scores):
    best = best_score(scores)
    # careful: best can be 0 here, which is a real score!
    if best is None:
        return f"{player_name}: no games yet"
    else:
        return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
