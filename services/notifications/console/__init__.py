"""The operator console: a read-only page of the live event flow and consumer lag."""
