def count_words(words, min_length):
    """
    @param {list[str]} words
    @param {int} [min_length]
    @returns {dict[str, int]}
    """
    wordCounts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        wordCounts[word] = wordCounts.get(word, 0) + 1
    return wordCounts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"], None))
