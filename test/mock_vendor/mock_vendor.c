/*
 * mock_vendor -- a stand-in for the booking-software vendors' HTTP API, for
 * integration tests, benchmarks and the demo.  It serves the three vendor
 * endpoints (getManagedMeetingPoints, availableTimeSlots,
 * searchApplicationIds) for many vendors at once, each under its own path
 * prefix /<vendor>/, from files in DATA/<vendor>/, and can be told to
 * misbehave per vendor (slow, hanging, 401, 500, HTML, truncated, huge,
 * wrongly typed, redirecting, trickling) by writing DATA/<vendor>/mode.
 *
 * One thread, one poll() loop, non-blocking sockets, HTTP/1.1 keep-alive.
 * Delays are timers in the loop: a slow or hanging vendor never delays
 * the answers of the others.  See README.md beside this file.
 *
 * C11 + POSIX, no dependencies.
 */
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define MAX_HEADER      (64 * 1024)     /* request line + headers */
#define MAX_INBUF       (MAX_HEADER + 16 * 1024)
#define MAX_REQ_BODY    (1024 * 1024)   /* a GET body is read and dropped */
#define IDLE_MS         60000           /* keep-alive connection without a request */
#define HEADER_MS       30000           /* a started request must complete within */
#define STALL_MS        60000           /* no write progress (client not reading) */
#define LINGER_MS       2000            /* drain after our FIN before close() */
#define TICK_MS         20              /* slow_body trickle period */
#define STREAM_CHUNK    65536
#define MAX_VENDOR_NAME 200

/* ------------------------------------------------------------------------ */
/* small utilities                                                           */
/* ------------------------------------------------------------------------ */

static void *
xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "mock_vendor: out of memory (%zu bytes)\n", n);
        exit(2);
    }
    return p;
}

static void *
xrealloc(void *old, size_t n)
{
    void *p = realloc(old, n ? n : 1);
    if (!p) {
        fprintf(stderr, "mock_vendor: out of memory (%zu bytes)\n", n);
        exit(2);
    }
    return p;
}

static char *
xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}

static int64_t
now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* growable byte buffer, always NUL-terminated when non-empty */
typedef struct {
    char *p;
    size_t len, cap;
} buf_t;

static void
buf_reserve(buf_t *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (c < b->len + extra + 1)
            c *= 2;
        b->p = xrealloc(b->p, c);
        b->cap = c;
    }
}

static void
buf_add(buf_t *b, const void *s, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void
buf_adds(buf_t *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void
buf_addc(buf_t *b, char ch)
{
    buf_reserve(b, 1);
    b->p[b->len++] = ch;
    b->p[b->len] = '\0';
}

static void buf_printf(buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
buf_printf(buf_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    buf_reserve(b, (size_t) n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t) n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t) n;
}

static void
buf_free(buf_t *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* Append s as a JSON string literal (with the quotes).  Bytes >= 0x80 pass
 * through unchanged (the data is UTF-8). */
static void
buf_json_str(buf_t *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i, run = 0;

    buf_reserve(b, n + 2);
    b->p[b->len++] = '"';
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char) s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        if (i > run)
            buf_add(b, s + run, i - run);
        run = i + 1;
        switch (ch) {
        case '"':  buf_add(b, "\\\"", 2); break;
        case '\\': buf_add(b, "\\\\", 2); break;
        case '\n': buf_add(b, "\\n", 2); break;
        case '\r': buf_add(b, "\\r", 2); break;
        case '\t': buf_add(b, "\\t", 2); break;
        case '\b': buf_add(b, "\\b", 2); break;
        case '\f': buf_add(b, "\\f", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[ch >> 4], hex[ch & 15]};
            buf_add(b, u, 6);
        }
        }
    }
    if (n > run)
        buf_add(b, s + run, n - run);
    buf_addc(b, '"');
}

static uint32_t
hash_bytes(uint32_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 16777619u;
    }
    return h;
}
#define HASH0 2166136261u

/* Open-addressing hash table of indexes into a caller's array. */
typedef struct {
    uint32_t idx1;      /* index + 1, 0 = empty */
    uint32_t h;
} hslot_t;

typedef struct {
    hslot_t *s;
    uint32_t mask, n;
} htab_t;

typedef int (*ht_eq_fn)(const void *ctx, uint32_t idx);

static void
ht_free(htab_t *t)
{
    free(t->s);
    t->s = NULL;
    t->mask = t->n = 0;
}

/* make room for one more entry */
static void
ht_grow(htab_t *t)
{
    if (t->s && (uint64_t) (t->n + 1) * 2 <= (uint64_t) t->mask + 1)
        return;
    uint32_t cap = t->s ? (t->mask + 1) * 2 : 64;
    hslot_t *s = xmalloc(sizeof(hslot_t) * cap);
    memset(s, 0, sizeof(hslot_t) * cap);
    if (t->s) {
        for (uint32_t i = 0; i <= t->mask; i++) {
            if (!t->s[i].idx1)
                continue;
            uint32_t j = t->s[i].h & (cap - 1);
            while (s[j].idx1)
                j = (j + 1) & (cap - 1);
            s[j] = t->s[i];
        }
        free(t->s);
    }
    t->s = s;
    t->mask = cap - 1;
}

/* the slot holding a matching entry, or the empty slot where it would go;
 * NULL for a table never grown */
static hslot_t *
ht_probe(const htab_t *t, uint32_t h, ht_eq_fn eq, const void *ctx)
{
    if (!t->s)
        return NULL;
    uint32_t i = h & t->mask;
    for (;;) {
        hslot_t *s = &t->s[i];
        if (!s->idx1 || (s->h == h && eq(ctx, s->idx1 - 1)))
            return s;
        i = (i + 1) & t->mask;
    }
}

/* ------------------------------------------------------------------------ */
/* files and their change signature                                          */
/* ------------------------------------------------------------------------ */

typedef struct {
    int exists;
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
} fsig_t;

static void
fsig_from(const struct stat *st, fsig_t *s)
{
    s->exists = 1;
    s->dev = st->st_dev;
    s->ino = st->st_ino;
    s->size = st->st_size;
    s->mtime = st->st_mtim;
}

static void
fsig_stat(const char *path, fsig_t *s)
{
    struct stat st;
    memset(s, 0, sizeof *s);
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        fsig_from(&st, s);
}

static int
fsig_eq(const fsig_t *a, const fsig_t *b)
{
    if (a->exists != b->exists)
        return 0;
    if (!a->exists)
        return 1;
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size
        && a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* Whole file in a NUL-terminated malloc'd buffer; NULL when missing or
 * unreadable.  sig describes what was read. */
static char *
read_file(const char *path, size_t *len, fsig_t *sig)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    memset(sig, 0, sizeof *sig);
    *len = 0;
    if (fd < 0)
        return NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    fsig_from(&st, sig);
    size_t cap = (size_t) st.st_size + 1, n = 0;
    char *p = xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            p = xrealloc(p, cap + 1);
        }
        ssize_t r = read(fd, p + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            free(p);
            close(fd);
            memset(sig, 0, sizeof *sig);
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t) r;
    }
    close(fd);
    p[n] = '\0';
    *len = n;
    return p;
}

/* ------------------------------------------------------------------------ */
/* a minimal JSON scanner (enough to find ids and top-level entries)         */
/* ------------------------------------------------------------------------ */

static const char *
js_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* p at '"': the position after the closing quote, or NULL */
static const char *
js_skip_string(const char *p, const char *e)
{
    for (p++; p < e; p++) {
        if (*p == '\\') {
            p++;
            continue;
        }
        if (*p == '"')
            return p + 1;
    }
    return NULL;
}

/* the position after the value starting at p, or NULL */
static const char *
js_skip_value(const char *p, const char *e)
{
    if (p >= e)
        return NULL;
    if (*p == '"')
        return js_skip_string(p, e);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < e) {
            char ch = *p;
            if (ch == '"') {
                p = js_skip_string(p, e);
                if (!p)
                    return NULL;
                continue;
            }
            if (ch == '{' || ch == '[')
                depth++;
            else if (ch == '}' || ch == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            p++;
        }
        return NULL;
    }
    const char *s = p;
    while (p < e && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\t'
           && *p != '\n' && *p != '\r')
        p++;
    return p > s ? p : NULL;
}

static int
hexval(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

static void
utf8_put(buf_t *b, uint32_t cp)
{
    char u[4];
    if (cp < 0x80) {
        buf_addc(b, (char) cp);
    } else if (cp < 0x800) {
        u[0] = (char) (0xc0 | (cp >> 6));
        u[1] = (char) (0x80 | (cp & 0x3f));
        buf_add(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char) (0xe0 | (cp >> 12));
        u[1] = (char) (0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char) (0x80 | (cp & 0x3f));
        buf_add(b, u, 3);
    } else {
        u[0] = (char) (0xf0 | (cp >> 18));
        u[1] = (char) (0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char) (0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char) (0x80 | (cp & 0x3f));
        buf_add(b, u, 4);
    }
}

static int
read_u4(const char *p, const char *e, uint32_t *out)
{
    uint32_t v = 0;
    if (e - p < 4)
        return 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval((unsigned char) p[i]);
        if (h < 0)
            return 0;
        v = v * 16 + (uint32_t) h;
    }
    *out = v;
    return 1;
}

