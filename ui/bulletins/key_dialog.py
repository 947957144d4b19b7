"""The first bulletin's question: the county's key fingerprint, large, to be compared with the one the county
office gave on paper or by phone before the township keeps the key (and takes only what it signs from then on).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.bulletins.document import SignedBulletin
from ui.i18n import translate


def _fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(28)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    return font


class CountyKeyDialog(QDialog):
    """Accepted when the clerk says the fingerprints agree; Cancel (the default) leaves everything as it was."""

    def __init__(self, bulletin: SignedBulletin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Bulletins", "The county's key"))
        county = str(bulletin.payload.get("county_name") or bulletin.payload.get("county_code") or "")
        heading = QLabel(translate("Bulletins", "First bulletin from {county}").format(county=county))
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        explanation = QLabel(
            translate(
                "Bulletins",
                "This is the first bulletin from the county. Compare the key fingerprint below with the one the "
                "county office gave you, on paper or by phone. Accept only if every character agrees: from then "
                "on, only bulletins signed with this key are taken.",
            )
        )
        explanation.setWordWrap(True)
        self.fingerprint = QLabel(bulletin.key_fingerprint)
        self.fingerprint.setFont(_fingerprint_font())
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(translate("Bulletins", "Fingerprint of the county's key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(translate("Bulletins", "The fingerprints &agree — accept"))
        self.accept_button.setAutoDefault(False)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.cancel_button.setFocus()
