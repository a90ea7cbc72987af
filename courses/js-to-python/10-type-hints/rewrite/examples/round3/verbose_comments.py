def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    # The JSDoc types move into the signature:
    #   {string[]}                -> list[str]
    #   {number} [minLength]      -> int | None = None (optional)
    #   {Object<string, number>}  -> dict[str, int]
    counts: dict[str, int] = {}
    for word in words:
        # skip short words, but only when a minimum was given
        if min_length is not None and len(word) < min_length:
            continue
        # dict.get with a default replaces (counts[word] || 0)
        counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
