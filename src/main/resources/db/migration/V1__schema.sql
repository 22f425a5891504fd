-- placeholder replaced below
create table app_meta (
  meta_key varchar(100) primary key,
  meta_value varchar(4000) not null
);
