"""The common library: only mechanisms every service needs, no domain rules."""
