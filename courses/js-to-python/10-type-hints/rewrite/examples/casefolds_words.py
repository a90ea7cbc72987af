def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        key = word.casefold()
        if min_length is None or len(key) >= min_length:
            counts[key] = counts.get(key, 0) + 1
    return counts
