"""KeSu Desktop's Qt front end: widgets, item models and dialogs that call the services in ``kesu_desktop``."""
