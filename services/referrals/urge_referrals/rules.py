"""Who reads urge referrals (R5); whether a notice refers is registry's rule, in its event."""

from shared.directory import FunctionalRole

READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})
