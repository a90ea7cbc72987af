def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    const counts = {};
    for (const word of words) {
        if (min_length !== undefined && word.length < min_length) continue;
        counts[word] = (counts[word] || 0) + 1;
    }
    return counts;


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
