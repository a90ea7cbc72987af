/* Lesson loading: front matter, then the Markdown body walked once with its
 * `##` and `###` headings matched against section_specs.  Every problem is
 * reported with its line; a lesson with any problem is not returned. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmark-gfm-core-extensions.h>
#include "course/criterion_id.h"
#include "course/frontmatter.h"
#include "course/lesson.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct loader {
	const char *path;
	int offset;		/* file line = cmark line + offset */
	int last_line;
	struct diags *diags;
	struct lesson *lesson;
	int bad;
	int seen[SEC_COUNT];	/* 1 once the section's heading was met */
	int seen_sub[SEC_COUNT][SUBSECTION_MAX];
	int current;		/* section being read, -1 before the first */
	int highest;		/* highest section id met so far, for order */
	struct block_range *open;	/* the range the next blocks belong to */
	int any_section;	/* a '##' heading was met, known or not */
	int stray_reported;
	int order_reported;
};

static int node_line(struct loader *ld, cmark_node *node)
{
	return cmark_node_get_start_line(node) + ld->offset;
}

static void problem(struct loader *ld, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct loader *ld, int line, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	diags_add(ld->diags, ld->path, line, "%s", msg ? msg : "out of memory");
	free(msg);
	ld->bad = 1;
}

static char *heading_text(cmark_node *heading)
{
	struct buf b = BUF_INIT;

	md_inline_text(heading, &b);
	return buf_detach(&b);
}

static void open_range(struct loader *ld, struct block_range *range, cmark_node *heading)
{
	range->first = cmark_node_next(heading);
	range->end = NULL;
	ld->open = range;
}

static void close_range(struct loader *ld, cmark_node *at)
{
	if (ld->open) {
		ld->open->end = at;
		if (ld->open->first == at)
			ld->open->first = NULL;
	}
	ld->open = NULL;
}

static int find_title(const char *text, const struct subsection_spec *subs, size_t nsubs)
{
	for (size_t i = 0; i < nsubs; i++)
		if (strcasecmp(text, subs[i].title) == 0)
			return (int)i;
	return -1;
}

static int find_section_title(const char *text)
{
	for (int i = 0; i < SEC_COUNT; i++)
		if (strcasecmp(text, section_specs[i].title) == 0)
			return i;
	return -1;
}

static void unknown_section(struct loader *ld, const char *text, int line)
{
	const char *titles[SEC_COUNT + 1];
	const char *near;

	for (int i = 0; i < SEC_COUNT; i++)
		titles[i] = section_specs[i].title;
	titles[SEC_COUNT] = NULL;
	near = text_nearest(text, titles);
	if (near)
		problem(ld, line, "unknown section '## %s'; did you mean '## %s'?", text, near);
	else
		problem(ld, line, "unknown section '## %s'; a lesson's sections are the ones in "
			"docs/lesson-format.md, from '## %s' to '## %s'", text,
			section_specs[0].title, section_specs[SEC_COUNT - 1].title);
}

static void enter_section(struct loader *ld, cmark_node *heading)
{
	char *text = heading_text(heading);
	int line = node_line(ld, heading);
	int id = find_section_title(text);
	struct section *sec;

	ld->current = -1;
	if (id < 0) {
		unknown_section(ld, text, line);
	} else if (ld->seen[id]) {
		problem(ld, line, "section '## %s' appears twice (first at line %d); merge them into one",
			section_specs[id].title, ld->lesson->sections[id].line);
	} else {
		if (id < ld->highest && !ld->order_reported) {
			/* Reported once: one moved section puts every later one out of order. */
			ld->order_reported = 1;
			problem(ld, line, "section '## %s' is out of order: it comes after '## %s', "
				"which belongs later; sections go in the order docs/lesson-format.md gives",
				section_specs[id].title, section_specs[ld->highest].title);
		}
		ld->highest = id > ld->highest ? id : ld->highest;
		ld->seen[id] = 1;
		ld->current = id;
		sec = &ld->lesson->sections[id];
		sec->line = line;
		open_range(ld, &sec->intro, heading);
	}
	free(text);
}

