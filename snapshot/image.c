/* kiln snapshot: writing, verifying and restoring heap images (DESIGN.md §5).
 *
 * Bake runs a program, then writes the arena: which ranges are read-write
 * (from /proc/self/maps) and the bytes of every page that was ever touched
 * (mincore) and is not all zero.  Restore checks everything before mapping
 * anything, then puts every page back at its own address — a raw image by
 * MAP_PRIVATE file mappings (copy-on-write, shared between processes), a
 * compressed one through a raw cache file keyed by the image's checksum, or
 * decompressed straight into place when no cache is writable. */
#define _GNU_SOURCE
#include "snapshot.h"
#include "../core/heap.h"
#include "../core/vm.h"
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>
#include <dirent.h>
#include <linux/userfaultfd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

#ifndef UFFD_USER_MODE_ONLY
#define UFFD_USER_MODE_ONLY 1
#endif
#ifndef UFFD_FEATURE_WP_ASYNC
#define UFFD_FEATURE_WP_ASYNC (1u << 15)       /* Linux 6.7 */
#endif

int kiln_start_runtime(int argc, char **argv, int first_arg, const char *argv0, const char *script_dir);
int kiln_run_main_file(const char *path, bool dis);
int kiln_exit_status(Value exc);
void kiln_flush_std(void);
int kiln_finish(int rc, bool finalize);
void weakref_forget_hashes(void);   /* weakrefmodule.c */

/* -- Checksums and build id ------------------------------------------------- */

/* A fast 64-bit checksum for corruption checks (not an authenticator): four
 * add/xor-rotate lanes over 8-byte words, so any single flipped bit changes
 * the result, then a multiply mix.  It runs at memory speed. */
static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t snap_checksum(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t a = 0x9E3779B97F4A7C15ULL ^ n, b = ~a, c = a * 3, d = a * 5;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        uint64_t w[4];
        memcpy(w, p + i, 32);
        a = rotl64(a + w[0], 17);
        b = rotl64(b ^ w[1], 23);
        c = rotl64(c + w[2], 29);
        d = rotl64(d ^ w[3], 31);
    }
    const uint64_t m = 0xff51afd7ed558ccdULL;
    uint64_t h = (a * m) ^ rotl64(b * m, 11) ^ rotl64(c * m, 22) ^ rotl64(d * m, 33);
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    h ^= h >> 33; h *= m; h ^= h >> 33;
    return h;
}

struct bid { uint8_t *out; uint32_t *len; int found; };

static int phdr_cb(struct dl_phdr_info *info, size_t size, void *data)
{
    struct bid *b = data;
    if (b->found) return 1;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nh = (const void *)p;
            const char *name = p + sizeof *nh;
            const uint8_t *desc = (const uint8_t *)name + ((nh->n_namesz + 3) & ~3u);
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(name, "GNU", 4) && nh->n_descsz <= 32) {
                memcpy(b->out, desc, nh->n_descsz);
                *b->len = nh->n_descsz;
                b->found = 1;
                return 1;
            }
            p = (const char *)desc + ((nh->n_descsz + 3) & ~3u);
        }
    }
    return 1;   /* only the main program (the first entry) */
}

int snap_build_id(uint8_t out[32], uint32_t *len)
{
    struct bid b = { out, len, 0 };
    memset(out, 0, 32);
    *len = 0;
    dl_iterate_phdr(phdr_cb, &b);
    return b.found ? 0 : -1;
}

static void hex(char *dst, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) sprintf(dst + 2 * i, "%02x", p[i]);
    dst[2 * n] = 0;
}

/* -- Error reporting ---------------------------------------------------------- */

static int fail(const char *fmt, ...) PRINTF(1, 2);
static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kiln: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return -1;
}

/* -- Writing ----------------------------------------------------------------- */

typedef struct SecList { ImageSection *v; size_t n, cap; } SecList;

static void sec_add(SecList *l, ImageSection s)
{
    if (l->n == l->cap) l->v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 64) * sizeof *l->v);
    l->v[l->n++] = s;
}

/* The read-write ranges of the arena, from /proc/self/maps. */
static int collect_commits(SecList *l)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return fail("cannot read /proc/self/maps: %s", strerror(errno));
    char line[512];
    uintptr_t lo_lim = KILN_ARENA_BASE, hi_lim = KILN_ARENA_BASE + KILN_ARENA_SIZE;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3) continue;
        if (hi <= lo_lim || lo >= hi_lim || perms[0] != 'r' || perms[1] != 'w') continue;
        if (lo < lo_lim) lo = lo_lim;
        if (hi > hi_lim) hi = hi_lim;
        sec_add(l, (ImageSection){ .addr = lo, .size = hi - lo, .kind = SEC_COMMIT });
    }
    fclose(f);
    return 0;
}

static bool page_is_zero(const uint64_t *p)
{
    for (size_t i = 0; i < IMG_PAGE / 8; i++) if (p[i]) return false;
    return true;
}

/* Data sections: runs of touched, non-zero pages inside the commit ranges,
 * a run going on over up to DATA_BRIDGE pages without data.  Every section
 * is one mmap at each restore (some microseconds), and a page of zeros in
 * the file costs nothing until it is touched (the heap's spans are 16
 * pages, of which a warmed-up program has often touched only the first).
 * Above all, a 2 MiB range of the arena that lies whole in one section can
 * be mapped by one huge page (see HUGE below): the gaps between the heap's
 * live pages are bridged, so the heap is one section. */
#define HUGE ((uint64_t)2 << 20)
#define DATA_BRIDGE (HUGE / IMG_PAGE)

static void collect_data(SecList *commits, SecList *data)
{
    for (size_t i = 0; i < commits->n; i++) {
        uintptr_t lo = commits->v[i].addr, hi = lo + commits->v[i].size;
        size_t npages = (hi - lo) / IMG_PAGE;
        unsigned char *vec = malloc(npages ? npages : 1);
        if (mincore((void *)lo, hi - lo, vec) != 0) memset(vec, 1, npages);
        uintptr_t run = 0, end = 0;     /* the current section: [run, end) */
        for (size_t p = 0; p < npages; p++) {
            uintptr_t a = lo + p * IMG_PAGE;
            if (!(vec[p] & 1) || page_is_zero((const uint64_t *)a)) continue;
            if (run && a - end > DATA_BRIDGE * IMG_PAGE) {
                sec_add(data, (ImageSection){ .addr = run, .size = end - run, .kind = SEC_DATA });
                run = 0;
            }
            if (!run) run = a;
            end = a + IMG_PAGE;
        }
        /* a big section runs on to the end of its last 2 MiB (zero pages,
           free), so that range too can be mapped by a huge page */
        if (run && end - run >= HUGE) end = HEAP_ROUND_UP(end, HUGE) < hi ? HEAP_ROUND_UP(end, HUGE) : hi;
        if (run) sec_add(data, (ImageSection){ .addr = run, .size = end - run, .kind = SEC_DATA });
        free(vec);
    }
}

/* Where a raw file puts section s's data, the next free offset being off.
 * The page cache holds a file written in aligned 2 MiB pieces in 2 MiB
 * pages, and the kernel maps such a page with one page-table entry into a
 * mapping whose 2 MiB ranges line up with the file's: a section of at least
 * 2 MiB starts at an offset congruent to its address modulo 2 MiB (the
 * padding before it is a hole, and zero).  On a virtual machine with shadow
 * page tables every 4 KiB page a process touches the first time costs
 * microseconds; a huge page costs that once. */
static uint64_t data_offset(uint64_t off, const ImageSection *s)
{
    off = HEAP_ROUND_UP(off, IMG_PAGE);
    if (s->size >= HUGE) off += (s->addr - off) & (HUGE - 1);
    return off;
}

