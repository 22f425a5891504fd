-- Identity values of the tables that take many rows at once are handed out 10,000 at a time instead of H2's 32.
-- Each time a column's cached values run out, H2 writes the sequence's new value and commits its store, which
-- writes out every changed page, those of the running transaction too: a 100,000-line sales import used to do
-- that 3,125 times (three quarters of its time). A crash skips at most the unused rest of a block of ids; a normal
-- close keeps the exact value, and ids are never shown nor need to be gapless.
alter table sales alter column id set cache 10000;
alter table sales_months alter column id set cache 10000;
alter table activities alter column id set cache 10000;
alter table audit_log alter column id set cache 10000;
