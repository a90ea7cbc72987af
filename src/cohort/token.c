/* Random tokens and their stored hashes (token.h). */
#include "cohort/token.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <sodium.h>
#include "util/banned.h"

int cohort_token_new(char token[COHORT_TOKEN_SIZE], struct error *e)
{
	unsigned char raw[COHORT_TOKEN_BYTES];
	size_t got = 0;

	while (got < sizeof(raw)) {
		ssize_t n = getrandom(raw + got, sizeof(raw) - got, 0);

		if (n < 0 && errno != EINTR)
			return error_errno(e, "no random bytes for a token");
		got += n > 0 ? (size_t)n : 0;
	}
	sodium_bin2base64(token, COHORT_TOKEN_SIZE, raw, sizeof(raw),
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
	return 0;
}

int cohort_token_ok(const char *token)
{
	size_t n = token ? strnlen(token, COHORT_TOKEN_SIZE) : 0;

	if (n != COHORT_TOKEN_SIZE - 1)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = token[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_'))
			return 0;
	}
	return 1;
}

void cohort_token_hash(const char *token, char hash[COHORT_TOKEN_HASH_SIZE])
{
	unsigned char digest[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(digest, (const unsigned char *)token, strlen(token));
	sodium_bin2hex(hash, COHORT_TOKEN_HASH_SIZE, digest, sizeof(digest));
}

int cohort_secret_equal(const char *a, const char *b)
{
	unsigned char ha[crypto_hash_sha256_BYTES], hb[crypto_hash_sha256_BYTES];

	/* Equal-length digests, so the comparison's time says nothing of the
	 * secrets' lengths or common prefix. */
	crypto_hash_sha256(ha, (const unsigned char *)a, strlen(a));
	crypto_hash_sha256(hb, (const unsigned char *)b, strlen(b));
	return sodium_memcmp(ha, hb, sizeof(ha)) == 0;
}
