"""Accountability forms (问责方式) and how they may be decided: 001 article 10, part 2.

Pure data and functions; the case service validates decisions with `sanction_problems`.
"""

from collections.abc import Collection
from enum import StrEnum


class Sanction(StrEnum):
    """The closed list of accountability forms."""

    PUBLIC_APOLOGY = "public_apology"  # 责令公开道歉
    SUSPENSION = "suspension"  # 停职检查
    RESIGNATION = "resignation"  # 引咎辞职
    ORDERED_RESIGNATION = "ordered_resignation"  # 责令辞职
    REMOVAL = "removal"  # 免职
    ADMONITION = "admonition"  # 训诫
    WRITTEN_SELF_CRITICISM = "written_self_criticism"  # 责令作出书面检查
    CIRCULATED_CRITICISM = "circulated_criticism"  # 通报批评
    TRANSFER = "transfer"  # 调离现工作岗位
    ADMONISHING_TALK = "admonishing_talk"  # 诫勉谈话 (department heads)
    ORDERED_RECTIFICATION = "ordered_rectification"  # 责令整改 (department heads)
    RECOMMENDED_REMOVAL = "recommended_removal"  # 建议免职 (department heads)


# Art. 10: serious loss or bad influence (造成重大损失或者恶劣影响).
SERIOUS_FORMS = frozenset(
    {
        Sanction.PUBLIC_APOLOGY,
        Sanction.SUSPENSION,
        Sanction.RESIGNATION,
        Sanction.ORDERED_RESIGNATION,
        Sanction.REMOVAL,
    }
)
# Art. 10: no serious loss or bad influence.
ORDINARY_FORMS = frozenset(
    {
        Sanction.ADMONITION,
        Sanction.WRITTEN_SELF_CRITICISM,
        Sanction.CIRCULATED_CRITICISM,
        Sanction.TRANSFER,
    }
)
# Art. 10: these may be applied alone or together with other forms; the others exclude
# each other (one person cannot be both suspended and removed by one decision).
COMBINABLE_FORMS = frozenset(
    {
        Sanction.ADMONITION,
        Sanction.WRITTEN_SELF_CRITICISM,
        Sanction.CIRCULATED_CRITICISM,
        Sanction.PUBLIC_APOLOGY,
    }
)
# Part 2 (行政首长问责): the forms for heads of government departments.
DEPARTMENT_HEAD_FORMS = frozenset(
    {
        Sanction.ADMONISHING_TALK,
        Sanction.ORDERED_RECTIFICATION,
        Sanction.WRITTEN_SELF_CRITICISM,
        Sanction.PUBLIC_APOLOGY,
        Sanction.ORDERED_RESIGNATION,
        Sanction.RECOMMENDED_REMOVAL,
    }
)
# Part 2 read with art. 10: the heavy forms for department heads need a serious loss or bad
# influence, like art. 10 (1); talks, rectification and a written self-criticism do not.
DEPARTMENT_HEAD_SERIOUS_FORMS = frozenset(
    {Sanction.PUBLIC_APOLOGY, Sanction.ORDERED_RESIGNATION, Sanction.RECOMMENDED_REMOVAL}
)


def sanction_problems(
    sanctions: Collection[Sanction], serious: bool, department_head: bool = False
) -> list[str]:
    """Lists why a set of forms for one person cannot be decided (empty when it can)."""
    chosen = set(sanctions)
    if not chosen:
        return ["at least one form of accountability is required"]
    if len(chosen) != len(sanctions):
        return ["a form of accountability is listed twice"]
    problems: list[str] = []
    exclusive = sorted(chosen - COMBINABLE_FORMS)
    if len(exclusive) > 1:
        problems.append(f"{', '.join(exclusive)} may not be combined (art. 10)")
    if department_head:
        foreign = sorted(chosen - DEPARTMENT_HEAD_FORMS)
        if foreign:
            problems.append(f"{', '.join(foreign)} are not forms for department heads (part 2)")
        heavy = DEPARTMENT_HEAD_SERIOUS_FORMS
    else:
        outside = sorted(chosen - SERIOUS_FORMS - ORDINARY_FORMS)
        if outside:
            problems.append(f"{', '.join(outside)} are forms for department heads only (part 2)")
        heavy = SERIOUS_FORMS
    if serious and not chosen & heavy:
        problems.append("a serious loss or bad influence calls for a serious form (art. 10 (1))")
    if not serious and chosen & heavy:
        too_heavy = ", ".join(sorted(chosen & heavy))
        problems.append(f"{too_heavy} need a serious loss or bad influence (art. 10)")
    return problems