static int write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Write the current arena as an image at path (via path.tmp, renamed). */
static int write_image(const char *path, bool raw, int level, const char *main_name)
{
    SecList commits = { 0 }, data = { 0 };
    if (collect_commits(&commits) < 0) return -1;
    collect_data(&commits, &data);
    size_t nsec = commits.n + data.n;
    ImageSection *tab = calloc(nsec, sizeof *tab);
    memcpy(tab, commits.v, commits.n * sizeof *tab);
    memcpy(tab + commits.n, data.v, data.n * sizeof *tab);
    ImageHeader h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMG_MAGIC, 8);
    h.version = IMG_VERSION;
    h.flags = raw ? IMG_RAW : IMG_ZSTD;
    snap_build_id(h.build_id, &h.build_id_len);
    h.nsections = (uint32_t)nsec;
    h.arena_base = KILN_ARENA_BASE;
    h.arena_size = KILN_ARENA_SIZE;
    h.created = (uint64_t)time(NULL);
    snprintf(h.main_name, sizeof h.main_name, "%s", main_name ? main_name : "");

    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail("cannot write %s: %s", tmp, strerror(errno));
    uint64_t off = sizeof h + nsec * sizeof *tab;
    if (raw) off = HEAP_ROUND_UP(off, IMG_PAGE);
    int rc = 0;
    ZSTD_CCtx *cc = raw ? NULL : ZSTD_createCCtx();
    if (lseek(fd, (off_t)off, SEEK_SET) < 0) rc = -1;
    for (size_t i = commits.n; i < nsec && rc == 0; i++) {
        ImageSection *s = &tab[i];
        h.raw_bytes += s->size;
        s->checksum = snap_checksum((const void *)s->addr, s->size);
        if (raw && data_offset(off, s) != off) {
            off = data_offset(off, s);
            if (lseek(fd, (off_t)off, SEEK_SET) < 0) rc = -1;
        }
        s->file_offset = off;
        if (raw) {
            s->file_size = s->size;
            rc = write_all(fd, (const void *)s->addr, s->size);
        } else {
            size_t cap = ZSTD_compressBound(s->size);
            void *buf = malloc(cap);
            size_t n = ZSTD_compressCCtx(cc, buf, cap, (const void *)s->addr, s->size, level);
            if (ZSTD_isError(n)) rc = fail("zstd: %s", ZSTD_getErrorName(n));
            else {
                s->file_size = n;
                rc = write_all(fd, buf, n);
            }
            free(buf);
        }
        off += s->file_size;
    }
    if (cc) ZSTD_freeCCtx(cc);
    h.file_bytes = off;
    h.table_checksum = snap_checksum(tab, nsec * sizeof *tab);
    h.header_checksum = snap_checksum(&h, sizeof h);
    if (rc == 0 && (pwrite(fd, &h, sizeof h, 0) != (ssize_t)sizeof h ||
                    pwrite(fd, tab, nsec * sizeof *tab, sizeof h) != (ssize_t)(nsec * sizeof *tab)))
        rc = -1;
    if (rc == 0 && ftruncate(fd, (off_t)off) < 0) rc = -1;
    if (rc == 0 && fsync(fd) < 0) rc = -1;
    if (close(fd) < 0) rc = -1;
    if (rc == 0 && rename(tmp, path) < 0) rc = -1;
    if (rc < 0) {
        int e = errno;
        unlink(tmp);
        if (e) fail("cannot write image %s: %s", path, strerror(e));
    }
    free(tab);
    free(commits.v);
    free(data.v);
    return rc;
}

/* KILN_TIMING=1 in the environment: the CPU time, the wall-clock time and
 * the page faults of each phase of a restore, on stderr when main returns.
 * KILN_TIMING=NS, a CLOCK_MONOTONIC time in nanoseconds taken by whoever
 * started the process just before it did (bench/startup.py --phases), adds a
 * first phase "exec": from then until kiln's main ran (the kernel's exec, the
 * dynamic loader, the C library's start-up). */
#define TIMING_MAX 24
typedef struct Timing {
    bool on;
    int n;
    double t0;                 /* wall ms of the spawn, or of the first mark */
    const char *name[TIMING_MAX];
    double cpu[TIMING_MAX], wall[TIMING_MAX];
    long faults[TIMING_MAX];
} Timing;

static double mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void timing_mark(Timing *t, const char *name)
{
    if (!t->on || t->n >= TIMING_MAX) return;
    struct timespec ts;
    struct rusage ru;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    getrusage(RUSAGE_SELF, &ru);
    t->name[t->n] = name;
    t->wall[t->n] = mono_ms();
    t->cpu[t->n] = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    t->faults[t->n++] = ru.ru_minflt + ru.ru_majflt;
}

static void timing_start(Timing *t)
{
    const char *te = getenv("KILN_TIMING");
    t->on = te && *te && strcmp(te, "0");
    if (!t->on) return;
    timing_mark(t, "exec");
    double spawn = strtod(te, NULL) / 1e6;
    t->t0 = spawn > 1 && spawn < t->wall[0] ? spawn : t->wall[0];
}

/* -- Reading and verifying ------------------------------------------------- */

/* A range of pages a restore of an image touched (see "Stamps" below). */
typedef struct HotRange {
    uint64_t addr;
    uint32_t npages;
    uint32_t write;            /* written (copied or new), else only read */
} HotRange;

typedef struct Image {
    int fd;
    const char *path;
    size_t size;
    ImageHeader h;
    ImageSection *tab;
    struct stat st;
    HotRange *hot;             /* from this file's stamp */
    uint32_t nhot;
} Image;

/* What a restore leaves for the end of the run: the stamp of the raw file
 * that was mapped, to which the pages this run touched are to be added. */
typedef struct Restore {
    char stamp[PATH_MAX + 64];
    char raw_path[PATH_MAX + 64];  /* the raw file mapped (an image or a cache file) */
    struct stat raw_st;
    bool record;
    Timing *tm;
} Restore;

static void image_close(Image *im)
{
    if (im->fd >= 0) close(im->fd);
    free(im->tab);
    free(im->hot);
    im->fd = -1;
    im->tab = NULL;
    im->hot = NULL;
}

/* Open and check the header and section table (not the data). */
static int image_open(Image *im, const char *path, bool check_build)
{
    memset(im, 0, sizeof *im);
    im->fd = open(path, O_RDONLY | O_CLOEXEC);
    im->path = path;
    if (im->fd < 0) return fail("cannot open image %s: %s", path, strerror(errno));
    if (fstat(im->fd, &im->st) < 0 || !S_ISREG(im->st.st_mode)) return fail("%s: not a regular file", path);
    im->size = (size_t)im->st.st_size;
    /* the header, the section table and (raw) the padding up to the data
       usually fit in the first page: one read */
    char page0[IMG_PAGE];
    ssize_t nfirst = pread(im->fd, page0, sizeof page0, 0);
    if (im->size < sizeof im->h || nfirst < (ssize_t)sizeof im->h) return fail("%s: not a kiln image (too short)", path);
    memcpy(&im->h, page0, sizeof im->h);
    ImageHeader *h = &im->h;
    if (memcmp(h->magic, IMG_MAGIC, 8) != 0) return fail("%s: not a kiln image (bad magic)", path);
    uint64_t want = h->header_checksum;
    h->header_checksum = 0;
    uint64_t got = snap_checksum(h, sizeof *h);
    h->header_checksum = want;
    if (got != want) return fail("%s: corrupt image (header checksum mismatch)", path);
    if (h->version != IMG_VERSION)
        return fail("%s: image format version %u, this kiln reads version %u", path, h->version, IMG_VERSION);
    if (h->flags != IMG_RAW && h->flags != IMG_ZSTD) return fail("%s: corrupt image (unknown flags %#x)", path, h->flags);
    if (h->file_bytes != im->size)
        return fail("%s: truncated or extended image (%zu bytes, header says %llu)", path, im->size,
                    (unsigned long long)h->file_bytes);
    if (h->arena_base != KILN_ARENA_BASE || h->arena_size != KILN_ARENA_SIZE)
        return fail("%s: image made for an arena at %#llx, this kiln uses %#llx", path,
                    (unsigned long long)h->arena_base, (unsigned long long)KILN_ARENA_BASE);
    if (check_build) {
        uint8_t bid[32];
        uint32_t blen;
        snap_build_id(bid, &blen);
        if (blen != h->build_id_len || memcmp(bid, h->build_id, blen) != 0) {
            char a[65], b[65];
            hex(a, h->build_id, h->build_id_len > 32 ? 32 : h->build_id_len);
            hex(b, bid, blen);
            return fail("%s: image was baked by another kiln binary (build id %s, this one is %s)", path, a, b);
        }
    }
    if (h->nsections == 0 || h->nsections > (1u << 20)) return fail("%s: corrupt image (bad section count)", path);
    size_t tsize = (size_t)h->nsections * sizeof(ImageSection);
    if (sizeof *h + tsize > im->size) return fail("%s: corrupt image (section table past the end)", path);
    im->tab = malloc(tsize);
    if (sizeof *h + tsize <= (size_t)nfirst) memcpy(im->tab, page0 + sizeof *h, tsize);
    else if (pread(im->fd, im->tab, tsize, sizeof *h) != (ssize_t)tsize) return fail("%s: cannot read section table", path);
    if (snap_checksum(im->tab, tsize) != h->table_checksum)
        return fail("%s: corrupt image (section table checksum mismatch)", path);
    uint64_t lo = KILN_ARENA_BASE, hi = KILN_ARENA_BASE + KILN_ARENA_SIZE, raw = 0;
    for (uint32_t i = 0; i < h->nsections; i++) {
        ImageSection *s = &im->tab[i];
        if ((s->kind != SEC_COMMIT && s->kind != SEC_DATA) || s->addr % IMG_PAGE || s->size % IMG_PAGE ||
            s->addr < lo || s->size > hi - s->addr)
            return fail("%s: corrupt image (section %u out of bounds)", path, i);
        if (s->kind == SEC_DATA) {
            if (s->file_offset > im->size || s->file_size > im->size - s->file_offset ||
                (h->flags == IMG_RAW && (s->file_offset % IMG_PAGE || s->file_size != s->size)))
                return fail("%s: corrupt image (section %u data out of bounds)", path, i);
            raw += s->size;
        }
    }
    if (raw != h->raw_bytes) return fail("%s: corrupt image (sizes disagree)", path);
    if (h->flags == IMG_RAW) {
        /* the alignment padding before the data is not under a checksum: it
           must be zero (checked here when it ends in the first page, else,
           before a section aligned to 2 MiB, with the data: check_padding) */
        uint64_t first = h->file_bytes;
        for (uint32_t i = 0; i < h->nsections; i++)
            if (im->tab[i].kind == SEC_DATA && im->tab[i].file_offset < first) first = im->tab[i].file_offset;
        size_t start = sizeof *h + tsize;
        if (first < start) return fail("%s: corrupt image (data overlaps the section table)", path);
        size_t gap = (size_t)(first - start);
        if (gap >= HUGE) return fail("%s: corrupt image (bad data offset)", path);
        if (gap > IMG_PAGE) gap = 0;
        char pad[IMG_PAGE];
        const char *p = pad;
        if (start + gap <= (size_t)nfirst) p = page0 + start;
        else if (gap && pread(im->fd, pad, gap, (off_t)start) != (ssize_t)gap) return fail("%s: cannot read image", path);
        for (size_t k = 0; k < gap; k++)
            if (p[k]) return fail("%s: corrupt image (non-zero padding)", path);
    }
    return 0;
}

