"""No department judges itself: who judges a case, and the 403 for anyone inside the accused.

A case concerning department X is never accepted, decided or closed by X or a unit below X
(the directory's parent links: a street does not judge its district). A unit above X may
(seed 001, art. 13-16: the district decides on its streets' and departments' officials).
"""

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.models import Case
from services.referrals.config import ReferralsSettings
from services.referrals.database import directory
from shared.auth import Principal
from shared.directory import FunctionalRole
from shared.errors import ConflictOfInterest, Forbidden


async def judges(session: AsyncSession, settings: ReferralsSettings, case: Case) -> list[str]:
    """Gets who judges a case: supervision, unless the case concerns it (or a unit above it).

    No department judges itself: a case concerning supervision goes to the body the
    settings name (REFERRALS_CONFLICT_BODY, the government office by default, or the level
    above); none when that body is inside the concerned department too.
    """
    names = [FunctionalRole.SUPERVISION, settings.conflict_body]
    return await directory.outside(session, names, case.concerned_department)


async def judged_by_caller(
    session: AsyncSession, *, principal: Principal, case: Case, settings: ReferralsSettings
) -> None:
    """Refuses a caller who is not the case's judge: 403, conflict of interest when it is."""
    codes = await judges(session, settings, case)
    if principal.department in codes:
        return
    concerned = case.concerned_department
    if concerned and await directory.within(session, principal.department, concerned):
        raise ConflictOfInterest(
            f"conflict of interest: the case concerns {concerned}, which "
            f"{principal.department} is or belongs to; it is judged by "
            f"{', '.join(codes) or 'the level above (REFERRALS_CONFLICT_BODY)'}"
        )
    raise Forbidden(f"only the case's judge ({', '.join(codes) or 'the level above'}) acts on it")


async def judged_for_supervision(
    session: AsyncSession, settings: ReferralsSettings, department: str
) -> list[str]:
    """Gets the units whose cases this department judges in supervision's place (if any)."""
    if department not in await directory.holders(session, settings.conflict_body):
        return []
    supervision = await directory.codes_with_role(session, FunctionalRole.SUPERVISION)
    return [unit for code in supervision for unit in await directory.chain(session, code)]
