# presslens: `make reports` builds the HTML reports from the bundled seeds; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install reports test check lab bench clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

reports: $(STAMP)
	$(PY) -m presslens report --corpus seeds --out reports

test: $(STAMP)
	$(PY) -m pytest

check: $(STAMP)
	$(VENV)/bin/ruff check lib tests benchmarks
	$(VENV)/bin/mypy

# make lab ARGS="--port 8890 --no-browser": extra flags go to JupyterLab; as root (containers) --allow-root is added.
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(ARGS)

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py

clean:
	rm -rf reports