/* The bytes before and between sections (a raw file's alignment padding)
 * are under no checksum: they must be zero.  Sections lie in the file in
 * table order, after the header and the section table. */
static int check_padding(Image *im)
{
    uint64_t end = sizeof im->h + (uint64_t)im->h.nsections * sizeof(ImageSection);
    static const char zero[65536];
    char buf[sizeof zero];
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        const ImageSection *s = &im->tab[i];
        if (s->kind != SEC_DATA) continue;
        if (s->file_offset < end) return fail("%s: corrupt image (sections overlap in the file)", im->path);
        while (end < s->file_offset) {
            size_t n = s->file_offset - end < sizeof buf ? (size_t)(s->file_offset - end) : sizeof buf;
            if (pread(im->fd, buf, n, (off_t)end) != (ssize_t)n) return fail("%s: cannot read image", im->path);
            if (memcmp(buf, zero, n)) return fail("%s: corrupt image (non-zero padding)", im->path);
            end += n;
        }
        end = s->file_offset + s->file_size;
    }
    return 0;
}

/* Check every data section's checksum; data comes from the file (pread). */
static int image_verify_data(Image *im)
{
    if (check_padding(im) < 0) return -1;
    ZSTD_DCtx *dc = im->h.flags == IMG_ZSTD ? ZSTD_createDCtx() : NULL;
    int rc = 0;
    for (uint32_t i = 0; i < im->h.nsections && rc == 0; i++) {
        ImageSection *s = &im->tab[i];
        if (s->kind != SEC_DATA) continue;
        size_t slack = s->file_offset & (IMG_PAGE - 1);   /* mmap offsets must be page aligned */
        void *file = mmap(NULL, s->file_size + slack + 1, PROT_READ, MAP_PRIVATE, im->fd,
                          (off_t)(s->file_offset - slack));
        if (file == MAP_FAILED) { rc = fail("%s: cannot map section %u: %s", im->path, i, strerror(errno)); break; }
        const char *src = (const char *)file + slack;
        if (dc) {
            void *buf = malloc(s->size);
            size_t n = ZSTD_decompressDCtx(dc, buf, s->size, src, s->file_size);
            if (ZSTD_isError(n) || n != s->size || snap_checksum(buf, s->size) != s->checksum)
                rc = fail("%s: corrupt image (section %u does not decompress to its checksum)", im->path, i);
            free(buf);
        } else if (snap_checksum(src, s->size) != s->checksum) {
            rc = fail("%s: corrupt image (section %u checksum mismatch)", im->path, i);
        }
        munmap(file, s->file_size + slack + 1);
    }
    if (dc) ZSTD_freeDCtx(dc);
    return rc;
}

/* -- Restoring ---------------------------------------------------------------- */

static int reserve_arena(void)
{
    void *p = mmap((void *)KILN_ARENA_BASE, KILN_ARENA_SIZE, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != (void *)KILN_ARENA_BASE) {
        if (p != MAP_FAILED) munmap(p, KILN_ARENA_SIZE);
        return fail("cannot reserve the heap at %#llx: address range in use", (unsigned long long)KILN_ARENA_BASE);
    }
    /* A restored process writes to few pages here and there: a transparent
       huge page would zero 2 MiB on the first write into a hole */
    madvise(p, KILN_ARENA_SIZE, MADV_NOHUGEPAGE);
    return 0;
}

static void prefault(const Image *im);
static void no_fault_around(const Image *im);

/* Map a verified raw image's sections into place; then its hot pages, or,
 * in a run that records them, no fault-around. */
static int map_raw(Image *im, bool record, Timing *tm)
{
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        ImageSection *s = &im->tab[i];
        if (s->kind == SEC_COMMIT &&
            mprotect((void *)s->addr, s->size, PROT_READ | PROT_WRITE) != 0)
            return fail("cannot commit heap pages: %s", strerror(errno));
    }
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        ImageSection *s = &im->tab[i];
        if (s->kind != SEC_DATA) continue;
        void *p = mmap((void *)s->addr, s->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, im->fd,
                       (off_t)s->file_offset);
        if (p == MAP_FAILED) return fail("cannot map image section: %s", strerror(errno));
        /* a file read back from disk comes into the page cache in 2 MiB
           pages too (data_offset) */
        if (s->size >= HUGE) madvise(p, s->size, MADV_HUGEPAGE);
    }
    if (tm) timing_mark(tm, "mmap");
    if (record) no_fault_around(im);
    prefault(im);
    if (tm) timing_mark(tm, "prefault");
    return 0;
}

/* Decompress a verified zstd image's sections straight into place. */
static int unpack_in_place(Image *im)
{
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        ImageSection *s = &im->tab[i];
        if (s->kind == SEC_COMMIT && mprotect((void *)s->addr, s->size, PROT_READ | PROT_WRITE) != 0)
            return fail("cannot commit heap pages: %s", strerror(errno));
    }
    ZSTD_DCtx *dc = ZSTD_createDCtx();
    void *buf = NULL;
    size_t cap = 0;
    int rc = 0;
    for (uint32_t i = 0; i < im->h.nsections && rc == 0; i++) {
        ImageSection *s = &im->tab[i];
        if (s->kind != SEC_DATA) continue;
        if (s->file_size > cap) buf = realloc(buf, cap = s->file_size);
        if (pread(im->fd, buf, s->file_size, (off_t)s->file_offset) != (ssize_t)s->file_size) {
            rc = fail("%s: cannot read section %u", im->path, i);
            break;
        }
        size_t n = ZSTD_decompressDCtx(dc, (void *)s->addr, s->size, buf, s->file_size);
        if (ZSTD_isError(n) || n != s->size) rc = fail("%s: corrupt image (section %u)", im->path, i);
    }
    free(buf);
    ZSTD_freeDCtx(dc);
    return rc;
}

/* The cache directory: $KILN_CACHE, else $XDG_CACHE_HOME/kiln, else
 * ~/.cache/kiln, else /tmp/kiln-cache-UID.  With write, created if missing
 * and false if it cannot be written; else only named (to look a file up:
 * one system call less on the way of every restore). */
static bool cache_dir(char *dir, bool write)
{
    const char *e;
    if ((e = getenv("KILN_CACHE")) && *e) snprintf(dir, PATH_MAX, "%s", e);
    else if ((e = getenv("XDG_CACHE_HOME")) && *e) snprintf(dir, PATH_MAX, "%s/kiln", e);
    else if ((e = getenv("HOME")) && *e) snprintf(dir, PATH_MAX, "%s/.cache/kiln", e);
    else snprintf(dir, PATH_MAX, "/tmp/kiln-cache-%d", (int)getuid());
    if (!write || access(dir, W_OK) == 0) return true;
    char parent[PATH_MAX];
    snprintf(parent, sizeof parent, "%s", dir);
    char *slash = strrchr(parent, '/');
    if (slash && slash != parent) { *slash = 0; mkdir(parent, 0755); }
    if (mkdir(dir, 0755) < 0 && errno != EEXIST) return false;
    return access(dir, W_OK) == 0;
}

/* The raw cache file for a compressed image, keyed by its checksums. */
static bool cache_path(const Image *im, char *out, size_t cap)
{
    char dir[PATH_MAX];
    if (!cache_dir(dir, true)) return false;
    snprintf(out, cap, "%s/%016llx%016llx.raw", dir, (unsigned long long)im->h.header_checksum,
             (unsigned long long)im->h.table_checksum);
    return true;
}

