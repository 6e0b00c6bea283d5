-- The EuroMed Fiches: the catalogue of judicial-cooperation measures and, per country and measure,
-- a fiche with its working draft and its immutable numbered revisions. Foreign keys whose target a
-- client chooses are named *_ref (409).

create table measure (
    code          varchar(16)              not null primary key,
    theme         varchar(40)              not null,
    title         varchar                  not null,
    description   varchar,
    -- related measure codes as one ",A.1,B.2," text (TagColumn)
    related_codes varchar(2000)            not null,
    -- the code and every language's title and description folded (SearchText) for q
    search_text   varchar                  not null,
    version       bigint                   not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index measure_theme_idx on measure (theme, code);
create index measure_updated_idx on measure (updated_at, code);

-- One row per (country, measure) from its first draft on: the lock every write to the fiche, its
-- draft and its revisions takes first. Once published it also holds a copy of the current
-- revision, with the fields the list filters on, so that reading or listing current fiches reads
-- this table alone.
create table fiche (
    id                 uuid                     not null primary key,
    country_code       varchar(2)               not null,
    measure_code       varchar(16)              not null,
    -- DRAFT while nothing was ever published, then PUBLISHED or ARCHIVED
    status             varchar(16)              not null,
    revision           integer,
    content            varchar,
    change_summary     varchar,
    changed_fields     varchar(1000)            not null,
    published_at       timestamp with time zone,
    published_by       varchar(200),
    valid_from         date,
    archived_on        date,
    possibility        varchar(16),
    dual_criminality   varchar(16),
    -- language tags and channels as ",A,B," texts (TagColumn)
    accepted_languages varchar(1000)            not null,
    channels           varchar(200)             not null,
    search_text        varchar                  not null,
    version            bigint                   not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint fiche_uk unique (country_code, measure_code),
    constraint fiche_country_ref foreign key (country_code) references country (code),
    constraint fiche_measure_ref foreign key (measure_code) references measure (code)
);
create index fiche_measure_idx on fiche (measure_code, country_code);
create index fiche_updated_idx on fiche (updated_at, id);

create table fiche_draft (
    fiche_id          uuid                     not null primary key,
    status            varchar(16)              not null,
    based_on_revision integer,
    content           varchar                  not null,
    change_summary    varchar,
    created_by        varchar(200)             not null,
    updated_by        varchar(200)             not null,
    submitted_by      varchar(200),
    submitted_at      timestamp with time zone,
    version           bigint                   not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint fiche_draft_fiche_fk foreign key (fiche_id) references fiche (id)
);

-- Immutable once written, but for valid_until, which the next publication or the archiving sets.
create table fiche_revision (
    id             uuid                     not null primary key,
    fiche_id       uuid                     not null,
    number         integer                  not null,
    content        varchar                  not null,
    change_summary varchar,
    -- the content fields that differ from the revision before, as ",a,b," (TagColumn)
    changed_fields varchar(1000)            not null,
    published_at   timestamp with time zone not null,
    published_by   varchar(200)             not null,
    valid_from     date                     not null,
    valid_until    date,
    version        bigint                   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint fiche_revision_uk unique (fiche_id, number),
    constraint fiche_revision_fiche_fk foreign key (fiche_id) references fiche (id)
);
