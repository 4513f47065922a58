-- transfers by time: the mule search reads the settled transfers of a window, and of the look-back before it
-- (occurred_at >= ? and occurred_at < ? ... order by occurred_at, id, forward for the window, backward for the
-- look-back). With (occurred_at, id) PostgreSQL scans exactly the range in that order, both ways, with no sort and
-- the LIMIT applied as rows come; status and currency are filtered on the way (nearly all rows pass). Status is
-- left out of the key on purpose: a transfer's status changes (PENDING -> SUCCEEDED -> REVERSED), and an indexed
-- status would make every such update touch every index of the table instead of staying a heap-only update.
-- Portable: the same statement on H2 and PostgreSQL.
create index transfer_occurred on transfer (occurred_at, id);
