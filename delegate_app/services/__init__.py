"""Use cases: each opens and closes its own transaction and returns frozen records."""
