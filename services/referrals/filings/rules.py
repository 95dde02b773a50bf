"""Filing of fault-handling results (备案备查, R14): who reads a filing (pure)."""

from shared.directory import FunctionalRole

# Every department files its own results; supervision keeps and counts them (R14).
READERS = frozenset({FunctionalRole.SUPERVISION})


def may_read(reader: str, reader_role: str | None, filed_by: str) -> bool:
    """Tells whether a department reads a filing: supervision, or the filing department."""
    return reader_role in READERS or reader == filed_by
