"""SQLAlchemy 2 typed models of the local store, by whose store they belong to: the reference data both roles
hold (:mod:`.reference`), a unit's own records and returns (:mod:`.unit`), the county office's (:mod:`.county`) and
the ledger mappings both keep (:mod:`.ledger`) and the bulletins from the county (:mod:`.bulletin`), on one
declarative base (:mod:`.base`). Everything is importable from here (``models.Activity``).

Reference tables are keyed by stable codes from ``resources/reference``; records carry UUIDs because they
travel between machines in returns. The schema changes only through a migration in ``db/migrations``.
"""

from db.models.base import NAMING, Base
from db.models.bulletin import CountyBulletin, CountyKey, SendBack
from db.models.county import (
    CountyImport,
    CountySettings,
    FigureRollup,
    ImportFile,
    IssuedReport,
    LedgerFigure,
    LedgerImport,
    LedgerRecord,
    ReceivedRecord,
    ReceivedReturn,
    ReportText,
    ReturnFigure,
    SurveyMapping,
    UnitKey,
    UnitReportingStart,
)
from db.models.ledger import LedgerMapping
from db.models.reference import (
    ActivityForm,
    Campaign,
    KeyProject,
    Plan,
    PlanTarget,
    StockIndicator,
    TargetEntry,
    TargetGroup,
    TargetShare,
    TrainingKind,
    Unit,
)
from db.models.unit import (
    Activity,
    ActivityTargetGroup,
    ChangeLog,
    Installation,
    ReturnVersion,
    SigningKey,
    StockFigure,
    Training,
)

__all__ = [
    "NAMING",
    "Activity",
    "ActivityForm",
    "ActivityTargetGroup",
    "Base",
    "Campaign",
    "ChangeLog",
    "CountyBulletin",
    "CountyImport",
    "CountyKey",
    "CountySettings",
    "FigureRollup",
    "ImportFile",
    "Installation",
    "IssuedReport",
    "KeyProject",
    "LedgerFigure",
    "LedgerImport",
    "LedgerMapping",
    "LedgerRecord",
    "Plan",
    "PlanTarget",
    "ReceivedRecord",
    "ReceivedReturn",
    "ReportText",
    "ReturnFigure",
    "ReturnVersion",
    "SendBack",
    "SigningKey",
    "StockFigure",
    "StockIndicator",
    "SurveyMapping",
    "TargetEntry",
    "TargetGroup",
    "TargetShare",
    "Training",
    "TrainingKind",
    "Unit",
    "UnitKey",
    "UnitReportingStart",
]