/* -- Stamps ---------------------------------------------------------------------

 * Verified raw files.  Hashing every data byte of a raw image costs more
 * than the rest of a restore, so once a raw file has been verified a stamp
 * (a small file in the cache directory) records it, named by the image's
 * header and table checksums and the file's identity: device, inode, size,
 * mtime and ctime.  The kernel sets ctime on every change to the file and it
 * cannot be set back, so a file written since its stamp gets a new name and
 * is verified again.  Timestamps tick coarsely, though: a file changed within
 * a tick of its verification could keep its times, so a file whose ctime is
 * under two seconds old is never stamped (git's "racily clean" rule).
 *
 * A stamp also holds the file's path and identity (so that stamps of files
 * gone or changed can be cleaned up) and the pages of the arena that the
 * first run after the stamp touched.  Page faults are what a restore mostly
 * costs: later restores map those pages with one madvise(MADV_POPULATE_*)
 * per range instead of one fault each (a written page would take two: the
 * read, then the copy).  An empty or unreadable stamp still means
 * "verified"; its page list is recorded again. */

#define STAMP_MAGIC "KILNSTP1"
#define STAMP_MAX_RANGES 8192u
/* A recorded run that touched more than this (an unusual request) would
 * have every later restore map it: the rest is left to page faults. */
#define STAMP_MAX_READ_PAGES 16384u
#define STAMP_MAX_WRITE_PAGES 1024u

typedef struct StampHeader {
    char magic[8];
    uint64_t ident[5];         /* dev, ino, size, mtime ns, ctime ns of the file */
    uint32_t nranges, pathlen;
    uint64_t checksum;         /* of what follows the header */
} StampHeader;

static void stamp_ident(const struct stat *st, uint64_t out[5])
{
    out[0] = (uint64_t)st->st_dev;
    out[1] = (uint64_t)st->st_ino;
    out[2] = (uint64_t)st->st_size;
    out[3] = (uint64_t)st->st_mtim.tv_sec * 1000000000u + (uint64_t)st->st_mtim.tv_nsec;
    out[4] = (uint64_t)st->st_ctim.tv_sec * 1000000000u + (uint64_t)st->st_ctim.tv_nsec;
}

static bool stamp_path(const Image *im, char *out, size_t cap, bool write)
{
    char dir[PATH_MAX];
    if (!cache_dir(dir, write)) return false;
    const struct stat *st = &im->st;
    uint64_t key[9] = { im->h.header_checksum, im->h.table_checksum, (uint64_t)st->st_dev, (uint64_t)st->st_ino,
                        (uint64_t)st->st_size, (uint64_t)st->st_mtim.tv_sec, (uint64_t)st->st_mtim.tv_nsec,
                        (uint64_t)st->st_ctim.tv_sec, (uint64_t)st->st_ctim.tv_nsec };
    snprintf(out, cap, "%s/%016llx.verified", dir, (unsigned long long)snap_checksum(key, sizeof key));
    return true;
}

/* The kiln binary's own pages (the linker's symbols): an image is tied to
 * one binary by its build id, so its code pages can be in a stamp too. */
extern const char __executable_start[], etext[], _end[];

static bool in_binary(uint64_t addr, uint64_t npages)
{
    uint64_t lo = (uintptr_t)__executable_start, hi = (uintptr_t)_end;
    return addr >= lo && addr < hi && npages <= (hi - addr) / IMG_PAGE + 1;
}

/* Is [addr, addr + n pages) inside one of the image's read-write ranges? */
static bool in_commit(const Image *im, uint64_t addr, uint64_t npages)
{
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        const ImageSection *s = &im->tab[i];
        if (s->kind == SEC_COMMIT && addr >= s->addr && npages <= (s->addr + s->size - addr) / IMG_PAGE) return true;
    }
    return false;
}

/* Read the stamp at path: -1 if there is none; else 0, with the page list in
 * im->hot when the stamp has a valid one for this file. */
static int stamp_read(Image *im, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    /* a usual stamp (a few hundred ranges) in one read */
    char first[16384];
    StampHeader sh;
    ssize_t n = read(fd, first, sizeof first);
    uint64_t ident[5];
    stamp_ident(&im->st, ident);
    if (n >= (ssize_t)sizeof sh) memcpy(&sh, first, sizeof sh);
    if (n >= (ssize_t)sizeof sh && !memcmp(sh.magic, STAMP_MAGIC, 8) && !memcmp(sh.ident, ident, sizeof ident) &&
        sh.nranges && sh.nranges <= STAMP_MAX_RANGES && sh.pathlen < PATH_MAX) {
        size_t body = HEAP_ROUND_UP(sh.pathlen, 8) + sh.nranges * sizeof(HotRange), got = (size_t)n - sizeof sh;
        char *buf = malloc(body + 1);
        memcpy(buf, first + sizeof sh, got < body ? got : body);
        if ((got >= body || read(fd, buf + got, body - got) == (ssize_t)(body - got)) &&
            snap_checksum(buf, body) == sh.checksum) {
            HotRange *r = (HotRange *)(buf + HEAP_ROUND_UP(sh.pathlen, 8));
            uint32_t k = 0;
            for (uint32_t i = 0; i < sh.nranges; i++)
                if (r[i].npages && r[i].addr % IMG_PAGE == 0 &&
                    (in_commit(im, r[i].addr, r[i].npages) || (!r[i].write && in_binary(r[i].addr, r[i].npages))))
                    r[k++] = r[i];
            im->hot = malloc(k * sizeof *r + 1);
            memcpy(im->hot, r, k * sizeof *r);
            im->nhot = k;
        }
        free(buf);
    }
    close(fd);
    return 0;
}

/* In a run that records: a read fault maps up to 16 pages around the page
 * faulted on, and the record is to hold only the pages really touched.
 * There is no fault-around in a range registered with userfaultfd (here in
 * write-protect mode, asynchronous: the kernel resolves every fault itself;
 * the descriptor stays open, unread, for the life of the process, as
 * closing it would unregister the ranges).  Where userfaultfd is not
 * allowed the record holds the pages around too. */
static void no_fault_around(const Image *im)
{
    int u = (int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY);
    if (u < 0) return;
    struct uffdio_api api = { .api = UFFD_API, .features = UFFD_FEATURE_WP_ASYNC };
    if (ioctl(u, UFFDIO_API, &api) < 0) {
        close(u);
        return;
    }
    for (uint32_t i = 0; i < im->h.nsections; i++) {
        const ImageSection *s = &im->tab[i];
        struct uffdio_register reg = { .range = { s->addr, s->size }, .mode = UFFDIO_REGISTER_MODE_WP };
        if (s->kind == SEC_DATA) ioctl(u, UFFDIO_REGISTER, &reg);
    }
    /* the binary's code and read-only data */
    uint64_t lo = (uintptr_t)__executable_start & ~(uint64_t)(IMG_PAGE - 1);
    struct uffdio_register reg = { .range = { lo, ((uintptr_t)etext & ~(uint64_t)(IMG_PAGE - 1)) - lo },
                                   .mode = UFFDIO_REGISTER_MODE_WP };
    ioctl(u, UFFDIO_REGISTER, &reg);
}

/* Map the pages of im->hot (a verified, mapped raw file's). */
static void prefault(const Image *im)
{
    /* Written pages first.  A 2 MiB range only read is mapped by one huge
     * page on its first read; a write breaks that mapping up again, and the
     * range's pages are then faulted in one by one: mapped page by page from
     * the start, it is read at the usual cost. */
    for (int w = 1; w >= 0; w--)
        for (uint32_t i = 0; i < im->nhot; i++)
            if ((int)im->hot[i].write == w)
                madvise((void *)im->hot[i].addr, (size_t)im->hot[i].npages * IMG_PAGE,
                        w ? MADV_POPULATE_WRITE : MADV_POPULATE_READ);
}

/* image_verify_data for a raw image, skipped when a stamp says this very file
 * was verified before; a successful check leaves a stamp.  rs (if not NULL)
 * learns whether this run is to record the pages it touches. */
static void cache_prune(void);

static int image_verify_raw(Image *im, Restore *rs)
{
    char path[PATH_MAX + 64];
    stamp_path(im, path, sizeof path, false);
    if (stamp_read(im, path) == 0) {
        if (rs && !im->nhot) {
            snprintf(rs->stamp, sizeof rs->stamp, "%s", path);
            rs->record = true;
        }
        return 0;
    }
    if (image_verify_data(im) < 0) return -1;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (now.tv_sec - im->st.st_ctim.tv_sec >= 2 && stamp_path(im, path, sizeof path, true)) {
        int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0) close(fd);
        if (rs) {
            snprintf(rs->stamp, sizeof rs->stamp, "%s", path);
            rs->record = true;
        }
        cache_prune();
    }
    return 0;
}

/* The arena's resident pages, from /proc/self/pagemap: fn(ctx, page address,
 * kind, mapping) for each, kind 0 for an image page only read (still the
 * page cache's), 1 for an image page written (copied), 2 for a page that was
 * not in the image (new); with binary, the read-only pages of the kiln
 * binary too (kind 0).  mapping numbers the line of /proc/self/maps. */
