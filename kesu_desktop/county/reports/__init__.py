"""The county's reports, what it files and hands up: the report as a document of sheets, tables, charts and the
county's own text (``document``); each kind built from the county picture's one aggregation: the consolidated
return (``consolidated``), target progress (``progress``), the end-of-plan evaluation (``evaluation``), the
national survey's activity rows (``survey``) and the annual supervision scorecard (``scorecard``); the
county's own words kept with a report (``texts``); the report signed (``signed``), written as a workbook
(``workbook``) and a PDF (``pdf``, with its ``charts``) and recorded (``files``)."""
