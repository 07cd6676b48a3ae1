"""quickscan and learning register

Revision ID: 0007
Revises: 0006

Reserved for the quickscan and learning register area; its tables are added here before this revision lands.
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
