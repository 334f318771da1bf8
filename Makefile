# kiln: the one build entry.  `make` builds build/kiln (and build/kiln-static);
# `make test` runs the suite; `make run` bakes and runs the sample app.  See
# README.md.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
           -fno-strict-aliasing -fno-pie -fno-omit-frame-pointer
CPPFLAGS += -Icore -MMD -MP -DKILN_LIBDIR='"$(CURDIR)/stdlib/lib"' $(EXTRA_CPPFLAGS)
# -z noseparate-code: the code and the read-only data share one mapping that
# starts at a 2 MiB boundary (0x400000), so its first 2 MiB can be mapped by
# one huge page (see the link rule).  -z now: the dynamic loader binds every
# library function at start-up, in one pass over libc's symbol tables, instead
# of on each function's first call: a restore takes about 0.5 ms less CPU
# (bench/startup.py), and the tables are read-only afterwards (full RELRO).
LDFLAGS += -no-pie -Wl,--build-id=sha1 -Wl,-z,noseparate-code -Wl,-z,now
# zstd and zlib linked in statically: two shared libraries fewer to find, map
# and relocate at every start (and every restore) of a process.
LDLIBS  += -Wl,-Bstatic -lzstd -lz -Wl,-Bdynamic -lm -lpthread

B := build
SRCS := $(wildcard core/*.c core/objects/*.c stdlib/*.c snapshot/*.c jit/*.c)
# tokenizer/parser are linked into the runtime; astdump/test drivers are not.
OBJS := $(SRCS:%.c=$(B)/%.o)

DEB_PKGS := gcc make libzstd-dev libffi-dev libseccomp-dev libsqlite3-dev zlib1g-dev \
            libpython3.11-stdlib python3 python3-django python3-bottle python3-jinja2 python3-mako

.PHONY: all deps test run lint stress bench bench-start cpython-tests clean static
all: $(B)/kiln $(B)/kiln-static

deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; apt-get update && apt-get install -y $$missing; fi

# A binary is linked to $@.tmp, then written in 2 MiB blocks: the page cache
# then holds it in 2 MiB pages, and the kernel maps the first 2 MiB of code
# with one page-table entry.  On a virtual machine with shadow page tables
# each 4 KiB page a process touches the first time costs microseconds: a
# restore runs about 0.5 ms faster (bench/startup.py).  Renamed into place,
# so a running kiln is not overwritten.
INSTALL_2M = dd if=$@.tmp of=$@.new bs=2M status=none && chmod 755 $@.new && mv -f $@.new $@ && rm -f $@.tmp

$(B)/kiln: $(OBJS)
	$(CC) $(LDFLAGS) -o $@.tmp $^ $(LDLIBS)
	$(INSTALL_2M)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# A static kiln (make static): no dynamic loader, no shared C library to map
# and relocate at every start, so a restore takes about 2.5 ms less CPU here
# (bench/startup.py).  The price: no dlopen of other libraries, and user,
# group, host and service lookups use only the files under /etc and DNS
# (main.c, name_services_ready); glibc's link-time warnings about those
# lookups are silenced.
static: $(B)/kiln-static
$(B)/kiln-static: $(OBJS)
	$(CC) $(LDFLAGS) -static -Wl,--no-warnings -o $@.tmp $^ -lzstd -lz -lm -lpthread
	$(INSTALL_2M)

# A development link that tolerates parts still being written (calls to a
# missing function crash): never used by tests or CI.
$(B)/kiln-dev: $(OBJS)
	$(CC) $(LDFLAGS) -Wl,--unresolved-symbols=ignore-all -o $@ $^ $(LDLIBS)

test: deps all
	./tests/run.sh

# The main job: bake the sample app into an image, then run it from the image.
run: deps all
	$(B)/kiln bake -o $(B)/hello.kiln images/hello/app.py
	$(B)/kiln inspect $(B)/hello.kiln
	$(B)/kiln run $(B)/hello.kiln / "/?name=kiln" "/primes?n=60"

# Benchmarks against python3 and pypy3 (installed from Debian if missing).
bench: deps all
	@command -v pypy3 >/dev/null 2>&1 || (apt-get update && apt-get install -y pypy3)
	/usr/bin/python3 bench/run.py --markdown

# Start-up: python3, pypy3, kiln on the source, kiln restoring an image.
bench-start: deps all
	/usr/bin/python3 bench/startup.py

# CPython's own unit tests (libpython3.11-testsuite) under kiln's unittest:
# a report of counts, not a gate.
cpython-tests: deps all
	@dpkg -s libpython3.11-testsuite >/dev/null 2>&1 || (apt-get update && apt-get install -y libpython3.11-testsuite)
	/usr/bin/python3 tools/cpython_tests.py

stress: deps all
	KILN_GC_STRESS=97 ./tests/run.sh --timeout 900

lint: $(OBJS)
	./tools/lint.sh $(OBJS)

clean:
	rm -rf $(B)

-include $(OBJS:.o=.d)