/* decode the string literal [p, q) (quotes included) into b */
static void
js_decode_string(const char *p, const char *q, buf_t *b)
{
    const char *e = q - 1;
    for (p++; p < e; p++) {
        if (*p != '\\') {
            buf_addc(b, *p);
            continue;
        }
        if (++p >= e)
            break;
        switch (*p) {
        case 'n': buf_addc(b, '\n'); break;
        case 'r': buf_addc(b, '\r'); break;
        case 't': buf_addc(b, '\t'); break;
        case 'b': buf_addc(b, '\b'); break;
        case 'f': buf_addc(b, '\f'); break;
        case 'u': {
            uint32_t cp, lo;
            if (!read_u4(p + 1, e, &cp)) {
                buf_addc(b, 'u');
                break;
            }
            p += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && e - p > 6 && p[1] == '\\' && p[2] == 'u'
                && read_u4(p + 3, e, &lo) && lo >= 0xdc00 && lo < 0xe000) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                p += 6;
            }
            utf8_put(b, cp);
            break;
        }
        default: buf_addc(b, *p); break;   /* \" \\ \/ and anything else */
        }
    }
}

/* ------------------------------------------------------------------------ */
/* vendors and their cached files                                            */
/* ------------------------------------------------------------------------ */

typedef struct {
    uint32_t id_off, id_len;    /* decoded id in vendor.mp_ids */
    uint64_t stamp;             /* request serial, to drop repeated ids */
} point_t;

typedef struct {
    uint32_t dt_off, url_off;   /* in vendor.sl_buf */
    uint16_t dt_len, url_len;
    int32_t date;               /* local date as yyyymmdd */
} srow_t;

typedef struct {
    uint32_t id_off, id_len, reason_off, reason_len;   /* in vendor.sl_buf */
    int32_t docs;
    uint32_t start, count;      /* rows[start .. start+count) in file order */
} sgroup_t;

typedef struct {
    uint32_t key_off, key_len;  /* decoded key in vendor.ap_keys */
    uint32_t val_off, val_len;  /* raw JSON value in vendor.ap_buf */
    uint64_t stamp;
} app_t;

typedef struct {
    char *name;
    char *dir;

    fsig_t tok_sig;
    char *token;

    fsig_t mp_sig;
    char *mp_body;
    size_t mp_len;
    point_t *pts;
    uint32_t npts;
    buf_t mp_ids;
    htab_t mp_ht;

    fsig_t sl_sig;
    char *sl_buf;
    size_t sl_len;
    srow_t *rows;
    size_t nrows;
    sgroup_t *groups;
    uint32_t ngroups, gcap;
    htab_t sl_ht;

    fsig_t ap_sig;
    char *ap_buf;
    size_t ap_len;
    app_t *apps;
    uint32_t napps;
    buf_t ap_keys;
    htab_t ap_ht;
} vendor_t;

static const char *g_data_dir;
static vendor_t **g_vendors;
static size_t g_nvendors, g_vendors_cap;
static uint64_t g_serial;

static char *
vendor_path(const vendor_t *v, const char *file)
{
    buf_t b = {0};
    buf_printf(&b, "%s/%s", v->dir, file);
    return b.p;
}

/* ---- token ---- */

static void
token_refresh(vendor_t *v)
{
    char *path = vendor_path(v, "token");
    fsig_t sig;
    fsig_stat(path, &sig);
    if (!fsig_eq(&sig, &v->tok_sig) || (sig.exists && !v->token)) {
        size_t len;
        free(v->token);
        v->token = read_file(path, &len, &v->tok_sig);
        if (v->token) {
            while (len > 0 && (v->token[len - 1] == '\n' || v->token[len - 1] == '\r'
                               || v->token[len - 1] == ' ' || v->token[len - 1] == '\t'))
                v->token[--len] = '\0';
        }
    }
    free(path);
}

/* ---- meeting points ---- */

typedef struct {
    const vendor_t *v;
    const char *s;
    size_t n;
} idkey_t;

static int
mp_eq(const void *ctx, uint32_t idx)
{
    const idkey_t *k = ctx;
    const point_t *pt = &k->v->pts[idx];
    return pt->id_len == k->n && memcmp(k->v->mp_ids.p + pt->id_off, k->s, k->n) == 0;
}

static void
mp_clear(vendor_t *v)
{
    free(v->mp_body);
    v->mp_body = NULL;
    v->mp_len = 0;
    free(v->pts);
    v->pts = NULL;
    v->npts = 0;
    buf_free(&v->mp_ids);
    ht_free(&v->mp_ht);
}

static void
mp_add_id(vendor_t *v, const char *s, size_t n, uint32_t *cap)
{
    idkey_t k = {v, s, n};
    uint32_t h = hash_bytes(HASH0, s, n);
    ht_grow(&v->mp_ht);
    hslot_t *slot = ht_probe(&v->mp_ht, h, mp_eq, &k);
    if (slot->idx1)
        return;                 /* the same id twice: keep the first */
    if (v->npts == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        v->pts = xrealloc(v->pts, sizeof(point_t) * *cap);
    }
    point_t *pt = &v->pts[v->npts];
    pt->id_off = (uint32_t) v->mp_ids.len;
    pt->id_len = (uint32_t) n;
    pt->stamp = 0;
    buf_add(&v->mp_ids, s, n);
    slot->idx1 = ++v->npts;
    slot->h = h;
    v->mp_ht.n++;
}

/* Collect the "id" of every object of the top-level array: string ids
 * decoded, numeric ids as written.  Stops quietly at the first syntax
 * error (the body is served verbatim anyway). */
static void
mp_parse(vendor_t *v)
{
    const char *p = v->mp_body, *e = v->mp_body + v->mp_len;
    uint32_t cap = 0;
    buf_t tmp = {0};

    p = js_ws(p, e);
    if (p >= e || *p != '[')
        return;
    p = js_ws(p + 1, e);
    if (p < e && *p == ']')
        return;
    for (;;) {
        p = js_ws(p, e);
        if (p >= e)
            break;
        if (*p != '{') {
            p = js_skip_value(p, e);
            if (!p)
                break;
        } else {
            p = js_ws(p + 1, e);
            if (p < e && *p == '}')
                p++;
            else {
                for (;;) {
                    p = js_ws(p, e);
                    if (p >= e || *p != '"')
                        goto done;
                    const char *ks = p;
                    p = js_skip_string(p, e);
                    if (!p)
                        goto done;
                    int is_id = (p - ks == 4 && memcmp(ks, "\"id\"", 4) == 0);
                    p = js_ws(p, e);
                    if (p >= e || *p != ':')
                        goto done;
                    p = js_ws(p + 1, e);
                    const char *vs = p;
                    p = js_skip_value(p, e);
                    if (!p)
                        goto done;
                    if (is_id) {
                        if (*vs == '"') {
                            tmp.len = 0;
                            js_decode_string(vs, p, &tmp);
                            mp_add_id(v, tmp.p ? tmp.p : "", tmp.len, &cap);
                        } else if (*vs == '-' || (*vs >= '0' && *vs <= '9')) {
                            mp_add_id(v, vs, (size_t) (p - vs), &cap);
                        }
                    }
                    p = js_ws(p, e);
                    if (p < e && *p == ',') {
                        p++;
                        continue;
                    }
                    if (p < e && *p == '}') {
                        p++;
                        break;
                    }
                    goto done;
                }
            }
        }
        p = js_ws(p, e);
        if (p < e && *p == ',') {
            p++;
            continue;
        }
        break;
    }
done:
    buf_free(&tmp);
}

static void
mp_refresh(vendor_t *v)
{
    char *path = vendor_path(v, "meeting_points.json");
    fsig_t sig;
    fsig_stat(path, &sig);
    if (!fsig_eq(&sig, &v->mp_sig) || (sig.exists && !v->mp_body)) {
        mp_clear(v);
        v->mp_body = read_file(path, &v->mp_len, &v->mp_sig);
        if (v->mp_body)
            mp_parse(v);
    }
    free(path);
}

static long
mp_find(const vendor_t *v, const char *s, size_t n)
{
    idkey_t k = {v, s, n};
    hslot_t *slot = ht_probe(&v->mp_ht, hash_bytes(HASH0, s, n), mp_eq, &k);
    return slot && slot->idx1 ? (long) slot->idx1 - 1 : -1;
}

/* ---- slots ---- */

typedef struct {
    const vendor_t *v;
    const char *id;
    size_t idn;
    const char *reason;
    size_t rn;
    int32_t docs;
    const char *base;   /* where the group offsets point */
} gkey_t;

static int
sg_eq(const void *ctx, uint32_t idx)
{
    const gkey_t *k = ctx;
    const sgroup_t *g = &k->v->groups[idx];
    return g->docs == k->docs && g->id_len == k->idn && g->reason_len == k->rn
        && memcmp(k->base + g->id_off, k->id, k->idn) == 0
        && memcmp(k->base + g->reason_off, k->reason, k->rn) == 0;
}

static uint32_t
sg_hash(const char *id, size_t idn, const char *reason, size_t rn, int32_t docs)
{
    uint32_t h = hash_bytes(HASH0, id, idn);
    h = hash_bytes(h ^ 0x1f, reason, rn);
    return hash_bytes(h, &docs, sizeof docs);
}

static void
sl_clear(vendor_t *v)
{
    free(v->sl_buf);
    v->sl_buf = NULL;
    v->sl_len = 0;
    free(v->rows);
    v->rows = NULL;
    v->nrows = 0;
    free(v->groups);
    v->groups = NULL;
    v->ngroups = v->gcap = 0;
    ht_free(&v->sl_ht);
}

static int
days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

