"""Lesson 01 · Practice

See the comment in score_line.
"""


def best_score(scores):
    if not scores:  # empty list -> no score at all
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    # Not `if not best:` here -- 0 is a real score but it is falsy, so a
    # truthiness test would treat grace's 0 as "no games yet".
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
