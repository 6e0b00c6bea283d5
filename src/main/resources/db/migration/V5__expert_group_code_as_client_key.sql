-- An expert group's code is chosen by the client that creates it, so two clients creating the
-- same code at once is a conflict (409), not a bug: the key is named *_uk like every unique key a
-- client can collide with (DatabaseFailures). Primary-key names are not portable between H2 and
-- PostgreSQL, so the table is rebuilt with a named key.
create table expert_group_keyed (
    code             varchar(32)              not null,
    name             varchar                  not null,
    mandate          varchar,
    start_date       date,
    end_date         date,
    parent_programme varchar(200),
    version          bigint                   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint expert_group_code_uk primary key (code)
);
insert into expert_group_keyed (code, name, mandate, start_date, end_date, parent_programme, version, created_at, updated_at)
    select code, name, mandate, start_date, end_date, parent_programme, version, created_at, updated_at from expert_group;
drop table expert_group;
alter table expert_group_keyed rename to expert_group;
create index expert_group_updated_idx on expert_group (updated_at, code);
