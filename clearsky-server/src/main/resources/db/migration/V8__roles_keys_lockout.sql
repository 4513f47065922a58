-- Issue 7: people's roles, API keys with a role, scopes and an expiry, login lockout, partner kinds.
-- Runs unchanged on H2 2.x and PostgreSQL 15+.

-- POLICE was one role for everything a centre did; SUPERVISOR keeps all of it (docs/security.md)
update app_user set role = 'SUPERVISOR' where role = 'POLICE';

alter table app_user add column failed_logins integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;

-- a key acts in a role, narrowed to some of the role's permissions (null: all of them), until it expires
alter table api_key add column role varchar(16);
alter table api_key add column scopes varchar(1000);
alter table api_key add column expires_at timestamp with time zone;
alter table api_key add column rotated_to bigint;
update api_key set role = 'SUPERVISOR'
    where agency_id in (select id from agency where kind = 'POLICE_CENTRE');
update api_key set role = 'PARTNER' where role is null;
alter table api_key alter column role set not null;
-- keys issued before keys expired: a year from this upgrade
update api_key set expires_at = current_timestamp + interval '365' day;
alter table api_key alter column expires_at set not null;

-- what a partner company is: payment platform, bank, telecom operator, internet platform, phone security app
alter table agency add column partner_kind varchar(20);
