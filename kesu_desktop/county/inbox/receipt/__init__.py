"""The receipt list of an import: what it says (``content``), written as a workbook (``workbook``) and a PDF
(``pdf``), both at once and atomically (``files``)."""
