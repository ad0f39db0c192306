# Tandem: thin entry points; the work is done by the scripts in scripts/.

.DEFAULT_GOAL := help
SHELL := /bin/bash
CPP_DIRS := $(wildcard src tests bench)

.PHONY: help demo test bench fuzz build web format clean

help: ## show this list
	@echo "Tandem make targets:"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-8s %s\n", $$1, $$2 }'
	@echo "Options: RESEED=1 make demo (fresh demo data); TEST_ONLY=unit|api|e2e make test;"
	@echo "         FUZZ_SECONDS=600 make fuzz (per target); scripts/fuzz.sh --help (one target)"

demo: ## install what is missing, build, seed data/demo.db and serve on http://localhost:8080/
	scripts/demo.sh

test: ## the whole suite: C++ (SQLite + PostgreSQL), web unit, API, browser journeys
	scripts/test.sh

bench: ## build and run the Google Benchmark binaries (build/bench/*_benchmark)
	scripts/bench.sh

fuzz: ## build the libFuzzer targets (clang-16, ASan+UBSan) into build-fuzz/, run each FUZZ_SECONDS (60)
	scripts/bootstrap.sh --fuzz
	scripts/fuzz.sh --seconds $${FUZZ_SECONDS:-60}

build: ## build the server (Release) into build/tandem
	scripts/bootstrap.sh --server
	scripts/build.sh

web: ## build the web app into web/dist
	scripts/bootstrap.sh --web
	scripts/build.sh --web-only

format: ## clang-format the C++ sources in src/ tests/ bench/
	@if [ -n "$(CPP_DIRS)" ]; then \
	  find $(CPP_DIRS) -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.cc' -o -name '*.cpp' \) \
	    -print0 | xargs -0 -r clang-format -i --style=file; \
	fi

clean: ## remove build outputs (build/, build-fuzz/, web/dist, test reports); keeps data/demo.db
	rm -rf build build-fuzz web/dist web/test-results web/playwright-report
