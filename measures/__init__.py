"""Measures, operations, events, indicators and the yearly results."""
