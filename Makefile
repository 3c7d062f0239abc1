# Installs parley like any other command-line tool:
#
#     make install PREFIX=$HOME/.local     # or /usr/local (the default), with sudo
#     make uninstall PREFIX=$HOME/.local
#
# The program and its resource folders go together in PREFIX/libexec/parley/, where the program finds
# them, with a link in PREFIX/bin/; man pages (one per subcommand) in PREFIX/share/man/man1/; bash, zsh
# and fish completions where those shells look for them. DESTDIR is prepended for packaging.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
CONFIGURATION ?= release
# The Swift standard library linked in, so the program runs where no Swift toolchain is installed.
SWIFT_BUILD_FLAGS ?= --static-swift-stdlib

# Where `build` leaves its products and man pages; `install-built` copies from here, so a build made
# elsewhere (or earlier) can be installed without building again.
PRODUCTS ?= $(shell $(SWIFT) build -c $(CONFIGURATION) --show-bin-path)
MANUALS ?= .build/plugins/GenerateManual/outputs/parley

LIBEXEC_DIR = $(DESTDIR)$(PREFIX)/libexec/parley
BIN_DIR = $(DESTDIR)$(PREFIX)/bin
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
RESOURCES = parley_ParleyModel.resources parley_ParleyThemes.resources

.PHONY: all build manuals install install-built install-program install-manuals uninstall

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION) --product parley $(SWIFT_BUILD_FLAGS)

# swift-argument-parser's plugin: builds the package and writes one page per subcommand. The pages are
# the same whichever way the program is built, so the plugin uses the debug build `swift build` and
# `swift test` already make, instead of a second release build with other flags.
MANUAL_CONFIGURATION ?= debug

manuals:
	$(SWIFT) package generate-manual --configuration $(MANUAL_CONFIGURATION) --multi-page

install: manuals build install-built

install-built: install-program install-manuals

# The program, its resources, the link in bin/ and the shell completions (written by the program itself).
install-program:
	@test -x "$(PRODUCTS)/parley" || { echo "make: no parley program in $(PRODUCTS); run 'make build' first" >&2; exit 1; }
	rm -rf "$(LIBEXEC_DIR)"
	install -d "$(LIBEXEC_DIR)" "$(BIN_DIR)" "$(BASH_DIR)" "$(ZSH_DIR)" "$(FISH_DIR)"
	install -m 755 "$(PRODUCTS)/parley" "$(LIBEXEC_DIR)/parley"
	for folder in $(RESOURCES); do cp -R "$(PRODUCTS)/$$folder" "$(LIBEXEC_DIR)/"; done
	ln -sf ../libexec/parley/parley "$(BIN_DIR)/parley"
	"$(LIBEXEC_DIR)/parley" --generate-completion-script bash > "$(BASH_DIR)/parley"
	"$(LIBEXEC_DIR)/parley" --generate-completion-script zsh > "$(ZSH_DIR)/_parley"
	"$(LIBEXEC_DIR)/parley" --generate-completion-script fish > "$(FISH_DIR)/parley.fish"

install-manuals:
	@ls "$(MANUALS)"/parley*.1 >/dev/null 2>&1 || { echo "make: no man pages in $(MANUALS); run 'make manuals' first" >&2; exit 1; }
	install -d "$(MAN_DIR)"
	install -m 644 "$(MANUALS)"/parley*.1 "$(MAN_DIR)/"

uninstall:
	rm -rf "$(LIBEXEC_DIR)"
	rm -f "$(BIN_DIR)/parley" "$(MAN_DIR)"/parley.1 "$(MAN_DIR)"/parley.*.1
	rm -f "$(BASH_DIR)/parley" "$(ZSH_DIR)/_parley" "$(FISH_DIR)/parley.fish"
