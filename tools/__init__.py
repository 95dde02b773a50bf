"""Operators' tools (run from a checkout)."""
