"""Lesson 01 · Practice

Your explanation: `if not best_score(scores)` would be wrong for a player
whose best is 0 -- 0 is falsy, so truthiness can't tell it from None.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return "%s: no games yet" % player_name
    return "%s: best %d" % (player_name, best)


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
