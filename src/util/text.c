/* Text helpers; see text.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

size_t text_utf8_len(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	size_t n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

	for (size_t i = 1; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			return 1;
	return n;
}

size_t text_utf8_valid(const unsigned char *s, size_t avail)
{
	unsigned c = avail ? s[0] : 0;
	size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
	unsigned cp;

	if (avail && c < 0x80)
		return 1;
	if (!n || c > 0xF4 || n > avail)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if (n == 3) {
		cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
		if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
	} else if (n == 4) {
		cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
		if (cp < 0x10000 || cp > 0x10FFFF)
			return 0;
	}
	return n;
}

static size_t skip_escape(const char *s, size_t len)
{
	size_t i = 2;

	if (len < 2 || s[1] != '[')
		return 1;
	while (i < len && !((s[i] >= '@' && s[i] <= '~')))
		i++;
	return i < len ? i + 1 : len;
}

size_t text_width(const char *s, size_t len)
{
	size_t width = 0;
	size_t i = 0;

	while (i < len) {
		if (s[i] == '\033') {
			i += skip_escape(s + i, len - i);
			continue;
		}
		i += text_utf8_len(s + i);
		width++;
	}
	return width;
}

size_t text_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *row = xmalloc((lb + 1) * sizeof(*row));
	size_t result;

	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t cost = tolower((unsigned char)a[i - 1]) !=
				      tolower((unsigned char)b[j - 1]);
			size_t best = diag + cost;

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	result = row[lb];
	free(row);
	return result;
}

const char *text_nearest(const char *word, const char *const *candidates)
{
	const char *best = NULL;
	size_t best_distance = (size_t)-1;
	size_t limit = strlen(word) / 2 + 1;

	for (size_t i = 0; candidates[i]; i++) {
		size_t d = text_distance(word, candidates[i]);

		if (d < best_distance) {
			best_distance = d;
			best = candidates[i];
		}
	}
	return best_distance <= limit ? best : NULL;
}
