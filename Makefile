# Atrium — the two commands: `make run` and `make test`.
SWIFT ?= swift
DEMO_DIR ?= .atrium-demo
PORT ?= 8080

.PHONY: setup build release run test lint format bench clean

setup:
	@scripts/setup

build: setup
	$(SWIFT) build --product atrium
	$(SWIFT) build --product atrium-server

## make release: the optimised `atrium` for daily use, in .build/release/atrium, and beside it
## `atrium-server`, which `atrium serve` runs (see scripts/release-build).
release: setup
	scripts/release-build --product atrium
	scripts/release-build --product atrium-server

## make run: build Atrium and serve the web app on a demo workspace (clients in Sydney, London, New York),
## created in $(DEMO_DIR) on the first run and kept afterwards.
run: build
	@bin=$$($(SWIFT) build --show-bin-path)/atrium; \
	[ -f $(DEMO_DIR)/atrium.sqlite ] || $$bin demo --data-dir $(DEMO_DIR); \
	exec $$bin serve --data-dir $(DEMO_DIR) --port $(PORT)

## make test: lint, then build and run every test.
test: setup lint
	$(SWIFT) build --build-tests
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict -r Package.swift Sources Tests

format:
	$(SWIFT) format -i -r Package.swift Sources Tests

## make bench: release build, benchmark stores of 100k and 1M entries, results in bench/results/.
bench:
	@scripts/setup bench
	bench/run

clean:
	rm -rf .build .build-* $(DEMO_DIR)