static void enter_subsection(struct loader *ld, cmark_node *heading)
{
	const struct section_spec *spec;
	char *text = heading_text(heading);
	int line = node_line(ld, heading);
	int sub;

	if (ld->current < 0) {
		/* Under a rejected '##' heading the problem was already reported. */
		if (!ld->any_section)
			problem(ld, line, "'### %s' stands before any section; put it under its '##' section",
				text);
		free(text);
		return;
	}
	spec = &section_specs[ld->current];
	sub = find_title(text, spec->subs, spec->nsubs);
	if (sub < 0 && spec->nsubs == 0)
		problem(ld, line, "section '## %s' has no subsections; remove '### %s' or use bold text",
			spec->title, text);
	else if (sub < 0)
		problem(ld, line, "'### %s' is not a part of '## %s'; its parts are '### %s'%s%s%s%s",
			text, spec->title, spec->subs[0].title,
			spec->nsubs > 1 ? ", '### " : "", spec->nsubs > 1 ? spec->subs[1].title : "",
			spec->nsubs > 1 ? "'" : "", spec->nsubs > 2 ? " and more (see docs/lesson-format.md)" : "");
	else if (ld->seen_sub[ld->current][sub])
		problem(ld, line, "'### %s' appears twice in '## %s' (first at line %d); keep one",
			spec->subs[sub].title, spec->title,
			ld->lesson->sections[ld->current].subs[sub].line);
	if (sub >= 0 && !ld->seen_sub[ld->current][sub]) {
		ld->seen_sub[ld->current][sub] = 1;
		ld->lesson->sections[ld->current].subs[sub].line = line;
		open_range(ld, &ld->lesson->sections[ld->current].subs[sub].body, heading);
	}
	free(text);
}

static void walk_body(struct loader *ld)
{
	for (cmark_node *n = cmark_node_first_child(ld->lesson->doc); n; n = cmark_node_next(n)) {
		int level = cmark_node_get_type(n) == CMARK_NODE_HEADING
			    ? cmark_node_get_heading_level(n) : 0;

		if (level == 1) {
			close_range(ld, n);
			problem(ld, node_line(ld, n), "a lesson has no '#' heading: its title is the "
				"front matter's 'title', and its sections are '##' headings");
		} else if (level == 2) {
			close_range(ld, n);
			ld->any_section = 1;
			enter_section(ld, n);
		} else if (level == 3) {
			close_range(ld, n);
			enter_subsection(ld, n);
		} else if (!ld->any_section && !ld->stray_reported) {
			ld->stray_reported = 1;
			problem(ld, node_line(ld, n), "text before the first section; start the body "
				"with '## %s'", section_specs[0].title);
		}
	}
	close_range(ld, NULL);
}

/* Every fenced code block anywhere must name a language idiom knows. */
static void check_code_languages(struct loader *ld)
{
	cmark_iter *it = cmark_iter_new(ld->lesson->doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *info;

		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		if (md_code_language(n))
			continue;
		info = cmark_node_get_fence_info(n);
		if (info && info[0])
			problem(ld, node_line(ld, n), "code block in unknown language '%.*s'; "
				"use python, javascript or text", (int)strcspn(info, " \t"), info);
		else
			problem(ld, node_line(ld, n), "code block without a language; open it with "
				"```python, ```javascript or ```text");
	}
	cmark_iter_free(it);
}

struct block_counts {
	int text;	/* paragraphs and lists */
	int lists;
	int js;
	int python;
	int code;
};

static void count_blocks(const struct block_range *r, struct block_counts *c)
{
	memset(c, 0, sizeof(*c));
	for (cmark_node *n = r->first; n && n != r->end; n = cmark_node_next(n)) {
		cmark_node_type type = cmark_node_get_type(n);
		const char *lang;

		if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_LIST ||
		    type == CMARK_NODE_BLOCK_QUOTE)
			c->text++;
		if (type == CMARK_NODE_LIST)
			c->lists++;
		if (type != CMARK_NODE_CODE_BLOCK)
			continue;
		c->code++;
		lang = md_code_language(n);
		c->js += lang && strcmp(lang, "javascript") == 0;
		c->python += lang && strcmp(lang, "python") == 0;
	}
}

