/* See csrf.h. */
#include "web/csrf.h"

#include <stdio.h>
#include <string.h>
#include "web/session.h"
#include "util/banned.h"

void web_csrf_token(char out[COHORT_TOKEN_HASH_SIZE])
{
	const struct web_session *s = web_session_current();
	char label[COHORT_TOKEN_SIZE + 16];

	out[0] = '\0';
	if (!s->signed_in || !s->token[0])
		return;
	snprintf(label, sizeof(label), "idiom-csrf:%s", s->token);
	cohort_token_hash(label, out);
	memset(label, 0, sizeof(label));
}

int web_csrf_check(const struct web_request *req, struct web_response *resp)
{
	char want[COHORT_TOKEN_HASH_SIZE];
	int ok;

	web_csrf_token(want);
	ok = want[0] && req->csrf && cohort_secret_equal(want, req->csrf);
	if (!ok)
		web_reply_error(resp, 403, "missing or stale CSRF token (X-CSRF-Token): reload the "
				"page and try again");
	return ok;
}
