"""The facts of the source documents, as plain data for demo/loader.py."""
