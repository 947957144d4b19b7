"""The end of the first-run setup of a county office whose store is on a PostgreSQL server: the fresh, empty store
the app opened in the data folder is closed, the folder is pointed at the server (``attach_to_server``, as
``init --database`` does), the password kept when the clerk asked so, and the folder opened again on the server.
When another clerk set up the county's store there already, this computer joins it and the wizard's setup is not
saved; otherwise it is, as for a store on this computer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.access import has_password
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, Setup, read_installation, save_installation
from kesu_desktop.store.moving import attach_to_server
from kesu_desktop.store.server import ServerAddress, keep_password
from kesu_desktop.store.startup import prepare_store
from ui.i18n import translate
from ui.store.lock import UnlockDialog, password_is_right


@dataclass(frozen=True)
class ServerChoice:
    """The server the wizard logged in to, the password that did it, and whether to keep that password."""

    address: ServerAddress
    password: str
    keep: bool


def put_on_server(store: Store, choice: ServerChoice) -> ReferenceData:
    """Point ``store``'s folder at the server and let ``store`` work on it from now on; the reference data there.
    ``store`` must be a fresh folder's (its file holds no setup). Raises a KesuError when it cannot; the folder's
    own file is then as it was, unless it was pointed at the server already."""
    data_dir = store.data_dir
    store.close()
    attach_to_server(data_dir, choice.address)
    if choice.keep and choice.password:
        keep_password(choice.address, choice.password)

    def typed(_address: ServerAddress, refused_before: bool) -> str | None:
        return None if refused_before else choice.password

    opened, reference = prepare_store(data_dir, ask_password=typed)
    store.work_on(opened)
    return reference


def set_up_on_server(
    store: Store, setup: Setup, choice: ServerChoice, translator: Translator, parent: QWidget | None = None
) -> tuple[Installation, ReferenceData] | None:
    """Put the fresh folder's store on the server and save ``setup`` there, or join the county store another clerk
    set up there (saying so, and asking for that store's password when it has one). None when this fails (the
    reason shown) or the clerk quits at the password."""
    title = translate("SetupOnServer", "County store on a server")
    try:
        reference = put_on_server(store, choice)
        with store.transaction() as session:
            existing = read_installation(session)
            if existing is None:
                return save_installation(session, setup, reference), reference
            protected = has_password(session)
    except KesuError as error:
        QMessageBox.critical(parent, title, translator.render(error))
        return None
    unit = reference.find_unit(existing.setup.unit_code)
    QMessageBox.information(
        parent,
        title,
        translate(
            "SetupOnServer",
            "The server {server} holds the county store of {unit} already, set up by {clerk}. This computer joins "
            "it: the setup entered here was not saved, and the clerks work on the same store.",
        ).format(
            server=choice.address.describe(),
            unit=unit.name if unit else existing.setup.unit_code,
            clerk=existing.setup.clerk_name,
        ),
    )
    if protected:
        unlock = UnlockDialog(partial(password_is_right, store), can_quit=True)
        if unlock.exec() != QDialog.DialogCode.Accepted:
            return None
    return existing, reference
