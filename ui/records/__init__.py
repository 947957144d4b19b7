"""The records screens: the Activities and Trainings page, its lazy list model and columns, the filter bar, the
editors (shared base and one per record type), the bin, the change history, and the period-end figures dialog.
"""
