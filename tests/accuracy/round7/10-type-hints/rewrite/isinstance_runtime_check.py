def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    if min_length is not None and not isinstance(min_length, int):
        raise TypeError("min_length must be an int or None")
    counts: dict[str, int] = {}
    for word in words:
        too_short = min_length is not None and len(word) < min_length
        if not too_short:
            counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
