/* Harness files and their include lines; see harness.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "run/harness.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* The folder of PATH ("." when it has none); you own it. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static int has_include_line(const char *text)
{
	const char *hit = text;

	while ((hit = strstr(hit, HARNESS_INCLUDE)) != NULL) {
		if (hit == text || hit[-1] == '\n')
			return 1;
		hit++;
	}
	return 0;
}

static int add_include(struct buf *b, const char *harness, const char *name, size_t max,
		       struct error *e)
{
	char *dir = folder_of(harness);
	char *path = fs_join(dir, name);
	char *text = NULL;
	size_t len = 0;
	int rc = name[0] == '/' ? -EINVAL : fs_read_file(path, max, &text, &len);

	if (rc < 0)
		error_set(e, rc, "%s: cannot include %s: %s", harness, name,
			  rc == -EINVAL ? "give a path relative to the harness" : strerror(-rc));
	else if (has_include_line(text))
		rc = error_set(e, -EINVAL, "%s: %s includes another file; includes go one level "
			       "deep", harness, name);
	else if (buf_add(b, text, len) < 0)
		rc = error_set(e, -EFBIG, "%s: larger than %zu bytes with its includes", harness, max);
	free(text);
	free(path);
	free(dir);
	return rc;
}

int harness_read(const char *path, size_t max, char **out, size_t *len, struct error *e)
{
	struct buf b;
	char *text;
	size_t n;
	int rc = fs_read_file(path, max, &text, &n);

	*out = NULL;
	if (rc < 0)
		return error_set(e, rc, "cannot read the harness %s: %s", path, strerror(-rc));
	buf_init(&b, max);
	buf_add(&b, "", 0);
	for (char *line = text; rc == 0 && *line;) {
		size_t l = strcspn(line, "\n");
		char *next = line + l + (line[l] == '\n');

		if (strncmp(line, HARNESS_INCLUDE, strlen(HARNESS_INCLUDE)) == 0) {
			char *name = xstrndup(line + strlen(HARNESS_INCLUDE), l - strlen(HARNESS_INCLUDE));

			rc = add_include(&b, path, name, max, e);
			free(name);
		} else if (buf_add(&b, line, (size_t)(next - line)) < 0) {
			rc = error_set(e, -EFBIG, "%s: larger than %zu bytes", path, max);
		}
		line = next;
	}
	free(text);
	if (rc < 0) {
		buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = buf_detach(&b);
	return 0;
}
