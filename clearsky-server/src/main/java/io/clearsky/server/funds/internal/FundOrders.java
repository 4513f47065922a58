package io.clearsky.server.funds.internal;

import static io.clearsky.server.Timestamps.instant;
import static io.clearsky.server.Timestamps.utc;

import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stop-payment and freeze orders and what happened to each. */
@Repository
public class FundOrders {

    private static final String COLUMNS = "id, order_no, kind, status, agency_id, case_id, legal_document, account_id,"
            + " partner_id, amount_minor, currency, follows_order_id, issued_by, issued_at, expires_at,"
            + " executed_minor, executed_at, executed_by, partner_note, closed_at, version";

    private final JdbcClient jdbc;

    FundOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an order is issued with. */
    public record NewOrder(
            OrderKind kind,
            long agencyId,
            @Nullable Long caseId,
            String legalDocument,
            long accountId,
            long partnerId,
            long amountMinor,
            String currency,
            @Nullable Long followsOrderId,
            String issuedBy,
            Instant issuedAt,
            Instant expiresAt,
            @Nullable String idempotencyKey,
            String requestHash) {}

    /** Issues an order and numbers it: ZF (止付) or DJ (冻结), the year, its id ({@code ZF2026-000042}). */
    public FundOrder insert(NewOrder o) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_order (kind, status, agency_id, case_id, legal_document, account_id, partner_id,"
                        + " amount_minor, currency, follows_order_id, issued_by, issued_at, expires_at,"
                        + " idempotency_key, request_hash, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        o.kind().name(),
                        OrderStatus.ISSUED.name(),
                        o.agencyId(),
                        o.caseId(),
                        o.legalDocument(),
                        o.accountId(),
                        o.partnerId(),
                        o.amountMinor(),
                        o.currency(),
                        o.followsOrderId(),
                        o.issuedBy(),
                        utc(o.issuedAt()),
                        utc(o.expiresAt()),
                        o.idempotencyKey(),
                        o.requestHash())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String orderNo = String.format(
                "%s%d-%06d",
                o.kind() == OrderKind.STOP_PAYMENT ? "ZF" : "DJ",
                o.issuedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear(),
                id);
        jdbc.sql("update fund_order set order_no = ? where id = ?")
                .params(orderNo, id)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<FundOrder> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from fund_order where id = ?")
                .param(id)
                .query(FundOrders::order)
                .optional();
    }

    /** The order an agency issued under an idempotency key, with the hash of the request that issued it. */
    public Optional<Keyed> findByKey(long agencyId, String key) {
        return jdbc.sql("select id, request_hash from fund_order where agency_id = ? and idempotency_key = ?")
                .params(agencyId, key)
                .query((rs, n) -> new Keyed(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** An order found by its idempotency key. */
    public record Keyed(long id, String requestHash) {}

    /** Saves a changed order; fails if someone else changed it meanwhile. */
    public void save(FundOrder o) {
        int updated = jdbc.sql("update fund_order set status = ?, expires_at = ?, executed_minor = ?, executed_at = ?,"
                        + " executed_by = ?, partner_note = ?, closed_at = ?, version = ? where id = ? and version = ?")
                .params(
                        o.status().name(),
                        utc(o.expiresAt()),
                        o.executedMinor(),
                        o.executedAt() == null ? null : utc(o.executedAt()),
                        o.executedBy(),
                        o.partnerNote(),
                        o.closedAt() == null ? null : utc(o.closedAt()),
                        o.version() + 1,
                        o.id(),
                        o.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("order " + o.orderNo() + " was changed meanwhile");
        }
    }

    /** Records a change on the order's history. */
    public void log(
            long orderId, String actor, String action, OrderStatus status, @Nullable String detail, Instant at) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from fund_order_change where order_id = ?")
                .param(orderId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into fund_order_change (order_id, seq, changed_at, actor, action, status, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(orderId, seq, utc(at), actor, action, status.name(), detail)
                .update();
    }

    /** A change on an order's history. */
    public record Change(
            Instant at,
            String actor,
            String action,
            OrderStatus status,
            @Nullable String detail) {}

    public List<Change> history(long orderId) {
        return jdbc.sql("select changed_at, actor, action, status, detail from fund_order_change where order_id = ?"
                        + " order by seq")
                .param(orderId)
                .query((rs, n) -> new Change(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        OrderStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    /** Live freezes that follow a stop-payment. */
    public List<FundOrder> following(long orderId) {
        return jdbc.sql("select " + COLUMNS + " from fund_order where follows_order_id = ? and status in"
                        + " ('ISSUED', 'EXECUTED')")
                .param(orderId)
                .query(FundOrders::order)
                .list();
    }

    /**
     * Live orders whose term is over, oldest end first; a stop-payment that a live freeze follows holds until the
     * freeze is executed (and replaces it) or withdrawn.
     */
    public List<FundOrder> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from fund_order o where status in ('ISSUED', 'EXECUTED')"
                        + " and expires_at <= ? and not exists (select 1 from fund_order f where"
                        + " f.follows_order_id = o.id and f.status in ('ISSUED', 'EXECUTED'))"
                        + " order by expires_at limit ?")
                .params(utc(now), limit)
                .query(FundOrders::order)
                .list();
    }

    /** Orders of issuing agencies or to a partner (null: any), newest first, optionally narrowed. */
    public List<FundOrder> page(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable OrderStatus status,
            @Nullable Long caseId,
            int page,
            int size) {
        List<Object> params = new ArrayList<>();
        String where = where(agencies, partnerId, status, caseId, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from fund_order" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query(FundOrders::order)
                .list();
    }

    public long count(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable OrderStatus status,
            @Nullable Long caseId) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from fund_order" + where(agencies, partnerId, status, caseId, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable OrderStatus status,
            @Nullable Long caseId,
            List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (agencies != null) {
            conditions.add(io.clearsky.server.SqlLists.in("agency_id", agencies, params));
        }
        if (partnerId != null) {
            conditions.add("partner_id = ?");
            params.add(partnerId);
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        if (caseId != null) {
            conditions.add("case_id = ?");
            params.add(caseId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Orders by kind and outcome in a window of issue times, for some agencies (null: all). */
    public record Tally(OrderKind kind, long issued, long executed, long executedMinor, String currency) {}

    public List<Tally> tally(@Nullable Collection<Long> agencies, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        params.add(utc(from));
        params.add(utc(to));
        String agency = agencies == null ? "" : " and " + io.clearsky.server.SqlLists.in("agency_id", agencies, params);
        return jdbc.sql("select kind, currency, count(*), count(executed_at), coalesce(sum(executed_minor), 0)"
                        + " from fund_order where issued_at >= ? and issued_at < ?" + agency
                        + " group by kind, currency order by kind, currency")
                .params(params)
                .query((rs, n) -> new Tally(
                        OrderKind.valueOf(rs.getString(1)),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(2).strip()))
                .list();
    }

    private static FundOrder order(ResultSet rs, int row) throws SQLException {
        return new FundOrder(
                rs.getLong("id"),
                rs.getString("order_no"),
                OrderKind.valueOf(rs.getString("kind")),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getLong("agency_id"),
                (Long) rs.getObject("case_id", Long.class),
                rs.getString("legal_document"),
                rs.getLong("account_id"),
                rs.getLong("partner_id"),
                rs.getLong("amount_minor"),
                rs.getString("currency").strip(),
                (Long) rs.getObject("follows_order_id", Long.class),
                rs.getString("issued_by"),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                (Long) rs.getObject("executed_minor", Long.class),
                instant(rs, "executed_at"),
                rs.getString("executed_by"),
                rs.getString("partner_note"),
                instant(rs, "closed_at"),
                rs.getLong("version"));
    }
}
