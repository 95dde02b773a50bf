""" A client library for accessing Notifications service (抄送与反馈) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
