-- Sync reads (updatedSince) page in the order of change: (updated_at, key) serves them without a scan.
create index country_updated_idx on country (updated_at, code);
create index organisation_updated_idx on organisation (updated_at, id);
create index expert_group_updated_idx on expert_group (updated_at, code);

-- Tokens carry the generation of their account; a disable, a password change or "log out
-- everywhere" advances it, which ends every earlier token for good.
alter table app_user add column token_generation bigint default 0 not null;

-- Locked by the demo data loader, so that instances starting together load the data set once.
insert into app_setting (name, setting_value) values ('demo-data-guard', 'lock');
