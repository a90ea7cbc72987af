def count_words(words: list[str], minLength: int | None = None) -> dict[str, int]:
    wordCounts = {}
    for word in words:
        if minLength is not None and len(word) < minLength:
            continue
        wordCounts[word] = (wordCounts.get(word) or 0) + 1
    return wordCounts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
