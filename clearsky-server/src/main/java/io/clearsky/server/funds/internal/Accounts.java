package io.clearsky.server.funds.internal;

import static io.clearsky.server.SqlLists.marks;
import static io.clearsky.server.Timestamps.utc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.core.funds.CashAccounts;
import io.clearsky.server.funds.AccountRef;
import io.clearsky.server.funds.Money;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Accounts by institution and number, and the balances their institutions reported. */
@Repository
public class Accounts {

    // An account's id never changes and an account is never removed, so ids are cached once committed: a partner's
    // stream moves money between the same accounts again and again, and a batch then reads no account at all.

    static final int IN_LIST = 1000;
    private static final Comparator<AccountRef> ORDER =
            Comparator.comparing(AccountRef::institution).thenComparing(AccountRef::account);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final boolean postgres;
    private final Cache<AccountRef, Long> ids =
            Caffeine.newBuilder().maximumSize(500_000).build();
    // which ids were looked up and which of those are cash points (2 bits an id); guarded by themselves
    private final BitSet cashChecked = new BitSet();
    private final BitSet cashPoints = new BitSet();

    Accounts(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.template = template;
        this.postgres = JdbcUtils.<String>extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
    }

    /**
     * The ids of the accounts, adding those not seen before. On PostgreSQL writers adding the same new accounts at
     * once wait for each other and go on (in one order, so they never deadlock); on H2 one of them fails with a
     * duplicate key and its caller tries again.
     */
    public Map<AccountRef, Long> idsOf(Collection<AccountRef> refs, Instant now) {
        Map<AccountRef, Long> known = new HashMap<>();
        List<AccountRef> unknown = new ArrayList<>();
        for (AccountRef ref : new LinkedHashSet<>(refs)) {
            Long id = ids.getIfPresent(ref);
            if (id != null) {
                known.put(ref, id);
            } else {
                unknown.add(ref);
            }
        }
        if (unknown.isEmpty()) {
            return known;
        }
        Map<AccountRef, Long> found = find(unknown);
        List<AccountRef> missing = unknown.stream()
                .filter(r -> !found.containsKey(r))
                .sorted(ORDER)
                .toList();
        if (!missing.isEmpty()) {
            template.batchUpdate(
                    "insert into fund_account (institution, account_no, first_seen_at) values (?, ?, ?)"
                            + (postgres ? " on conflict do nothing" : ""),
                    missing.stream()
                            .map(r -> new Object[] {r.institution(), r.account(), utc(now)})
                            .toList());
            found.putAll(find(missing));
        }
        remember(found);
        known.putAll(found);
        return known;
    }

