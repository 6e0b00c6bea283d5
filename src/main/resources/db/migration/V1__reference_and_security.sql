-- Portable SQL: the same script runs on H2 and PostgreSQL.
-- Language maps are JSON objects in unbounded VARCHAR columns.

create table country (
    code        varchar(2)               not null primary key,
    name        varchar                  not null,
    region      varchar(16)              not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index country_region_idx on country (region, code);

create table organisation (
    id           uuid                     not null primary key,
    name         varchar                  not null,
    acronym      varchar(32),
    type         varchar(32)              not null,
    country_code varchar(2) references country (code),
    website      varchar(2048),
    search_text  varchar                  not null,
    version      bigint                   not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index organisation_type_idx on organisation (type, id);
create index organisation_country_idx on organisation (country_code, id);

create table expert_group (
    code             varchar(32)              not null primary key,
    name             varchar                  not null,
    mandate          varchar,
    start_date       date,
    end_date         date,
    parent_programme varchar(200),
    version          bigint                   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create table app_user (
    id            uuid                     not null primary key,
    username      varchar(64)              not null,
    password_hash varchar(100)             not null,
    enabled       boolean                  not null,
    version       bigint                   not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint app_user_username_uk unique (username)
);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(16) not null,
    primary key (user_id, role)
);

-- Small facts about the installation itself, such as whether the demo data set was loaded.
create table app_setting (
    name          varchar(100)  not null primary key,
    setting_value varchar(1000) not null
);
