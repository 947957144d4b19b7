"""The return's printable PDF: the document and its tables, the font chain with the bundled CJK font, and text
drawn with Chinese line breaking.
"""
