# Tandem: thin entry points; the work is done by the scripts in scripts/.

.DEFAULT_GOAL := help
SHELL := /bin/bash
CPP_DIRS := $(wildcard src tests bench)

.PHONY: help demo test bench build web format clean

help: ## show this list
	@echo "Tandem make targets:"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-8s %s\n", $$1, $$2 }'
	@echo "Options: RESEED=1 make demo (fresh demo data); TEST_ONLY=unit|api|e2e make test"

demo: ## install what is missing, build, seed data/demo.db and serve on http://localhost:8080/
	scripts/demo.sh

test: ## the whole suite: C++ (SQLite + PostgreSQL), web unit, API, browser journeys
	scripts/test.sh

bench: ## build and run the Google Benchmark binaries (build/bench/*_benchmark)
	scripts/bench.sh

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

clean: ## remove build outputs (build/, web/dist, test reports); keeps data/demo.db
	rm -rf build web/dist web/test-results web/playwright-report
