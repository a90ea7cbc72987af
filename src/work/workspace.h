/* The learner's workspace: $IDIOM_HOME (default ~/idiom) holds one folder per
 * lesson (04-async/) with the exercise files the learner edits
 * (reflect.md, rewrite.py, practice.py). */
#ifndef IDIOM_WORKSPACE_H
#define IDIOM_WORKSPACE_H
#include "course/lesson.h"

/* $IDIOM_HOME, else $HOME/idiom.  Returns NULL (with a message printed) when
 * neither is set.  You own the result. */
char *workspace_home(void);

/* <home>/<NN-slug>; you own the result. */
char *workspace_lesson_dir(const char *home, const struct lesson *l);

/* The exercise's file name in the workspace: "reflect.md", "rewrite.py"... */
const char *workspace_file_name(enum exercise_kind kind);

/* The starter shipped with the exercise: <exercise dir>/starter.py or
 * starter.md.  You own the result. */
char *workspace_starter_path(const struct exercise *ex);

#endif