/* strict YYYY-MM-DD -> yyyymmdd, or -1 */
static int32_t
parse_date(const char *s, size_t n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (size_t i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    return y * 10000 + m * 100 + d;
}

/* positive decimal integer (no sign, no spaces) up to 1000000, or -1 */
static int32_t
parse_count(const char *s, size_t n)
{
    int32_t v = 0;
    if (n == 0 || n > 7)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v >= 1 && v <= 1000000 ? v : -1;
}

/* Load slots.tsv: one slot a line, six TAB-separated fields
 *   external_id reason documents_number local_date datetime callback_url
 * Blank lines and lines starting with '#' are skipped; malformed lines are
 * skipped with a warning.  Rows are grouped by (id, reason, docs), keeping
 * the file order inside a group. */
static void
sl_load(vendor_t *v, const char *path)
{
    int64_t t0 = now_ms();
    v->sl_buf = read_file(path, &v->sl_len, &v->sl_sig);
    if (!v->sl_buf)
        return;
    if (v->sl_len >= UINT32_MAX) {
        fprintf(stderr, "mock_vendor: %s: larger than 4 GB, ignored\n", path);
        free(v->sl_buf);
        v->sl_buf = NULL;
        v->sl_len = 0;
        return;
    }

    char *p = v->sl_buf, *e = v->sl_buf + v->sl_len;
    size_t lines = 1;
    for (char *q = p; (q = memchr(q, '\n', (size_t) (e - q))) != NULL; q++)
        lines++;
    srow_t *tmp = xmalloc(sizeof(srow_t) * lines);
    uint32_t *gid = xmalloc(sizeof(uint32_t) * lines);
    size_t n = 0, bad = 0, first_bad = 0, lineno = 0;

    while (p < e) {
        char *nl = memchr(p, '\n', (size_t) (e - p));
        char *le = nl ? nl : e;
        char *next = nl ? nl + 1 : e;
        lineno++;
        if (le > p && le[-1] == '\r')
            le--;
        if (le == p || *p == '#') {
            p = next;
            continue;
        }
        char *f[7];
        size_t fl[7];
        int nf = 0;
        char *s = p;
        while (nf < 7) {
            char *t = memchr(s, '\t', (size_t) (le - s));
            char *fe = t ? t : le;
            f[nf] = s;
            fl[nf] = (size_t) (fe - s);
            nf++;
            if (!t)
                break;
            s = t + 1;
        }
        int32_t docs = nf >= 6 ? parse_count(f[2], fl[2]) : -1;
        int32_t date = nf >= 6 ? parse_date(f[3], fl[3]) : -1;
        if (nf < 6 || fl[0] == 0 || fl[0] > UINT16_MAX || fl[1] > UINT16_MAX || docs < 0
            || date < 0 || fl[4] > UINT16_MAX || fl[5] > UINT16_MAX) {
            if (!bad++)
                first_bad = lineno;
            p = next;
            continue;
        }
        /* group */
        gkey_t k = {v, f[0], fl[0], f[1], fl[1], docs, v->sl_buf};
        uint32_t h = sg_hash(f[0], fl[0], f[1], fl[1], docs);
        ht_grow(&v->sl_ht);
        hslot_t *slot = ht_probe(&v->sl_ht, h, sg_eq, &k);
        if (!slot->idx1) {
            if (v->ngroups == v->gcap) {
                v->gcap = v->gcap ? v->gcap * 2 : 256;
                v->groups = xrealloc(v->groups, sizeof(sgroup_t) * v->gcap);
            }
            sgroup_t *g = &v->groups[v->ngroups];
            g->id_off = (uint32_t) (f[0] - v->sl_buf);
            g->id_len = (uint32_t) fl[0];
            g->reason_off = (uint32_t) (f[1] - v->sl_buf);
            g->reason_len = (uint32_t) fl[1];
            g->docs = docs;
            g->start = 0;
            g->count = 0;
            slot->idx1 = ++v->ngroups;
            slot->h = h;
            v->sl_ht.n++;
        }
        uint32_t g = slot->idx1 - 1;
        v->groups[g].count++;
        gid[n] = g;
        tmp[n].dt_off = (uint32_t) (f[4] - v->sl_buf);
        tmp[n].dt_len = (uint16_t) fl[4];
        tmp[n].url_off = (uint32_t) (f[5] - v->sl_buf);
        tmp[n].url_len = (uint16_t) fl[5];
        tmp[n].date = date;
        n++;
        p = next;
    }

    /* counting sort by group, stable */
    uint32_t at = 0;
    for (uint32_t g = 0; g < v->ngroups; g++) {
        v->groups[g].start = at;
        at += v->groups[g].count;
        v->groups[g].count = 0;
    }
    v->rows = xmalloc(sizeof(srow_t) * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        sgroup_t *g = &v->groups[gid[i]];
        v->rows[g->start + g->count++] = tmp[i];
    }
    v->nrows = n;
    free(tmp);
    free(gid);
    if (bad)
        fprintf(stderr, "mock_vendor: %s: %zu malformed line(s) skipped (first: line %zu)\n",
                path, bad, first_bad);
    int64_t ms = now_ms() - t0;
    if (ms >= 200)
        fprintf(stderr, "mock_vendor: %s: %zu slots loaded in %lld ms\n", path, n,
                (long long) ms);
}

static void
sl_refresh(vendor_t *v)
{
    char *path = vendor_path(v, "slots.tsv");
    fsig_t sig;
    fsig_stat(path, &sig);
    if (!fsig_eq(&sig, &v->sl_sig) || (sig.exists && !v->sl_buf)) {
        sl_clear(v);
        sl_load(v, path);
    }
    free(path);
}

static const sgroup_t *
sl_find(const vendor_t *v, const char *id, size_t idn, const char *reason, size_t rn,
        int32_t docs)
{
    gkey_t k = {v, id, idn, reason, rn, docs, v->sl_buf};
    hslot_t *slot = ht_probe(&v->sl_ht, sg_hash(id, idn, reason, rn, docs), sg_eq, &k);
    return slot && slot->idx1 ? &v->groups[slot->idx1 - 1] : NULL;
}

/* ---- applications ---- */

static int
ap_eq(const void *ctx, uint32_t idx)
{
    const idkey_t *k = ctx;
    const app_t *a = &k->v->apps[idx];
    return a->key_len == k->n && memcmp(k->v->ap_keys.p + a->key_off, k->s, k->n) == 0;
}

static void
ap_clear(vendor_t *v)
{
    free(v->ap_buf);
    v->ap_buf = NULL;
    v->ap_len = 0;
    free(v->apps);
    v->apps = NULL;
    v->napps = 0;
    buf_free(&v->ap_keys);
    ht_free(&v->ap_ht);
}

/* applications.json: one JSON object, any layout; each top-level entry
 * "<application id>": <value> is served as is.  Stops at the first syntax
 * error (keeping the entries before it). */
static void
ap_parse(vendor_t *v, const char *path)
{
    const char *p = v->ap_buf, *e = v->ap_buf + v->ap_len;
    uint32_t cap = 0;
    buf_t key = {0};

    p = js_ws(p, e);
    if (p >= e || *p != '{')
        goto bad;
    p = js_ws(p + 1, e);
    if (p < e && *p == '}')
        goto done;
    for (;;) {
        p = js_ws(p, e);
        if (p >= e || *p != '"')
            goto bad;
        const char *ks = p;
        p = js_skip_string(p, e);
        if (!p)
            goto bad;
        key.len = 0;
        js_decode_string(ks, p, &key);
        p = js_ws(p, e);
        if (p >= e || *p != ':')
            goto bad;
        p = js_ws(p + 1, e);
        const char *vs = p;
        p = js_skip_value(p, e);
        if (!p || p - v->ap_buf > (long) UINT32_MAX)
            goto bad;
        idkey_t k = {v, key.p ? key.p : "", key.len};
        uint32_t h = hash_bytes(HASH0, k.s, k.n);
        ht_grow(&v->ap_ht);
        hslot_t *slot = ht_probe(&v->ap_ht, h, ap_eq, &k);
        if (!slot->idx1) {
            if (v->napps == cap) {
                cap = cap ? cap * 2 : 64;
                v->apps = xrealloc(v->apps, sizeof(app_t) * cap);
            }
            app_t *a = &v->apps[v->napps];
            a->key_off = (uint32_t) v->ap_keys.len;
            a->key_len = (uint32_t) k.n;
            a->val_off = (uint32_t) (vs - v->ap_buf);
            a->val_len = (uint32_t) (p - vs);
            a->stamp = 0;
            buf_add(&v->ap_keys, k.s, k.n);
            slot->idx1 = ++v->napps;
            slot->h = h;
            v->ap_ht.n++;
        } else {
            /* a repeated key: the last one wins, as in most JSON parsers */
            app_t *a = &v->apps[slot->idx1 - 1];
            a->val_off = (uint32_t) (vs - v->ap_buf);
            a->val_len = (uint32_t) (p - vs);
        }
        p = js_ws(p, e);
        if (p < e && *p == ',') {
            p++;
            continue;
        }
        if (p < e && *p == '}')
            goto done;
        goto bad;
    }
bad:
    fprintf(stderr, "mock_vendor: %s: not a JSON object, %u entries kept\n", path, v->napps);
done:
    buf_free(&key);
}

static void
ap_refresh(vendor_t *v)
{
    char *path = vendor_path(v, "applications.json");
    fsig_t sig;
    fsig_stat(path, &sig);
    if (!fsig_eq(&sig, &v->ap_sig) || (sig.exists && !v->ap_buf)) {
        ap_clear(v);
        v->ap_buf = read_file(path, &v->ap_len, &v->ap_sig);
        if (v->ap_buf)
            ap_parse(v, path);
    }
    free(path);
}

static long
ap_find(const vendor_t *v, const char *s, size_t n)
{
    idkey_t k = {v, s, n};
    hslot_t *slot = ht_probe(&v->ap_ht, hash_bytes(HASH0, s, n), ap_eq, &k);
    return slot && slot->idx1 ? (long) slot->idx1 - 1 : -1;
}

/* ---- the vendor table ---- */

static int
valid_vendor_name(const char *s, size_t n)
{
    if (n == 0 || n > MAX_VENDOR_NAME)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
              || ch == '_' || ch == '-'))
            return 0;
    }
    return 1;
}

