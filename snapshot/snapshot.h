/* kiln snapshot: images of a warmed-up heap (DESIGN.md §5).
 *
 * Image file layout (all integers little-endian, as the only target is x86-64):
 *   ImageHeader                      fixed size, checksum over itself
 *   ImageSection[nsections]          commit ranges and data ranges
 *   data                             raw: each data section page-aligned at its
 *                                    file_offset; compressed: one zstd frame
 *                                    per section
 * A COMMIT section says "this range of the arena is read-write" (no data); a
 * DATA section carries the bytes of its range.  Restore reserves the arena,
 * makes the COMMIT ranges read-write, and maps (raw) or decompresses (zstd)
 * every DATA section at its address: no pointer is ever fixed up. */
#ifndef KILN_SNAPSHOT_H
#define KILN_SNAPSHOT_H

#include "core.h"

#define IMG_MAGIC    "KILNIMG\n"
#define IMG_VERSION  1u
#define IMG_PAGE     4096u

enum { IMG_RAW = 1, IMG_ZSTD = 2 };
enum { SEC_COMMIT = 1, SEC_DATA = 2 };

typedef struct ImageHeader {
    char magic[8];
    uint32_t version;
    uint32_t flags;            /* IMG_RAW or IMG_ZSTD */
    uint8_t build_id[32];
    uint32_t build_id_len;
    uint32_t nsections;
    uint64_t arena_base, arena_size;
    uint64_t raw_bytes;        /* sum of DATA section sizes */
    uint64_t file_bytes;       /* the whole file */
    uint64_t table_checksum;   /* of the section table */
    uint64_t created;          /* unix time of the bake */
    char main_name[64];        /* what runs after restore, for inspect */
    uint64_t header_checksum;  /* of this header with this field zero */
} ImageHeader;

typedef struct ImageSection {
    uint64_t addr, size;       /* arena range */
    uint64_t file_offset, file_size;
    uint64_t checksum;         /* of the raw bytes */
    uint32_t kind;             /* SEC_* */
    uint32_t pad_;
} ImageSection;

uint64_t snap_checksum(const void *data, size_t n);
int snap_build_id(uint8_t out[32], uint32_t *len);

/* Commands (argv[0] is the command name). */
int snap_bake_main(int argc, char **argv);
int snap_run_main(int argc, char **argv);
int snap_inspect_main(int argc, char **argv);

#endif
