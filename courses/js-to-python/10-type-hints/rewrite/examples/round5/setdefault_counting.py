def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        if min_length is None or len(word) >= min_length:
            counts.setdefault(word, 0)
            counts[word] += 1
    return counts
