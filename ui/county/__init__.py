"""The county office's pages (inbox, reporting status, consolidation, targets, reports). Until they land, the
placeholder page says that the feature comes in a later version.
"""
