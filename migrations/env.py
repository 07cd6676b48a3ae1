"""Alembic environment: wplstudio hands over an open connection; the alembic
command line (for writing new revisions) may pass -x url=sqlite:///file."""

from alembic import context
from sqlalchemy import create_engine

from wplstudio.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    from wplstudio.storage.database import make_engine
    from wplstudio.storage.locations import resolve

    engine = make_engine(resolve(context.get_x_argument(as_dictionary=True)["url"]))
    with engine.connect() as conn:
        run(conn)
        conn.commit()