static void check_code_count(struct loader *ld, int line, const char *where, int count,
			     const char *lang)
{
	if (count == 0)
		problem(ld, line, "%s needs a ```%s code block", where, lang);
	else if (count > 1)
		problem(ld, line, "%s has %d ```%s code blocks; keep exactly one", where, count, lang);
}

static void check_content(struct loader *ld, const struct block_range *r,
			  enum content_kind kind, int line, const char *where)
{
	struct block_counts c;

	count_blocks(r, &c);
	switch (kind) {
	case CONTENT_NONE:
		if (r->first)
			problem(ld, line, "nothing belongs directly under %s; move it into a subsection", where);
		break;
	case CONTENT_ANY:
		if (c.code)
			problem(ld, line, "code under %s belongs in its '###' subsections", where);
		break;
	case CONTENT_TEXT:
		if (!c.text)
			problem(ld, line, "%s is empty; write its text below the heading", where);
		break;
	case CONTENT_LIST:
		if (!c.lists)
			problem(ld, line, "%s needs a bullet list ('- ' at the start of each line)", where);
		break;
	case CONTENT_JS:
		check_code_count(ld, line, where, c.js, "javascript");
		break;
	case CONTENT_PYTHON:
		check_code_count(ld, line, where, c.python, "python");
		break;
	}
}

/* The line a missing section should be added at: before the next section
 * present, or at the end of the file. */
static int insertion_line(struct loader *ld, int id)
{
	for (int next = id + 1; next < SEC_COUNT; next++)
		if (ld->seen[next])
			return ld->lesson->sections[next].line;
	return ld->last_line;
}

static void check_section(struct loader *ld, int id)
{
	const struct section_spec *spec = &section_specs[id];
	struct section *sec = &ld->lesson->sections[id];
	char where[160];

	if (!ld->seen[id]) {
		problem(ld, insertion_line(ld, id), "missing section '## %s'; add it %s%s%s", spec->title,
			id > 0 ? "after '## " : "at the top of the body",
			id > 0 ? section_specs[id - 1].title : "", id > 0 ? "'" : "");
		return;
	}
	snprintf(where, sizeof(where), "'## %s'", spec->title);
	check_content(ld, &sec->intro, spec->intro, sec->line, where);
	for (size_t s = 0; s < spec->nsubs; s++) {
		snprintf(where, sizeof(where), "'### %s'", spec->subs[s].title);
		if (!ld->seen_sub[id][s]) {
			problem(ld, sec->line, "section '## %s' lacks '### %s'; add it%s%s%s", spec->title,
				spec->subs[s].title, s > 0 ? " after '### " : " first",
				s > 0 ? spec->subs[s - 1].title : "", s > 0 ? "'" : "");
			continue;
		}
		check_content(ld, &sec->subs[s].body, spec->subs[s].content, sec->subs[s].line, where);
	}
}

static cmark_node *range_find(const struct block_range *r, cmark_node_type type)
{
	for (cmark_node *n = r->first; n && n != r->end; n = cmark_node_next(n))
		if (cmark_node_get_type(n) == type)
			return n;
	return NULL;
}

static char *range_text(const struct block_range *r)
{
	struct buf b = BUF_INIT;

	for (cmark_node *n = r->first; n && n != r->end; n = cmark_node_next(n)) {
		if (cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH)
			continue;
		if (b.len)
			buf_puts(&b, "\n\n");
		md_inline_text(n, &b);
	}
	return buf_detach(&b);
}

static char *block_text(cmark_node *block)
{
	struct buf b = BUF_INIT;

	for (cmark_node *p = cmark_node_first_child(block); p; p = cmark_node_next(p))
		md_inline_text(p, &b);
	return buf_detach(&b);
}

