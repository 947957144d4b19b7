"""The chase-up list (催报单): what it says (``content``), written as a workbook (``workbook``) and a PDF
(``pdf``), both at once and atomically (``files``)."""
