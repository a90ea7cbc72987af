/* Password policy and Argon2id hashing (see password.h).  libsodium is
 * initialised on first use; crypto_pwhash_str_verify compares in constant
 * time.  The dummy hash for unknown names is made once per process. */
#include "cohort/password.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

_Static_assert(COHORT_HASH_SIZE >= crypto_pwhash_STRBYTES, "room for a hash string");
_Static_assert(COHORT_PWHASH_OPSLIMIT >= crypto_pwhash_OPSLIMIT_INTERACTIVE,
	       "at least libsodium's interactive passes");
_Static_assert(COHORT_PWHASH_MEMLIMIT >= crypto_pwhash_MEMLIMIT_INTERACTIVE,
	       "at least libsodium's interactive memory");

static atomic_ulong verifications;
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;
static char dummy_hash[COHORT_HASH_SIZE];

static int ready(struct error *e)
{
	if (sodium_init() < 0)
		return error_set(e, -EIO, "libsodium could not start");
	return 0;
}

/* Code points in S, or -1 if S is not UTF-8. */
static long utf8_length(const char *s)
{
	long n = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p; n++) {
		int extra = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2
			  : (*p & 0xF8) == 0xF0 ? 3 : -1;

		if (extra < 0 || (extra == 1 && *p < 0xC2))
			return -1;
		p++;
		for (int i = 0; i < extra; i++, p++)
			if ((*p & 0xC0) != 0x80)
				return -1;
	}
	return n;
}

static char *lower_copy(const char *s)
{
	char *copy = xstrdup(s);

	for (char *p = copy; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return copy;
}

int cohort_password_check(const char *password, const char *username, struct error *e)
{
	size_t bytes = password ? strnlen(password, COHORT_PASSWORD_MAX + 1) : 0;
	long chars;
	char *lowered, *name;
	int common;

	if (bytes > COHORT_PASSWORD_MAX)
		return error_set(e, -EINVAL, "the password is longer than %d bytes",
				 COHORT_PASSWORD_MAX);
	chars = password ? utf8_length(password) : 0;
	if (chars < 0)
		return error_set(e, -EINVAL, "the password is not valid UTF-8 text");
	if (chars < COHORT_PASSWORD_MIN)
		return error_set(e, -EINVAL, "the password is too short: at least %d characters "
				 "(a few unrelated words make a good one)", COHORT_PASSWORD_MIN);
	lowered = lower_copy(password);
	name = username ? lower_copy(username) : NULL;
	common = cohort_password_is_common(lowered) ||
		 (name && *name && strstr(lowered, name) && strlen(name) * 2 >= bytes);
	free(lowered);
	free(name);
	if (common)
		return error_set(e, -EINVAL, "the password is too easy to guess (a common "
				 "password, or mostly the account's name): choose another");
	return 0;
}

int cohort_password_hash(const char *password, char out[COHORT_HASH_SIZE], struct error *e)
{
	int rc = ready(e);

	if (rc < 0)
		return rc;
	if (crypto_pwhash_str(out, password, strlen(password), COHORT_PWHASH_OPSLIMIT,
			      COHORT_PWHASH_MEMLIMIT) != 0)
		return error_set(e, -ENOMEM, "not enough memory to hash a password (%lu MiB)",
				 COHORT_PWHASH_MEMLIMIT >> 20);
	return 0;
}

int cohort_password_verify(const char *hash, const char *password)
{
	atomic_fetch_add(&verifications, 1);
	if (ready(NULL) < 0 || !hash || !password)
		return 0;
	return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
}

static void make_dummy(void)
{
	unsigned char secret[32];
	char text[65];

	if (ready(NULL) < 0)
		return;
	randombytes_buf(secret, sizeof(secret));
	sodium_bin2hex(text, sizeof(text), secret, sizeof(secret));
	if (crypto_pwhash_str(dummy_hash, text, strlen(text), COHORT_PWHASH_OPSLIMIT,
			      COHORT_PWHASH_MEMLIMIT) != 0)
		dummy_hash[0] = 0;
	sodium_memzero(text, sizeof(text));
}

int cohort_password_verify_dummy(const char *password)
{
	pthread_once(&dummy_once, make_dummy);
	(void)cohort_password_verify(dummy_hash, password ? password : "");
	return 0;
}

unsigned long cohort_password_verifications(void)
{
	return atomic_load(&verifications);
}
