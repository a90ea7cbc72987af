"""Lesson 01 · Practice: reference answer.

best_score tests the list by truthiness: an empty list is falsy, so
`if not scores` reads as "no games played", and then there is no best score,
so it returns None.

score_line cannot test the result the same way. A best score of 0 is falsy
too, so `if not best` would tell a player who scored zero that they have not
played. Truthiness is the wrong test whenever 0, an empty string or another
falsy value is a real value; there I check for the missing case with
`is None`, which only None passes.
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
