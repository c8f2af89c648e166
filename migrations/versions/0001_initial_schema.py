"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "city",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("native_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("population", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name=op.f("ck_city_latitude_range")
        ),
        sa.CheckConstraint(
            "length(country_code) = 2", name=op.f("ck_city_country_code_two_letters")
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)",
            name=op.f("ck_city_longitude_range"),
        ),
        sa.CheckConstraint(
            "population IS NULL OR population >= 0", name=op.f("ck_city_population_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city")),
        sa.UniqueConstraint("name", "country_code", name="uq_city_name_country"),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_name"), ["name"], unique=False)

    op.create_table(
        "theme_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_theme_tag_name")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("home_city_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_city_id"],
            ["city.id"],
            name=op.f("fk_office_home_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_home_city_id"), ["home_city_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=40), server_default="", nullable=False),
        sa.Column("native_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "city_government",
                "network",
                "international_organisation",
                "ministry",
                "embassy",
                "company",
                "ngo",
                name="organisation_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("website", sa.String(length=300), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_organisation_city_id_city"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_kind"), ["kind"], unique=False)

    op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("partner_city_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "sister_city",
                "friendship_city",
                "memorandum_of_understanding",
                "letter_of_intent",
                name="partnership_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "active",
                "dormant",
                "expired",
                "ended",
                name="partnership_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), server_default="", nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "city_id <> partner_city_id", name=op.f("ck_partnership_two_different_cities")
        ),
        sa.CheckConstraint(
            "expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on",
            name=op.f("ck_partnership_expires_after_signed"),
        ),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_partnership_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["partner_city_id"],
            ["city.id"],
            name=op.f("fk_partnership_partner_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnership_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partnership_partner_city_id"), ["partner_city_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_partnership_status"), ["status"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "twinning_agreement",
                "friendship_agreement",
                "memorandum_of_understanding",
                "letter_of_intent",
                "joint_declaration",
                "cooperation_programme",
                name="agreement_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "signed",
                "in_force",
                "fulfilled",
                "expired",
                "terminated",
                name="agreement_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("signed_in_city_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("document_name", sa.String(length=255), server_default="", nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on",
            name=op.f("ck_agreement_expires_after_signed"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_agreement_partnership_id_partnership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["signed_in_city_id"],
            ["city.id"],
            name=op.f("fk_agreement_signed_in_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_signed_in_city_id"), ["signed_in_city_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)

    op.create_table(
        "network_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("member_organisation_id", sa.Integer(), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "member",
                "founding_member",
                "steering_committee",
                "vice_chair",
                "chair",
                "observer",
                name="membership_role",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("since_on", sa.Date(), nullable=True),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(city_id IS NULL) <> (member_organisation_id IS NULL)",
            name=op.f("ck_network_membership_one_member"),
        ),
        sa.CheckConstraint(
            "until_on IS NULL OR since_on IS NULL OR until_on >= since_on",
            name=op.f("ck_network_membership_until_after_since"),
        ),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_network_membership_city_id_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_network_membership_member_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["organisation.id"],
            name=op.f("fk_network_membership_network_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_membership")),
    )
    with op.batch_alter_table("network_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_membership_city_id"), ["city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_network_membership_member_organisation_id"),
            ["member_organisation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_network_membership_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("honorific", sa.String(length=60), server_default="", nullable=False),
        sa.Column("given_name", sa.String(length=240), server_default="", nullable=False),
        sa.Column("family_name", sa.String(length=240), server_default="", nullable=False),
        sa.Column("native_name", sa.String(length=240), server_default="", nullable=False),
        sa.Column(
            "name_order",
            sa.Enum(
                "given_first",
                "family_first",
                name="name_order",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.String(length=240), server_default="", nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column(
            "form_of_address_letter", sa.String(length=240), server_default="", nullable=False
        ),
        sa.Column(
            "form_of_address_spoken", sa.String(length=240), server_default="", nullable=False
        ),
        sa.Column("precedence_rank", sa.Integer(), nullable=True),
        sa.Column("languages", sa.String(length=120), server_default="", nullable=False),
        sa.Column("interpretation_needs", sa.Text(), server_default="", nullable=False),
        sa.Column("dietary_needs", sa.Text(), server_default="", nullable=False),
        sa.Column("accessibility_needs", sa.Text(), server_default="", nullable=False),
        sa.Column("email", sa.String(length=254), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=60), server_default="", nullable=False),
        sa.Column("biography", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("photo_mime", sa.String(length=40), server_default="", nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "given_name <> '' OR family_name <> ''", name=op.f("ck_person_has_a_name")
        ),
        sa.CheckConstraint(
            "precedence_rank IS NULL OR precedence_rank >= 1",
            name=op.f("ck_person_precedence_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_person_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_family_name"), ["family_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_person_precedence_rank"), ["precedence_rank"], unique=False
        )

    op.create_table(
        "summit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mayors_summit",
                "network_assembly",
                "u20",
                "cop_side_event",
                "economic_mission",
                "conference",
                name="summit_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("host_city_id", sa.Integer(), nullable=False),
        sa.Column("venue", sa.String(length=300), server_default="", nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("website", sa.String(length=300), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_summit_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["host_city_id"],
            ["city.id"],
            name=op.f("fk_summit_host_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisation.id"],
            name=op.f("fk_summit_organiser_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summit")),
    )
    with op.batch_alter_table("summit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_summit_host_city_id"), ["host_city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_summit_organiser_id"), ["organiser_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_summit_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "agreement_signatory",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_signatory_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agreement_signatory_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "person_id", name=op.f("pk_agreement_signatory")),
    )
    with op.batch_alter_table("agreement_signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_signatory_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "outgoing",
                "incoming",
                name="direction",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "confirmed",
                "under_way",
                "completed",
                "cancelled",
                name="delegation_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("home_city_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("objectives", sa.Text(), server_default="", nullable=False),
        sa.Column("summit_id", sa.Integer(), nullable=True),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("archived", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_delegation_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["home_city_id"],
            ["city.id"],
            name=op.f("fk_delegation_home_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["summit_id"],
            ["summit.id"],
            name=op.f("fk_delegation_summit_id_summit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_direction"), ["direction"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_delegation_home_city_id"), ["home_city_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_delegation_starts_on"), ["starts_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_summit_id"), ["summit_id"], unique=False)

    op.create_table(
        "summit_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("summit_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "plenary",
                "panel",
                "workshop",
                "bilateral_slot",
                "reception",
                "site_visit",
                "ceremony",
                name="session_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("room", sa.String(length=200), server_default="", nullable=False),
        sa.Column("speakers", sa.Text(), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "tentative",
                "confirmed",
                "cancelled",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("uid", sa.String(length=120), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("start_tz", sa.String(length=64), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("end_tz", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_summit_session_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["summit_id"],
            ["summit.id"],
            name=op.f("fk_summit_session_summit_id_summit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summit_session")),
        sa.UniqueConstraint("uid", name=op.f("uq_summit_session_uid")),
    )
    with op.batch_alter_table("summit_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_summit_session_starts_at"), ["starts_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_summit_session_summit_id"), ["summit_id"], unique=False
        )

    op.create_table(
        "summit_theme",
        sa.Column("summit_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["summit_id"],
            ["summit.id"],
            name=op.f("fk_summit_theme_summit_id_summit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme_tag.id"],
            name=op.f("fk_summit_theme_theme_id_theme_tag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("summit_id", "theme_id", name=op.f("pk_summit_theme")),
    )
    with op.batch_alter_table("summit_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_summit_theme_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "delegation_destination",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_delegation_destination_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_destination_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("delegation_id", "city_id", name=op.f("pk_delegation_destination")),
    )
    with op.batch_alter_table("delegation_destination", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_destination_city_id"), ["city_id"], unique=False
        )

    op.create_table(
        "delegation_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "head_of_delegation",
                "member",
                "advisor",
                "protocol_officer",
                "press",
                "security",
                "interpreter",
                name="member_role",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("precedence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "precedence >= 1", name=op.f("ck_delegation_member_precedence_positive")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_member_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_delegation_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_member")),
        sa.UniqueConstraint("delegation_id", "person_id", name="uq_delegation_member_person"),
    )
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_member_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_delegation_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "itinerary_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "flight",
                "train",
                "transfer",
                "hotel",
                "bilateral_meeting",
                "site_visit",
                "reception",
                "meal",
                "ceremony",
                "press",
                "summit_session",
                "free_time",
                name="item_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "tentative",
                "confirmed",
                "cancelled",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("all_day", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("venue", sa.String(length=300), server_default="", nullable=False),
        sa.Column("address", sa.String(length=500), server_default="", nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("language_pair", sa.String(length=20), server_default="", nullable=False),
        sa.Column("dress_code", sa.String(length=120), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("briefing", sa.Text(), server_default="", nullable=False),
        sa.Column("talking_points", sa.Text(), server_default="", nullable=False),
        sa.Column("booking_reference", sa.String(length=120), server_default="", nullable=False),
        sa.Column("summit_session_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=120), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("start_tz", sa.String(length=64), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("end_tz", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_itinerary_item_ends_after_starts")),
        sa.CheckConstraint(
            "latitude IS NULL OR (latitude BETWEEN -90 AND 90)",
            name=op.f("ck_itinerary_item_latitude_range"),
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)",
            name=op.f("ck_itinerary_item_longitude_range"),
        ),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_itinerary_item_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_itinerary_item_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["summit_session_id"],
            ["summit_session.id"],
            name=op.f("fk_itinerary_item_summit_session_id_summit_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_itinerary_item")),
        sa.UniqueConstraint("uid", name=op.f("uq_itinerary_item_uid")),
    )
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_itinerary_item_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_starts_at"), ["starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_itinerary_item_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_summit_session_id"), ["summit_session_id"], unique=False
        )

    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=120), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "we_owe",
                "they_owe",
                name="commitment_direction",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="commitment_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "low",
                "normal",
                "high",
                name="priority",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "meeting",
                "summit",
                "agreement",
                "other",
                name="commitment_source",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("counterpart_id", sa.Integer(), nullable=True),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("summit_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status NOT IN ('done') OR completed_on IS NOT NULL",
            name=op.f("ck_commitment_done_has_date"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_commitment_agreement_id_agreement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_commitment_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["counterpart_id"],
            ["person.id"],
            name=op.f("fk_commitment_counterpart_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_commitment_item_id_itinerary_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_commitment_owner_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["summit_id"],
            ["summit.id"],
            name=op.f("fk_commitment_summit_id_summit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme_tag.id"],
            name=op.f("fk_commitment_theme_id_theme_tag"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
        sa.UniqueConstraint("uid", name=op.f("uq_commitment_uid")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitment_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_commitment_counterpart_id"), ["counterpart_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitment_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_summit_id"), ["summit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "gift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "given",
                "received",
                name="gift_direction",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("occasion", sa.String(length=300), server_default="", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("giver_id", sa.Integer(), nullable=True),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("estimated_value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), server_default="", nullable=False),
        sa.Column("declared", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("current_location", sa.String(length=300), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "estimated_value IS NULL OR estimated_value >= 0", name=op.f("ck_gift_value_positive")
        ),
        sa.CheckConstraint("length(currency) IN (0, 3)", name=op.f("ck_gift_currency_code")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_gift_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["giver_id"], ["person.id"], name=op.f("fk_gift_giver_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_gift_item_id_itinerary_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["person.id"],
            name=op.f("fk_gift_recipient_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
    )
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_given_on"), ["given_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_giver_id"), ["giver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_recipient_id"), ["recipient_id"], unique=False)

    op.create_table(
        "item_counterpart",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_item_counterpart_item_id_itinerary_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_item_counterpart_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("item_id", "person_id", name=op.f("pk_item_counterpart")),
    )
    with op.batch_alter_table("item_counterpart", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_counterpart_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "item_interpreter",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_item_interpreter_item_id_itinerary_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_item_interpreter_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("item_id", "person_id", name=op.f("pk_item_interpreter")),
    )
    with op.batch_alter_table("item_interpreter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_interpreter_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "item_participant",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_item_participant_item_id_itinerary_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_item_participant_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("item_id", "person_id", name=op.f("pk_item_participant")),
    )
    with op.batch_alter_table("item_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_participant_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "meeting_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("decisions", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_meeting_outcome_item_id_itinerary_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_outcome")),
        sa.UniqueConstraint("item_id", name=op.f("uq_meeting_outcome_item_id")),
    )


def downgrade() -> None:
    op.drop_table("meeting_outcome")
    with op.batch_alter_table("item_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_participant_person_id"))

    op.drop_table("item_participant")
    with op.batch_alter_table("item_interpreter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_interpreter_person_id"))

    op.drop_table("item_interpreter")
    with op.batch_alter_table("item_counterpart", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_counterpart_person_id"))

    op.drop_table("item_counterpart")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_recipient_id"))
        batch_op.drop_index(batch_op.f("ix_gift_item_id"))
        batch_op.drop_index(batch_op.f("ix_gift_giver_id"))
        batch_op.drop_index(batch_op.f("ix_gift_given_on"))
        batch_op.drop_index(batch_op.f("ix_gift_direction"))
        batch_op.drop_index(batch_op.f("ix_gift_delegation_id"))

    op.drop_table("gift")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_theme_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_summit_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_status"))
        batch_op.drop_index(batch_op.f("ix_commitment_owner_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_item_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_due_on"))
        batch_op.drop_index(batch_op.f("ix_commitment_direction"))
        batch_op.drop_index(batch_op.f("ix_commitment_counterpart_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_city_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_agreement_id"))

    op.drop_table("commitment")
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_itinerary_item_summit_session_id"))
        batch_op.drop_index(batch_op.f("ix_itinerary_item_status"))
        batch_op.drop_index(batch_op.f("ix_itinerary_item_starts_at"))
        batch_op.drop_index(batch_op.f("ix_itinerary_item_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_itinerary_item_city_id"))

    op.drop_table("itinerary_item")
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_member_delegation_id"))

    op.drop_table("delegation_member")
    with op.batch_alter_table("delegation_destination", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_destination_city_id"))

    op.drop_table("delegation_destination")
    with op.batch_alter_table("summit_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summit_theme_theme_id"))

    op.drop_table("summit_theme")
    with op.batch_alter_table("summit_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summit_session_summit_id"))
        batch_op.drop_index(batch_op.f("ix_summit_session_starts_at"))

    op.drop_table("summit_session")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_summit_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_status"))
        batch_op.drop_index(batch_op.f("ix_delegation_starts_on"))
        batch_op.drop_index(batch_op.f("ix_delegation_home_city_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_direction"))

    op.drop_table("delegation")
    with op.batch_alter_table("agreement_signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_signatory_person_id"))

    op.drop_table("agreement_signatory")
    with op.batch_alter_table("summit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summit_starts_on"))
        batch_op.drop_index(batch_op.f("ix_summit_organiser_id"))
        batch_op.drop_index(batch_op.f("ix_summit_host_city_id"))

    op.drop_table("summit")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_precedence_rank"))
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_family_name"))
        batch_op.drop_index(batch_op.f("ix_person_email"))
        batch_op.drop_index(batch_op.f("ix_person_city_id"))

    op.drop_table("person")
    with op.batch_alter_table("network_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_membership_network_id"))
        batch_op.drop_index(batch_op.f("ix_network_membership_member_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_network_membership_city_id"))

    op.drop_table("network_membership")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_signed_in_city_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_partnership_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_status"))
        batch_op.drop_index(batch_op.f("ix_partnership_partner_city_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_expires_on"))
        batch_op.drop_index(batch_op.f("ix_partnership_city_id"))

    op.drop_table("partnership")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_kind"))
        batch_op.drop_index(batch_op.f("ix_organisation_city_id"))

    op.drop_table("organisation")
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_home_city_id"))

    op.drop_table("office")
    op.drop_table("theme_tag")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_name"))
        batch_op.drop_index(batch_op.f("ix_city_country_code"))

    op.drop_table("city")
