"""Numbers in Vietnamese form through Babel's ``vi`` locale: ``1.234,5`` and ``10,3%``."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal, format_percent


def format_number_vi(value: float | int | Decimal, max_decimals: int = 3) -> str:
    """``1234.5`` → ``1.234,5`` (dot for thousands, comma for decimals)."""
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return format_decimal(value, format=pattern, locale="vi")


def format_percent_vi(ratio: float | Decimal, max_decimals: int = 1) -> str:
    """``0.103`` → ``10,3%``. Babel's default percent pattern rounds to whole numbers, hence this one."""
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "") + "%"
    return format_percent(ratio, format=pattern, locale="vi")
