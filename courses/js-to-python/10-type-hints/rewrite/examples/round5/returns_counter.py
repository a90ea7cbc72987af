from collections import Counter


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    return Counter(w for w in words if min_length is None or len(w) >= min_length)
