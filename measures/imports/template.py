"""The XLSX template for results: the header row, a sheet of valid codes, list validation on code columns."""

import io

import openpyxl
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from measures.models import Indicator, Operation, Result
from programmes.models import Body, MemberState, Programme

from .columns import RESULT_COLUMNS

# Rows of the data sheet that carry the validation: far more than a year's figures of one analyst.
TEMPLATE_ROWS = 5000
RECENT_YEARS = 3


def results_template_xlsx() -> bytes:
    """A workbook an analyst fills in and imports as it is (first sheet: the data)."""
    book = openpyxl.Workbook()
    data = book.active
    data.title = "results"
    data.append(RESULT_COLUMNS)
    for cell in data[1]:
        cell.font = Font(bold=True)
    data.freeze_panes = "A2"

    this_year = timezone.localdate().year
    lists = {
        "programme": [(p.slug, p.localized("title")) for p in Programme.objects.order_by("slug")],
        "indicator": [(i.code, i.localized("name")) for i in Indicator.objects.order_by("code")],
        "operation": [
            (op.name, f"{op.year}")
            for op in Operation.objects.filter(year__gte=this_year - RECENT_YEARS).order_by("-year", "name")
        ],
        "state": [(s.code, s.localized("name")) for s in MemberState.objects.order_by("code")],
        "body": [(b.code, b.localized("name")) for b in Body.objects.order_by("code")],
        "qualifier": [(value, str(label)) for value, label in Result.Qualifier.choices],
    }
    codes = book.create_sheet("codes")
    for index, (column, entries) in enumerate(lists.items()):
        code_col = get_column_letter(2 * index + 1)
        label_col = get_column_letter(2 * index + 2)
        codes[f"{code_col}1"] = column
        codes[f"{label_col}1"] = _("year") if column == "operation" else _("name")
        codes[f"{code_col}1"].font = codes[f"{label_col}1"].font = Font(bold=True)
        for row, (code, label) in enumerate(entries, start=2):
            codes[f"{code_col}{row}"] = code
            codes[f"{label_col}{row}"] = label
        codes.column_dimensions[code_col].width = 24
        codes.column_dimensions[label_col].width = 40
        if not entries:
            continue
        validation = DataValidation(
            type="list",
            formula1=f"=codes!${code_col}$2:${code_col}${len(entries) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=_("Unknown code"),
            error=_("Choose a code from the “codes” sheet."),
        )
        data_col = get_column_letter(RESULT_COLUMNS.index(column) + 1)
        validation.add(f"{data_col}2:{data_col}{TEMPLATE_ROWS}")
        data.add_data_validation(validation)

    year = DataValidation(
        type="whole", operator="between", formula1="1991", formula2="2100", allow_blank=True
    )
    year.error = _("A year, e.g. %(year)d.") % {"year": this_year}
    year.showErrorMessage = True
    year.add(f"B2:B{TEMPLATE_ROWS}")
    value = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    value.error = _("A number, zero or more.")
    value.showErrorMessage = True
    value.add(f"G2:G{TEMPLATE_ROWS}")
    data.add_data_validation(year)
    data.add_data_validation(value)
    for index, column in enumerate(RESULT_COLUMNS, start=1):
        data.column_dimensions[get_column_letter(index)].width = 40 if column == "notes" else 22

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
