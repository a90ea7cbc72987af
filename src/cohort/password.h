/* Passwords for cohort accounts: the policy (COHORT_PASSWORD_MIN characters
 * or more, not one of the common passwords in common_passwords.c, not the
 * account's name) and Argon2id hashing with libsodium's crypto_pwhash_str at
 * COHORT_PWHASH_OPSLIMIT / COHORT_PWHASH_MEMLIMIT (src/util/limits.h).
 * Hash strings are self-describing ("$argon2id$v=19$m=65536,t=3,p=1$..."),
 * so the limits can be raised later without breaking stored hashes. */
#ifndef IDIOM_COHORT_PASSWORD_H
#define IDIOM_COHORT_PASSWORD_H
#include <stddef.h>
#include "util/error.h"

/* crypto_pwhash_STRBYTES: room for a hash string and its NUL. */
#define COHORT_HASH_SIZE 128

/* Returns 0 if PASSWORD may be used by USERNAME (NULL: no name to compare),
 * or -EINVAL with the reason in E (too short, too long, not UTF-8, common,
 * the name itself). */
int cohort_password_check(const char *password, const char *username, struct error *e);

/* Hashes PASSWORD into OUT.  Returns 0, or -ENOMEM when the memory limit
 * cannot be had. */
int cohort_password_hash(const char *password, char out[COHORT_HASH_SIZE], struct error *e);

/* 1 if PASSWORD matches HASH, else 0 (also for a malformed HASH).  The
 * comparison inside libsodium is constant-time. */
int cohort_password_verify(const char *hash, const char *password);

/* Does the work of cohort_password_verify against a dummy hash made with the
 * same limits, and returns 0: what a sign-in for an unknown name costs, so it
 * takes as long as a wrong password for a real one. */
int cohort_password_verify_dummy(const char *password);

/* How many verifications (real or dummy) this process ran; for tests. */
unsigned long cohort_password_verifications(void);

/* 1 if LOWERED (a lowercase password) is common: in our list as it is, or
 * once trailing digits and punctuation are cut, or made of one repeated
 * character or one keyboard/alphabet run (common_passwords.c). */
int cohort_password_is_common(const char *lowered);

#endif
