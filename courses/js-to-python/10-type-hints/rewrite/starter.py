"""Lesson 10 · Rewrite

Rewrite this JSDoc-typed function as annotated, idiomatic Python:

    /**
     * @param {string[]} words
     * @param {number} [minLength]
     * @returns {Object<string, number>}
     */
    function countWords(words, minLength) {
      const counts = {};
      for (const word of words) {
        if (minLength !== undefined && word.length < minLength) {
          continue;
        }
        counts[word] = (counts[word] || 0) + 1;
      }
      return counts;
    }

Write `count_words` below, with its types in the signature.
"""


def count_words(words, min_length):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