static void arena_pages(void (*fn)(void *, uint64_t, int, int), void *ctx, bool binary)
{
    FILE *f = fopen("/proc/self/maps", "r");
    int pm = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    char line[512];
    for (int mapping = 0; f && pm >= 0 && fgets(line, sizeof line, f); mapping++) {
        unsigned long lo, hi, ino = 0, off;
        char perms[8], dev[16];
        if (sscanf(line, "%lx-%lx %7s %lx %15s %lu", &lo, &hi, perms, &off, dev, &ino) < 3) continue;
        bool code = binary && perms[1] != 'w' && in_binary(lo, (hi - lo) / IMG_PAGE);
        if (!code && (hi <= KILN_ARENA_BASE || lo >= KILN_ARENA_BASE + KILN_ARENA_SIZE || perms[0] != 'r')) continue;
        for (unsigned long a = lo; a < hi; a += 512 * IMG_PAGE) {
            uint64_t ent[512];
            size_t n = (hi - a) / IMG_PAGE < 512 ? (hi - a) / IMG_PAGE : 512;
            ssize_t got = pread(pm, ent, n * 8, (off_t)(a / IMG_PAGE * 8));
            for (ssize_t k = 0; k < got / 8; k++)
                if (ent[k] >> 63 & 1)                            /* present */
                    fn(ctx, a + (uint64_t)k * IMG_PAGE, !ino ? 2 : (ent[k] >> 61 & 1) ? 0 : 1, mapping);
        }
    }
    if (f) fclose(f);
    if (pm >= 0) close(pm);
}

typedef struct HotList { HotRange *v; uint32_t n, cap, pages[2], last_read; int last_mapping; } HotList;

/* A read range may bridge a gap of up to this many pages (even over
 * written pages) inside one file mapping: mapping a page costs less than a
 * system call more.  Never over pages that are not the file's: reading
 * such a page would allocate it (this kernel maps no shared zero page). */
#define HOT_BRIDGE 16

static void hot_add(void *ctx, uint64_t addr, int kind, int mapping)
{
    HotList *l = ctx;
    uint32_t w = kind != 0;
    if (++l->pages[w] > (w ? STAMP_MAX_WRITE_PAGES : STAMP_MAX_READ_PAGES)) return;
    HotRange *last = l->n ? &l->v[l->n - 1] : NULL;
    if (last && last->write == w && last->addr + (uint64_t)last->npages * IMG_PAGE == addr) {
        last->npages++;
        return;
    }
    HotRange *r = l->last_read ? &l->v[l->last_read - 1] : NULL;
    if (!w && r && mapping == l->last_mapping && addr - (r->addr + (uint64_t)r->npages * IMG_PAGE) <= HOT_BRIDGE * IMG_PAGE) {
        r->npages = (uint32_t)((addr - r->addr) / IMG_PAGE + 1);
        return;
    }
    if (l->n == STAMP_MAX_RANGES) return;
    if (l->n == l->cap) l->v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 256) * sizeof *l->v);
    l->v[l->n++] = (HotRange){ addr, 1, w };
    if (!w) {
        l->last_read = l->n;
        l->last_mapping = mapping;
    }
}

/* In a run that is to record (rs->record): the pages touched up to the end
 * of the run (threads joined, atexit callbacks, streams flushed: a restore
 * leaves out the collection for __del__ at exit, which would read every
 * page), then the stamp written again with them (via a temporary file and
 * a rename). */
static void stamp_collect(HotList *l)
{
    arena_pages(hot_add, l, true);
}

static void stamp_record(const Restore *rs, HotList *hl)
{
    HotList l = *hl;
    char real[PATH_MAX];
    if (!l.n || !realpath(rs->raw_path, real)) { free(l.v); return; }
    StampHeader sh;
    memset(&sh, 0, sizeof sh);
    memcpy(sh.magic, STAMP_MAGIC, 8);
    stamp_ident(&rs->raw_st, sh.ident);
    sh.nranges = l.n;
    sh.pathlen = (uint32_t)strlen(real);
    size_t plen = HEAP_ROUND_UP(sh.pathlen, 8), body = plen + l.n * sizeof(HotRange);
    char *buf = calloc(1, body);
    memcpy(buf, real, sh.pathlen);
    memcpy(buf + plen, l.v, l.n * sizeof(HotRange));
    sh.checksum = snap_checksum(buf, body);
    char tmp[PATH_MAX + 96];
    snprintf(tmp, sizeof tmp, "%s.tmp.%d", rs->stamp, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0) {
        bool ok = write_all(fd, &sh, sizeof sh) == 0 && write_all(fd, buf, body) == 0;
        /* only over a stamp still there: a cleaned-up one means "verify again" */
        if (close(fd) < 0 || !ok || access(rs->stamp, F_OK) != 0 || rename(tmp, rs->stamp) < 0) unlink(tmp);
    }
    free(buf);
    free(l.v);
}

/* Keep the cache directory bounded: stamps of files that are gone or have
 * changed are deleted, then the least recently used stamps and raw cache
 * files beyond a count (and the raw files beyond a total size), and
 * temporary files a crashed writer left.  Run when something new is written
 * there. */
#define CACHE_KEEP_STAMPS 256
#define CACHE_KEEP_RAW 16
#define CACHE_KEEP_RAW_BYTES ((uint64_t)2 << 30)

typedef struct CacheEnt { char name[72]; int64_t used; uint64_t bytes; bool raw; } CacheEnt;

static int cache_ent_newer(const void *a, const void *b)
{
    const CacheEnt *x = a, *y = b;
    return x->used > y->used ? -1 : x->used < y->used;
}

static bool stamp_is_stale(int dfd, const char *name)
{
    int fd = openat(dfd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    StampHeader sh;
    char path[PATH_MAX];
    bool stale = false;
    if (read(fd, &sh, sizeof sh) == (ssize_t)sizeof sh && !memcmp(sh.magic, STAMP_MAGIC, 8) && sh.pathlen < PATH_MAX &&
        read(fd, path, sh.pathlen) == (ssize_t)sh.pathlen) {
        path[sh.pathlen] = 0;
        struct stat st;
        uint64_t ident[5];
        if (stat(path, &st) < 0) stale = errno == ENOENT || errno == ENOTDIR;
        else {
            stamp_ident(&st, ident);
            stale = memcmp(ident, sh.ident, sizeof ident) != 0;
        }
    }
    close(fd);
    return stale;
}

static void cache_prune(void)
{
    char dir[PATH_MAX];
    if (!cache_dir(dir, true)) return;
    DIR *d = opendir(dir);
    if (!d) return;
    int dfd = dirfd(d);
    CacheEnt *v = NULL;
    size_t n = 0, cap = 0;
    time_t now = time(NULL);
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        const char *nm = de->d_name;
        size_t len = strlen(nm);
        struct stat st;
        if (len >= sizeof v->name || fstatat(dfd, nm, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode)) continue;
        if (strstr(nm, ".tmp.")) {                   /* a writer's: an hour old means it died */
            if (now - st.st_mtime > 3600) unlinkat(dfd, nm, 0);
            continue;
        }
        bool raw = len > 4 && !strcmp(nm + len - 4, ".raw");
        if (!raw && !(len > 9 && !strcmp(nm + len - 9, ".verified"))) continue;
        if (!raw && stamp_is_stale(dfd, nm)) {
            unlinkat(dfd, nm, 0);
            continue;
        }
        if (n == cap) v = realloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
        memcpy(v[n].name, nm, len + 1);
        /* atime moves on use (under relatime, at least daily) */
        v[n].used = st.st_atime > st.st_mtime ? st.st_atime : st.st_mtime;
        v[n].bytes = (uint64_t)st.st_blocks * 512;
        v[n++].raw = raw;
    }
    qsort(v, n, sizeof *v, cache_ent_newer);
    size_t stamps = 0, raws = 0;
    uint64_t raw_bytes = 0;
    for (size_t i = 0; i < n; i++) {
        bool drop;
        if (v[i].raw) {
            raw_bytes += v[i].bytes;
            drop = ++raws > CACHE_KEEP_RAW || (raws > 1 && raw_bytes > CACHE_KEEP_RAW_BYTES);
        } else {
            drop = ++stamps > CACHE_KEEP_STAMPS;
        }
        if (drop) unlinkat(dfd, v[i].name, 0);
    }
    free(v);
    closedir(d);
}

