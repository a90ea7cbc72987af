/* Fuzz target for the progress import (a JSON file a learner hands us): any
 * input is either refused with a message or merged, and what was merged
 * exports and imports again without adding anything.
 * Built with libFuzzer by `make fuzz`, and with fuzz/replay.c by `make test`. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];
static char path[128];

static void remove_store(void)
{
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	char p[160];

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, suffixes[i]);
		unlink(p);
	}
	rmdir(dir);
}

static struct store *the_store(void)
{
	static struct store *s;
	struct error err = ERROR_INIT;

	if (s)
		return s;
	snprintf(dir, sizeof(dir), "/tmp/idiom-fuzz-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	snprintf(path, sizeof(path), "%s/%s", dir, STORE_DEFAULT_NAME);
	if (store_open(path, &s, &err) < 0) {
		fprintf(stderr, "fuzz: %s\n", err.message);
		abort();
	}
	atexit(remove_store);
	return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct store *s = the_store();
	struct store_import_result res;
	struct error err = ERROR_INIT;
	char *json = NULL;

	if (store_import_json(s, (const char *)data, size, &res, &err) < 0) {
		if (!err.message[0])
			abort();	/* a refusal must say why */
		return 0;
	}
	if (store_export_json(s, &json, &err) < 0 ||
	    store_import_json(s, json, strlen(json), &res, &err) < 0 || res.added != 0)
		abort();	/* what was merged must round-trip without duplicates */
	free(json);
	return 0;
}
