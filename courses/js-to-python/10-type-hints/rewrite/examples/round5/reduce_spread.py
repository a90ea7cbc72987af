from functools import reduce


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    long_enough = filter(lambda w: min_length is None or len(w) >= min_length, words)
    return reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, long_enough, {})
