""" A client library for accessing Complaints service (投诉受理) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
