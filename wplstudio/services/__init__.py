"""One module per area. A call is one use case in one short transaction that
returns plain data (dataclasses), never ORM objects."""
