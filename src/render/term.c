/* A lesson for the terminal; see term.h.  Layout: headings at column 0,
 * prose at BODY_INDENT, code at CODE_INDENT; units are separated by exactly
 * one blank line.  Colour only adds escape codes: stripped of them, coloured
 * output is the plain output byte for byte. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "render/block.h"
#include "render/term.h"
#include "render/wrap.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/banned.h"

#define BODY_INDENT "  "
#define CODE_INDENT "    "
#define COLUMN_RULE " \xe2\x94\x82"	/* " │", then a space before text */
#define COLUMN_SEP_WIDTH 3
#define DEFAULT_WIDTH 80

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_SECTION "\033[1;36m"

/* Ends OUT with one blank line, unless OUT is empty. */
static void gap(struct buf *out)
{
	if (out->len == 0 || (out->len >= 2 && out->data[out->len - 2] == '\n' &&
			      out->data[out->len - 1] == '\n'))
		return;
	buf_putc(out, '\n');
}

static void put_styled(struct buf *out, int colour, const char *sgr, const char *text)
{
	if (colour)
		buf_puts(out, sgr);
	block_put_clean(text, strlen(text), out);
	if (colour)
		buf_puts(out, SGR_RESET);
}

static const char *status_sgr(const char *status)
{
	if (strcmp(status, "open") == 0)
		return "\033[32m";
	if (strcmp(status, "done") == 0)
		return "\033[36m";
	return SGR_DIM;
}

/* "04  open  25 min  " */
static void line_prefix(const struct lesson *l, const char *status, int colour, struct buf *out)
{
	char number[8];
	char minutes[32];

	lesson_number_text(l, number);
	snprintf(minutes, sizeof(minutes), "%d min", l->minutes);
	put_styled(out, colour, SGR_BOLD, number);
	buf_puts(out, "  ");
	put_styled(out, colour, status_sgr(status), status);
	buf_puts(out, "  ");
	put_styled(out, colour, SGR_DIM, minutes);
	buf_puts(out, "  ");
}

void term_lesson_line(const struct lesson *l, const char *status, int colour,
		      struct buf *out)
{
	line_prefix(l, status ? status : "open", colour, out);
	put_styled(out, colour, SGR_BOLD, l->title ? l->title : "");
}

/* The catalogue line with a long title wrapped under itself, then the
 * summary. */
static void render_header(const struct lesson *l, const struct term_options *opt,
			  size_t width, struct buf *out)
{
	struct buf prefix = BUF_INIT, title = BUF_INIT, hang = BUF_INIT;
	struct wrap_style ws;

	line_prefix(l, opt->status ? opt->status : "open", opt->colour, &prefix);
	buf_pad(&hang, ' ', text_width(buf_str(&prefix), prefix.len));
	put_styled(&title, opt->colour, SGR_BOLD, l->title ? l->title : "");
	ws = (struct wrap_style){ width, buf_str(&prefix), buf_str(&hang) };
	wrap_text(buf_str(&title), title.len, &ws, out);
	if (opt->section == TERM_ALL_SECTIONS && l->summary && *l->summary) {
		buf_reset(&title);
		block_put_clean(l->summary, strlen(l->summary), &title);
		ws = (struct wrap_style){ width, BODY_INDENT, BODY_INDENT };
		gap(out);
		wrap_text(buf_str(&title), title.len, &ws, out);
	}
	buf_free(&prefix);
	buf_free(&title);
	buf_free(&hang);
}

/* TITLE wrapped at INDENT, then a rule of C under it as wide as the title
 * (at most the line). */
static void render_heading(const char *title, char c, const char *indent, const char *sgr,
			   const struct term_options *opt, size_t width, struct buf *out)
{
	struct buf text = BUF_INIT;
	struct wrap_style ws = { width, indent, indent };
	size_t room = width - strlen(indent);
	size_t rule;

	put_styled(&text, opt->colour, sgr, title);
	rule = text_width(buf_str(&text), text.len);
	wrap_text(buf_str(&text), text.len, &ws, out);
	buf_puts(out, indent);
	if (opt->colour)
		buf_puts(out, SGR_DIM);
	buf_pad(out, c, rule < room ? rule : room);
	if (opt->colour)
		buf_puts(out, SGR_RESET);
	buf_putc(out, '\n');
	buf_free(&text);
}

static int range_empty(const struct block_range *r)
{
	return !r->first || r->first == r->end;
}

/* The pair sections hold one code block per subsection: those stand side
 * by side.  Anything else in them (prose) is stacked instead, so no sentence
 * is cut in two columns. */
static int pair_fits_columns(const struct section *sec, enum section_id id, size_t width)
{
	if ((id != SEC_GLANCE && id != SEC_DEEPER) || width < TERM_SIDE_BY_SIDE_WIDTH)
		return 0;
	for (int s = 0; s < 2; s++) {
		const struct block_range *r = &sec->subs[s].body;

		if (range_empty(r) || cmark_node_get_type(r->first) != CMARK_NODE_CODE_BLOCK ||
		    cmark_node_next(r->first) != r->end)
			return 0;
	}
	return 1;
}

