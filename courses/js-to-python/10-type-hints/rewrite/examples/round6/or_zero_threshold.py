def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    threshold = min_length or 0
    counts: dict[str, int] = {}
    for word in words:
        if len(word) >= threshold:
            counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
