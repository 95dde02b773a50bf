"""docs/authorization.md is generated from the routes' access policies and kept current."""

from tools.authz import OUT, render


def test_committed_authorization_document_is_current() -> None:
    assert OUT.read_text(encoding="utf-8") == render(), "run `make authz` and commit the result"


def test_the_document_shows_refusals_and_resource_rules() -> None:
    text = render()
    inbox = next(
        line for line in text.splitlines() if "`GET /departments/{department}/inbox`" in line
    )
    assert "the department named by {department} itself" in inbox and "◐" in inbox
    statistics = next(line for line in text.splitlines() if "`GET /referral-statistics`" in line)
    # no token, then SUPERVISION, PERSONNEL, FINANCE, AUDIT, LEGAL, GOV_OFFICE, PETITION, unit…
    assert statistics.split(" | ")[2:10] == ["–", "✓", "–", "–", "–", "–", "✓", "–"]
