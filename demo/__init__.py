"""The demonstration data: every fact of the source documents, loaded idempotently."""