/* Write a raw copy of a compressed image into the cache (atomically). */
static int make_raw_cache(Image *im, const char *dst)
{
    size_t nsec = im->h.nsections;
    ImageSection *tab = malloc(nsec * sizeof *tab);
    memcpy(tab, im->tab, nsec * sizeof *tab);
    ImageHeader h = im->h;
    h.flags = IMG_RAW;
    uint64_t off = HEAP_ROUND_UP(sizeof h + nsec * sizeof *tab, IMG_PAGE);
    char tmp[PATH_MAX + 128];
    snprintf(tmp, sizeof tmp, "%s.tmp.%d", dst, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) { free(tab); return -1; }
    ZSTD_DCtx *dc = ZSTD_createDCtx();
    int rc = 0;
    for (size_t i = 0; i < nsec && rc == 0; i++) {
        ImageSection *s = &tab[i];
        if (s->kind != SEC_DATA) continue;
        void *in = malloc(s->file_size), *out = malloc(s->size);
        off = data_offset(off, s);
        if (pread(im->fd, in, s->file_size, (off_t)s->file_offset) != (ssize_t)s->file_size) rc = -1;
        size_t n = rc ? 0 : ZSTD_decompressDCtx(dc, out, s->size, in, s->file_size);
        if (rc || ZSTD_isError(n) || n != s->size || snap_checksum(out, s->size) != s->checksum) rc = -1;
        else if (pwrite(fd, out, s->size, (off_t)off) != (ssize_t)s->size) rc = -1;
        s->file_offset = off;
        s->file_size = s->size;
        off += s->size;
        free(in);
        free(out);
    }
    ZSTD_freeDCtx(dc);
    h.file_bytes = off;
    h.table_checksum = snap_checksum(tab, nsec * sizeof *tab);
    h.header_checksum = 0;
    h.header_checksum = snap_checksum(&h, sizeof h);
    if (rc == 0 && (pwrite(fd, &h, sizeof h, 0) != (ssize_t)sizeof h ||
                    pwrite(fd, tab, nsec * sizeof *tab, sizeof h) != (ssize_t)(nsec * sizeof *tab) ||
                    ftruncate(fd, (off_t)off) < 0))
        rc = -1;
    close(fd);
    free(tab);
    if (rc == 0 && rename(tmp, dst) == 0) return 0;
    unlink(tmp);
    return -1;
}

/* Verify and map an image into the (not yet reserved) arena; rs (if not
 * NULL) is told what to record at the end of the run. */
static int restore_image(const char *path, Restore *rs)
{
    Image im;
    Timing *tm = rs ? rs->tm : NULL;
    if (image_open(&im, path, true) < 0) { image_close(&im); return -1; }
    if (tm) timing_mark(tm, "open");
    int rc;
    if (rs && im.h.flags == IMG_RAW) {
        snprintf(rs->raw_path, sizeof rs->raw_path, "%s", path);
        rs->raw_st = im.st;
    }
    if (im.h.flags == IMG_RAW) {
        rc = image_verify_raw(&im, rs);
        if (tm) timing_mark(tm, "verify");
        if (rc == 0) rc = reserve_arena();
        if (rc == 0) rc = map_raw(&im, rs && rs->record, tm);
    } else {
        char cpath[PATH_MAX + 64];
        Image raw;
        bool cached = false;
        if (cache_path(&im, cpath, sizeof cpath)) {
            if (access(cpath, R_OK) != 0) {
                if (image_verify_data(&im) < 0) { image_close(&im); return -1; }
                if (make_raw_cache(&im, cpath) == 0) cache_prune();
            }
            int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
            dup2(devnull, 2);            /* a bad cache file is rebuilt, not reported */
            cached = image_open(&raw, cpath, true) == 0 && raw.h.table_checksum != 0 &&
                     image_verify_raw(&raw, rs) == 0;
            dup2(saved, 2);
            close(saved);
            close(devnull);
            if (!cached) { image_close(&raw); unlink(cpath); }
        }
        if (cached) {
            if (rs) {
                snprintf(rs->raw_path, sizeof rs->raw_path, "%s", cpath);
                rs->raw_st = raw.st;
            }
            if (tm) timing_mark(tm, "verify");
            rc = reserve_arena();
            if (rc == 0) rc = map_raw(&raw, rs && rs->record, tm);
            image_close(&raw);
        } else {
            if (rs) rs->record = false;
            rc = image_verify_data(&im);
            if (rc == 0) rc = reserve_arena();
            if (rc == 0) rc = unpack_in_place(&im);
        }
    }
    image_close(&im);
    return rc;
}

/* -- Open files ----------------------------------------------------------------

 * A process restored from an image does not inherit the baker's file
 * descriptors.  Regular files and devices open at bake time are recorded
 * (descriptor, path, flags, offset) and re-opened at the same numbers after a
 * restore; if one cannot be re-opened its descriptor stays closed, so using it
 * fails with EBADF.  Sockets, pipes and path-less kernel objects (epoll,
 * eventfd, ...) cannot be carried over: baking refuses. */

/* Descriptors open before the program ran (inherited from the caller) are
 * the caller's business: they are neither recorded nor refused. */
static uint64_t *inherited_fds(void)
{
    uint64_t *bits = calloc(1024 / 64, sizeof(uint64_t));
    DIR *dir = opendir("/proc/self/fd");
    if (!dir) return bits;
    int self_fd = dirfd(dir);
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        int fd = atoi(de->d_name);
        if (de->d_name[0] >= '0' && de->d_name[0] <= '9' && fd != self_fd && fd < 1024)
            bits[fd / 64] |= (uint64_t)1 << (fd % 64);
    }
    closedir(dir);
    return bits;
}

static int record_open_files(const uint64_t *inherited)
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir) return 0;
    Value files = list_new(0);
    int self_fd = dirfd(dir), rc = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] < '0' || de->d_name[0] > '9') continue;
        int fd = atoi(de->d_name);
        if (fd <= 2 || fd == self_fd) continue;
        if (fd < 1024 && (inherited[fd / 64] >> (fd % 64)) & 1) continue;
        struct stat st;
        if (fstat(fd, &st) < 0) continue;
        char link[64], path[PATH_MAX], info[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, path, sizeof path - 1);
        path[n > 0 ? n : 0] = 0;
        /* kernel objects with no path (epoll, eventfd, timerfd, signalfd,
         * inotify: "anon_inode:[eventpoll]") cannot be re-opened either */
        bool anon = !strncmp(path, "anon_inode:", 11);
        if (S_ISSOCK(st.st_mode) || S_ISFIFO(st.st_mode) || anon) {
            fail("cannot bake: the program holds an open %s (file descriptor %d); close it before the "
                 "snapshot, e.g. in a kiln.register_before_snapshot hook",
                 anon ? path : S_ISSOCK(st.st_mode) ? "socket" : "pipe", fd);
            rc = -1;
            break;
        }
        if (n <= 0) continue;
        long long flags = 0;
        snprintf(info, sizeof info, "/proc/self/fdinfo/%d", fd);
        FILE *fi = fopen(info, "r");
        if (fi) {
            char line[128];
            while (fgets(line, sizeof line, fi))
                if (!strncmp(line, "flags:", 6)) flags = strtoll(line + 6, NULL, 8);
            fclose(fi);
        }
        off_t off = lseek(fd, 0, SEEK_CUR);
        list_append(files, tuple_pack(4, MKSMALL(fd), str_from_cstr(path), MKSMALL(flags),
                                      int_from_i64(off < 0 ? 0 : off)));
    }
    closedir(dir);
    if (rc == 0) dict_set_cstr(kiln_state_dict(), "open_files", files);
    return rc;
}

static void reopen_files(void)
{
    Value files = dict_get_cstr(kiln_state_dict(), "open_files");
    if (!files || !IS_LIST(files)) return;
    for (int64_t i = 0; i < LIST_SIZE(files); i++) {
        Value t = LIST_ITEMS(files)[i];
        int fd = (int)SMALL_VAL(TUPLE_ITEMS(t)[0]);
        int flags = (int)SMALL_VAL(TUPLE_ITEMS(t)[2]) & ~(O_CREAT | O_TRUNC | O_EXCL);
        int64_t off = 0;
        int_as_i64(TUPLE_ITEMS(t)[3], &off);
        int nfd = open(STR_DATA(TUPLE_ITEMS(t)[1]), flags | O_CLOEXEC);
        if (nfd < 0) continue;
        if (nfd != fd) {
            if (dup3(nfd, fd, (flags & O_CLOEXEC) ? O_CLOEXEC : 0) < 0) { close(nfd); continue; }
            close(nfd);
        } else if (!(flags & O_CLOEXEC)) {
            fcntl(fd, F_SETFD, 0);
        }
        if (!(flags & O_APPEND)) lseek(fd, (off_t)off, SEEK_SET);
    }
}

/* -- Commands ------------------------------------------------------------------- */

static Value kiln_state_get(const char *key)
{
    return dict_get_cstr(kiln_state_dict(), key);
}

static int run_hooks(const char *key, bool reverse)
{
    Value hooks = kiln_state_get(key);
    if (!hooks || !IS_LIST(hooks)) return 0;
    int64_t n = LIST_SIZE(hooks);
    for (int64_t k = 0; k < n; k++) {
        Value fn = LIST_ITEMS(hooks)[reverse ? n - 1 - k : k];
        if (!obj_call0(fn)) return -1;
    }
    return 0;
}

/* Just before the image is written: what the fix-ups of a restore need,
 * kept where they find it without look-ups (after_restore). */
static void record_fixups(void)
{
    thread_before_snapshot();
    kiln_environ_before_snapshot();
}

static const char bake_usage[] =
    "usage: kiln bake [-o IMAGE] [--raw] [--level N] [--main MOD:FUNC] SCRIPT [ARGS...]\n";

