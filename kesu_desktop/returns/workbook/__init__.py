"""The return's Excel workbook: its sheets (tables, registers, the signed manifest), their style, and reading a
workbook back to verify every visible cell against the signed payload.
"""
