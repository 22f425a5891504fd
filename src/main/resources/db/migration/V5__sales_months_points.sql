-- The points the sales of each monthly row earn, so that the facts summary of a program with points reads these
-- rows instead of every sale for every month it counts whole (see SalesPoints, PointsOfSales). Points floor per
-- sale, so they are summed per sale by the rules of the partner's program when the row is written: `points` by the
-- program's base rule, `bonus_points` by its holding bonus (counted only for months the partner held that tier).
alter table sales_months add column points decfloat default 0 not null;
alter table sales_months add column bonus_points decfloat default 0 not null;

-- The points rules each program's rows were summed by (PointsRollup): a program whose rules differ from the ones
-- loaded, or that has no row here yet, has its partners' rows summed again before its points are read.
create table sales_months_rules (
  program_id varchar(64)  not null primary key,
  rules      varchar(400) not null
);

-- The sales of the months a window cuts are now read per partner through sales_partner_returned; the index on the
-- return date alone served only that and cost every sale written a third date index.
drop index sales_returned_day;

-- Sales added many at once (a CSV or scenario import) leave one entry in the trail, naming how many and which
-- (BulkAudit), instead of one entry per sale.
alter table audit_log drop constraint audit_log_action;
alter table audit_log add constraint audit_log_action check (action in ('insert', 'update', 'delete', 'import'));
