-- API keys of machine clients (partner systems). Only a bcrypt hash of each secret is kept; the
-- prefix, which the secret starts with and the metadata shows, finds the row. A revoked key keeps
-- its row, so that its metadata still says when it was revoked. A key never holds ADMIN, to limit
-- what a leaked one can do. created_by names the creating account without a foreign key: the key
-- and its history outlive that account. The prefix's unique key is not named *_uk (a 409): the
-- service chooses prefixes, so a clash is never the client's doing.

create table api_key (
    id           uuid                     not null primary key,
    name         varchar(100)             not null,
    prefix       varchar(8)               not null,
    secret_hash  varchar(100)             not null,
    role         varchar(16)              not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    created_by   uuid                     not null,
    version      bigint                   not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint api_key_prefix_unique unique (prefix),
    constraint api_key_role_ck check (role in ('PARTNER', 'MEMBER', 'EDITOR'))
);
