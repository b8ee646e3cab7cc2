# ShotGraph: `make run` opens the editor on the demo, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test bench lint typecheck clean translations installer installer-test wheel-test screenshots

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "ShotGraph needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/shotgraph

test: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -o addopts="" -q \
		--benchmark-only --benchmark-columns=min,median,mean,max,rounds --benchmark-sort=name

# Collect the editor's texts into the Chinese .ts (translations kept), then compile the .qm it loads.
translations: $(INSTALLED)
	$(BIN)/pyside6-lupdate -extensions py -tr-function-alias tr+=_tr,tr+=_say -locations none \
		desktop/shotgraph/ui -ts resources/translations/shotgraph_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/shotgraph_zh_CN.ts -qm resources/translations/shotgraph_zh_CN.qm

lint: $(INSTALLED)
	$(BIN)/ruff check desktop tests resources

# mypy over core/ and exports/, as pyproject.toml's [tool.mypy] sets it.
typecheck: $(INSTALLED)
	$(BIN)/mypy

screenshots: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m shotgraph.ui.screenshots docs/screenshots

installer: $(INSTALLED)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[installer]'
	$(BIN)/pyinstaller installer/shotgraph.spec --distpath build/dist --workpath build/work -y --log-level WARN

installer-test: installer
	SHOTGRAPH_BUNDLE=build/dist/shotgraph/shotgraph $(BIN)/python -m pytest tests/installer -q

# A wheel built from the checkout, installed into a fresh environment with nothing else beside it.
wheel-test: $(INSTALLED)
	rm -rf build/wheel build/wheel-venv
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps . -w build/wheel
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet --disable-pip-version-check build/wheel/shotgraph-*.whl
	SHOTGRAPH_WHEEL_VENV=build/wheel-venv $(BIN)/python -m pytest tests/installer/test_wheel.py -q

clean:
	rm -rf $(VENV) build .pytest_cache .hypothesis .benchmarks .ruff_cache .mypy_cache
