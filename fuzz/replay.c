/* Runs a fuzz target over files (a corpus) without libFuzzer, so `make test`
 * proves each target runs clean under the sanitizers with gcc alone.
 * Usage: replay FILE_OR_DIR...; also feeds every prefix of each file, which
 * reaches truncated inputs a corpus alone would not. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/fsutil.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	char *data;
	size_t len;

	if (fs_read_file(path, 1 << 20, &data, &len) < 0) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return -1;
	}
	for (size_t n = 0; n <= len; n += n < 64 ? 1 : 37)
		LLVMFuzzerTestOneInput((const uint8_t *)data, n);
	LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	free(data);
	return 0;
}

static int replay_path(const char *path, int *count)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int rc = 0;

	if (!d) {
		(*count)++;
		return replay_file(path);
	}
	while ((e = readdir(d)) != NULL) {
		char *child;

		if (e->d_name[0] == '.')
			continue;
		child = fs_join(path, e->d_name);
		if (replay_path(child, count) < 0)
			rc = -1;
		free(child);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	int count = 0;
	int rc = 0;

	for (int i = 1; i < argc; i++)
		if (replay_path(argv[i], &count) < 0)
			rc = 1;
	printf("replay: %d inputs (and their prefixes) ran clean\n", count);
	return rc;
}
