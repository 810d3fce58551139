# The two commands of the README: `make run` and `make test`. Both bootstrap .venv on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
QM_DIR := notalone_desktop/translations
TS     := $(wildcard i18n/notalone_*.ts i18n/qtbase_extra_*.ts)
QM     := $(patsubst i18n/%.ts,$(QM_DIR)/%.qm,$(TS))
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck pytest i18n translations sysdeps wheel bench mutation dist dist-test clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

sysdeps: $(STAMP)
	@$(BIN)/python tools/ensure_system_deps.py

$(QM_DIR)/%.qm: i18n/%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: sysdeps translations
	$(BIN)/notalone

lint: $(STAMP)
	$(BIN)/ruff check notalone_desktop tests tools benchmarks
	$(BIN)/ruff format --check notalone_desktop tests tools benchmarks
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: sysdeps translations
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

test: lint typecheck pytest

# Refresh the .ts sources of truth from the code (translators then fill them in).
i18n: $(STAMP)
	$(BIN)/python tools/update_translations.py

# The performance benchmark, full run (a quick run is part of the test suite).
bench: sysdeps translations
	$(BIN)/python benchmarks/run.py

# Mutation testing of the rules (core/) and the archive, vCard and profile readers: a score per module against its
# target (tools/mutation.py; about 12 minutes on 2 shared cores). Not part of `make test`.
mutation: $(STAMP)
	$(BIN)/python -m pip install --quiet 'mutmut>=3.8,<4'
	$(BIN)/python tools/mutation.py $(MUTATION_ARGS)

# Installers into dist/ with SHA256SUMS (packaging/README.md), built with the pinned versions of
# packaging/constraints.txt. A branded build: make dist PROFILE=packaging/profiles/NAME.toml
# Signed: make dist GPG_KEY=<key id> or MINISIGN_KEY=<secret key file> (SHA256SUMS.asc / SHA256SUMS.minisig).
dist: $(STAMP)
	@$(BIN)/python tools/ensure_system_deps.py --dist
	$(BIN)/python -m pip install --quiet -c packaging/constraints.txt -e . pyinstaller
	$(BIN)/python packaging/build.py $(if $(PROFILE),--profile $(PROFILE)) $(if $(GPG_KEY),--gpg-key $(GPG_KEY)) \
		$(if $(MINISIGN_KEY),--minisign-key $(MINISIGN_KEY))

# Build, then check the .deb (lintian, an install into a scratch root, run, remove, data kept), the portable
# archive, the licences, the checksums and signatures, the macOS .app layout and the wheel (slow: a few minutes).
dist-test: dist
	NOTALONE_DIST_TEST=1 $(BIN)/python -m pytest -q tests/packaging

wheel: translations
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf build dist $(QM_DIR)/*.qm .pytest_cache .mypy_cache .ruff_cache
