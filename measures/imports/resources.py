"""django-import-export resources by kind: the spreadsheet columns of the data contracts, keyed by codes.

One mechanism behind the admin buttons and `manage.py import_data`. Each resource declares who
may import it (`importable_by`, a rule of accounts.policy), the scope filter of its export
(`scope_filter`) and its XLSX template (`template`); the admin and the command read these
declarations. Every lookup is loaded once per import (a dict of code -> record per reference
table; the operations the file names; the existing results of the file's keys batch by batch),
each row is parsed and checked in memory,
and results are written in bulk together with their history records, so the number of queries
grows with the file, never with the table.
"""

from .base import SpreadsheetResource, import_refusal
from .measures import MeasureResource
from .operations import OperationResource
from .reference import BodyResource, IndicatorResource, MemberStateResource, ProgrammeResource
from .results import ResultResource

__all__ = ["REFERENCE_RESOURCES", "RESOURCES", "import_refusal", "resource_for"]

# The kinds that can be imported, by the name the admin and `import_data` use.
RESOURCES: dict[str, type[SpreadsheetResource]] = {
    resource.kind: resource for resource in (ResultResource, OperationResource, MeasureResource)
}
REFERENCE_RESOURCES = {
    "states": MemberStateResource,
    "bodies": BodyResource,
    "indicators": IndicatorResource,
    "programmes": ProgrammeResource,
}


def resource_for(kind: str) -> type[SpreadsheetResource]:
    return RESOURCES[kind]
