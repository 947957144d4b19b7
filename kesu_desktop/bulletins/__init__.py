"""The county bulletin (县回执): what comes back to a township on the stick that carried its return. The signed
file (:mod:`.document`) and the township's side of it (:mod:`.township`: pinning the county's key, applying,
undoing, what the county recorded of each month); the county writes them (:mod:`kesu_desktop.county.bulletins`).

May use: ``returns`` (the signed manifest), ``store``, ``reference``, ``base`` and ``db``.
"""