int snap_bake_main(int argc, char **argv)
{
    const char *out = NULL, *main_name = NULL;
    bool raw = false;
    int level = 3, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-o") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(a, "--raw")) raw = true;
        else if (!strcmp(a, "--level") && i + 1 < argc) {
            char *end;
            long l = strtol(argv[++i], &end, 10);
            if (*end || l < 1 || l > 19) { fprintf(stderr, "kiln bake: --level must be 1..19\n"); return 2; }
            level = (int)l;
        } else if (!strcmp(a, "--main") && i + 1 < argc) main_name = argv[++i];
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(bake_usage, stdout); return 0; }
        else { fprintf(stderr, "kiln bake: unknown option %s\n%s", a, bake_usage); return 2; }
    }
    if (i >= argc) { fputs(bake_usage, stderr); return 2; }
    const char *script = argv[i];
    if (main_name && !strchr(main_name, ':')) {
        fprintf(stderr, "kiln bake: --main takes MODULE:FUNCTION\n");
        return 2;
    }
    char outbuf[PATH_MAX];
    if (!out) {
        snprintf(outbuf, sizeof outbuf, "%s", script);
        size_t n = strlen(outbuf);
        if (n > 3 && !strcmp(outbuf + n - 3, ".py")) outbuf[n - 3] = 0;
        strncat(outbuf, ".kiln", sizeof outbuf - strlen(outbuf) - 1);
        out = outbuf;
    }
    char real[PATH_MAX], dir[PATH_MAX];
    if (!realpath(script, real)) {
        fprintf(stderr, "kiln: can't open file '%s': [Errno %d] %s\n", script, errno, strerror(errno));
        return 2;
    }
    snprintf(dir, sizeof dir, "%s", real);
    *strrchr(dir, '/') = 0;
    uint64_t *inherited = inherited_fds();
    heap_segregate();   /* the objects a restore only reads stay apart from the rest */
    if (kiln_start_runtime(argc, argv, i + 1, script, dir) < 0) return 1;
    dict_set_cstr(kiln_state_dict(), "baking", TRUE_V);
    int rc = kiln_run_main_file(script, false);
    if (rc == 0 && thread_join_nondaemon() < 0) rc = kiln_exit_status(exc_fetch());
    if (rc != 0) {
        fprintf(stderr, "kiln: %s exited with status %d; no image written\n", script, rc);
        return rc;
    }
    if (gil_threads() > 1) {
        fprintf(stderr, "kiln bake: %d threads are still running (an image is written only when one thread runs); "
                "no image written\n", gil_threads());
        return 1;
    }
    if (main_name) dict_set_cstr(kiln_state_dict(), "main", str_from_cstr(main_name));
    if (run_hooks("before_snapshot", true) < 0) {
        int st = kiln_exit_status(exc_fetch());
        fprintf(stderr, "kiln: a before-snapshot hook failed; no image written\n");
        return st ? st : 1;
    }
    dict_set_cstr(kiln_state_dict(), "baking", FALSE_V);
    kiln_flush_std();
    int fds_ok = record_open_files(inherited);
    free(inherited);
    if (fds_ok < 0) return 1;
    record_fixups();
    R->ts.c_stack_base = NULL;
    vm_drop_frame_stack();  /* a restored process's first call takes a fresh one */
    heap_trim();    /* free pages read as zero and stay out of the image */
    heap_forget_free_space();
    Value mv = kiln_state_get("main");
    const char *mname = main_name ? main_name : mv && IS_STR(mv) ? STR_DATA(mv) : mv ? "<kiln.set_main>" : "__main__.main";
    if (write_image(out, raw, level, mname) < 0) return 1;
    return 0;
}

/* -- A new hash secret (--rehash) ----------------------------------------------

 * Every process restored from an image shares the image's str/bytes hash
 * secret.  --rehash draws a new one and re-keys the heap: the cached hashes
 * of str, bytes, tuples and weak references are dropped, frozensets are
 * rebuilt innermost first (a frozenset's hash comes from its elements';
 * rounds repeat until no frozenset's hash changes), functools.lru_cache's
 * keys (_HashedSeq, which keeps hash(tuple) in .hashvalue) get their hash
 * again, then every set and dict (the interned-string table is one) is
 * re-keyed.  It writes to most pages of the heap, so they are no longer
 * shared with other processes.
 * What cannot be re-keyed: a hash that Python code computed and kept (an
 * object whose __hash__ returns a value stored at bake time, a hash written
 * in a data structure or a file).  Such an object still finds itself in a
 * dict — the dict is re-keyed with the hash its __hash__ returns — but an
 * equal object made after the restore hashes differently.  It is the same
 * as carrying hash values from one CPython process to another with a
 * different PYTHONHASHSEED. */
typedef struct ValList { Value *v; size_t n, cap; } ValList;
typedef struct Rehash { ValList tuples, frozen, sets, dicts, hseqs; Type *hseq; } Rehash;

static void vl_add(ValList *l, Value v)
{
    if (l->n == l->cap) l->v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 256) * sizeof *l->v);
    l->v[l->n++] = v;
}

static void rehash_visit(Object *o, void *ctx)
{
    Rehash *rh = ctx;
    Type *t = o->type;
    Value v = OBJ_VAL(o);
    if (!t) return;
    if (t == rh->hseq) vl_add(&rh->hseqs, v);
    else if (t == T(str) || (t->flags & TF_STR_SUB)) str_forget_hash(v);
    else if (t == T(tuple) || (t->flags & TF_TUPLE_SUB)) { tuple_forget_hash(v); vl_add(&rh->tuples, v); }
    else if (t == T(dict) || (t->flags & TF_DICT_SUB)) vl_add(&rh->dicts, v);
    else if (type_is_subtype(t, T(bytes))) bytes_forget_hash(v);
    else if (type_is_subtype(t, T(frozenset))) vl_add(&rh->frozen, v);
    else if (type_is_subtype(t, T(set))) vl_add(&rh->sets, v);
}

/* Does the set or dict hold a key whose hash Python code may compute
 * (anything but str, bytes, int, float, None and the bools)? */
static bool has_complex_key(Value c, bool is_dict)
{
    int64_t pos = 0;
    Value k, v;
    while (is_dict ? dict_next(c, &pos, &k, &v) : set_next(c, &pos, &k)) {
        if (IS_SMALL(k) || k == NONE || k == TRUE_V || k == FALSE_V) continue;
        Type *t = TYPE(k);
        if (t != T(str) && t != T(bytes) && t != T(int) && t != T(float)) return true;
    }
    return false;
}

/* Re-key the sets (and frozensets' tables), then the dicts, that hold a
 * complex key (has_complex_key) or, with complex false, those that do not. */
static void rehash_tables(Rehash *rh, bool complex)
{
    for (size_t i = 0; i < rh->frozen.n; i++)
        if (has_complex_key(rh->frozen.v[i], false) == complex) set_rehash(rh->frozen.v[i]);
    for (size_t i = 0; i < rh->sets.n; i++)
        if (has_complex_key(rh->sets.v[i], false) == complex) set_rehash(rh->sets.v[i]);
    for (size_t i = 0; i < rh->dicts.n; i++)
        if (has_complex_key(rh->dicts.v[i], true) == complex) dict_rehash(rh->dicts.v[i]);
    exc_clear();
}

static void rehash_heap(void)
{
    /* the lists live in malloc'd memory: no collection until they are gone */
    gc_pause();
    Rehash rh = { 0 };
    Value ft = dict_get_cstr(R->modules, "functools");     /* (with the old secret) */
    Value hs = ft ? obj_lookup_attr(ft, str_from_cstr("_HashedSeq")) : 0;
    exc_clear();
    if (hs && IS_TYPEOBJ(hs)) rh.hseq = (Type *)hs;
    init_hash_secret();
    weakref_forget_hashes();
    heap_each_object(rehash_visit, &rh);
    /* First the tables of simple keys, with no Python code running: then
     * the str-keyed dicts (modules', classes', instances', the builtins) are
     * right, and a __hash__ written in Python can run (before, its lookups
     * could miss, and a miss would stay in the method cache). */
    rehash_tables(&rh, false);
    int64_t *last = calloc(rh.frozen.n + 1, sizeof *last);
    for (int round = 0; round < 100; round++) {
        bool changed = false;
        for (size_t i = 0; i < rh.tuples.n; i++) tuple_forget_hash(rh.tuples.v[i]);
        for (size_t i = 0; i < rh.frozen.n; i++) {
            int64_t h = 0;
            set_rehash(rh.frozen.v[i]);
            if (obj_hash(rh.frozen.v[i], &h) < 0) exc_clear();
            changed |= round == 0 || h != last[i];
            last[i] = h;
        }
        if (!changed) break;
    }
    for (size_t i = 0; i < rh.tuples.n; i++) tuple_forget_hash(rh.tuples.v[i]);
    for (size_t i = 0; i < rh.hseqs.n; i++) {
        Value l = rh.hseqs.v[i];
        int64_t h;
        Value t = IS_LIST(l) ? list_as_tuple(l) : 0;
        if (!t || obj_hash(t, &h) < 0 || obj_setattr(l, str_from_cstr("hashvalue"), int_from_i64(h)) < 0) exc_clear();
    }
    /* Then the tables whose keys' hashes may come from such code. */
    rehash_tables(&rh, true);
    free(last);
    free(rh.tuples.v);
    free(rh.frozen.v);
    free(rh.sets.v);
    free(rh.dicts.v);
    free(rh.hseqs.v);
    gc_resume();
}

