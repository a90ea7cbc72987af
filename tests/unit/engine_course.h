/* The course the engine's unit tests read: tests/fixtures/engine-course, a
 * frozen copy of the shipped lesson 04 and the course habits (see its
 * course.yaml).  Never courses/js-to-python: rewording a shipped lesson must
 * not break a C unit test (the shipped course is proved by `idiom lint` and
 * test_examples.c). */
#ifndef IDIOM_TEST_ENGINE_COURSE_H
#define IDIOM_TEST_ENGINE_COURSE_H
#define ENGINE_COURSE "tests/fixtures/engine-course"
#endif
