"""Background jobs: long work run by a worker process, with the progress and the result a user sees."""
