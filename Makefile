# convene: `make demo` shows it on an example workspace, `make test` runs every test.
SWIFT ?= swift

.PHONY: all build deps demo test bench clean

all: build

deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build

demo: build
	@Scripts/demo.sh

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	@Benchmarks/import-benchmark.sh
	@python3 Benchmarks/schedule-benchmark.py
	@python3 Benchmarks/itc2007-benchmark.py
	@python3 Benchmarks/invite-benchmark.py
	@python3 Benchmarks/feedback-benchmark.py
	@python3 Benchmarks/network-benchmark.py
	@python3 Benchmarks/encoding-benchmark.py

clean:
	rm -rf .build
