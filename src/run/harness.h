/* Reading a harness file for the runner.  A harness may share code with
 * other harnesses of its lesson through include lines:
 *     # idiom: include ../small_pytest.py
 * each replaced by that file's text (a path relative to the harness's own
 * folder; one level: included files include nothing). */
#ifndef IDIOM_HARNESS_H
#define IDIOM_HARNESS_H
#include "util/error.h"
#include <stddef.h>

#define HARNESS_INCLUDE "# idiom: include "

/* Reads PATH with its includes expanded into *OUT (*LEN bytes, at most MAX).
 * Returns 0, or -errno with E set to a message naming the file (*OUT is
 * then NULL). */
int harness_read(const char *path, size_t max, char **out, size_t *len, struct error *e);

#endif
