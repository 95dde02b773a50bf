"""When an urge notice becomes a referral (R5), without I/O."""

from services.referrals.urge_referrals.rules import opens_referral


def test_second_urge_notice_opens_a_referral_R5() -> None:
    assert not opens_referral(1)
    assert opens_referral(2)
    assert opens_referral(3)  # later notices find the task already referred (unique task id)
