"""The XML of GeoReport v2: the JSON documents with the specification's element names.

A list is a root element of one child per item (`<services><service>…`); a list field inside
an item holds its items under the singular name (`<attributes><attribute>…`); null is an
empty element, booleans are `true`/`false`, instants W3C datetimes.
"""

import re
from datetime import date, datetime
from typing import Any
from xml.etree import ElementTree

# The children of each list element (GeoReport v2 and its service discovery).
ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
# Characters XML 1.0 cannot carry at all (controls other than tab, newline, return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return _NOT_XML.sub("", str(value))


def _fill(element: ElementTree.Element, value: Any) -> None:
    if isinstance(value, dict):
        for name, inner in value.items():
            _fill(ElementTree.SubElement(element, name), inner)
    elif isinstance(value, list):
        for inner in value:
            _fill(ElementTree.SubElement(element, ITEMS[element.tag]), inner)
    else:
        element.text = _text(value)


def render(root: str, document: dict[str, Any] | list[Any]) -> bytes:
    """Renders a JSON document (already dumped to plain values) under its root element."""
    element = ElementTree.Element(root)
    _fill(element, document)
    return ElementTree.tostring(element, encoding="utf-8", xml_declaration=True)