static void count_page(void *ctx, uint64_t addr, int kind, int mapping)
{
    ((long *)ctx)[kind]++;
}

static void timing_report(Timing *t)
{
    if (!t->on) return;
    fprintf(stderr, "kiln: restore timing, wall ms / CPU ms (page faults):");
    for (int k = 0; k < t->n; k++)
        fprintf(stderr, " %s %.3f/%.3f (%ld)", t->name[k], t->wall[k] - (k ? t->wall[k - 1] : t->t0),
                t->cpu[k] - (k ? t->cpu[k - 1] : 0), t->faults[k] - (k ? t->faults[k - 1] : 0));
    fprintf(stderr, "; total %.3f/%.3f (%ld)\n", t->wall[t->n - 1] - t->t0, t->cpu[t->n - 1], t->faults[t->n - 1]);
    long count[3] = { 0 };
    arena_pages(count_page, count, false);
    fprintf(stderr, "kiln: arena pages: %ld mapped from the image, %ld image pages copied on write, %ld new\n",
            count[0], count[1], count[2]);
}

/* After-restore fix-ups, then the main function. */
static int after_restore(int argc, char **argv, int first_arg, const char *image, bool rehash, Timing *tm)
{
    heap_init_local();
    type_cache_go_local();
    gil_after_restore();
    timing_mark(tm, "heap");
    if (rehash) {
        rehash_heap();
        timing_mark(tm, "rehash");
    }
    reopen_files();
    timing_mark(tm, "files");
    TS->frame = NULL;
    TS->depth = 0;
    TS->exc = 0;
    TS->handled = 0;
    if (thread_after_restore() < 0) return -1;
    timing_mark(tm, "threads");
    /* sys.argv: the image path, then the new arguments */
    Value av = R->argv;
    while (LIST_SIZE(av))
        if (!list_pop(av)) return -1;
    list_append(av, str_from_cstr(image));
    for (int i = first_arg; i < argc; i++) list_append(av, str_from_cstr(argv[i]));
    if (sys_set_executable() < 0) return -1;
    R->restored = 1;            /* next to R->ts, on a page written anyway */
    R->nss_ready = 0;           /* per process (main.c, name_services_ready) */
    R->locale_pending = 1;      /* localemodule.c */
    timing_mark(tm, "argv");
    /* Signal handlers are per process: set again every signal the program
     * set from Python to a handler or to SIG_IGN. */
    signal_after_restore();
    faulthandler_after_restore();
    timing_mark(tm, "signals");
    /* Re-seed what must differ per process, refresh the environment. */
    Value mods = R->modules;
    Value rnd = dict_get_cstr(mods, "random");
    if (rnd) {
        Value seed = obj_getattr(rnd, S(seed));
        if (!seed || !obj_call0(seed)) return -1;
    }
    timing_mark(tm, "random");
    if (kiln_refresh_environ() < 0) return -1;
    timing_mark(tm, "environ");
    int rc = run_hooks("after_restore", false);
    timing_mark(tm, "hooks");
    return rc;
}

static int call_main(void)
{
    Value m = kiln_state_get("main");
    Value fn = 0;
    if (m && IS_STR(m)) {
        const char *s = STR_DATA(m), *colon = strchr(s, ':');
        Value mod = dict_get(R->modules, str_new(s, (size_t)(colon - s)));
        if (!mod) mod = import_module(str_new(s, (size_t)(colon - s)));
        if (!mod) return -1;
        fn = obj_getattr(mod, str_from_cstr(colon + 1));
        if (!fn) return -1;
    } else if (m) {
        fn = m;
    } else if (R->main_module) {
        fn = dict_get_cstr(AS(Module, R->main_module)->dict, "main");
        if (!fn) return 0;
    }
    if (!fn) return 0;
    return obj_call0(fn) ? 0 : -1;
}

int snap_run_main(int argc, char **argv)
{
    static const char usage[] = "usage: kiln run [--rehash] IMAGE [ARGS...]\n";
    int i = 1;
    bool rehash = false;
    for (; i < argc && argv[i][0] == '-' && strcmp(argv[i], "-"); i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--rehash")) { rehash = true; continue; }
        fprintf(stderr, "kiln run: unknown option %s\n%s", argv[i], usage);
        return 2;
    }
    if (i >= argc) { fputs(usage, stderr); return 2; }
    const char *image = argv[i];
    Timing tm = { .on = false };
    timing_start(&tm);
    Restore rs = { .record = false, .tm = &tm };
    if (restore_image(image, &rs) < 0) return 1;
    /* the image holds the baking process's stack base: scan from this frame */
    R->ts.c_stack_base = __builtin_frame_address(0);
    int st = 0;
    if (after_restore(argc, argv, i + 1, image, rehash, &tm) < 0 || call_main() < 0)
        st = kiln_exit_status(exc_fetch());
    timing_mark(&tm, "main");
    st = kiln_finish(st, false);
    timing_mark(&tm, "exit");
    HotList hot = { 0 };
    if (rs.record) stamp_collect(&hot);
    timing_report(&tm);
    if (rs.record) stamp_record(&rs, &hot);
    return st;
}

int snap_inspect_main(int argc, char **argv)
{
    bool json = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) json = true;
        else if (!path) path = argv[i];
        else { fputs("usage: kiln inspect [--json] IMAGE\n", stderr); return 2; }
    }
    if (!path) { fputs("usage: kiln inspect [--json] IMAGE\n", stderr); return 2; }
    Image im;
    if (image_open(&im, path, false) < 0) { image_close(&im); return 1; }
    uint8_t bid[32];
    uint32_t blen;
    snap_build_id(bid, &blen);
    bool same = blen == im.h.build_id_len && !memcmp(bid, im.h.build_id, blen);
    int data_ok = image_verify_data(&im) == 0;
    char idhex[65];
    hex(idhex, im.h.build_id, im.h.build_id_len > 32 ? 32 : im.h.build_id_len);
    uint32_t ncommit = 0, ndata = 0;
    uint64_t committed = 0;
    for (uint32_t i = 0; i < im.h.nsections; i++) {
        if (im.tab[i].kind == SEC_COMMIT) { ncommit++; committed += im.tab[i].size; }
        else ndata++;
    }
    if (json) {
        printf("{\"path\": \"%s\", \"format_version\": %u, \"compression\": \"%s\", \"build_id\": \"%s\", "
               "\"build_id_matches\": %s, \"arena_base\": %llu, \"arena_size\": %llu, \"file_bytes\": %llu, "
               "\"raw_bytes\": %llu, \"committed_bytes\": %llu, \"commit_ranges\": %u, \"data_sections\": %u, "
               "\"created\": %llu, \"main\": \"%s\", \"checksums_ok\": %s}\n",
               path, im.h.version, im.h.flags == IMG_RAW ? "none" : "zstd", idhex, same ? "true" : "false",
               (unsigned long long)im.h.arena_base, (unsigned long long)im.h.arena_size,
               (unsigned long long)im.h.file_bytes, (unsigned long long)im.h.raw_bytes,
               (unsigned long long)committed, ncommit, ndata, (unsigned long long)im.h.created, im.h.main_name,
               data_ok ? "true" : "false");
    } else {
        printf("image:          %s\n", path);
        printf("format version: %u\n", im.h.version);
        printf("compression:    %s\n", im.h.flags == IMG_RAW ? "none (raw, mapped directly)" : "zstd");
        printf("build id:       %s (%s)\n", idhex, same ? "matches this kiln" : "another kiln binary");
        printf("arena:          %#llx, %llu GiB reserved\n", (unsigned long long)im.h.arena_base,
               (unsigned long long)(im.h.arena_size >> 30));
        printf("file size:      %llu bytes\n", (unsigned long long)im.h.file_bytes);
        printf("heap data:      %llu bytes in %u sections\n", (unsigned long long)im.h.raw_bytes, ndata);
        printf("committed:      %llu bytes in %u ranges\n", (unsigned long long)committed, ncommit);
        printf("main:           %s\n", im.h.main_name);
        printf("checksums:      %s\n", data_ok ? "ok" : "BAD");
    }
    if (!json && same && data_ok) {
        image_close(&im);
        if (restore_image(path, NULL) == 0) {
            heap_init_local();
            Value keys = dict_keys_list(R->modules);
            if (keys && list_sort(keys, 0, false) == 0) {
                printf("modules (%lld):", (long long)LIST_SIZE(keys));
                for (int64_t k = 0; k < LIST_SIZE(keys); k++) printf(" %s", STR_DATA(LIST_ITEMS(keys)[k]));
                printf("\n");
            }
        }
        return 0;
    }
    image_close(&im);
    return data_ok ? 0 : 1;
}