    /** Caches ids once they are committed: an id read in a transaction that rolls back may never have existed. */
    private void remember(Map<AccountRef, Long> found) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ids.putAll(found);
            return;
        }
        Map<AccountRef, Long> copy = Map.copyOf(found);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ids.putAll(copy);
            }
        });
    }

    /** The ids of those of the accounts that are known. */
    public Map<AccountRef, Long> find(Collection<AccountRef> refs) {
        Map<AccountRef, Long> ids = new HashMap<>();
        Map<String, List<String>> byInstitution = refs.stream()
                .collect(Collectors.groupingBy(
                        AccountRef::institution,
                        Collectors.mapping(AccountRef::account, Collectors.toCollection(ArrayList::new))));
        byInstitution.forEach((institution, numbers) -> {
            List<String> distinct = List.copyOf(new LinkedHashSet<>(numbers));
            for (int from = 0; from < distinct.size(); from += IN_LIST) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_LIST));
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(institution);
                params.addAll(chunk);
                jdbc.sql("select id, account_no from fund_account where institution = ? and account_no in ("
                                + marks(chunk) + ")")
                        .params(params)
                        .query(rs -> {
                            ids.put(new AccountRef(institution, rs.getString(2)), rs.getLong(1));
                        });
            }
        });
        return ids;
    }

    public Optional<Long> find(AccountRef ref) {
        return Optional.ofNullable(find(List.of(ref)).get(ref));
    }

    /**
     * Those of the accounts with these ids (accounts on record) that are cash points ({@link GraphNames#isCash}).
     * Remembered once read: an account's number never changes, so transfers between the same accounts read none again.
     */
    public Set<Long> cashAmong(Collection<Long> ids) {
        Set<Long> cash = new HashSet<>();
        List<Long> unknown = new ArrayList<>();
        synchronized (cashChecked) {
            for (long id : new LinkedHashSet<>(ids)) {
                if (id < 0 || id > Integer.MAX_VALUE || !cashChecked.get((int) id)) {
                    unknown.add(id);
                } else if (cashPoints.get((int) id)) {
                    cash.add(id);
                }
            }
        }
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < unknown.size(); from += IN_LIST) {
            List<Long> chunk = unknown.subList(from, Math.min(unknown.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(chunk);
            params.add(CashAccounts.PREFIX + "%");
            jdbc.sql("select id from fund_account where id in (" + marks(chunk) + ") and account_no like ?")
                    .params(params)
                    .query(rs -> {
                        found.add(rs.getLong(1));
                    });
        }
        synchronized (cashChecked) {
            // the ids come from transfers on record, whose accounts are on record (a foreign key): all are known now
            for (long id : unknown) {
                if (id >= 0 && id <= Integer.MAX_VALUE) {
                    cashChecked.set((int) id);
                    cashPoints.set((int) id, found.contains(id));
                }
            }
        }
        cash.addAll(found);
        return cash;
    }

    /** The accounts with these ids. */
    public Map<Long, AccountRef> refs(Collection<Long> ids) {
        Map<Long, AccountRef> refs = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            jdbc.sql("select id, institution, account_no from fund_account where id in (" + marks(chunk) + ")")
                    .params(chunk)
                    .query(rs -> {
                        refs.put(rs.getLong(1), new AccountRef(rs.getString(2), rs.getString(3)));
                    });
        }
        return refs;
    }

    /** A balance snapshot as stored. */
    public record Balance(long accountId, Instant asOf, Money balance, long reportedBy) {}

    /** The balances already on record for these (account, moment) pairs. */
    public Map<Long, Map<Instant, Balance>> balancesAt(Map<Long, Set<Instant>> wanted) {
        Map<Long, Map<Instant, Balance>> found = new HashMap<>();
        List<Long> accounts = List.copyOf(wanted.keySet());
        for (int from = 0; from < accounts.size(); from += IN_LIST) {
            List<Long> chunk = accounts.subList(from, Math.min(accounts.size(), from + IN_LIST));
            jdbc.sql("select account_id, as_of, balance_minor, currency, reported_by from account_balance"
                            + " where account_id in (" + marks(chunk) + ")")
                    .params(chunk)
                    .query(rs -> {
                        Balance b = new Balance(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                Money.of(rs.getLong(3), rs.getString(4).strip()),
                                rs.getLong(5));
                        if (wanted.get(b.accountId()).contains(b.asOf())) {
                            found.computeIfAbsent(b.accountId(), k -> new HashMap<>())
                                    .put(b.asOf(), b);
                        }
                    });
        }
        return found;
    }

    public void insertBalances(List<Balance> balances, Instant now) {
        template.batchUpdate(
                "insert into account_balance (account_id, as_of, balance_minor, currency, reported_by, received_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                balances.stream()
                        .map(b -> new Object[] {
                            b.accountId(),
                            utc(b.asOf()),
                            b.balance().minor(),
                            b.balance().currency(),
                            b.reportedBy(),
                            utc(now)
                        })
                        .toList());
    }

    /** Each account's latest balance reported at or before {@code asOf}. */
    public Map<Long, Balance> latestBalances(Collection<Long> ids, Instant asOf) {
        Map<Long, Balance> latest = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(chunk);
            params.add(utc(asOf));
            jdbc.sql("select account_id, as_of, balance_minor, currency, reported_by from account_balance"
                            + " where account_id in (" + marks(chunk) + ") and as_of <= ?")
                    .params(params)
                    .query(rs -> {
                        Balance b = new Balance(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                Money.of(rs.getLong(3), rs.getString(4).strip()),
                                rs.getLong(5));
                        latest.merge(b.accountId(), b, (x, y) -> x.asOf().isAfter(y.asOf()) ? x : y);
                    });
        }
        return latest;
    }
}
