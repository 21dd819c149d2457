"""Column types shared by the models."""
import json
import uuid

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import CHAR, TypeDecorator

# A plain alias: every short code is twelve characters.
ShortCode = sa.String(12)


class GUID(TypeDecorator):
    """A UUID: PostgreSQL's own type there, 32 hexadecimal characters elsewhere."""

    impl = CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID())
        else:
            return dialect.type_descriptor(CHAR(32))

    def process_bind_param(self, value, dialect):
        if value is None:
            return value
        if dialect.name == "postgresql":
            return str(value)
        return "%.32x" % uuid.UUID(str(value)).int

    def process_result_value(self, value, dialect):
        if value is None:
            return value
        return uuid.UUID(value)


class JSONEncoded(TypeDecorator):
    """Any JSON value, kept as text."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else json.dumps(value)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)


class LowerCaseString(TypeDecorator):
    """Text compared and stored in lower case; the length is the caller's."""

    impl = sa.String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else None


class Money(TypeDecorator):
    impl = sa.Numeric
    cache_ok = True
