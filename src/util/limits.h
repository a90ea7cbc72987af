/* Every size limit idiom enforces, defined once.  A limit on something a
 * learner sends is also a promise to them: the message that refuses it
 * names the limit. */
#ifndef IDIOM_LIMITS_H
#define IDIOM_LIMITS_H

/* An answer, a starter or a harness file: far beyond any exercise. */
#define IDIOM_ANSWER_MAX (256 * 1024)

/* What the judge's verdict channel may carry for one check. */
#define IDIOM_VERDICT_MAX (256 * 1024)

/* course.yaml: two short fields. */
#define IDIOM_COURSE_FILE_MAX (64 * 1024)

/* One lesson.md; a longer lesson should be split. */
#define IDIOM_LESSON_MAX (1024 * 1024)

/* An exercise's examples/expected.yaml, and each example answer it names. */
#define IDIOM_EXAMPLES_FILE_MAX (1024 * 1024)

/* A criterion id ({#like-this}): short enough to type in a rule file. */
#define IDIOM_CRITERION_ID_MAX 48

#endif
