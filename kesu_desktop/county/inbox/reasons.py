"""The reason a file was not stored, kept with the import (``import_file.reason``) as JSON and read back as
the error it was, so that past imports and their receipt lists show it in the user's language of the day."""

from __future__ import annotations

import json
from typing import Any

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Nested, Phrase


class KeyRefusedError(KesuError):
    """A file waiting for its unit's key, whose advice on the command line names the command."""

    def __init__(self, template: str, cli_template: str | None = None, **values: Any) -> None:
        super().__init__(template, **values)
        if cli_template is not None:
            self.cli_template = cli_template


def _encode(value: object) -> object:
    if isinstance(value, Nested):
        return {"nested": [value.context, value.template, {k: _encode(v) for k, v in value.values.items()}]}
    if isinstance(value, Phrase):
        return {"phrase": str(value)}
    return value if isinstance(value, int | str) else str(value)


def _decode(value: object) -> object:
    if isinstance(value, dict) and "nested" in value:
        context, template, values = value["nested"]
        return Nested(str(context), str(template), {str(k): _decode(v) for k, v in dict(values).items()})
    if isinstance(value, dict) and "phrase" in value:
        return Phrase(str(value["phrase"]))
    return value


def encode_reason(reason: KesuError | None) -> str | None:
    if reason is None:
        return None
    document: dict[str, Any] = {
        "template": reason.template,
        "values": {k: _encode(v) for k, v in reason.values.items()},
    }
    if hasattr(reason, "cli_template"):
        document["cli_template"] = reason.cli_template
    return json.dumps(document, ensure_ascii=False)


def decode_reason(text: str | None) -> KesuError | None:
    if not text:
        return None
    document = json.loads(text)
    values = {str(k): _decode(v) for k, v in dict(document["values"]).items()}
    if "cli_template" in document:
        return KeyRefusedError(str(document["template"]), str(document["cli_template"]), **values)
    return KesuError(str(document["template"]), **values)
