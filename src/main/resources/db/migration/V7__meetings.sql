-- Meetings with their agenda, participants and documents. The meeting row is the lock every write
-- to the meeting or its parts takes first, and its version moves on with every change of a part,
-- since the meeting embeds them. Foreign keys whose target a client chooses are named *_ref (409).

create table meeting (
    id                   uuid                     not null primary key,
    expert_group_code    varchar(32)              not null,
    session_number       integer,
    title                varchar                  not null,
    summary              varchar,
    outcomes             varchar,
    start_date           date                     not null,
    end_date             date                     not null,
    time_zone            varchar(64)              not null,
    venue                varchar(200),
    city                 varchar(100),
    country_code         varchar(2),
    host_organisation_id uuid,
    format               varchar(16)              not null,
    status               varchar(16)              not null,
    -- topic tags as one ",A,B," text (TagColumn), like a member's expertise
    topics               varchar(400)             not null,
    -- every language's title folded (SearchText), so that q matches the same way on H2 and PostgreSQL
    search_title         varchar                  not null,
    version              bigint                   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint meeting_session_uk unique (expert_group_code, session_number),
    constraint meeting_expert_group_ref foreign key (expert_group_code) references expert_group (code),
    constraint meeting_country_ref foreign key (country_code) references country (code),
    constraint meeting_organisation_ref foreign key (host_organisation_id) references organisation (id)
);
create index meeting_start_idx on meeting (start_date, id);
create index meeting_updated_idx on meeting (updated_at, id);
create index meeting_organisation_idx on meeting (host_organisation_id);

-- Positions are dense (1..n) per meeting; the service keeps them so under the meeting's lock
-- (a unique key would be violated half-way through every move).
create table agenda_item (
    id          uuid                     not null primary key,
    meeting_id  uuid                     not null,
    position    integer                  not null,
    title       varchar                  not null,
    description varchar,
    starts_at   timestamp,
    ends_at     timestamp,
    type        varchar(16)              not null,
    -- member ids as one ",a,b," text (TagColumn); every speaker is a participant of the meeting,
    -- whose foreign key guards the member
    speaker_ids varchar(800)             not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint agenda_item_meeting_fk foreign key (meeting_id) references meeting (id)
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

create table meeting_participant (
    id          uuid                     not null primary key,
    meeting_id  uuid                     not null,
    person_id   uuid                     not null,
    role        varchar(16)              not null,
    attendance  varchar(16)              not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint meeting_participant_uk unique (meeting_id, person_id),
    constraint meeting_participant_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint meeting_participant_person_ref foreign key (person_id) references person (id)
);
create index meeting_participant_person_idx on meeting_participant (person_id);

create table meeting_document (
    id          uuid                     not null primary key,
    meeting_id  uuid                     not null,
    type        varchar(16)              not null,
    title       varchar                  not null,
    language    varchar(35)              not null,
    url         varchar(2000)            not null,
    is_public   boolean                  not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint meeting_document_meeting_fk foreign key (meeting_id) references meeting (id)
);
create index meeting_document_meeting_idx on meeting_document (meeting_id, created_at);
