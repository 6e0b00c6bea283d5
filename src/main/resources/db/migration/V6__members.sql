-- Members (Popolo's Person and Membership). Foreign keys whose target a client chooses are named
-- *_ref: when a reference races with the delete of its target, their violation is a 409
-- (DatabaseFailures). Services check references before deleting, so the keys are the backstop.

create table person (
    id               uuid                     not null primary key,
    given_name       varchar(100)             not null,
    family_name      varchar(100)             not null,
    honorific_prefix varchar(50),
    country_code     varchar(2),
    organisation_id  uuid,
    position         varchar,
    -- tags and language tags as one ",A,B," text each: read with the row (no query per member) and
    -- filtered with a portable LIKE
    expertise        varchar(400)             not null,
    languages        varchar(400)             not null,
    email            varchar(254),
    phone            varchar(16),
    contact_consent  boolean                  not null,
    biography        varchar,
    -- names folded to lower case without accents (SearchText), so that order and search are the
    -- same on H2 and PostgreSQL whatever the collation
    family_key       varchar(100)             not null,
    given_key        varchar(100)             not null,
    search_name      varchar(1000)            not null,
    erased_at        timestamp with time zone,
    erased_by        uuid,
    version          bigint                   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint person_country_ref foreign key (country_code) references country (code),
    constraint person_organisation_ref foreign key (organisation_id) references organisation (id)
);
create index person_name_idx on person (family_key, given_key, id);
create index person_updated_idx on person (updated_at, id);
create index person_country_idx on person (country_code);
create index person_organisation_idx on person (organisation_id);

create table membership (
    id                         uuid                     not null primary key,
    person_id                  uuid                     not null,
    expert_group_code          varchar(32)              not null,
    role                       varchar(16)              not null,
    on_behalf_country_code     varchar(2),
    on_behalf_organisation_id  uuid,
    start_date                 date                     not null,
    end_date                   date,
    version                    bigint                   not null,
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    constraint membership_person_ref foreign key (person_id) references person (id),
    constraint membership_expert_group_ref foreign key (expert_group_code) references expert_group (code),
    constraint membership_country_ref foreign key (on_behalf_country_code) references country (code),
    constraint membership_organisation_ref foreign key (on_behalf_organisation_id) references organisation (id)
);
create index membership_person_idx on membership (person_id, start_date);
create index membership_group_idx on membership (expert_group_code, role);
create index membership_country_idx on membership (on_behalf_country_code);
create index membership_organisation_idx on membership (on_behalf_organisation_id);

-- An account may be linked to the member it belongs to, and to one account at most.
alter table app_user add column member_id uuid;
alter table app_user add constraint app_user_member_uk unique (member_id);
alter table app_user add constraint app_user_member_ref foreign key (member_id) references person (id);