static void check_id(struct loader *ld, const struct exercise *ex, const struct criterion *c,
		     int rc)
{
	char want[IDIOM_CRITERION_ID_MAX + 1];

	criterion_id_suggest(c->title, want, sizeof(want));
	if (rc == -ENOENT) {
		problem(ld, c->line, "criterion \"%s\" has no id; end its line with one, like "
			"' {#%s}' (rule files, harnesses and expected.yaml name it by id)",
			c->title, want);
		return;
	}
	if (rc == -ERANGE) {
		problem(ld, c->line, "criterion id '{#%s}' must end its line; move the text after "
			"it before it", c->id);
		return;
	}
	if (rc < 0) {
		problem(ld, c->line, "criterion id '{#%s}' is malformed; an id is lowercase words "
			"joined by '-', at most %d characters, and ends the line, like ' {#%s}'",
			c->id, IDIOM_CRITERION_ID_MAX, want);
		return;
	}
	for (const struct criterion *o = ex->criteria; o < c; o++) {
		if (o->id && strcmp(o->id, c->id) == 0) {
			problem(ld, c->line, "criterion id '%s' is used twice in %s (first at line "
				"%d); give each criterion its own", c->id, ex->name, o->line);
			return;
		}
	}
}

/* Takes the {#id} marker that ends BLOCK and records the criterion titled
 * by BLOCK's text without it; reports a missing, malformed or repeated id. */
static void add_criterion(struct loader *ld, struct exercise *ex, cmark_node *block,
			  const struct block_range *range, int line)
{
	struct criterion *c;
	char *id = NULL;
	int rc = -ENOENT;

	if (block)
		rc = criterion_id_take(block, &id);
	ex->criteria = xrealloc(ex->criteria, (ex->ncriteria + 1) * sizeof(*ex->criteria));
	c = &ex->criteria[ex->ncriteria++];
	c->title = range ? range_text(range) : block_text(block);
	c->line = line;
	c->id = id;
	check_id(ld, ex, c, rc);
}

static void list_criteria(struct loader *ld, struct exercise *ex, const struct block_range *r)
{
	cmark_node *list = range_find(r, CMARK_NODE_LIST);

	for (cmark_node *item = list ? cmark_node_first_child(list) : NULL; item;
	     item = cmark_node_next(item))
		add_criterion(ld, ex, item, NULL, node_line(ld, item));
}

/* The last paragraph of R: where a Reflect note's id marker stands. */
static cmark_node *last_paragraph(const struct block_range *r)
{
	cmark_node *last = NULL;

	for (cmark_node *n = r->first; n && n != r->end; n = cmark_node_next(n))
		if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH)
			last = n;
	return last;
}

static void build_exercise(struct loader *ld, enum exercise_kind kind, enum section_id id)
{
	struct lesson *l = ld->lesson;
	struct exercise *ex = &l->exercises[kind];
	struct section *sec = &l->sections[id];

	ex->kind = kind;
	ex->name = exercise_kind_name(kind);
	ex->prompt = range_text(&sec->intro);
	ex->dir = l->dir ? fs_join(l->dir, ex->name) : NULL;
	if (kind == EXERCISE_REFLECT) {
		cmark_node *note = last_paragraph(&sec->subs[0].body);

		add_criterion(ld, ex, note, &sec->subs[0].body,
			      note ? node_line(ld, note) : sec->subs[0].line);
	} else if (kind == EXERCISE_REWRITE) {
		cmark_node *code = range_find(&sec->subs[0].body, CMARK_NODE_CODE_BLOCK);

		ex->js_code = xstrdup(cmark_node_get_literal(code));
		ex->js_line = node_line(ld, code) + 1;
		list_criteria(ld, ex, &sec->subs[1].body);
	} else {
		list_criteria(ld, ex, &sec->subs[0].body);
	}
}

static int count_lines(const char *text, size_t len)
{
	int n = 1;

	for (size_t i = 0; i + 1 < len; i++)
		n += text[i] == '\n';
	return n;
}

static int parse_body(struct loader *ld, const char *text, size_t len, const struct frontmatter *fm)
{
	cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);

	cmark_gfm_core_extensions_ensure_registered();
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("strikethrough"));
	cmark_parser_feed(parser, text + fm->body_offset, len - fm->body_offset);
	ld->lesson->doc = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	ld->offset = fm->body_line - 1;
	ld->last_line = count_lines(text, len);
	walk_body(ld);
	check_code_languages(ld);
	for (int id = 0; id < SEC_COUNT; id++)
		check_section(ld, id);
	return ld->bad ? -EINVAL : 0;
}

