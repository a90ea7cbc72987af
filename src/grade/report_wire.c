/* A report as bytes and back (report.h, "On the wire"): every field of
 * struct report, so that the report a warm helper made (src/helper/) prints,
 * ranks and records exactly as one made in this process.  Lengths are
 * 32-bit, integers 64-bit, in this machine's byte order: both ends are the
 * same build (the helper's key says so).  Unpacking checks every length and
 * value against what is left, so a truncated or garbled buffer is refused,
 * never read past. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "grade/report.h"
#include "grade/report_int.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define WIRE_MAGIC 0x31505249u	/* "IRP1" */
#define WIRE_NULL UINT32_MAX	/* a NULL string */

static void put_u32(struct buf *b, uint32_t v)
{
	buf_add(b, &v, sizeof(v));
}

static void put_u64(struct buf *b, uint64_t v)
{
	buf_add(b, &v, sizeof(v));
}

static void put_str(struct buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	put_u32(b, s ? (uint32_t)n : WIRE_NULL);
	buf_add(b, s ? s : "", n);
}

static void put_feedback(struct buf *b, const struct feedback *f)
{
	put_u64(b, (uint64_t)(int64_t)f->line);
	put_u32(b, (uint32_t)(f->pass | f->advisory << 1 | f->missing << 2 | f->provisional << 3));
	put_u32(b, (uint32_t)f->source);
	put_u64(b, f->start);
	put_u64(b, f->end);
	put_u64(b, f->order);
	put_str(b, f->message);
	put_str(b, f->rule);
}

static void put_crit(struct buf *b, const struct crit *c)
{
	put_str(b, c->title);
	put_str(b, c->id);
	put_u32(b, (uint32_t)(c->failed | c->hard_failed << 1 | c->provisional << 2));
	put_u64(b, c->harness_pass);
	put_u64(b, c->harness_fail);
	put_u64(b, c->count);
	for (size_t i = 0; i < c->count; i++)
		put_feedback(b, &c->items[i]);
}

int report_pack(const struct report *r, struct buf *out)
{
	double ms = r->ms;
	uint64_t bits;

	memcpy(&bits, &ms, sizeof(bits));
	put_u32(out, WIRE_MAGIC);
	put_str(out, r->lesson);
	put_str(out, r->exercise);
	put_str(out, r->file);
	put_str(out, r->error);
	put_str(out, r->note);
	put_u64(out, bits);
	put_u64(out, r->added);
	put_u64(out, r->count);
	for (size_t i = 0; i < r->count; i++)
		put_crit(out, &r->crits[i]);
	return out->overflow ? -ENOSPC : 0;
}

/* Reading: P advances through [p, end); any shortfall sets bad. */
struct reader {
	const char *p, *end;
	int bad;
};

static int take(struct reader *rd, void *dst, size_t n)
{
	if (rd->bad || (size_t)(rd->end - rd->p) < n) {
		rd->bad = 1;
		memset(dst, 0, n);
		return -EINVAL;
	}
	memcpy(dst, rd->p, n);
	rd->p += n;
	return 0;
}

static uint32_t get_u32(struct reader *rd)
{
	uint32_t v;

	take(rd, &v, sizeof(v));
	return v;
}

static uint64_t get_u64(struct reader *rd)
{
	uint64_t v;

	take(rd, &v, sizeof(v));
	return v;
}

/* A string without NUL bytes, or NULL (WIRE_NULL, or when MAY_BE_NULL is 0:
 * bad). */
static char *get_str(struct reader *rd, int may_be_null)
{
	uint32_t n = get_u32(rd);

	if (rd->bad || (n == WIRE_NULL && may_be_null))
		return NULL;
	if (n == WIRE_NULL || (size_t)(rd->end - rd->p) < n || memchr(rd->p, '\0', n)) {
		rd->bad = 1;
		return NULL;
	}
	rd->p += n;
	return xstrndup(rd->p - n, n);
}

/* A count of items each at least MIN bytes long, so that a garbled count
 * cannot make us allocate more than the buffer could hold. */
static size_t get_count(struct reader *rd, size_t min)
{
	uint64_t n = get_u64(rd);

	if (!rd->bad && n > (uint64_t)(rd->end - rd->p) / min)
		rd->bad = 1;
	return rd->bad ? 0 : (size_t)n;
}

static void get_feedback(struct reader *rd, struct feedback *f)
{
	int64_t line = (int64_t)get_u64(rd);
	uint32_t flags = get_u32(rd), source = get_u32(rd);

	if (line < 0 || line > INT32_MAX || flags > 15 || source > REPORT_FROM_HARNESS)
		rd->bad = 1;
	f->line = (int)line;
	f->pass = flags & 1;
	f->advisory = flags >> 1 & 1;
	f->missing = flags >> 2 & 1;
	f->provisional = flags >> 3 & 1;
	f->source = (enum report_source)(rd->bad ? 0 : source);
	f->start = (size_t)get_u64(rd);
	f->end = (size_t)get_u64(rd);
	f->order = (size_t)get_u64(rd);
	f->message = get_str(rd, 0);
	f->rule = get_str(rd, 1);
}

#define FEEDBACK_MIN (8 + 4 + 4 + 8 * 3 + 4 + 4)
#define CRIT_MIN (4 + 4 + 4 + 8 * 3)

static void get_crit(struct reader *rd, struct crit *c)
{
	uint32_t flags;

	c->title = get_str(rd, 0);
	c->id = get_str(rd, 1);
	flags = get_u32(rd);
	if (flags > 7)
		rd->bad = 1;
	c->failed = flags & 1;
	c->hard_failed = flags >> 1 & 1;
	c->provisional = flags >> 2 & 1;
	c->harness_pass = (size_t)get_u64(rd);
	c->harness_fail = (size_t)get_u64(rd);
	c->count = get_count(rd, FEEDBACK_MIN);
	c->cap = c->count;
	c->items = c->count ? xcalloc(c->count, sizeof(*c->items)) : NULL;
	for (size_t i = 0; i < c->count && !rd->bad; i++)
		get_feedback(rd, &c->items[i]);
}

int report_unpack(const char *data, size_t len, struct report **out)
{
	struct reader rd = { .p = data, .end = data + len };
	struct report *r = xcalloc(1, sizeof(*r));
	uint64_t bits;

	*out = NULL;
	if (get_u32(&rd) != WIRE_MAGIC)
		rd.bad = 1;
	r->lesson = get_str(&rd, 0);
	r->exercise = get_str(&rd, 0);
	r->file = get_str(&rd, 0);
	r->error = get_str(&rd, 1);
	r->note = get_str(&rd, 1);
	bits = get_u64(&rd);
	memcpy(&r->ms, &bits, sizeof(r->ms));
	r->added = (size_t)get_u64(&rd);
	r->count = get_count(&rd, CRIT_MIN);
	r->cap = r->count;
	r->crits = r->count ? xcalloc(r->count, sizeof(*r->crits)) : NULL;
	for (size_t i = 0; i < r->count && !rd.bad; i++)
		get_crit(&rd, &r->crits[i]);
	if (rd.bad || rd.p != rd.end || !r->lesson) {
		report_free(r);
		return -EINVAL;
	}
	*out = r;
	return 0;
}
