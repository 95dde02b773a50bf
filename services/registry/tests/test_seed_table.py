"""The demo tasks of seed 000's responsibility table, without I/O."""

from services.registry.departments.rules import SEED_DEPARTMENTS
from services.registry.tasks.seed import ALL_CITY, expand_units, load_table


def test_the_table_has_31_items_in_10_groups() -> None:
    assigned_on, assigned_by, items = load_table()
    assert len({i.group_no for i in items}) == 10
    assert sorted({i.item_no for i in items}) == list(range(1, 32))
    assert len({i.seed_key for i in items}) == len(items)
    assert assigned_by == "SZ-GOV-OFFICE"
    assert all(i.deadline >= assigned_on for i in items)


def test_every_responsible_unit_is_a_seeded_department() -> None:
    codes = {d.code for d in SEED_DEPARTMENTS}
    for item in load_table()[2]:
        assert item.lead_unit in codes, item
        assert set(item.co_units) <= codes, item
        assert item.lead_unit not in item.co_units


def test_collectives_expand_without_the_lead() -> None:
    units = expand_units("SZ-LEGAL", [ALL_CITY, "SZ-LEGAL"])
    assert "SZ-LEGAL" not in units and "SZ-FINANCE" in units
    assert len(units) == len(set(units))


def test_deadlines_follow_the_text() -> None:
    by_no = {i.item_no: i for i in load_table()[2]}
    assert str(by_no[2].deadline) == "2005-12-31"  # 2005年12月底前完成
    assert str(by_no[29].deadline) == "2006-04-30"  # 在2006年４月30日前
    assert str(by_no[7].deadline) == "2007-02-28"  # 2007年2月向社会公布完成情况
