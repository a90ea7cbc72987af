/* Answers `idiom check` refuses before grading: a binary file (NUL bytes,
 * or invalid UTF-8 past IDIOM_ANSWER_INVALID_UTF8_MAX), and a Reflect
 * answer (prose) given to a code exercise.  Such a file is never graded
 * as Python and never recorded. */
#ifndef IDIOM_CMD_REFUSE_H
#define IDIOM_CMD_REFUSE_H
#include <stddef.h>
#include "course/lesson.h"

/* Why TEXT[0..len), the file PATH given as exercise KIND of L, is refused,
 * as a message naming the file and what to do (yours); NULL when it may be
 * graded. */
char *refuse_answer(const struct lesson *l, enum exercise_kind kind, const char *path,
		    const char *text, size_t len);

/* 1 when TEXT reads as prose: sentences and no line of Python. */
int refuse_is_prose(const char *text, size_t len);

#endif
