-- the in-memory transfer graph (clearsky.funds.trace-graph=memory) polls for transfers changed since a moment:
-- inserted (updated_at is set with received_at) or moved to another status
create index transfer_updated on transfer (updated_at, id);
