"""Errors the library raises. Each message says what went wrong and what to do; only cli.py maps them to exit codes."""


class KgError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 1


class InputError(KgError):
    """A page or file that cannot be read as a newspaper issue."""


class DateError(InputError):
    """No usable issue date."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store."""


class RemoteStoreError(StoreError):
    """The SPARQL endpoint failed or answered something unusable."""


class QueryError(KgError):
    """A SPARQL query that is malformed or not allowed."""


class ValidationFailed(KgError):
    """SHACL shapes found violations."""


class NotFoundError(KgError):
    """A named issue or entity is not in the store."""
