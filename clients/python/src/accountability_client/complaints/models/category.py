from typing import Literal

Category = Literal['arbitrary_action', 'buck_passing', 'delay', 'dereliction', 'fiscal_discipline', 'inaction', 'misuse_of_funds', 'other', 'ten_prohibitions', 'unlawful_licensing']

CATEGORY_VALUES: set[Category] = { 'arbitrary_action', 'buck_passing', 'delay', 'dereliction', 'fiscal_discipline', 'inaction', 'misuse_of_funds', 'other', 'ten_prohibitions', 'unlawful_licensing',  }

def check_category(value: str) -> Category:
    if value in CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATEGORY_VALUES!r}")