/* One column: label, its rule, the code. */
static void render_column(const char *label, const struct block_range *body,
			  const struct term_options *opt, size_t width, struct buf *out)
{
	struct block_style style = { width, "", "", opt->colour };

	render_heading(label, '-', "", SGR_BOLD, opt, width, out);
	block_render_range(body, &style, out);
}

/* The next line of *S (without its newline); advances *S.  Returns 0 at the
 * end. */
static int next_line(const char **s, const char **line, size_t *len)
{
	const char *nl;

	if (!**s)
		return 0;
	*line = *s;
	nl = strchr(*s, '\n');
	*len = nl ? (size_t)(nl - *s) : strlen(*s);
	*s += *len + (nl != NULL);
	return 1;
}

static void zip_columns(const char *left, const char *right, size_t cw, int colour,
			struct buf *out)
{
	const char *l, *r;
	size_t ll, rl;

	for (;;) {
		int has_l = next_line(&left, &l, &ll), has_r = next_line(&right, &r, &rl);
		size_t w;

		if (!has_l && !has_r)
			break;
		if (!has_l)
			ll = 0;
		w = has_l ? text_width(l, ll) : 0;
		buf_puts(out, BODY_INDENT);
		buf_add(out, has_l ? l : "", ll);
		buf_pad(out, ' ', w < cw ? cw - w : 0);
		buf_puts(out, colour ? SGR_DIM COLUMN_RULE SGR_RESET : COLUMN_RULE);
		if (has_r && rl) {
			buf_putc(out, ' ');
			buf_add(out, r, rl);
		}
		buf_putc(out, '\n');
	}
}

static void render_pair(const struct section *sec, const struct section_spec *spec,
			const struct term_options *opt, size_t width, struct buf *out)
{
	size_t cw = (width - strlen(BODY_INDENT) - COLUMN_SEP_WIDTH) / 2;
	struct buf left = BUF_INIT, right = BUF_INIT;

	render_column(spec->subs[0].title, &sec->subs[0].body, opt, cw, &left);
	render_column(spec->subs[1].title, &sec->subs[1].body, opt, cw, &right);
	gap(out);
	zip_columns(buf_str(&left), buf_str(&right), cw, opt->colour, out);
	buf_free(&left);
	buf_free(&right);
}

static void render_blocks(const struct block_range *r, const struct term_options *opt,
			  size_t width, struct buf *out)
{
	struct block_style style = { width, BODY_INDENT, CODE_INDENT, opt->colour };

	if (range_empty(r))
		return;
	gap(out);
	block_render_range(r, &style, out);
}

static void render_section(const struct lesson *l, enum section_id id,
			   const struct term_options *opt, size_t width, struct buf *out)
{
	const struct section_spec *spec = &section_specs[id];
	const struct section *sec = &l->sections[id];

	gap(out);
	render_heading(spec->title, '=', "", SGR_SECTION, opt, width, out);
	render_blocks(&sec->intro, opt, width, out);
	if (pair_fits_columns(sec, id, width)) {
		render_pair(sec, spec, opt, width, out);
		return;
	}
	for (size_t s = 0; s < spec->nsubs; s++) {
		gap(out);
		render_heading(spec->subs[s].title, '-', BODY_INDENT, SGR_BOLD, opt, width, out);
		render_blocks(&sec->subs[s].body, opt, width, out);
	}
}

/* Copies DOC to OUT line by line without trailing spaces (column padding
 * beside an empty right column, blank lines of code). */
static void append_trimmed(const struct buf *doc, struct buf *out)
{
	const char *s = doc->len ? doc->data : "";
	const char *line;
	size_t len;

	while (next_line(&s, &line, &len)) {
		wrap_put_trimmed(line, len, out);
		buf_putc(out, '\n');
	}
}

int term_render_lesson(const struct lesson *l, const struct term_options *opt,
		       struct buf *out)
{
	size_t width = opt->width ? opt->width : DEFAULT_WIDTH;
	struct buf doc = BUF_INIT;

	if (opt->section != TERM_ALL_SECTIONS && (opt->section < 0 || opt->section >= SEC_COUNT))
		return -EINVAL;
	if (width < TERM_MIN_WIDTH)
		width = TERM_MIN_WIDTH;
	render_header(l, opt, width, &doc);
	for (int id = 0; id < SEC_COUNT; id++)
		if (opt->section == TERM_ALL_SECTIONS || opt->section == id)
			render_section(l, (enum section_id)id, opt, width, &doc);
	append_trimmed(&doc, out);
	buf_free(&doc);
	return out->overflow ? -ENOSPC : 0;
}
