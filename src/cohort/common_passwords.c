/* Passwords too common to allow, as a short list of our own making (the
 * obvious words and phrases people reach for, plus the ones an idiom cohort
 * would: languages, frameworks, the course) and the patterns that generate
 * most of the rest: trailing digits and punctuation ("Summer2024!"),
 * look-alike substitutions ("p@ssw0rd"), a repeated character or unit
 * ("abcabcabcabc"), and runs along the keyboard or the alphabet. */
#include "cohort/password.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "util/xalloc.h"
#include "util/banned.h"

static const char *const words[] = {
	/* the word itself and its friends */
	"password", "passw0rd", "passphrase", "passcode", "secret", "mysecret", "topsecret",
	"letmein", "letmeinnow", "openup", "opensesame", "access", "accessgranted",
	"welcome", "welcomehome", "welcomeback", "changeme", "changethis", "default",
	"temporary", "temppassword", "newpassword", "mypassword", "yourpassword",
	"nopassword", "forgotpassword", "resetme", "trustno1", "trustnoone", "iloveyou",
	"iloveyousomuch", "loveyou", "lovely", "loveme", "imissyou", "whatever", "nothing",
	"something", "anything", "everything", "goaway", "leavemealone", "justdoit",
	"getin", "letmein123", "dontforget", "remember", "rememberme", "comeon",
	/* accounts and roles */
	"admin", "administrator", "adminadmin", "root", "rootroot", "superuser", "sysadmin",
	"user", "username", "guest", "guestuser", "login", "logmein", "signin", "account",
	"myaccount", "master", "masterkey", "manager", "operator", "support", "helpdesk",
	"instructor", "teacher", "student", "learner", "classroom", "bootcamp", "cohort",
	"school", "college", "university", "homework", "onboarding", "newhire", "company",
	"office", "work", "worker", "employee", "staff", "team", "teamwork",
	/* our course and its neighbours */
	"idiom", "idiomatic", "python", "python3", "pythonic", "javascript", "typescript",
	"nodejs", "node", "npm", "react", "django", "flask", "asyncio", "programmer",
	"developer", "coder", "coding", "hacker", "computer", "laptop", "keyboard",
	"monitor", "internet", "network", "server", "database", "postgres", "postgresql",
	"sqlite", "github", "gitlab", "linux", "ubuntu", "debian", "windows", "macbook",
	"helloworld", "hello", "hellothere", "foobar", "foobarbaz", "testing", "tester",
	"test", "testtest", "example", "sample", "demo", "qwerty", "azerty", "asdf",
	/* seasons, months, days, colours */
	"spring", "summer", "autumn", "winter", "january", "february", "march", "april",
	"june", "july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"weekend", "holiday", "christmas", "birthday", "happybirthday", "newyear",
	"black", "white", "orange", "purple", "yellow", "silver", "golden",
	/* the usual favourites */
	"football", "baseball", "basketball", "soccer", "hockey", "tennis", "golfer",
	"dragon", "monkey", "tiger", "shadow", "sunshine", "princess", "prince", "angel",
	"starwars", "batman", "superman", "spiderman", "pokemon", "minecraft", "matrix",
	"freedom", "liberty", "secure", "security", "safety", "private", "privacy",
	"chocolate", "cookie", "cheese", "banana", "coffee", "pizza", "butterfly",
	"flower", "rainbow", "diamond", "treasure", "killer", "ninja", "wizard", "magic",
	"mustang", "ferrari", "porsche", "michael", "jennifer", "jordan", "charlie",
	"thomas", "daniel", "jessica", "ashley", "andrew", "robert", "family", "friends",
	"myfamily", "mylife", "lifeisgood", "goodlife", "happy", "happiness", "smile",
	"beautiful", "blessed", "faith", "heaven", "forever", "always", "nevermind",
	"correcthorse", "correcthorsebatterystaple", "batterystaple",
};

/* Rows a finger runs along, and the alphabet; each also read backwards. */
static const char *const runs[] = {
	"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz",
	"1qaz2wsx3edc4rfv5tgb6yhn", "qazwsxedcrfvtgbyhnujmikolp",
};

static int listed(const char *s)
{
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	return 0;
}

/* Whether S is one shorter unit said at least twice ("abcabc", "letmeinletmein"). */
static int repeated_unit(const char *s)
{
	size_t n = strlen(s);

	for (size_t unit = 1; unit * 2 <= n; unit++) {
		size_t i = unit;

		while (i < n && s[i] == s[i - unit])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Whether S (4 or more characters) lies along a run, forwards or back,
 * wrapping around its end ("7890123456"). */
static int along_a_run(const char *s)
{
	size_t n = strlen(s);
	int found = 0;

	if (n < 4)
		return 0;
	for (size_t i = 0; i < sizeof(runs) / sizeof(runs[0]) && !found; i++) {
		size_t len = strlen(runs[i]), reps = n / len + 2;
		char *fwd = xmalloc(len * reps + 1), *back = xmalloc(len * reps + 1);

		for (size_t k = 0; k < len * reps; k++) {
			fwd[k] = runs[i][k % len];
			back[k] = runs[i][len - 1 - k % len];
		}
		fwd[len * reps] = back[len * reps] = 0;
		found = strstr(fwd, s) || strstr(back, s);
		free(fwd);
		free(back);
	}
	return found;
}

/* Undoes the usual look-alike substitutions in place. */
static void unleet(char *s)
{
	static const char from[] = "0134$5@7!+", to[] = "oieassatit";

	for (; *s; s++) {
		const char *at = strchr(from, *s);

		if (at && *s)
			*s = to[at - from];
	}
}

/* Cuts trailing digits and punctuation, then leading ones. */
static char *core_of(const char *lowered)
{
	const char *start = lowered;
	char *core;
	size_t n;

	while (*start && (isdigit((unsigned char)*start) || ispunct((unsigned char)*start)))
		start++;
	core = xstrdup(start);
	n = strlen(core);
	while (n > 0 && (isdigit((unsigned char)core[n - 1]) || ispunct((unsigned char)core[n - 1]) ||
			 core[n - 1] == ' '))
		core[--n] = 0;
	return core;
}

static int common_shape(const char *s)
{
	return *s == 0 || listed(s) || repeated_unit(s) || along_a_run(s);
}

int cohort_password_is_common(const char *lowered)
{
	char *core, *plain;
	int common;

	if (common_shape(lowered))
		return 1;
	core = core_of(lowered);
	plain = xstrdup(core);
	unleet(plain);
	common = common_shape(core) || common_shape(plain);
	if (!common) {
		/* The same with the spaces taken out ("i love you 2024"). */
		size_t j = 0;

		for (size_t i = 0; plain[i]; i++)
			if (plain[i] != ' ' && plain[i] != '-' && plain[i] != '_' && plain[i] != '.')
				plain[j++] = plain[i];
		plain[j] = 0;
		common = listed(plain);
	}
	free(core);
	free(plain);
	return common;
}