/* the vendor named name[0..n) if DATA/<name>/ is a directory, else NULL */
static vendor_t *
vendor_get(const char *name, size_t n)
{
    char path[4096];
    struct stat st;

    snprintf(path, sizeof path, "%s/%.*s", g_data_dir, (int) n, name);
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    for (size_t i = 0; i < g_nvendors; i++)
        if (strlen(g_vendors[i]->name) == n && memcmp(g_vendors[i]->name, name, n) == 0)
            return g_vendors[i];
    if (g_nvendors == g_vendors_cap) {
        g_vendors_cap = g_vendors_cap ? g_vendors_cap * 2 : 64;
        g_vendors = xrealloc(g_vendors, sizeof(vendor_t *) * g_vendors_cap);
    }
    vendor_t *v = xmalloc(sizeof *v);
    memset(v, 0, sizeof *v);
    v->name = xmalloc(n + 1);
    memcpy(v->name, name, n);
    v->name[n] = '\0';
    v->dir = xstrdup(path);
    g_vendors[g_nvendors++] = v;
    return v;
}

static void
vendor_free(vendor_t *v)
{
    free(v->token);
    mp_clear(v);
    sl_clear(v);
    ap_clear(v);
    free(v->name);
    free(v->dir);
    free(v);
}

/* ---- mode ---- */

enum {
    M_OK, M_SLOW, M_HANG, M_401, M_500, M_HTML, M_TRUNCATED, M_HUGE, M_WRONG_TYPES,
    M_REDIRECT, M_SLOW_BODY, M_BAD
};

typedef struct {
    int kind;
    double num;         /* ms for slow/slow_body, MB for huge */
    int flag;           /* truncated cl / huge chunked */
    char arg[2048];     /* redirect URL, or the bad mode text */
} vmode_t;

/* DATA/<vendor>/mode, read on every request: first line, words separated
 * by blanks. */
static void
mode_read(const vendor_t *v, vmode_t *m)
{
    char path[4096], text[2048];
    char *w[4];
    int nw = 0;

    memset(m, 0, sizeof *m);
    m->kind = M_OK;
    snprintf(path, sizeof path, "%s/mode", v->dir);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t r;
    do
        r = read(fd, text, sizeof text - 1);
    while (r < 0 && errno == EINTR);
    close(fd);
    if (r <= 0)
        return;
    text[r] = '\0';
    text[strcspn(text, "\r\n")] = '\0';
    snprintf(m->arg, sizeof m->arg, "%s", text);
    for (char *s = strtok(text, " \t"); s && nw < 4; s = strtok(NULL, " \t"))
        w[nw++] = s;
    if (nw == 0)
        return;

    char *end = NULL;
    double num = nw >= 2 ? strtod(w[1], &end) : 0;
    int num_ok = nw >= 2 && end && *end == '\0' && num >= 0 && num <= 1e7;

    if (strcasecmp(w[0], "ok") == 0 && nw == 1)
        m->kind = M_OK;
    else if (strcasecmp(w[0], "slow") == 0 && nw == 2 && num_ok)
        m->kind = M_SLOW, m->num = num;
    else if (strcasecmp(w[0], "slow_body") == 0 && nw == 2 && num_ok)
        m->kind = M_SLOW_BODY, m->num = num;
    else if (strcasecmp(w[0], "hang") == 0 && nw == 1)
        m->kind = M_HANG;
    else if (strcmp(w[0], "401") == 0 && nw == 1)
        m->kind = M_401;
    else if (strcmp(w[0], "500") == 0 && nw == 1)
        m->kind = M_500;
    else if (strcasecmp(w[0], "html") == 0 && nw == 1)
        m->kind = M_HTML;
    else if (strcasecmp(w[0], "truncated") == 0 && nw == 1)
        m->kind = M_TRUNCATED;
    else if (strcasecmp(w[0], "truncated") == 0 && nw == 2 && strcasecmp(w[1], "cl") == 0)
        m->kind = M_TRUNCATED, m->flag = 1;
    else if (strcasecmp(w[0], "huge") == 0 && (nw == 2 || nw == 3) && num_ok && num > 0
             && num <= 1e6 && (nw == 2 || strcasecmp(w[2], "chunked") == 0))
        m->kind = M_HUGE, m->num = num, m->flag = (nw == 3);
    else if (strcasecmp(w[0], "wrong_types") == 0 && nw == 1)
        m->kind = M_WRONG_TYPES;
    else if (strcasecmp(w[0], "redirect") == 0 && nw == 2) {
        m->kind = M_REDIRECT;
        snprintf(m->arg, sizeof m->arg, "%s", w[1]);
    } else
        m->kind = M_BAD;
}

/* ------------------------------------------------------------------------ */
/* connections                                                               */
/* ------------------------------------------------------------------------ */

enum { ST_READ, ST_WAIT, ST_WRITE, ST_LINGER, ST_CLOSED };

typedef struct {
    int fd, state;
    char *in;
    size_t in_len, in_cap;
    size_t discard;             /* request body bytes still to drop */
    int64_t t_activity;
    int64_t t_req;              /* when the current request was complete */
    int keep_alive, peer_eof, close_after, hang;
    int64_t start_at;           /* ST_WAIT: when to start answering */
    /* the response */
    buf_t head;
    size_t head_off;
    char *body;
    size_t body_len, body_limit, body_off;
    int64_t trickle_start, trickle_ms, t_tick;
    int want_out;
    int stream, st_chunked, st_final;
    uint64_t st_total, st_pos;
    char *sbuf;
    size_t sbuf_len, sbuf_off;
    /* the log */
    char *logid;                /* "vendor method target" */
    int status;
    uint64_t bytes;
} conn_t;

static conn_t **g_conns;
static size_t g_nconns, g_conns_cap, g_max_conns;
static int g_log_fd = -1;
static int64_t g_now;

static void
log_request(conn_t *c)
{
    if (!c->logid)
        return;
    if (g_log_fd >= 0) {
        char line[512 + MAX_HEADER];
        int n = snprintf(line, sizeof line, "%s %d %llu %lld\n", c->logid, c->status,
                         (unsigned long long) c->bytes, (long long) (g_now - c->t_req));
        if (n > 0) {
            size_t len = (size_t) n < sizeof line ? (size_t) n : sizeof line - 1;
            line[len - 1] = '\n';
            ssize_t w = write(g_log_fd, line, len);
            (void) w;
        }
    }
    free(c->logid);
    c->logid = NULL;
}

static void
response_reset(conn_t *c)
{
    buf_free(&c->head);
    c->head_off = 0;
    free(c->body);
    c->body = NULL;
    c->body_len = c->body_limit = c->body_off = 0;
    c->trickle_start = c->trickle_ms = c->t_tick = 0;
    c->want_out = 0;
    c->stream = c->st_chunked = c->st_final = 0;
    c->st_total = c->st_pos = 0;
    free(c->sbuf);
    c->sbuf = NULL;
    c->sbuf_len = c->sbuf_off = 0;
    c->close_after = c->hang = 0;
    c->start_at = 0;
    c->status = 0;
    c->bytes = 0;
}

static void
conn_close(conn_t *c)
{
    if (c->state == ST_CLOSED)
        return;
    log_request(c);
    response_reset(c);
    close(c->fd);
    c->fd = -1;
    free(c->in);
    c->in = NULL;
    c->in_len = c->in_cap = 0;
    c->state = ST_CLOSED;
}

