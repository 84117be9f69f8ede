"""django-import-export resources by kind: the spreadsheet columns of the data contracts, keyed by codes.

One mechanism behind the admin buttons and `manage.py import_data`. Every lookup is loaded once
per import (a dict of code -> record per table, the existing records of the file's years in one
query), each row is parsed and checked in memory, and results are written in bulk together with
their history records, so the number of queries does not grow with the number of rows.
"""

from .base import IMPORTABLE_BY, import_refusal
from .measures import MeasureResource
from .operations import OperationResource
from .reference import BodyResource, IndicatorResource, MemberStateResource, ProgrammeResource
from .results import ResultResource

__all__ = ["IMPORTABLE_BY", "REFERENCE_RESOURCES", "RESOURCES", "import_refusal"]

RESOURCES = {
    "results": ResultResource,
    "operations": OperationResource,
    "measures": MeasureResource,
}
REFERENCE_RESOURCES = {
    "states": MemberStateResource,
    "bodies": BodyResource,
    "indicators": IndicatorResource,
    "programmes": ProgrammeResource,
}
