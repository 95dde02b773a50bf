"""Typed clients of the four services, one subpackage each (generated; `make clients`).

    from accountability_client.referrals import AuthenticatedClient
    from accountability_client.referrals.api.referral_reports import file_report
    from accountability_client.referrals.models import ReportCreate

docs/contracts.md says how to install, authenticate and retry with an Idempotency-Key.
"""
