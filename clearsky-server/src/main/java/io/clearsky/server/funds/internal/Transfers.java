package io.clearsky.server.funds.internal;

import static io.clearsky.server.SqlLists.marks;
import static io.clearsky.server.SqlLists.valuesTable;
import static io.clearsky.server.Timestamps.utc;
import static io.clearsky.server.funds.internal.Accounts.IN_LIST;

import io.clearsky.server.funds.TransferStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' transfers, by the partner's id and by account, for intake, listing and tracing. */
@Repository
public class Transfers {

    private static final String COLUMNS = "id, partner_id, partner_ref, occurred_at, payer_account_id,"
            + " payee_account_id, amount_minor, currency, channel, status";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Transfers(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A transfer as stored; accounts by id, the amount in minor units. */
    public record StoredTransfer(
            long id,
            long partnerId,
            String reference,
            Instant occurredAt,
            long payerId,
            long payeeId,
            long amountMinor,
            String currency,
            String channel,
            TransferStatus status) {

        /** Whether a resend describes the same transfer (its status may have moved on). */
        public boolean sameAs(StoredTransfer other) {
            return occurredAt.equals(other.occurredAt)
                    && payerId == other.payerId
                    && payeeId == other.payeeId
                    && amountMinor == other.amountMinor
                    && currency.equals(other.currency)
                    && channel.equals(other.channel);
        }
    }

    /** The partner's transfers among these references. */
    public Map<String, StoredTransfer> findByReferences(long partnerId, Collection<String> references) {
        Map<String, StoredTransfer> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(references));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(chunk);
            params.add(partnerId);
            // a join, not "partner_ref in (...)": H2 would read every transfer of the partner (SqlLists.valuesTable)
            jdbc.sql("select " + COLUMNS + " from " + valuesTable(chunk, "wanted", "wanted_ref")
                            + " join transfer on partner_id = ? and partner_ref = wanted.wanted_ref")
                    .params(params)
                    .query(Transfers::transfer)
                    .list()
                    .forEach(t -> found.put(t.reference(), t));
        }
        return found;
    }

    public Optional<StoredTransfer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from transfer where id = ?")
                .param(id)
                .query(Transfers::transfer)
                .optional();
    }

    /** Inserts new transfers; one that is there already fails the batch with a duplicate key. */
    public void insertAll(List<StoredTransfer> transfers, Instant now) {
        template.batchUpdate(
                "insert into transfer (partner_id, partner_ref, occurred_at, payer_account_id, payee_account_id,"
                        + " amount_minor, currency, channel, status, received_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                transfers.stream()
                        .map(t -> new Object[] {
                            t.partnerId(),
                            t.reference(),
                            utc(t.occurredAt()),
                            t.payerId(),
                            t.payeeId(),
                            t.amountMinor(),
                            t.currency(),
                            t.channel(),
                            t.status().name(),
                            utc(now),
                            utc(now)
                        })
                        .toList());
    }

    /** Moves a transfer's status on, if it is still what the caller read. */
    public boolean changeStatus(long id, TransferStatus from, TransferStatus to, Instant now) {
        return jdbc.sql("update transfer set status = ?, updated_at = ? where id = ? and status = ?")
                        .params(to.name(), utc(now), id, from.name())
                        .update()
                == 1;
    }

    /**
     * Up to {@code limit} settled transfers in {@code currency} out of the account and up to {@code limit} into it,
     * up to {@code until}, earliest first: an account's part of a trace. An account with {@code limit} or more in
     * all is a hub, however many more it has.
     */
    public List<StoredTransfer> settledTouching(long accountId, String currency, Instant until, int limit) {
        List<StoredTransfer> all = new ArrayList<>();
        for (String side : List.of("payer_account_id", "payee_account_id")) {
            all.addAll(jdbc.sql("select " + COLUMNS + " from transfer where " + side
                            + " = ? and occurred_at <= ? and status = 'SUCCEEDED' and currency = ?"
                            + " order by occurred_at, id limit ?")
                    .params(accountId, utc(until), currency, limit)
                    .query(Transfers::transfer)
                    .list());
        }
        return all;
    }

    /** A settled transfer as a mule search reads it: no more than a transfer graph holds. */
    @FunctionalInterface
    public interface SettledRow {
        void accept(long id, long payerId, long payeeId, Instant occurredAt, long amountMinor);
    }

    /**
     * Hands settled transfers in {@code currency} from {@code from} (inclusive) to {@code to} (exclusive) to {@code
     * row}, earliest first, at most {@code limit} of them, without keeping them; returns how many.
     */
    public int settledBetween(Instant from, Instant to, String currency, int limit, SettledRow row) {
        return settled(from, to, currency, limit, "", row);
    }

    /** As {@link #settledBetween}, but latest first: the {@code limit} latest of them. */
    public int settledBetweenLatestFirst(Instant from, Instant to, String currency, int limit, SettledRow row) {
        return settled(from, to, currency, limit, " desc", row);
    }

    private int settled(Instant from, Instant to, String currency, int limit, String direction, SettledRow row) {
        int[] count = {0};
        // index transfer_occurred (V5) serves both directions, in order
        jdbc.sql("select id, payer_account_id, payee_account_id, occurred_at, amount_minor from transfer"
                        + " where occurred_at >= ? and occurred_at < ? and status = 'SUCCEEDED' and currency = ?"
                        + " order by occurred_at" + direction + ", id" + direction + " limit ?")
                .params(utc(from), utc(to), currency, limit)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    count[0]++;
                    row.accept(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getLong(5));
                });
        return count[0];
    }

    /** Transfers by id; ids not on record are left out. */
    public Map<Long, StoredTransfer> findAll(Collection<Long> ids) {
        Map<Long, StoredTransfer> found = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            jdbc.sql("select " + COLUMNS + " from transfer where id in (" + marks(chunk) + ")")
                    .params(List.copyOf(chunk))
                    .query(Transfers::transfer)
                    .list()
                    .forEach(t -> found.put(t.id(), t));
        }
        return found;
    }

    /** A transfer as the in-memory graph follows it: what it moved, where it stands, when that last changed. */
    public record Change(
            long id,
            long payerId,
            long payeeId,
            Instant occurredAt,
            long amountMinor,
            String currency,
            TransferStatus status,
            Instant updatedAt) {}

    /** The latest change to any transfer (insert or status), if there is a transfer. */
    public Optional<Instant> lastUpdate() {
        return jdbc.sql("select max(updated_at) from transfer")
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single();
    }

    /** Up to {@code limit} settled transfers with an id above {@code afterId}, by id: one page of a full load. */
    public List<Change> settledAfter(long afterId, int limit) {
        return jdbc.sql("select " + CHANGE + " from transfer where id > ? and status = 'SUCCEEDED' order by id limit ?")
                .params(afterId, limit)
                .query(Transfers::change)
                .list();
    }

    /**
     * Up to {@code limit} transfers changed at or after {@code since}, ordered by (updated_at, id), after the one at
     * ({@code afterUpdate}, {@code afterId}): one page of a poll, resumable where the last page ended.
     */
    public List<Change> changedSince(Instant since, Instant afterUpdate, long afterId, int limit) {
        // the first condition bounds the index range; the second skips what the last page read
        return jdbc.sql("select " + CHANGE + " from transfer where updated_at >= ?"
                        + " and (updated_at > ? or (updated_at = ? and id > ?)) order by updated_at, id limit ?")
                .params(utc(since), utc(afterUpdate), utc(afterUpdate), afterId, limit)
                .query(Transfers::change)
                .list();
    }

    /** Transfers into or out of an account, or of a partner, in a window, newest first. */
    public List<StoredTransfer> page(
            @Nullable Long accountId,
            @Nullable Long partnerId,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size) {
        List<Object> params = new ArrayList<>();
        String where = where(accountId, partnerId, from, to, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from transfer" + where + " order by occurred_at desc, id desc"
                        + " limit ? offset ?")
                .params(params)
                .query(Transfers::transfer)
                .list();
    }

    public long count(
            @Nullable Long accountId, @Nullable Long partnerId, @Nullable Instant from, @Nullable Instant to) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from transfer" + where(accountId, partnerId, from, to, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            @Nullable Long accountId,
            @Nullable Long partnerId,
            @Nullable Instant from,
            @Nullable Instant to,
            List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (accountId != null) {
            conditions.add("(payer_account_id = ? or payee_account_id = ?)");
            params.add(accountId);
            params.add(accountId);
        }
        if (partnerId != null) {
            conditions.add("partner_id = ?");
            params.add(partnerId);
        }
        if (from != null) {
            conditions.add("occurred_at >= ?");
            params.add(utc(from));
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
            params.add(utc(to));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static final String CHANGE =
            "id, payer_account_id, payee_account_id, occurred_at, amount_minor, currency, status, updated_at";

    private static Change change(ResultSet rs, int row) throws SQLException {
        return new Change(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getLong(5),
                rs.getString(6).strip(),
                TransferStatus.valueOf(rs.getString(7)),
                rs.getObject(8, OffsetDateTime.class).toInstant());
    }

    private static StoredTransfer transfer(ResultSet rs, int row) throws SQLException {
        return new StoredTransfer(
                rs.getLong("id"),
                rs.getLong("partner_id"),
                rs.getString("partner_ref"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getLong("payer_account_id"),
                rs.getLong("payee_account_id"),
                rs.getLong("amount_minor"),
                rs.getString("currency").strip(),
                rs.getString("channel"),
                TransferStatus.valueOf(rs.getString("status")));
    }
}
