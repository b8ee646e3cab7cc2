"""Shot-list exports (CSV and XLSX, English or Chinese headers) as registered exporters."""

from __future__ import annotations

from shotgraph.core.io.shotlist import write_csv, write_xlsx

from . import Exporter, register

register(Exporter("csv", (".csv",), "shot list as CSV (UTF-8 with BOM, opens in Excel)", write_csv, "shot-list"))
register(Exporter("xlsx", (".xlsx",), "shot list as an Excel workbook", write_xlsx, "shot-list"))
