package io.clearsky.server.warning.internal;

import static io.clearsky.server.Timestamps.utc;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.Priority;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.SubjectKind;
import io.clearsky.server.Timestamps;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Decisions as stored: one per partner, event, rule and subject. */
@Repository
public class Decisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RuleReason>> REASONS = new TypeReference<>() {};
    private static final TypeReference<List<String>> EVIDENCE = new TypeReference<>() {};
    private static final String COLUMNS = "id, agency_id, event_id, rule_id, rules_version, subject_kind, subject,"
            + " outcome, dissuasion, scam_type, reasons, evidence, occurred_at, decided_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Decisions(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A decision on record: its id, the partner whose event fired it, and when it was stored. */
    public record StoredDecision(long id, long agencyId, Decision decision, Instant decidedAt) {

        /** The decision as its listeners get it. */
        public MadeDecision made() {
            return new MadeDecision(id, decision, decidedAt);
        }
    }

    /** A decision to store for a partner. */
    public record NewDecision(long agencyId, Decision decision) {}

    /**
     * Inserts decisions and returns them as stored, in the same order; one on record already fails them all with a
     * duplicate key. The ids come back from the insert itself (generated keys of the batch), so no lookup follows.
     */
    public List<StoredDecision> insertAll(List<NewDecision> decisions, Instant now) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        // as the column keeps it (microseconds), so the decision handed to listeners says what a read says
        Instant decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(
                connection -> connection.prepareStatement(
                        "insert into warning_decision (agency_id, event_id, rule_id, rules_version, subject_kind,"
                                + " subject, outcome, dissuasion, scam_type, reasons, evidence, occurred_at,"
                                + " decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        NewDecision n = decisions.get(i);
                        Decision d = n.decision();
                        statement.setLong(1, n.agencyId());
                        statement.setString(2, d.eventId());
                        statement.setString(3, d.ruleId());
                        statement.setInt(4, d.rulesVersion());
                        statement.setString(5, d.subjectKind().name());
                        statement.setString(6, d.subject());
                        statement.setString(7, d.outcome().name());
                        statement.setString(
                                8,
                                d.dissuasion() == null ? null : d.dissuasion().name());
                        statement.setString(
                                9, d.scamType() == null ? null : d.scamType().name());
                        statement.setString(10, JSON.writeValueAsString(d.reasons()));
                        statement.setString(11, JSON.writeValueAsString(d.evidence()));
                        statement.setObject(12, utc(d.at()));
                        statement.setObject(13, utc(decidedAt));
                    }

                    @Override
                    public int getBatchSize() {
                        return decisions.size();
                    }
                },
                keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != decisions.size()) {
            throw new IllegalStateException(
                    "the database returned " + ids.size() + " ids for " + decisions.size() + " decisions");
        }
        List<StoredDecision> stored = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            long id = ((Number) ids.get(i).values().iterator().next()).longValue();
            NewDecision n = decisions.get(i);
            stored.add(new StoredDecision(id, n.agencyId(), n.decision(), decidedAt));
        }
        return stored;
    }

    /**
     * Stores the decisions not on record yet (by partner, event, rule and subject), one by one, and returns the new
     * ones as stored: for decisions that may come twice (from Kafka, at least once) or that the server made already.
     */
    public List<StoredDecision> insertMissing(long agencyId, List<Decision> decisions, Instant now) {
        List<StoredDecision> added = new ArrayList<>();
        for (Decision d : decisions) {
            Long known = jdbc.sql("select count(*) from warning_decision where agency_id = ? and event_id = ?"
                            + " and rule_id = ? and subject = ?")
                    .params(agencyId, d.eventId(), d.ruleId(), d.subject())
                    .query(Long.class)
                    .single();
            if (known == 0) {
                added.addAll(insertAll(List.of(new NewDecision(agencyId, d)), now));
            }
        }
        return added;
    }

    /** The partner's decisions on one event, in the order they were stored. */
    public List<StoredDecision> ofEvent(long agencyId, String eventId) {
        return jdbc.sql("select " + COLUMNS + " from warning_decision where agency_id = ? and event_id = ? order by id")
                .params(agencyId, eventId)
                .query(Decisions::decision)
                .list();
    }

    public Optional<StoredDecision> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from warning_decision where id = ?")
                .param(id)
                .query(Decisions::decision)
                .optional();
    }

    /** Decisions newest first, of one partner or all, of one outcome or all, decided since a moment or ever. */
    public List<StoredDecision> page(
            @Nullable Long agencyId, @Nullable Outcome outcome, @Nullable Instant since, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(agencyId, outcome, since, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from warning_decision" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query(Decisions::decision)
                .list();
    }

    public long count(@Nullable Long agencyId, @Nullable Outcome outcome, @Nullable Instant since) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from warning_decision" + where(agencyId, outcome, since, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            @Nullable Long agencyId, @Nullable Outcome outcome, @Nullable Instant since, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (agencyId != null) {
            conditions.add("agency_id = ?");
            params.add(agencyId);
        }
        if (outcome != null) {
            conditions.add("outcome = ?");
            params.add(outcome.name());
        }
        if (since != null) {
            conditions.add("decided_at >= ?");
            params.add(utc(since));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static StoredDecision decision(ResultSet rs, int row) throws SQLException {
        String dissuasion = rs.getString("dissuasion");
        String scamType = rs.getString("scam_type");
        Decision d = new Decision(
                rs.getString("event_id"),
                Timestamps.required(rs, "occurred_at"),
                rs.getString("rule_id"),
                rs.getInt("rules_version"),
                SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject"),
                Outcome.valueOf(rs.getString("outcome")),
                dissuasion == null ? null : Priority.valueOf(dissuasion),
                scamType == null ? null : ScamType.valueOf(scamType),
                JSON.readValue(rs.getString("reasons"), REASONS),
                JSON.readValue(rs.getString("evidence"), EVIDENCE));
        return new StoredDecision(rs.getLong("id"), rs.getLong("agency_id"), d, Timestamps.required(rs, "decided_at"));
    }
}