static const char *
status_text(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

/* what a handler produces before delivery modes are applied */
typedef struct {
    int status;
    const char *ctype;          /* NULL: no Content-Type */
    buf_t body;
    buf_t extra;                /* extra header lines, CRLF-terminated */
    int stream;                 /* huge: payload bytes generated on the fly */
    uint64_t st_total;
    int st_chunked;
} resp_t;

static void
resp_json_error(resp_t *r, int status, const char *detail)
{
    r->status = status;
    r->ctype = "application/json";
    r->body.len = 0;
    buf_adds(&r->body, "{\"detail\":");
    buf_json_str(&r->body, detail, strlen(detail));
    buf_addc(&r->body, '}');
}

/* Install r on c as the response, shaped by the delivery part of the mode
 * (slow, slow_body, truncated; NULL for none). */
static void
conn_respond(conn_t *c, resp_t *r, const vmode_t *m)
{
    int no_length = 0;

    c->status = r->status;
    c->body = r->body.p;
    c->body_len = r->body.len;
    c->body_limit = r->body.len;
    r->body.p = NULL;
    r->body.len = r->body.cap = 0;
    if (r->stream) {
        c->stream = 1;
        c->st_total = r->st_total;
        c->st_chunked = r->st_chunked;
        c->sbuf = xmalloc(STREAM_CHUNK + 64);
        no_length = r->st_chunked;
    }
    if (m && m->kind == M_TRUNCATED) {
        c->body_limit = c->body_len / 2;
        c->close_after = 1;
        no_length = !m->flag;
    }
    if (m && m->kind == M_SLOW_BODY)
        c->trickle_ms = (int64_t) m->num;
    if (!c->keep_alive)
        c->close_after = 1;

    buf_t *h = &c->head;
    h->len = 0;
    buf_printf(h, "HTTP/1.1 %d %s\r\nServer: mock_vendor\r\n", r->status, status_text(r->status));
    if (r->ctype)
        buf_printf(h, "Content-Type: %s\r\n", r->ctype);
    if (r->stream && r->st_chunked)
        buf_adds(h, "Transfer-Encoding: chunked\r\n");
    else if (!no_length)
        buf_printf(h, "Content-Length: %llu\r\n",
                   (unsigned long long) (r->stream ? r->st_total : c->body_len));
    else
        c->close_after = 1;     /* the body ends when the connection does */
    if (r->extra.len)
        buf_add(h, r->extra.p, r->extra.len);
    buf_adds(h, c->close_after ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n");
    buf_free(&r->extra);

    if (m && m->kind == M_SLOW && m->num > 0) {
        c->state = ST_WAIT;
        c->start_at = g_now + (int64_t) m->num;
    } else {
        c->state = ST_WRITE;
        c->trickle_start = g_now;
    }
}

/* ---- request parsing ---- */

typedef struct {
    const char *method;
    size_t mlen;
    const char *target;
    size_t tlen;
    int minor;
    const char *token;
    size_t toklen;
    int conn_close, conn_keep;
    long long content_length;
    int has_te;
} req_t;

static int
is_tchar(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || (ch != 0 && strchr("!#$%&'*+-.^_`|~", ch) != NULL);
}

static int
ieq(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

/* Parse request line and headers in [p, p+n) (the blank line excluded).
 * 0 on success, else an HTTP status for the error. */
static int
parse_request(const char *p, size_t n, req_t *r)
{
    const char *e = p + n;
    const char *le = memchr(p, '\n', n);
    if (!le)
        le = e;
    const char *lend = (le > p && le[-1] == '\r') ? le - 1 : le;

    memset(r, 0, sizeof *r);
    r->content_length = -1;

    /* METHOD SP target SP HTTP/1.x */
    const char *s = p;
    while (s < lend && is_tchar((unsigned char) *s))
        s++;
    if (s == p || s - p > 32 || s >= lend || *s != ' ')
        return 400;
    r->method = p;
    r->mlen = (size_t) (s - p);
    const char *t = ++s;
    while (s < lend && (unsigned char) *s > 0x20 && (unsigned char) *s < 0x7f)
        s++;
    if (s == t || s >= lend || *s != ' ')
        return 400;
    r->target = t;
    r->tlen = (size_t) (s - t);
    s++;
    if (lend - s != 8 || memcmp(s, "HTTP/1.", 7) != 0)
        return (lend - s >= 5 && memcmp(s, "HTTP/", 5) == 0) ? 505 : 400;
    if (s[7] != '0' && s[7] != '1')
        return 505;
    r->minor = s[7] - '0';
    if (*t != '/')
        return 400;

    /* headers */
    const char *line = le < e ? le + 1 : e;
    while (line < e) {
        const char *nl = memchr(line, '\n', (size_t) (e - line));
        const char *end = nl ? nl : e;
        const char *next = nl ? nl + 1 : e;
        if (end > line && end[-1] == '\r')
            end--;
        if (end == line) {
            line = next;
            continue;
        }
        const char *c = line;
        while (c < end && is_tchar((unsigned char) *c))
            c++;
        if (c == line || c >= end || *c != ':')
            return 400;
        const char *name = line;
        size_t nlen = (size_t) (c - line);
        const char *v = c + 1, *ve = end;
        while (v < ve && (*v == ' ' || *v == '\t'))
            v++;
        while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
            ve--;
        for (const char *q = v; q < ve; q++) {
            unsigned char ch = (unsigned char) *q;
            if ((ch < 0x20 && ch != '\t') || ch == 0x7f)
                return 400;
        }
        if (ieq(name, nlen, "x-hub-rdv-auth-token")) {
            r->token = v;
            r->toklen = (size_t) (ve - v);
        } else if (ieq(name, nlen, "connection")) {
            const char *q = v;
            while (q < ve) {
                const char *comma = memchr(q, ',', (size_t) (ve - q));
                const char *te = comma ? comma : ve;
                const char *a = q, *b = te;
                while (a < b && (*a == ' ' || *a == '\t'))
                    a++;
                while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
                    b--;
                if (ieq(a, (size_t) (b - a), "close"))
                    r->conn_close = 1;
                else if (ieq(a, (size_t) (b - a), "keep-alive"))
                    r->conn_keep = 1;
                q = comma ? comma + 1 : ve;
            }
        } else if (ieq(name, nlen, "content-length")) {
            long long cl = 0;
            if (ve == v || ve - v > 15)
                return 400;
            for (const char *q = v; q < ve; q++) {
                if (*q < '0' || *q > '9')
                    return 400;
                cl = cl * 10 + (*q - '0');
            }
            if (r->content_length >= 0 && r->content_length != cl)
                return 400;
            r->content_length = cl;
        } else if (ieq(name, nlen, "transfer-encoding")) {
            r->has_te = 1;
        }
        line = next;
    }
    return 0;
}

/* ---- query strings ---- */

static void
pct_decode(const char *s, size_t n, buf_t *out)
{
    out->len = 0;
    buf_reserve(out, n);
    for (size_t i = 0; i < n; i++) {
        int hi, lo;
        if (s[i] == '+')
            out->p[out->len++] = ' ';
        else if (s[i] == '%' && i + 2 < n
                 && (hi = hexval((unsigned char) s[i + 1])) >= 0
                 && (lo = hexval((unsigned char) s[i + 2])) >= 0) {
            out->p[out->len++] = (char) (hi * 16 + lo);
            i += 2;
        } else
            out->p[out->len++] = s[i];
    }
    out->p[out->len] = '\0';
}

/* a list of decoded strings */
typedef struct {
    buf_t arena;
    size_t *off, *len;
    size_t n, cap;
} slist_t;

static void
slist_add(slist_t *l, const char *s, size_t n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->off = xrealloc(l->off, sizeof(size_t) * l->cap);
        l->len = xrealloc(l->len, sizeof(size_t) * l->cap);
    }
    l->off[l->n] = l->arena.len;
    l->len[l->n] = n;
    l->n++;
    buf_add(&l->arena, s, n);
    buf_addc(&l->arena, '\0');
}

static void
slist_free(slist_t *l)
{
    buf_free(&l->arena);
    free(l->off);
    free(l->len);
    memset(l, 0, sizeof *l);
}

typedef struct {
    int has_ids;
    slist_t ids;                /* meeting_point_ids or application_ids */
    int has_start, has_end;
    buf_t start, end, reason, docs;
    int has_reason, has_docs;
} query_t;

/* Split "k=v&k=v" and collect the keys we know.  List keys take repeated
 * keys and comma-separated values (split after decoding: "A%2CB" is two
 * ids, an id cannot contain a comma); empty list items are ignored. */
static void
parse_query(const char *q, size_t qn, const char *list_key, query_t *out)
{
    buf_t key = {0}, val = {0};
    const char *e = q + qn;

    while (q < e) {
        const char *amp = memchr(q, '&', (size_t) (e - q));
        const char *pe = amp ? amp : e;
        const char *eq = memchr(q, '=', (size_t) (pe - q));
        const char *ke = eq ? eq : pe;
        const char *vs = eq ? eq + 1 : pe;
        pct_decode(q, (size_t) (ke - q), &key);
        if (strcmp(key.p, list_key) == 0) {
            out->has_ids = 1;
            pct_decode(vs, (size_t) (pe - vs), &val);
            const char *s = val.p, *ve = val.p + val.len;
            for (;;) {
                const char *comma = memchr(s, ',', (size_t) (ve - s));
                const char *ie = comma ? comma : ve;
                if (ie > s)
                    slist_add(&out->ids, s, (size_t) (ie - s));
                if (!comma)
                    break;
                s = comma + 1;
            }
        } else if (strcmp(key.p, "start_date") == 0) {
            pct_decode(vs, (size_t) (pe - vs), &out->start);
            out->has_start = 1;
        } else if (strcmp(key.p, "end_date") == 0) {
            pct_decode(vs, (size_t) (pe - vs), &out->end);
            out->has_end = 1;
        } else if (strcmp(key.p, "reason") == 0) {
            pct_decode(vs, (size_t) (pe - vs), &out->reason);
            out->has_reason = 1;
        } else if (strcmp(key.p, "documents_number") == 0) {
            pct_decode(vs, (size_t) (pe - vs), &out->docs);
            out->has_docs = 1;
        }
        q = amp ? amp + 1 : e;
    }
    buf_free(&key);
    buf_free(&val);
}

static void
query_free(query_t *q)
{
    slist_free(&q->ids);
    buf_free(&q->start);
    buf_free(&q->end);
    buf_free(&q->reason);
    buf_free(&q->docs);
}

/* ---- the endpoints ---- */

static void
ep_meeting_points(vendor_t *v, const vmode_t *m, resp_t *r)
{
    mp_refresh(v);
    r->status = 200;
    r->ctype = "application/json";
    if (m->kind == M_WRONG_TYPES) {
        buf_addc(&r->body, '[');
        uint32_t n = v->npts ? v->npts : 1;
        for (uint32_t i = 0; i < n; i++) {
            const char *id = v->npts ? v->mp_ids.p + v->pts[i].id_off : "1";
            size_t idn = v->npts ? v->pts[i].id_len : 1;
            if (i)
                buf_addc(&r->body, ',');
            buf_adds(&r->body, "{\"id\":{\"value\":");
            buf_json_str(&r->body, id, idn);
            buf_adds(&r->body, "},\"name\":[");
            buf_json_str(&r->body, id, idn);
            buf_adds(&r->body, "],\"longitude\":{\"deg\":2.35},\"latitude\":[48.85],"
                     "\"public_entry_address\":true,\"zip_code\":{\"code\":75001},"
                     "\"city_name\":false,\"website\":[\"https://example.org\"],"
                     "\"city_logo\":true}");
        }
        buf_addc(&r->body, ']');
        return;
    }
    if (v->mp_body)
        buf_add(&r->body, v->mp_body, v->mp_len);
    else
        buf_adds(&r->body, "[]");
}

/* digits of a datetime string as a JSON number (wrong_types) */
static void
add_digits_number(buf_t *b, const char *s, size_t n)
{
    size_t start = b->len, digits = 0;
    for (size_t i = 0; i < n && digits < 12; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        if (s[i] == '0' && b->len == start)
            continue;           /* no leading zeros */
        buf_addc(b, s[i]);
        digits++;
    }
    if (b->len == start)
        buf_addc(b, '0');
}

static void
ep_slots(vendor_t *v, const char *qs, size_t qn, const vmode_t *m, resp_t *r)
{
    query_t q = {0};
    parse_query(qs, qn, "meeting_point_ids", &q);

    int32_t start = q.has_start ? parse_date(q.start.p, q.start.len) : -1;
    int32_t end = q.has_end ? parse_date(q.end.p, q.end.len) : -1;
    int32_t docs = q.has_docs ? parse_count(q.docs.p, q.docs.len) : 1;
    const char *reason = q.has_reason ? q.reason.p : "CNI";
    size_t rn = q.has_reason ? q.reason.len : 3;

    if (!q.has_ids)
        resp_json_error(r, 400, "meeting_point_ids is required");
    else if (!q.has_start)
        resp_json_error(r, 400, "start_date is required");
    else if (start < 0)
        resp_json_error(r, 400, "start_date must be a date YYYY-MM-DD");
    else if (!q.has_end)
        resp_json_error(r, 400, "end_date is required");
    else if (end < 0)
        resp_json_error(r, 400, "end_date must be a date YYYY-MM-DD");
    else if (docs < 0)
        resp_json_error(r, 400, "documents_number must be a positive integer");
    else if (q.has_reason && rn == 0)
        resp_json_error(r, 400, "reason must not be empty");
    else {
        mp_refresh(v);
        sl_refresh(v);
        uint64_t serial = ++g_serial;
        int wrong = (m->kind == M_WRONG_TYPES);
        buf_t *b = &r->body;
        int first = 1;
        r->status = 200;
        r->ctype = "application/json";
        buf_addc(b, '{');
        for (size_t i = 0; i < q.ids.n; i++) {
            const char *id = q.ids.arena.p + q.ids.off[i];
            size_t idn = q.ids.len[i];
            long pi = mp_find(v, id, idn);
            if (pi < 0 || v->pts[pi].stamp == serial)
                continue;
            v->pts[pi].stamp = serial;
            if (!first)
                buf_addc(b, ',');
            first = 0;
            buf_json_str(b, id, idn);
            buf_addc(b, ':');
            const sgroup_t *g = sl_find(v, id, idn, reason, rn, docs);
            size_t before = b->len;
            buf_addc(b, '[');
            int any = 0;
            for (uint32_t k = 0; g && k < g->count; k++) {
                const srow_t *row = &v->rows[g->start + k];
                if (row->date < start || row->date > end)
                    continue;
                buf_adds(b, any ? ",{\"datetime\":" : "{\"datetime\":");
                any = 1;
                if (wrong)
                    add_digits_number(b, v->sl_buf + row->dt_off, row->dt_len);
                else
                    buf_json_str(b, v->sl_buf + row->dt_off, row->dt_len);
                buf_adds(b, wrong ? ",\"callback_url\":{\"href\":" : ",\"callback_url\":");
                buf_json_str(b, v->sl_buf + row->url_off, row->url_len);
                buf_adds(b, wrong ? "}}" : "}");
            }
            if (wrong && !any) {
                b->len = before;
                buf_adds(b, "{}");      /* an object where a list belongs */
            } else
                buf_addc(b, ']');
        }
        buf_addc(b, '}');
    }
    query_free(&q);
}

static void
ep_applications(vendor_t *v, const char *qs, size_t qn, const vmode_t *m, resp_t *r)
{
    query_t q = {0};
    parse_query(qs, qn, "application_ids", &q);
    if (!q.has_ids) {
        resp_json_error(r, 400, "application_ids is required");
        query_free(&q);
        return;
    }
    ap_refresh(v);
    uint64_t serial = ++g_serial;
    buf_t *b = &r->body;
    int first = 1;
    r->status = 200;
    r->ctype = "application/json";
    buf_addc(b, '{');
    for (size_t i = 0; i < q.ids.n; i++) {
        const char *id = q.ids.arena.p + q.ids.off[i];
        size_t idn = q.ids.len[i];
        long ai = ap_find(v, id, idn);
        if (ai < 0 || v->apps[ai].stamp == serial)
            continue;
        v->apps[ai].stamp = serial;
        if (!first)
            buf_addc(b, ',');
        first = 0;
        buf_json_str(b, id, idn);
        buf_addc(b, ':');
        if (m->kind == M_WRONG_TYPES)
            buf_adds(b, "{\"meeting_point\":[1],\"datetime\":20270105,"
                     "\"management_url\":false,\"cancel_url\":{}}");
        else
            buf_add(b, v->ap_buf + v->apps[ai].val_off, v->apps[ai].val_len);
    }
    buf_addc(b, '}');
    query_free(&q);
}

static const char html_page[] =
    "<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head>\n"
    "<body><h1>Service temporarily unavailable</h1>\n"
    "<p>The appointment service is under maintenance. Please try again later.</p>\n"
    "</body></html>\n";

/* Route one parsed request and install the response (or the hang) on c. */
static void
handle_request(conn_t *c, const req_t *rq)
{
    resp_t r = {0};
    vmode_t mode;
    const char *t = rq->target;
    const char *qm = memchr(t, '?', rq->tlen);
    size_t plen = qm ? (size_t) (qm - t) : rq->tlen;
    const char *qs = qm ? qm + 1 : t + rq->tlen;
    size_t qn = (size_t) (t + rq->tlen - qs);

    /* the log line prefix: vendor method target */
    const char *vn = t + 1;
    const char *slash = memchr(vn, '/', plen - 1);
    size_t vnl = slash ? (size_t) (slash - vn) : plen - 1;
    int vname_ok = valid_vendor_name(vn, vnl);
    buf_t lid = {0};
    buf_printf(&lid, "%.*s %.*s %.*s", vname_ok ? (int) vnl : 1, vname_ok ? vn : "-",
               (int) rq->mlen, rq->method, (int) rq->tlen, t);
    c->logid = lid.p;
    c->t_req = g_now;

    if (rq->mlen != 3 || memcmp(rq->method, "GET", 3) != 0) {
        c->keep_alive = 0;      /* a HEAD client would not read this body */
        resp_json_error(&r, 405, "method not allowed");
        buf_adds(&r.extra, "Allow: GET\r\n");
        conn_respond(c, &r, NULL);
        return;
    }
    vendor_t *v = NULL;
    const char *ep = slash ? slash + 1 : NULL;
    size_t epl = slash ? (size_t) (t + plen - ep) : 0;
    if (!vname_ok || !(v = vendor_get(vn, vnl))) {
        resp_json_error(&r, 404, "unknown vendor");
        conn_respond(c, &r, NULL);
        return;
    }
    int which = 0;
    if (ep && epl == 23 && !memcmp(ep, "getManagedMeetingPoints", epl))
        which = 1;
    else if (ep && epl == 18 && !memcmp(ep, "availableTimeSlots", epl))
        which = 2;
    else if (ep && epl == 20 && !memcmp(ep, "searchApplicationIds", epl))
        which = 3;
    if (!which) {
        resp_json_error(&r, 404, "not found");
        conn_respond(c, &r, NULL);
        return;
    }
    token_refresh(v);
    if (!v->token || !v->token[0] || !rq->token || rq->toklen != strlen(v->token)
        || memcmp(rq->token, v->token, rq->toklen) != 0) {
        resp_json_error(&r, 401, "invalid token");
        conn_respond(c, &r, NULL);
        return;
    }

    mode_read(v, &mode);
    switch (mode.kind) {
    case M_BAD: {
        buf_t d = {0};
        buf_printf(&d, "mock_vendor: bad mode file for %s: %s", v->name, mode.arg);
        fprintf(stderr, "%s\n", d.p);
        resp_json_error(&r, 500, d.p);
        buf_free(&d);
        conn_respond(c, &r, NULL);
        return;
    }
    case M_HANG:
        c->hang = 1;
        c->state = ST_WAIT;
        c->status = 0;
        return;
    case M_401:
        resp_json_error(&r, 401, "invalid token");
        conn_respond(c, &r, NULL);
        return;
    case M_500:
        resp_json_error(&r, 500, "internal server error");
        conn_respond(c, &r, NULL);
        return;
    case M_HTML:
        r.status = 200;
        r.ctype = "text/html; charset=utf-8";
        buf_adds(&r.body, html_page);
        conn_respond(c, &r, NULL);
        return;
    case M_REDIRECT:
        r.status = 302;
        buf_printf(&r.extra, "Location: %s\r\n", mode.arg);
        conn_respond(c, &r, NULL);
        return;
    case M_HUGE:
        r.status = 200;
        r.ctype = "application/json";
        r.stream = 1;
        r.st_total = (uint64_t) (mode.num * 1048576.0);
        if (r.st_total < 8)
            r.st_total = 8;
        r.st_chunked = mode.flag;
        conn_respond(c, &r, NULL);
        return;
    default:
        break;
    }
    if (which == 1)
        ep_meeting_points(v, &mode, &r);
    else if (which == 2)
        ep_slots(v, qs, qn, &mode, &r);
    else
        ep_applications(v, qs, qn, &mode, &r);
    conn_respond(c, &r, &mode);
}

/* A request-level error answered before routing (always closes). */
static void
respond_error_close(conn_t *c, int status, const char *detail)
{
    resp_t r = {0};
    if (!c->logid) {
        c->logid = xstrdup("- - -");
        c->t_req = g_now;
    }
    c->keep_alive = 0;
    resp_json_error(&r, status, detail);
    conn_respond(c, &r, NULL);
}

/* ---- the connection state machine ---- */

static void
in_consume(conn_t *c, size_t n)
{
    memmove(c->in, c->in + n, c->in_len - n);
    c->in_len -= n;
}

/* Try to parse one request from the input buffer.  1 when a response (or
 * hang) was installed, 0 when more input is needed. */
static int
conn_try_request(conn_t *c)
{
    if (c->discard && c->in_len) {
        size_t n = c->discard < c->in_len ? c->discard : c->in_len;
        in_consume(c, n);
        c->discard -= n;
    }
    if (c->discard)
        return 0;
    /* tolerate blank lines before a request */
    size_t skip = 0;
    while (skip < c->in_len && (c->in[skip] == '\r' || c->in[skip] == '\n'))
        skip++;
    if (skip)
        in_consume(c, skip);
    if (!c->in_len)
        return 0;

    size_t hend = 0, body_at = 0;
    for (size_t i = 0; i + 1 < c->in_len; i++) {
        if (c->in[i] != '\n')
            continue;
        if (c->in[i + 1] == '\n') {
            hend = i;
            body_at = i + 2;
            break;
        }
        if (i + 2 < c->in_len && c->in[i + 1] == '\r' && c->in[i + 2] == '\n') {
            hend = i;
            body_at = i + 3;
            break;
        }
    }
    if (!body_at) {
        if (c->in_len >= MAX_HEADER) {
            respond_error_close(c, 431, "request header too large");
            c->in_len = 0;
            return 1;
        }
        return 0;
    }
    if (hend > MAX_HEADER) {
        respond_error_close(c, 431, "request header too large");
        c->in_len = 0;
        return 1;
    }

    req_t rq;
    int err = parse_request(c->in, hend, &rq);
    if (err) {
        respond_error_close(c, err, err == 505 ? "HTTP version not supported" : "bad request");
        c->in_len = 0;
        return 1;
    }
    if (rq.has_te) {
        respond_error_close(c, 501, "Transfer-Encoding in a request is not supported");
        c->in_len = 0;
        return 1;
    }
    if (rq.content_length > MAX_REQ_BODY) {
        respond_error_close(c, 413, "request body too large");
        c->in_len = 0;
        return 1;
    }
    c->keep_alive = rq.minor == 1 ? !rq.conn_close : (rq.conn_keep && !rq.conn_close);
    handle_request(c, &rq);     /* uses pointers into c->in: consume after */
    in_consume(c, body_at);
    c->discard = rq.content_length > 0 ? (size_t) rq.content_length : 0;
    if (c->discard) {
        size_t n = c->discard < c->in_len ? c->discard : c->in_len;
        in_consume(c, n);
        c->discard -= n;
    }
    return 1;
}

static uint64_t
body_allowed(const conn_t *c)
{
    if (c->trickle_ms <= 0 || c->body_limit == 0)
        return c->body_limit;
    int64_t el = g_now - c->trickle_start;
    if (el >= c->trickle_ms)
        return c->body_limit;
    if (el < 0)
        el = 0;
    return (uint64_t) ((double) c->body_limit * (double) el / (double) c->trickle_ms);
}

/* generate the next piece of a huge body into sbuf */
static void
stream_refill(conn_t *c)
{
    static const char prefix[] = "{\"X\":\"", suffix[] = "\"}";
    char *o = c->sbuf;
    size_t off = 0;

    if (c->st_pos < c->st_total) {
        uint64_t left = c->st_total - c->st_pos;
        size_t n = left < STREAM_CHUNK ? (size_t) left : STREAM_CHUNK;
        if (c->st_chunked)
            off = (size_t) snprintf(o, 32, "%zx\r\n", n);
        memset(o + off, 'a', n);
        for (uint64_t pos = c->st_pos; pos < 6 && pos < c->st_pos + n; pos++)
            o[off + (pos - c->st_pos)] = prefix[pos];
        for (uint64_t pos = c->st_total - 2; pos < c->st_total; pos++)
            if (pos >= c->st_pos && pos < c->st_pos + n)
                o[off + (pos - c->st_pos)] = suffix[pos - (c->st_total - 2)];
        off += n;
        if (c->st_chunked) {
            o[off++] = '\r';
            o[off++] = '\n';
        }
        c->st_pos += n;
    } else if (c->st_chunked && !c->st_final) {
        memcpy(o, "0\r\n\r\n", 5);
        off = 5;
        c->st_final = 1;
    }
    c->sbuf_len = off;
    c->sbuf_off = 0;
}

static int
stream_pending(conn_t *c)
{
    if (!c->stream)
        return 0;
    if (c->sbuf_off < c->sbuf_len)
        return 1;
    return c->st_pos < c->st_total || (c->st_chunked && !c->st_final);
}

/* Write what may be written now.  1: response complete; 0: waiting
 * (socket full or trickle); -1: connection broken. */
static int
conn_flush(conn_t *c)
{
    c->want_out = 0;
    for (;;) {
        struct iovec iov[2];
        int n = 0;
        uint64_t allow = body_allowed(c);
        size_t body_part = 0;
        if (c->head_off < c->head.len) {
            iov[n].iov_base = c->head.p + c->head_off;
            iov[n].iov_len = c->head.len - c->head_off;
            n++;
        }
        if (c->body_off < allow) {
            body_part = (size_t) (allow - c->body_off);
            iov[n].iov_base = c->body + c->body_off;
            iov[n].iov_len = body_part;
            n++;
        }
        int streaming = 0;
        if (n == 0 && c->body_off >= c->body_limit && stream_pending(c)) {
            if (c->sbuf_off >= c->sbuf_len)
                stream_refill(c);
            if (c->sbuf_off < c->sbuf_len) {
                iov[0].iov_base = c->sbuf + c->sbuf_off;
                iov[0].iov_len = c->sbuf_len - c->sbuf_off;
                n = 1;
                streaming = 1;
            }
        }
        if (n == 0)
            break;
        ssize_t w = writev(c->fd, iov, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                c->want_out = 1;
                return 0;
            }
            return -1;
        }
        c->t_activity = g_now;
        size_t left = (size_t) w;
        if (streaming) {
            c->sbuf_off += left;
            c->bytes += left;
            continue;
        }
        if (c->head_off < c->head.len) {
            size_t h = c->head.len - c->head_off;
            size_t k = left < h ? left : h;
            c->head_off += k;
            left -= k;
        }
        c->body_off += left;
        c->bytes += left;
    }
    if (c->body_off < c->body_limit) {
        c->t_tick = g_now + TICK_MS;    /* trickling */
        return 0;
    }
    return 1;
}

static void
conn_finish(conn_t *c)
{
    log_request(c);
    int close_now = c->close_after || c->peer_eof;
    response_reset(c);
    if (close_now) {
        if (c->peer_eof) {
            conn_close(c);
            return;
        }
        shutdown(c->fd, SHUT_WR);
        c->state = ST_LINGER;
        c->t_activity = g_now;
        c->in_len = 0;
        return;
    }
    c->state = ST_READ;
    c->t_activity = g_now;
}

/* Drive c as far as it can go without waiting. */
static void
conn_advance(conn_t *c)
{
    for (;;) {
        switch (c->state) {
        case ST_READ:
            if (!conn_try_request(c))
                return;
            break;
        case ST_WAIT:
            if (c->hang || g_now < c->start_at)
                return;
            c->state = ST_WRITE;
            c->trickle_start = g_now;
            break;
        case ST_WRITE: {
            int r = conn_flush(c);
            if (r < 0) {
                conn_close(c);
                return;
            }
            if (r == 0)
                return;
            conn_finish(c);
            break;
        }
        default:
            return;
        }
    }
}

/* Read what is available.  Returns 0 if the connection was closed. */
static int
conn_read(conn_t *c)
{
    char scratch[16384];

    if (c->state == ST_LINGER || (c->state == ST_WAIT && c->hang)) {
        for (;;) {
            ssize_t r = read(c->fd, scratch, sizeof scratch);
            if (r > 0)
                continue;
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return 1;
            conn_close(c);      /* EOF or error: the client gave up */
            return 0;
        }
    }
    for (;;) {
        if (c->in_len == c->in_cap) {
            if (c->in_cap >= MAX_INBUF)
                return 1;       /* full: stop reading until consumed */
            c->in_cap = c->in_cap ? c->in_cap * 2 : 4096;
            if (c->in_cap > MAX_INBUF)
                c->in_cap = MAX_INBUF;
            c->in = xrealloc(c->in, c->in_cap);
        }
        ssize_t r = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
        if (r > 0) {
            c->in_len += (size_t) r;
            if (c->state == ST_READ)
                c->t_activity = g_now;
            continue;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 1;
        if (r < 0 || c->state == ST_READ) {
            /* error, or EOF between requests (complete requests in the
             * buffer were answered before we read more) */
            if (r == 0 && c->state == ST_READ && c->in_len) {
                c->peer_eof = 1;
                return 1;
            }
            conn_close(c);
            return 0;
        }
        c->peer_eof = 1;        /* EOF while answering: finish, then close */
        return 1;
    }
}

/* when c needs attention without I/O; 0 for never */
static int64_t
conn_deadline(const conn_t *c)
{
    switch (c->state) {
    case ST_READ:
        if (c->peer_eof)
            return g_now;
        return c->t_activity + (c->in_len ? HEADER_MS : IDLE_MS);
    case ST_WAIT:
        return c->hang ? 0 : c->start_at;
    case ST_WRITE:
        return c->want_out ? c->t_activity + STALL_MS : c->t_tick;
    case ST_LINGER:
        return c->t_activity + LINGER_MS;
    default:
        return 0;
    }
}

static void
conn_timer(conn_t *c)
{
    int64_t d = conn_deadline(c);
    if (!d || g_now < d)
        return;
    switch (c->state) {
    case ST_READ:
        if (c->peer_eof) {
            conn_advance(c);    /* answer what is buffered, then close */
            if (c->state == ST_READ)
                conn_close(c);
        } else
            conn_close(c);
        break;
    case ST_WAIT:
        conn_advance(c);
        break;
    case ST_WRITE:
        if (c->want_out)
            conn_close(c);      /* the client stopped reading */
        else {
            c->t_tick = 0;
            conn_advance(c);
        }
        break;
    case ST_LINGER:
        conn_close(c);
        break;
    default:
        break;
    }
}

static short
conn_events(const conn_t *c)
{
    int can_read = !c->peer_eof && c->in_len < MAX_INBUF;
    switch (c->state) {
    case ST_READ:
        return can_read ? POLLIN : 0;
    case ST_WAIT:
        return c->hang ? POLLIN : (can_read ? POLLIN : 0);
    case ST_WRITE:
        return (short) ((c->want_out ? POLLOUT : 0) | (can_read ? POLLIN : 0));
    case ST_LINGER:
        return POLLIN;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------------ */
/* main loop                                                                 */
/* ------------------------------------------------------------------------ */

static int g_sigpipe[2] = {-1, -1};

static void
on_signal(int sig)
{
    int saved = errno;
    char ch = (char) sig;
    ssize_t w = write(g_sigpipe[1], &ch, 1);
    (void) w;
    errno = saved;
}

static int
set_nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

/* 1 when out of descriptors */
static int
accept_all(int lfd)
{
    for (int k = 0; k < 256 && g_nconns < g_max_conns; k++) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE)
                return 1;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fprintf(stderr, "mock_vendor: accept: %s\n", strerror(errno));
            return 0;
        }
        set_nonblock(fd);
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        conn_t *c = xmalloc(sizeof *c);
        memset(c, 0, sizeof *c);
        c->fd = fd;
        c->state = ST_READ;
        c->t_activity = g_now;
        if (g_nconns == g_conns_cap) {
            g_conns_cap = g_conns_cap ? g_conns_cap * 2 : 256;
            g_conns = xrealloc(g_conns, sizeof(conn_t *) * g_conns_cap);
        }
        g_conns[g_nconns++] = c;
    }
    return 0;
}

static void
usage(FILE *f)
{
    fprintf(f,
            "usage: mock_vendor --port P --data DIR [--bind ADDR] [--log FILE] [--preload]\n"
            "  --port P      TCP port (0: any free port, printed)\n"
            "  --data DIR    one sub-directory per vendor (see README.md)\n"
            "  --bind ADDR   address to listen on (default 127.0.0.1)\n"
            "  --log FILE    append one line per request:\n"
            "                <vendor> <method> <target> <status> <bytes> <ms>\n"
            "  --preload     load every vendor's files before listening\n");
}

static void
preload_all(void)
{
    DIR *d = opendir(g_data_dir);
    struct dirent *de;
    size_t nv = 0, rows = 0;
    int64_t t0 = now_ms();
    if (!d)
        return;
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (!valid_vendor_name(de->d_name, n))
            continue;
        vendor_t *v = vendor_get(de->d_name, n);
        if (!v)
            continue;
        token_refresh(v);
        mp_refresh(v);
        sl_refresh(v);
        ap_refresh(v);
        nv++;
        rows += v->nrows;
    }
    closedir(d);
    fprintf(stderr, "mock_vendor: preloaded %zu vendors, %zu slots in %lld ms\n", nv, rows,
            (long long) (now_ms() - t0));
}

