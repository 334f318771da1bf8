/* kiln: compile every .py file under the given paths with the compiler's front half (parse,
 * symbol table, code generation, assembly, stack-depth analysis) and report how many compile.
 * No runtime needed.  Usage: compile_check [-d] [-q] [-x] PATH...
 *   -d  disassemble each file   -q  only the summary   -e  print each file's error as msg|line|offset */
#include "compile.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Stats { int files, ok, parse_fail, compile_fail; bool dis, quiet, errs; } Stats;

static void check_file(const char *path, Stats *st)
{
    FILE *f = fopen(path, "rb");
    if (!f) return;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); return; }
    buf[n] = 0;
    fclose(f);
    st->files++;
    AstPool *pool = ast_pool_new();
    SyntaxErrorInfo perr;
    memset(&perr, 0, sizeof perr);
    Mod *mod = ast_parse(pool, buf, (size_t)n, path, PARSE_FILE, 0, &perr);
    if (!mod) {
        st->parse_fail++;
        if (st->errs) printf("%s|%d|%d\n", perr.msg, perr.lineno, perr.offset);
        else if (!st->quiet) printf("PARSE %s:%d:%d: %s\n", path, perr.lineno, perr.offset, perr.msg);
    } else {
        CompileError err;
        memset(&err, 0, sizeof err);
        CUnit *u = compile_ast(pool, mod, buf, (size_t)n, path, 0, 0, &err);
        if (!u) {
            st->compile_fail++;
            if (st->errs) printf("%s|%d|%d\n", err.msg, err.lineno, err.offset);
            else if (!st->quiet) printf("COMPILE %s:%d:%d: %s\n", path, err.lineno, err.offset, err.msg);
        } else {
            st->ok++;
            if (st->errs) printf("OK\n");
            if (st->dis) cu_dis(u, stdout);
        }
    }
    ast_pool_free(pool);
    free(buf);
}

static void walk(const char *path, Stats *st)
{
    struct stat sb;
    if (stat(path, &sb) != 0) return;
    if (S_ISREG(sb.st_mode)) {
        size_t l = strlen(path);
        if (l > 3 && strcmp(path + l - 3, ".py") == 0) check_file(path, st);
        return;
    }
    if (!S_ISDIR(sb.st_mode)) return;
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    char **names = NULL;
    int nn = 0, cap = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (nn == cap) { cap = cap ? cap * 2 : 64; names = realloc(names, sizeof(char *) * (size_t)cap); }
        names[nn++] = strdup(e->d_name);
    }
    closedir(d);
    for (int i = 0; i < nn; i++) {
        char *p = malloc(strlen(path) + strlen(names[i]) + 2);
        sprintf(p, "%s/%s", path, names[i]);
        walk(p, st);
        free(p);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    Stats st = { 0 };
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-d") == 0) { st.dis = true; continue; }
        if (strcmp(argv[i], "-q") == 0) { st.quiet = true; continue; }
        if (strcmp(argv[i], "-e") == 0) { st.errs = true; st.quiet = true; continue; }
        walk(argv[i], &st);
    }
    printf("files: %d  compiled: %d  parse errors: %d  compile errors: %d\n", st.files, st.ok,
           st.parse_fail, st.compile_fail);
    return st.ok == st.files ? 0 : 1;
}