struct lesson *lesson_parse(const char *text, size_t len, const char *path,
			    const char *dir, struct diags *diags)
{
	struct lesson *l = xcalloc(1, sizeof(*l));
	struct loader ld = { .path = path, .diags = diags, .lesson = l, .current = -1 };
	struct frontmatter fm;
	int fm_rc;

	l->path = xstrdup(path);
	l->dir = dir ? xstrdup(dir) : NULL;
	if (memchr(text, '\0', len)) {
		diags_add(diags, path, 0, "contains a NUL byte; a lesson is UTF-8 text");
		lesson_free(l);
		return NULL;
	}
	fm_rc = frontmatter_parse(text, len, path, &fm, diags);
	if (fm_rc < 0 && fm.body_line == 0) {
		/* Still read the body, so one run reports every problem; but an
		 * unclosed front matter leaves no body to read. */
		if (len >= 3 && memcmp(text, "---", 3) == 0) {
			lesson_free(l);
			return NULL;
		}
		fm.body_offset = 0;
		fm.body_line = 1;
	}
	if (parse_body(&ld, text, len, &fm) < 0 || fm_rc < 0) {
		if (fm_rc == 0)
			frontmatter_release(&fm);
		lesson_free(l);
		return NULL;
	}
	l->number = fm.number;
	l->slug = fm.slug;
	l->title = fm.title;
	l->minutes = fm.minutes;
	l->summary = fm.summary;
	l->body_line = fm.body_line;
	for (int k = 0; k < EXERCISE_COUNT; k++)
		build_exercise(&ld, (enum exercise_kind)k,
			       k == EXERCISE_REFLECT ? SEC_REFLECT : k == EXERCISE_REWRITE ? SEC_REWRITE : SEC_PRACTICE);
	if (ld.bad) {
		lesson_free(l);
		return NULL;
	}
	return l;
}

struct lesson *lesson_load(const char *dir, struct diags *diags)
{
	char *path = fs_join(dir, "lesson.md");
	struct lesson *l = NULL;
	char *text;
	size_t len;
	int rc = fs_read_file(path, IDIOM_LESSON_MAX, &text, &len);

	if (rc == -EFBIG)
		diags_add(diags, path, 0, "is larger than %d bytes; split the lesson", IDIOM_LESSON_MAX);
	else if (rc < 0)
		diags_add(diags, path, 0, "cannot be read: %s", strerror(-rc));
	else
		l = lesson_parse(text, len, path, dir, diags);
	free(text);
	free(path);
	return l;
}

static void exercise_release(struct exercise *ex)
{
	for (size_t i = 0; i < ex->ncriteria; i++) {
		free(ex->criteria[i].title);
		free(ex->criteria[i].id);
	}
	free(ex->criteria);
	free(ex->prompt);
	free(ex->js_code);
	free(ex->dir);
}

void lesson_free(struct lesson *l)
{
	if (!l)
		return;
	for (int k = 0; k < EXERCISE_COUNT; k++)
		exercise_release(&l->exercises[k]);
	if (l->doc)
		cmark_node_free(l->doc);
	free(l->slug);
	free(l->title);
	free(l->summary);
	free(l->dir);
	free(l->path);
	free(l);
}

const struct criterion *exercise_criterion(const struct exercise *ex, const char *id)
{
	for (size_t i = 0; i < ex->ncriteria; i++)
		if (ex->criteria[i].id && strcmp(ex->criteria[i].id, id) == 0)
			return &ex->criteria[i];
	return NULL;
}

const char *exercise_nearest_id(const struct exercise *ex, const char *id)
{
	const char **ids = xcalloc(ex->ncriteria + 1, sizeof(*ids));
	const char *near;
	size_t n = 0;

	for (size_t i = 0; i < ex->ncriteria; i++)
		if (ex->criteria[i].id)
			ids[n++] = ex->criteria[i].id;
	near = text_nearest(id, ids);
	free(ids);
	return near;
}

void lesson_number_text(const struct lesson *l, char out[8])
{
	snprintf(out, 8, "%02d", l->number);
}