int
main(int argc, char **argv)
{
    const char *port = NULL, *bind_addr = "127.0.0.1", *log_path = NULL;
    int preload = 0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(a, "--preload") == 0) {
            preload = 1;
            continue;
        }
        if (i + 1 >= argc) {
            usage(stderr);
            return 2;
        }
        if (strcmp(a, "--port") == 0)
            port = argv[++i];
        else if (strcmp(a, "--data") == 0)
            g_data_dir = argv[++i];
        else if (strcmp(a, "--bind") == 0)
            bind_addr = argv[++i];
        else if (strcmp(a, "--log") == 0)
            log_path = argv[++i];
        else {
            usage(stderr);
            return 2;
        }
    }
    if (!port || !g_data_dir) {
        usage(stderr);
        return 2;
    }
    struct stat st;
    if (stat(g_data_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "mock_vendor: %s is not a directory\n", g_data_dir);
        return 2;
    }
    if (log_path) {
        g_log_fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (g_log_fd < 0) {
            fprintf(stderr, "mock_vendor: %s: %s\n", log_path, strerror(errno));
            return 2;
        }
    }

    /* as many descriptors as allowed */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        if (rl.rlim_cur < rl.rlim_max) {
            rl.rlim_cur = rl.rlim_max;
            setrlimit(RLIMIT_NOFILE, &rl);
            getrlimit(RLIMIT_NOFILE, &rl);
        }
        g_max_conns = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 65536 + 64
                          ? 65536 : (size_t) rl.rlim_cur - 64;
    } else
        g_max_conns = 1000;

    struct addrinfo hints, *ai = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
    int gai = getaddrinfo(bind_addr, port, &hints, &ai);
    if (gai != 0) {
        fprintf(stderr, "mock_vendor: --bind %s --port %s: %s\n", bind_addr, port,
                gai_strerror(gai));
        return 2;
    }
    int lfd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    int one = 1;
    if (lfd < 0 || setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0
        || bind(lfd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(lfd, 4096) != 0
        || set_nonblock(lfd) != 0) {
        fprintf(stderr, "mock_vendor: listen on %s:%s: %s\n", bind_addr, port, strerror(errno));
        freeaddrinfo(ai);
        return 1;
    }
    fcntl(lfd, F_SETFD, FD_CLOEXEC);
    freeaddrinfo(ai);

    if (pipe(g_sigpipe) != 0) {
        perror("mock_vendor: pipe");
        return 1;
    }
    set_nonblock(g_sigpipe[0]);
    set_nonblock(g_sigpipe[1]);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);

    if (preload)
        preload_all();

    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    char host[INET6_ADDRSTRLEN] = "?";
    int bound_port = 0;
    getsockname(lfd, (struct sockaddr *) &ss, &sl);
    if (ss.ss_family == AF_INET) {
        struct sockaddr_in *s4 = (struct sockaddr_in *) &ss;
        inet_ntop(AF_INET, &s4->sin_addr, host, sizeof host);
        bound_port = ntohs(s4->sin_port);
        printf("listening on %s:%d\n", host, bound_port);
    } else {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *) &ss;
        inet_ntop(AF_INET6, &s6->sin6_addr, host, sizeof host);
        bound_port = ntohs(s6->sin6_port);
        printf("listening on [%s]:%d\n", host, bound_port);
    }
    fflush(stdout);

    struct pollfd *pfd = NULL;
    conn_t **pconn = NULL;
    size_t pcap = 0;
    int stop = 0;
    int64_t accept_pause_until = 0;

    g_now = now_ms();
    while (!stop) {
        if (pcap < g_nconns + 2) {
            pcap = (g_nconns + 2) * 2;
            pfd = xrealloc(pfd, sizeof(struct pollfd) * pcap);
            pconn = xrealloc(pconn, sizeof(conn_t *) * pcap);
        }
        size_t np = 0;
        int64_t next = g_now + 1000;
        pfd[np].fd = g_sigpipe[0];
        pfd[np].events = POLLIN;
        pconn[np++] = NULL;
        int accepting = g_nconns < g_max_conns && g_now >= accept_pause_until;
        pfd[np].fd = accepting ? lfd : -1;
        pfd[np].events = POLLIN;
        pconn[np++] = NULL;
        if (!accepting && accept_pause_until > g_now && accept_pause_until < next)
            next = accept_pause_until;
        for (size_t i = 0; i < g_nconns; i++) {
            conn_t *c = g_conns[i];
            int64_t d = conn_deadline(c);
            if (d && d < next)
                next = d;
            pfd[np].fd = c->fd;
            pfd[np].events = conn_events(c);
            pfd[np].revents = 0;
            pconn[np++] = c;
        }
        int timeout = next <= g_now ? 0 : (int) (next - g_now);
        int nr = poll(pfd, (nfds_t) np, timeout);
        g_now = now_ms();
        if (nr < 0 && errno != EINTR) {
            perror("mock_vendor: poll");
            break;
        }
        if (nr > 0) {
            if (pfd[0].revents & POLLIN) {
                char drain[16];
                while (read(g_sigpipe[0], drain, sizeof drain) > 0)
                    ;
                stop = 1;
                break;
            }
            for (size_t i = 2; i < np; i++) {
                conn_t *c = pconn[i];
                short re = pfd[i].revents;
                if (!re || c->state == ST_CLOSED)
                    continue;
                if (re & (POLLERR | POLLNVAL | POLLHUP)) {
                    conn_close(c);      /* reset, or both directions shut */
                    continue;
                }
                if ((re & POLLIN) && !conn_read(c))
                    continue;
                conn_advance(c);
            }
            if (pfd[1].fd >= 0 && (pfd[1].revents & POLLIN)) {
                size_t before = g_nconns;
                if (accept_all(lfd))
                    accept_pause_until = g_now + 100;
                /* answer requests that are already there, saving a poll */
                for (size_t i = before; i < g_nconns; i++)
                    if (conn_read(g_conns[i]))
                        conn_advance(g_conns[i]);
            }
        }
        for (size_t i = 0; i < g_nconns; i++)
            if (g_conns[i]->state != ST_CLOSED)
                conn_timer(g_conns[i]);
        /* drop closed connections */
        size_t k = 0;
        for (size_t i = 0; i < g_nconns; i++) {
            if (g_conns[i]->state == ST_CLOSED)
                free(g_conns[i]);
            else
                g_conns[k++] = g_conns[i];
        }
        g_nconns = k;
    }

    for (size_t i = 0; i < g_nconns; i++) {
        if (g_conns[i]->logid && g_conns[i]->state == ST_WAIT && g_conns[i]->hang)
            g_conns[i]->status = 0;
        conn_close(g_conns[i]);
        free(g_conns[i]);
    }
    free(g_conns);
    free(pfd);
    free(pconn);
    for (size_t i = 0; i < g_nvendors; i++)
        vendor_free(g_vendors[i]);
    free(g_vendors);
    close(lfd);
    close(g_sigpipe[0]);
    close(g_sigpipe[1]);
    if (g_log_fd >= 0)
        close(g_log_fd);
    return 0;
}
