-- A row that account changes lock (SELECT ... FOR UPDATE) before they check that an enabled
-- administrator remains, so that two concurrent changes cannot both remove the last one.
insert into app_setting (name, setting_value) values ('admin-guard', 'lock');
