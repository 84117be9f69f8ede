"""Spreadsheet import and export: file reading, cell widgets, resources and the results template."""
